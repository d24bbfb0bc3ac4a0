using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// Referrals made in a period, counted as every report counts them (ADR 0026 §1, "referral conversion"): those
/// created in the period that reached <c>Referred</c> (a mere suggestion never reached the partner); of them, how
/// many reached <c>Accepted</c> and <c>Interview</c>, and where they ended. One row a referral is read, in one
/// query whose steps are EXISTS subqueries along <c>(ReferralId, At)</c>; the grouping is done here.
/// </summary>
public static class ReferralFunnel
{
    /// <summary>What a report needs of one referral: who referred, to what, how far it got.</summary>
    public sealed record Facts(Guid OfficeId, Guid? AgencyId, Guid? ProgrammeId, Guid? CompanyId, Guid? JobPostId, bool Accepted, bool Interview, ReferralStatus Status);

    /// <summary>
    /// The referrals to a programme, a post, an agency or a company: referred, accepted, interviewed; succeeded (hired or
    /// completed), failed (not hired or dropped) and declined; the rate is succeeded ÷ referred. Counts of people, "&lt;5" below five.
    /// </summary>
    public sealed record Row(Guid Id, string Name, int? Referred, int? Accepted, int? Interview, int? Succeeded, int? Failed, int? Declined, decimal? Rate);

    /// <summary>The referrals among <paramref name="referrals"/> (filtered by the caller on an indexed column) created in the period that reached Referred.</summary>
    public static Task<List<Facts>> ReadAsync(IQueryable<Referral> referrals, ReportSpan span, CancellationToken cancellationToken)
    {
        var (start, end) = (span.Start, span.End);
        return referrals.AsNoTracking()
            .Where(r => r.CreatedAt >= start && r.CreatedAt < end && r.Steps.Any(s => s.Status == ReferralStatus.Referred))
            .Select(r => new Facts(r.RegionalOfficeId, r.AgencyId, r.ProgrammeId, r.CompanyId, r.JobPostId,
                r.Steps.Any(s => s.Status == ReferralStatus.Accepted), r.Steps.Any(s => s.Status == ReferralStatus.Interview), r.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The row of <paramref name="referrals"/>, each count shown only from five up.</summary>
    public static Row RowOf(Guid id, string name, IEnumerable<Facts> referrals)
    {
        var all = referrals.ToList();
        var succeeded = all.Count(r => r.Status is ReferralStatus.Hired or ReferralStatus.Completed);
        return new Row(id, name,
            SmallCells.Show(all.Count),
            SmallCells.Show(all.Count(r => r.Accepted)),
            SmallCells.Show(all.Count(r => r.Interview)),
            SmallCells.Show(succeeded),
            SmallCells.Show(all.Count(r => r.Status is ReferralStatus.NotHired or ReferralStatus.Dropped)),
            SmallCells.Show(all.Count(r => r.Status == ReferralStatus.Declined)),
            SmallCells.Rate(succeeded, all.Count));
    }
}
