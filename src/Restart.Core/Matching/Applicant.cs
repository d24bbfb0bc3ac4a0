using System.Text.RegularExpressions;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>What the engine knows of one person, read from the case, the profile and the plan, with names resolved.</summary>
public sealed partial class Applicant
{
    public required Guid CaseId { get; init; }
    /// <summary>Desired KECO codes (a shorter code stands for its whole group).</summary>
    public required IReadOnlyList<string> Occupations { get; init; }
    /// <summary>Desired 시·군·구, each as the 시 it belongs to (일반구 folded into their 시).</summary>
    public required IReadOnlySet<string> DesiredCities { get; init; }
    public required string? HomeCity { get; init; }
    public required IReadOnlySet<string> Sidos { get; init; }
    public required IReadOnlySet<string> NeighbouringSidos { get; init; }
    /// <summary>The former business's KSIC code and the KECO codes it leads to.</summary>
    public required string? IndustryCode { get; init; }
    public required IReadOnlyList<string> RelatedOccupations { get; init; }
    public required int? DesiredMonthlyWage { get; init; }
    public required int? DesiredWeeklyHours { get; init; }
    public required IReadOnlySet<string> Qualifications { get; init; }
    /// <summary>Certificates, skills and career history without spaces, lower case: where a post's skills are looked for.</summary>
    public required string SkillText { get; init; }
    /// <summary>Whole years the former business ran (counted for posts related to its industry).</summary>
    public required int BusinessYears { get; init; }
    /// <summary>Years named in the career history ("주방 5년, 배달 2년" → 7).</summary>
    public required int CareerYears { get; init; }
    public required int? Age { get; init; }
    public required Track? Track { get; init; }
    public required string? PlanGoals { get; init; }
    /// <summary>The 시·도 whose programmes the person may join: home and the former business's.</summary>
    public required IReadOnlySet<string> ProgrammeSidos { get; init; }

    /// <summary>Builds the facts from the stored fields; <paramref name="today"/> is Korea's date.</summary>
    public static Applicant From(Case theCase, ApplicantProfile? profile, CasePlan? plan, MatchReference reference, DateOnly today)
    {
        var desired = theCase.DesiredRegions.Select(r => r.SigunguCode).ToList();
        var home = profile?.SigunguCode;
        var sidos = desired.Append(home).OfType<string>().Select(reference.SidoOf).ToHashSet();
        var neighbours = sidos.SelectMany(s => reference.Neighbours.GetValueOrDefault(s, [])).Where(s => !sidos.Contains(s)).ToHashSet();
        var (_, related) = reference.OccupationsOfIndustry(theCase.IndustryCode);
        var text = theCase.CertificatesAndSkills + "\n" + theCase.CareerHistory;
        int? age = profile is null ? null : today.Year - profile.BirthDate.Year - (today < profile.BirthDate.AddYears(today.Year - profile.BirthDate.Year) ? 1 : 0);
        var business = theCase.OpenedOn is { } opened ? YearsBetween(opened, theCase.ClosedOn is { } closed && closed < today ? closed : today) : 0;
        return new Applicant
        {
            CaseId = theCase.Id,
            Occupations = [.. theCase.DesiredOccupations.Select(o => o.Code).Where(c => c.Length >= 2).Distinct()],
            DesiredCities = desired.Select(reference.CityOf).ToHashSet(),
            HomeCity = home is null ? null : reference.CityOf(home),
            Sidos = sidos,
            NeighbouringSidos = neighbours,
            IndustryCode = theCase.IndustryCode,
            RelatedOccupations = related,
            DesiredMonthlyWage = theCase.DesiredMonthlyWage is > 0 ? theCase.DesiredMonthlyWage : null,
            DesiredWeeklyHours = theCase.DesiredWeeklyHours is > 0 ? theCase.DesiredWeeklyHours : null,
            Qualifications = RecognizeQualifications(theCase.CertificatesAndSkills, reference),
            SkillText = MatchText.Normalize(text),
            BusinessYears = business,
            CareerYears = CareerYearsIn(theCase.CareerHistory),
            Age = age,
            Track = plan?.Track ?? theCase.Track,
            PlanGoals = plan?.Goals,
            ProgrammeSidos = new[] { home, theCase.BusinessSigunguCode }.OfType<string>().Select(reference.SidoOf).ToHashSet(),
        };
    }

    /// <summary>
    /// The national qualifications named in free text, matched without spaces, longest name first; a longer name's
    /// span is blanked before shorter names are looked for, so 한식조리기능사 is not also read as 조리기능사.
    /// </summary>
    public static IReadOnlySet<string> RecognizeQualifications(string? text, MatchReference reference)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var remaining = MatchText.Normalize(text);
        if (remaining.Length == 0)
        {
            return found;
        }

        foreach (var (name, code) in reference.QualificationPatterns)
        {
            var at = remaining.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            found.Add(code);
            while (at >= 0)
            {
                remaining = string.Concat(remaining.AsSpan(0, at), new string('\u0001', name.Length), remaining.AsSpan(at + name.Length));
                at = remaining.IndexOf(name, StringComparison.Ordinal);
            }
        }

        return found;
    }

    /// <summary>Years named as "N년" (one or two digits, not part of a year such as 2019년), summed, at most 45.</summary>
    public static int CareerYearsIn(string? careerHistory) =>
        careerHistory is null ? 0 : Math.Min(45, YearsPattern().Matches(careerHistory).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));

    private static int YearsBetween(DateOnly from, DateOnly to) =>
        to < from ? 0 : to.Year - from.Year - (to < from.AddYears(to.Year - from.Year) ? 1 : 0);

    [GeneratedRegex(@"(?<!\d)(\d{1,2})\s*년(?!\s*[생도])")]
    private static partial Regex YearsPattern();
}
