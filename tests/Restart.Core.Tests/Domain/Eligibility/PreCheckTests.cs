using Restart.Core.Domain;
using Restart.Core.Domain.Eligibility;

namespace Restart.Core.Tests.Domain.Eligibility;

public sealed class PreCheckTests
{
    [Fact]
    public void Rules_apply_only_within_their_effective_dates_and_explain_themselves()
    {
        var rules = new[]
        {
            new EligibilityRule { Id = 1, Kind = EligibilityRuleKind.MinimumDaysInBusiness, Number = 60, EffectiveFrom = new(2026, 1, 1), EffectiveUntil = new(2026, 12, 31), Source = "2026" },
            new EligibilityRule { Id = 2, Kind = EligibilityRuleKind.MinimumDaysInBusiness, Number = 90, EffectiveFrom = new(2027, 1, 1), Source = "2027" },
            new EligibilityRule { Id = 3, Kind = EligibilityRuleKind.MaximumEmployees, Number = 10, Codes = "B,C,F,H", EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 4, Kind = EligibilityRuleKind.MaximumEmployees, Number = 5, EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 5, Kind = EligibilityRuleKind.ExcludedIndustry, Codes = "6811,56211", EffectiveFrom = new(2026, 1, 1), Source = "2026" },
            new EligibilityRule { Id = 6, Kind = EligibilityRuleKind.AgeRange, Number = 15, Number2 = 69, EffectiveFrom = new(2026, 1, 1), Source = "2026" },
        };
        var restaurant = new EligibilityFacts(new DateOnly(1958, 3, 1), new DateOnly(2026, 1, 1), ClosureState.Closed, new DateOnly(2026, 3, 15),
            RegularEmployees: 5, "56111", "I", HasOtherActiveCase: false, HasClosureProof: false);

        var in2026 = PreCheck.Evaluate(restaurant, rules, new DateOnly(2026, 6, 1));
        var in2027 = PreCheck.Evaluate(restaurant, rules, new DateOnly(2027, 6, 1));

        in2026.Single(o => o.Rule.Contains("영업 기간")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.Met),
            o => o.Rule.ShouldBe("영업 기간 60일 이상"),
            o => o.Reason.ShouldBe("73일 동안 영업하셨습니다."));
        in2027.Single(o => o.Rule.Contains("영업 기간")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.NotMet, "the 2027 notice asks for 90 days"),
            o => o.Reason.ShouldBe("영업 기간이 73일로 기준(90일)보다 짧습니다."));
        in2026.Single(o => o.Rule.StartsWith("소상공인 규모")).Verdict.ShouldBe(Verdict.NotMet, "a restaurant needs fewer than 5");
        in2026.Single(o => o.Rule.StartsWith("나이")).ShouldSatisfyAllConditions(
            o => o.Verdict.ShouldBe(Verdict.Met),
            o => o.Reason.ShouldBe("만 68세로 기준에 맞습니다."));
        var older = restaurant with { BirthDate = new DateOnly(1956, 6, 2) };
        PreCheck.Evaluate(older, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule.StartsWith("나이")).Verdict.ShouldBe(Verdict.Met, "69 until the day before the 70th birthday");
        PreCheck.Evaluate(older, rules, new DateOnly(2026, 6, 2)).Single(o => o.Rule.StartsWith("나이")).Verdict.ShouldBe(Verdict.NotMet);
        in2026.Single(o => o.Rule == "폐업 사실").Verdict.ShouldBe(Verdict.NeedsReview, "no proof uploaded yet");

        var factory = restaurant with { IndustryCode = "25111", IndustrySection = "C", RegularEmployees = 9 };
        PreCheck.Evaluate(factory, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule.StartsWith("소상공인 규모")).Verdict.ShouldBe(Verdict.Met);
        var landlord = restaurant with { IndustryCode = "68111", IndustrySection = "L" };
        PreCheck.Evaluate(landlord, rules, new DateOnly(2026, 6, 1)).Single(o => o.Rule == "지원 제외 업종").Verdict.ShouldBe(Verdict.NotMet);
    }
}
