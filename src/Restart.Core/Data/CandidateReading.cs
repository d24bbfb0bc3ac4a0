using Microsoft.EntityFrameworkCore;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// What an employer may read about the people referred to its posts: only referrals actually sent to it,
/// only while the person's latest third-party consent (제3자 제공) is a yes, and a short summary, not the case.
/// </summary>
public static class CandidateReading
{
    /// <summary>The person's track, wishes and how long the former business ran (whole years).</summary>
    public sealed record Summary(Track? Track, IReadOnlyList<string> Occupations, IReadOnlyList<string> Regions, int? YearsInBusiness);

    /// <summary>
    /// The company's referrals it may see, as a query (the consent is checked in the database, along the
    /// consents' (UserId, Item, Id) index): a withdrawn consent hides the person at once.
    /// </summary>
    public static IQueryable<Referral> CandidatesOf(this RestartDbContext db, Guid companyId) =>
        db.Referrals.Where(r => r.CompanyId == companyId && r.JobPostId != null && r.Status != ReferralStatus.Suggested
            && db.Consents.Where(c => c.UserId == r.ApplicantUserId && c.Item == ConsentItem.ThirdParty)
                .OrderByDescending(c => c.Id).Select(c => c.Granted).FirstOrDefault());

    /// <summary>Summaries of the cases on one page, in three queries whatever the page's length.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Summary>> SummariesAsync(RestartDbContext db, IReadOnlyCollection<Guid> caseIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0)
        {
            return new Dictionary<Guid, Summary>();
        }

        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Track,
                c.OpenedOn,
                c.ClosedOn,
                Occupations = c.DesiredOccupations.Select(o => o.Code).ToList(),
                Regions = c.DesiredRegions.Select(r => r.SigunguCode).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var occupationCodes = cases.SelectMany(c => c.Occupations).Distinct().ToList();
        var occupations = await db.Occupations.AsNoTracking()
            .Where(o => o.Revision == ReferenceDataSeeder.OccupationRevision && occupationCodes.Contains(o.Code))
            .ToDictionaryAsync(o => o.Code, o => o.Name, cancellationToken);
        var regions = await CaseReading.RegionNamesAsync(db, [.. cases.SelectMany(c => c.Regions).Distinct()], cancellationToken);
        return cases.ToDictionary(c => c.Id, c => new Summary(
            c.Track,
            [.. c.Occupations.Select(o => occupations.GetValueOrDefault(o, o))],
            [.. c.Regions.Select(r => regions.GetValueOrDefault(r, r))],
            YearsRun(c.OpenedOn, c.ClosedOn, today)));
    }

    /// <summary>Whole years from opening to closing (or to today, for a closure still planned).</summary>
    public static int? YearsRun(DateOnly? openedOn, DateOnly? closedOn, DateOnly today)
    {
        if (openedOn is not { } opened)
        {
            return null;
        }

        var end = closedOn is { } closed && closed < today ? closed : today;
        var years = end.Year - opened.Year - (end < opened.AddYears(end.Year - opened.Year) ? 1 : 0);
        return Math.Max(0, years);
    }
}
