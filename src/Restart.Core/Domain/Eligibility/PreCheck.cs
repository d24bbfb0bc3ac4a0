using Restart.Core.Common;

namespace Restart.Core.Domain.Eligibility;

public enum Verdict
{
    Met = 1,
    NotMet = 2,
    NeedsReview = 3,
}

public sealed record RuleOutcome(string Rule, Verdict Verdict, string Reason);

/// <summary>What the pre-check needs to know about an application.</summary>
public sealed record EligibilityFacts(
    DateOnly? BirthDate,
    DateOnly? OpenedOn,
    ClosureState? ClosureState,
    DateOnly? ClosedOn,
    int? RegularEmployees,
    string? IndustryCode,
    string? IndustrySection,
    bool HasOtherActiveCase,
    bool HasClosureProof);

/// <summary>
/// The eligibility pre-check: each rule in force on <c>today</c> answered as met, not met or "needs staff
/// review", with the reason in plain words. It advises the applicant and staff; it never decides.
/// </summary>
public static class PreCheck
{
    public static IReadOnlyList<RuleOutcome> Evaluate(EligibilityFacts facts, IEnumerable<EligibilityRule> rules, DateOnly today)
    {
        var inForce = rules.Where(r => r.EffectiveFrom <= today && (r.EffectiveUntil is null || r.EffectiveUntil >= today)).ToList();
        var outcomes = new List<RuleOutcome> { Closure(facts) };

        foreach (var rule in inForce.Where(r => r.Kind == EligibilityRuleKind.MinimumDaysInBusiness))
        {
            outcomes.Add(MinimumDays(facts, rule.Number ?? 0, today));
        }

        if (Size(facts, inForce) is { } size)
        {
            outcomes.Add(size);
        }

        foreach (var rule in inForce.Where(r => r.Kind == EligibilityRuleKind.ExcludedIndustry))
        {
            outcomes.Add(Excluded(facts, Split(rule.Codes)));
        }

        foreach (var rule in inForce.Where(r => r.Kind == EligibilityRuleKind.AgeRange))
        {
            outcomes.Add(Age(facts, rule.Number ?? 0, rule.Number2 ?? 200, today));
        }

        if (inForce.Any(r => r.Kind == EligibilityRuleKind.OneActiveCase))
        {
            outcomes.Add(facts.HasOtherActiveCase
                ? new RuleOutcome(Text.Get("Rule.OneActiveCase"), Verdict.NotMet, Text.Get("Rule.OneActiveCase.NotMet"))
                : new RuleOutcome(Text.Get("Rule.OneActiveCase"), Verdict.Met, Text.Get("Rule.OneActiveCase.Met")));
        }

        return outcomes;
    }

    private static RuleOutcome Closure(EligibilityFacts facts)
    {
        var name = Text.Get("Rule.Closure");
        return facts.ClosureState switch
        {
            null => new(name, Verdict.NeedsReview, Text.Get("Rule.Closure.Unknown")),
            ClosureState.Planned => new(name, Verdict.NeedsReview, Text.Get("Rule.Closure.Planned")),
            _ when !facts.HasClosureProof => new(name, Verdict.NeedsReview, Text.Get("Rule.Closure.NoProof")),
            _ => new(name, Verdict.Met, Text.Get("Rule.Closure.Met")),
        };
    }

    private static RuleOutcome MinimumDays(EligibilityFacts facts, int minimum, DateOnly today)
    {
        var name = Text.Format("Rule.MinimumDays", minimum);
        if (facts.OpenedOn is not { } opened)
        {
            return new(name, Verdict.NeedsReview, Text.Get("Rule.MinimumDays.Unknown"));
        }

        // A planned closure has not happened yet: count only the days until today.
        var end = facts.ClosedOn is { } closed && closed < today ? closed : today;
        var days = end.DayNumber - opened.DayNumber;
        return days >= minimum
            ? new(name, Verdict.Met, Text.Format("Rule.MinimumDays.Met", days))
            : new(name, Verdict.NotMet, Text.Format("Rule.MinimumDays.NotMet", days, minimum));
    }

    private static RuleOutcome? Size(EligibilityFacts facts, List<EligibilityRule> inForce)
    {
        var sizeRules = inForce.Where(r => r.Kind == EligibilityRuleKind.MaximumEmployees).ToList();
        if (sizeRules.Count == 0)
        {
            return null;
        }

        var name = Text.Get("Rule.Size");
        if (facts.RegularEmployees is not { } employees || facts.IndustrySection is null)
        {
            return new(name, Verdict.NeedsReview, Text.Get("Rule.Size.Unknown"));
        }

        var rule = sizeRules.FirstOrDefault(r => Split(r.Codes).Contains(facts.IndustrySection))
            ?? sizeRules.FirstOrDefault(r => string.IsNullOrEmpty(r.Codes));
        if (rule?.Number is not { } limit)
        {
            return new(name, Verdict.NeedsReview, Text.Get("Rule.Size.Unknown"));
        }

        return employees < limit
            ? new(name, Verdict.Met, Text.Format("Rule.Size.Met", employees, limit))
            : new(name, Verdict.NotMet, Text.Format("Rule.Size.NotMet", employees, limit));
    }

    private static RuleOutcome Excluded(EligibilityFacts facts, IReadOnlyList<string> prefixes)
    {
        var name = Text.Get("Rule.Industry");
        if (string.IsNullOrEmpty(facts.IndustryCode))
        {
            return new(name, Verdict.NeedsReview, Text.Get("Rule.Industry.Unknown"));
        }

        return prefixes.Any(p => facts.IndustryCode.StartsWith(p, StringComparison.Ordinal))
            ? new(name, Verdict.NotMet, Text.Get("Rule.Industry.NotMet"))
            : new(name, Verdict.Met, Text.Get("Rule.Industry.Met"));
    }

    private static RuleOutcome Age(EligibilityFacts facts, int min, int max, DateOnly today)
    {
        var name = Text.Format("Rule.Age", min, max);
        if (facts.BirthDate is not { } birth)
        {
            return new(name, Verdict.NeedsReview, Text.Get("Rule.Age.Unknown"));
        }

        var age = AgeOn(birth, today);
        return age >= min && age <= max
            ? new(name, Verdict.Met, Text.Format("Rule.Age.Met", age))
            : new(name, Verdict.NotMet, Text.Format("Rule.Age.NotMet", age, min, max));
    }

    /// <summary>만 나이: full years on the day.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    private static List<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : [.. codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
