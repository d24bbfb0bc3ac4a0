using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Matching;

/// <summary>An open programme the person is eligible for, with what its fit and gaps need.</summary>
public sealed record EligibleProgramme(
    Guid Id, string Title, Guid AgencyId, string AgencyName, ProgrammeKind Kind, Track Track, DateOnly ApplyUntil,
    int PlacesLeft, int? MinAge, int? MaxAge, string[] Sidos, Guid? PartnerCompanyId, string? PartnerCompanyName, string Text)
{
    /// <summary>
    /// Whether the programme leads to a qualification (ADR 0018): a certification course or company-linked training
    /// whose title or description names it, or company-linked training whose partner company posts a job asking for it.
    /// </summary>
    public bool LeadsTo(string qualificationName, IEnumerable<Guid> companiesAsking) =>
        Kind is ProgrammeKind.CertificationCourse or ProgrammeKind.CompanyLinkedTraining
        && (Text.Contains(MatchText.Normalize(qualificationName), StringComparison.Ordinal)
            || (Kind == ProgrammeKind.CompanyLinkedTraining && PartnerCompanyId is { } partner && companiesAsking.Contains(partner)));
}

/// <summary>Programmes: eligibility as filters in the query (region, age, track, window, places), then fit with the plan and the track.</summary>
public static class ProgrammeMatching
{
    public static async Task<List<EligibleProgramme>> EligibleAsync(RestartDbContext db, Applicant person, DateOnly today, CancellationToken cancellationToken)
    {
        var sidos = person.ProgrammeSidos.ToList();
        var programmes = db.Programmes.AsNoTracking().Where(p => p.Status == OfferStatus.Open && p.ApplyFrom <= today && p.ApplyUntil >= today
            && (!p.Regions.Any() || p.Regions.Any(r => sidos.Contains(r.SidoCode))));
        if (person.Age is { } age)
        {
            programmes = programmes.Where(p => (p.MinAge == null || p.MinAge <= age) && (p.MaxAge == null || p.MaxAge >= age));
        }

        programmes = person.Track switch
        {
            Track.ReEmployment => programmes.Where(p => p.Track != Track.ReFounding),
            Track.ReFounding => programmes.Where(p => p.Track != Track.ReEmployment),
            _ => programmes,
        };

        var rows = await programmes
            .Select(p => new
            {
                p.Id, p.Title, p.AgencyId, Agency = p.Agency!.Name, p.Kind, p.Track, p.ApplyUntil, p.Capacity, p.MinAge, p.MaxAge, p.Description, p.PartnerCompanyId,
                Partner = db.Companies.Where(c => c.Id == p.PartnerCompanyId).Select(c => c.Name).FirstOrDefault(),
                Sidos = p.Regions.Select(r => r.SidoCode).ToList(),
                Taken = p.PlacesTaken,
            })
            .Where(p => p.Capacity > p.Taken)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new EligibleProgramme(p.Id, p.Title, p.AgencyId, p.Agency, p.Kind, p.Track, p.ApplyUntil,
            OfferPlaces.Left(p.Capacity, p.Taken), p.MinAge, p.MaxAge, [.. p.Sidos.Order(StringComparer.Ordinal)], p.PartnerCompanyId, p.Partner,
            MatchText.Normalize(p.Title + " " + p.Description)))];
    }

    /// <summary>Ranks eligible programmes; <paramref name="gaps"/> are the qualifications recommended jobs ask for that the person lacks.</summary>
    public static List<ProgrammeMatch> Rank(IEnumerable<EligibleProgramme> eligible, Applicant person, IReadOnlyList<(string Code, string Name, Guid[] Companies)> gaps,
        MatchReference reference, MatchingOptions options, int count)
    {
        var w = options.Programmes;
        var goalWords = GoalWords(person.PlanGoals);
        return [.. eligible
            .Select(p =>
            {
                var reasons = new List<MatchReason>();
                double track;
                if (person.Track is null || person.Track == Track.Both || p.Track == person.Track)
                {
                    track = person.Track is null ? 0.5 : 1;
                    reasons.Add(MatchReason.Matched(p.Track switch
                    {
                        Track.ReEmployment => "Programme.Track.ReEmployment",
                        Track.ReFounding => "Programme.Track.ReFounding",
                        _ => "Programme.Track.Both",
                    }));
                }
                else
                {
                    track = 0.5;
                    reasons.Add(MatchReason.Matched("Programme.Track.Both"));
                }

                var found = goalWords.Where(g => p.Text.Contains(MatchText.Normalize(g), StringComparison.Ordinal)).Take(3).ToList();
                // No agreed plan yet: the factor makes no difference, as a job's wage does without a wish.
                var plan = goalWords.Count == 0 ? 1 : Math.Min(1, found.Count / 2.0);
                if (found.Count > 0)
                {
                    reasons.Add(MatchReason.Matched("Programme.Plan", string.Join(", ", found)));
                }
                else if (goalWords.Count > 0)
                {
                    reasons.Add(MatchReason.Missing("Programme.PlanUnrelated"));
                }

                var closes = gaps.Where(g => p.LeadsTo(g.Name, g.Companies)).ToList();
                reasons.AddRange(closes.Select(g => MatchReason.Matched("Programme.ClosesGap", g.Name)));
                if (p.Kind == ProgrammeKind.CompanyLinkedTraining && p.PartnerCompanyName is { } partner)
                {
                    reasons.Add(MatchReason.Matched("Programme.PartnerHires", partner));
                }

                reasons.Add(p.Sidos.Length == 0
                    ? MatchReason.Matched("Programme.Region.Nationwide")
                    : MatchReason.Matched("Programme.Region.Serves", string.Join(", ", p.Sidos.Where(person.ProgrammeSidos.Contains).Select(reference.SidoName))));
                if ((p.MinAge is not null || p.MaxAge is not null) && person.Age is { } age)
                {
                    reasons.Add(MatchReason.Matched("Programme.Age", age.ToString(CultureInfo.InvariantCulture)));
                }

                reasons.Add(MatchReason.Matched("Programme.Window", p.ApplyUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                reasons.Add(MatchReason.Matched("Programme.PlacesLeft", p.PlacesLeft.ToString(CultureInfo.InvariantCulture)));
                var sum = w.Track * track + w.Plan * plan + w.Gap * (closes.Count > 0 ? 1 : 0) + w.Region * (p.Sidos.Length > 0 ? 1 : 0);
                var score = w.Total <= 0 ? 0 : sum / w.Total;
                return (Programme: p, Score: score, Reasons: reasons);
            })
            .OrderByDescending(x => x.Score).ThenBy(x => x.Programme.ApplyUntil).ThenBy(x => x.Programme.Id)
            .Take(count)
            .Select(x => new ProgrammeMatch(x.Programme.Id, x.Programme.Title, x.Programme.AgencyId, x.Programme.AgencyName, x.Programme.Kind,
                x.Programme.ApplyUntil, JobScorer.Percent(x.Score), x.Reasons))];
    }

    /// <summary>The words of a plan's goals worth looking for: two letters or more, not the usual filler.</summary>
    public static List<string> GoalWords(string? goals) =>
        goals is null ? [] : [.. goals.Split((char[])[' ', ',', '.', '·', '/', '\n', '\r', '\t', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('을', '를', '이', '가', '은', '는', '의', '에', '로', '과', '와', '도'))
            .Where(w => w.Length >= 2 && !w.Any(char.IsDigit) && !StopWords.Contains(w)).Distinct()];

    private static readonly HashSet<string> StopWords = ["및", "위한", "통한", "하기", "준비", "목표", "계획", "활동", "지원", "이내", "개월", "취업", "재취업", "안에", "살린", "바꾸어", "일자리"];
}
