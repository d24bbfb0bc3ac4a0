using System.Globalization;

namespace Restart.Core.Matching;

public enum OccupationFit
{
    Other = 0,
    RelatedToBusiness = 1,
    SameGroup = 2,
    Same = 3,
}

public enum RegionFit
{
    Elsewhere = 0,
    NeighbouringSido = 1,
    SameSido = 2,
    HomeSigungu = 3,
    SameSigungu = 4,
}

/// <summary>
/// Scores open posts for one person: a weighted sum of seven factors, each 0–1, as 0–100. Occupation and region
/// fits depend only on a post's codes, so they are worked out once per code and kept for the request.
/// <see cref="Explain"/> gives the same factors as reasons, for the posts that are shown.
/// </summary>
public sealed class JobScorer(Applicant person, MatchReference reference, MatchingOptions options)
{
    private readonly Dictionary<string, OccupationFit> _occupations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegionFit> _regions = new(StringComparer.Ordinal);
    private readonly JobWeights _w = options.Jobs;

    public Applicant Person => person;

    /// <summary>The score, 0–1, before rounding: what the ranking compares.</summary>
    public double Score(OpenPost post)
    {
        var sum = _w.Occupation * OccupationCredit(OccupationOf(post.OccupationCode))
            + _w.Region * RegionCredit(RegionOf(post.SigunguCode))
            + _w.Wage * WageCredit(post.MonthlyWage)
            + _w.Hours * HoursCredit(post.WeeklyHours)
            + _w.Certificates * QualificationCredit(post)
            + _w.Skills * SkillCredit(post)
            + _w.Experience * ExperienceCredit(post);
        return _w.Total <= 0 ? 0 : sum / _w.Total;
    }

    /// <summary>The best score a post can reach whose occupation and region credits are at most these.</summary>
    public double UpperBound(double occupationCredit, double regionCredit) => _w.Total <= 0 ? 0
        : (_w.Occupation * occupationCredit + _w.Region * regionCredit + _w.Wage + _w.Hours + _w.Certificates + _w.Skills + _w.Experience) / _w.Total;

    public static int Percent(double score) => (int)Math.Round(score * 100, MidpointRounding.AwayFromZero);

    public OccupationFit OccupationOf(string code)
    {
        if (!_occupations.TryGetValue(code, out var fit))
        {
            fit = person.Occupations.Any(d => code.StartsWith(d, StringComparison.Ordinal)) ? OccupationFit.Same
                : person.Occupations.Any(d => code.Length >= 2 && string.CompareOrdinal(code, 0, d, 0, 2) == 0) ? OccupationFit.SameGroup
                : person.RelatedOccupations.Any(r => code.StartsWith(r, StringComparison.Ordinal)) ? OccupationFit.RelatedToBusiness
                : OccupationFit.Other;
            _occupations[code] = fit;
        }

        return fit;
    }

    public RegionFit RegionOf(string sigungu)
    {
        if (!_regions.TryGetValue(sigungu, out var fit))
        {
            var city = reference.CityOf(sigungu);
            var sido = reference.SidoOf(sigungu);
            fit = person.DesiredCities.Contains(city) ? RegionFit.SameSigungu
                : city == person.HomeCity ? RegionFit.HomeSigungu
                : person.Sidos.Contains(sido) ? RegionFit.SameSido
                : person.NeighbouringSidos.Contains(sido) ? RegionFit.NeighbouringSido
                : RegionFit.Elsewhere;
            _regions[sigungu] = fit;
        }

        return fit;
    }

    public double OccupationCredit(OccupationFit fit) => fit switch
    {
        OccupationFit.Same => 1,
        OccupationFit.SameGroup => options.SameGroupCredit,
        OccupationFit.RelatedToBusiness => options.RelatedToBusinessCredit,
        _ => 0,
    };

    public double RegionCredit(RegionFit fit) => fit switch
    {
        RegionFit.SameSigungu or RegionFit.HomeSigungu => 1,
        RegionFit.SameSido => options.SameSidoCredit,
        RegionFit.NeighbouringSido => options.NeighbouringSidoCredit,
        _ => 0,
    };

    /// <summary>Full credit at or above the desired wage, none at <see cref="MatchingOptions.WageShortfallToZero"/> below it; no wish, no difference.</summary>
    private double WageCredit(int wage)
    {
        if (person.DesiredMonthlyWage is not { } desired || wage >= desired)
        {
            return 1;
        }

        var shortfall = (desired - wage) / (double)desired;
        return options.WageShortfallToZero <= 0 ? 0 : Math.Max(0, 1 - shortfall / options.WageShortfallToZero);
    }

    private double HoursCredit(int hours)
    {
        if (person.DesiredWeeklyHours is not { } desired)
        {
            return 1;
        }

        var beyond = Math.Abs(hours - desired) - options.HoursTolerance;
        return beyond <= 0 ? 1 : options.HoursToZero <= 0 ? 0 : Math.Max(0, 1 - beyond / (double)options.HoursToZero);
    }

    private double QualificationCredit(OpenPost post)
    {
        if (post.Qualifications.Length == 0)
        {
            return 1;
        }

        var held = 0;
        foreach (var code in post.Qualifications)
        {
            held += person.Qualifications.Contains(code) ? 1 : 0;
        }

        return held / (double)post.Qualifications.Length;
    }

    private double SkillCredit(OpenPost post)
    {
        if (post.SkillKeys.Length == 0)
        {
            return 1;
        }

        var held = 0;
        foreach (var key in post.SkillKeys)
        {
            held += person.SkillText.Contains(key, StringComparison.Ordinal) ? 1 : 0;
        }

        return held / (double)post.SkillKeys.Length;
    }

    /// <summary>Years of the person that count for this post: the career history always, the former business when the post is related to its industry.</summary>
    public int YearsFor(OpenPost post) =>
        person.CareerYears + (person.RelatedOccupations.Any(r => post.OccupationCode.StartsWith(r, StringComparison.Ordinal)) ? person.BusinessYears : 0);

    private double ExperienceCredit(OpenPost post) =>
        post.ExperienceYears <= 0 ? 1 : Math.Min(1, YearsFor(post) / (double)post.ExperienceYears);

    /// <summary>Every factor of the post as a reason, matched or missing, with names resolved.</summary>
    public IReadOnlyList<MatchReason> Explain(OpenPost post)
    {
        var reasons = new List<MatchReason>();
        var occupation = reference.OccupationName(post.OccupationCode);
        reasons.Add(OccupationOf(post.OccupationCode) switch
        {
            OccupationFit.Same => MatchReason.Matched("Occupation.Same", occupation),
            OccupationFit.SameGroup => MatchReason.Matched("Occupation.SameGroup", reference.OccupationName(post.OccupationCode[..2]), occupation),
            OccupationFit.RelatedToBusiness => MatchReason.Matched("Occupation.RelatedToBusiness",
                reference.IndustryNames.GetValueOrDefault(person.IndustryCode ?? "", person.IndustryCode ?? ""), occupation),
            _ => MatchReason.Missing("Occupation.Other", occupation),
        });
        reasons.Add(RegionOf(post.SigunguCode) switch
        {
            RegionFit.SameSigungu => MatchReason.Matched("Region.SameSigungu", reference.SigunguName(post.SigunguCode)),
            RegionFit.HomeSigungu => MatchReason.Matched("Region.HomeSigungu", reference.SigunguName(post.SigunguCode)),
            RegionFit.SameSido => MatchReason.Matched("Region.SameSido", reference.SidoName(post.SidoCode)),
            RegionFit.NeighbouringSido => MatchReason.Matched("Region.NeighbouringSido", reference.SidoName(post.SidoCode)),
            _ => MatchReason.Missing("Region.Elsewhere", reference.SigunguName(post.SigunguCode)),
        });
        if (person.DesiredMonthlyWage is { } wage)
        {
            reasons.Add(post.MonthlyWage >= wage
                ? MatchReason.Matched("Wage.Meets", Won(post.MonthlyWage), Won(wage))
                : MatchReason.Missing("Wage.Below", Won(post.MonthlyWage), Won(wage)));
        }

        if (person.DesiredWeeklyHours is { } hours)
        {
            reasons.Add(HoursCredit(post.WeeklyHours) >= 1
                ? MatchReason.Matched("Hours.Fit", Number(post.WeeklyHours), Number(hours))
                : MatchReason.Missing("Hours.Differ", Number(post.WeeklyHours), Number(hours)));
        }

        reasons.AddRange(post.Qualifications.Select(code => person.Qualifications.Contains(code)
            ? MatchReason.Matched("Qualification.Held", reference.QualificationName(code))
            : MatchReason.Missing("Qualification.Missing", reference.QualificationName(code))));
        reasons.AddRange(post.Skills.Zip(post.SkillKeys).Select(s => person.SkillText.Contains(s.Second, StringComparison.Ordinal)
            ? MatchReason.Matched("Skill.Held", s.First)
            : MatchReason.Missing("Skill.Missing", s.First)));
        if (post.ExperienceYears > 0)
        {
            var years = YearsFor(post);
            reasons.Add(years >= post.ExperienceYears
                ? MatchReason.Matched("Experience.Meets", Number(post.ExperienceYears), Number(years))
                : MatchReason.Missing("Experience.Short", Number(post.ExperienceYears), Number(years)));
        }

        return reasons;
    }

    private static string Won(int amount) => amount.ToString("N0", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
