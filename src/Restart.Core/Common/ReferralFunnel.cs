using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// Referrals made in a period, counted as every report counts them (ADR 0026 §1, "referral conversion"): those
/// created in the period that reached <c>Referred</c> (a mere suggestion never reached the partner); of them, how
/// many reached <c>Accepted</c> and <c>Interview</c>, and where they ended. The stages are read from the times the
/// referral keeps of them (<see cref="Referral.ReferredAt"/> …), so the database groups and counts: one row comes
/// back per office, offer and status, not one per referral.
/// </summary>
public static class ReferralFunnel
{
    /// <summary>
    /// The referrals of one office to one offer that now stand at <paramref name="Status"/>: how many (<paramref name="Count"/>),
    /// and how many of them were accepted and interviewed on the way.
    /// </summary>
    public sealed record Facts(Guid OfficeId, Guid? AgencyId, Guid? ProgrammeId, Guid? CompanyId, Guid? JobPostId, ReferralStatus Status,
        int Count, int Accepted, int Interview)
    {
        public bool Succeeded => Status is ReferralStatus.Hired or ReferralStatus.Completed;
    }

    /// <summary>
    /// The referrals to a programme, a post, an agency or a company: referred, accepted, interviewed; succeeded (hired or
    /// completed), failed (not hired or dropped) and declined; the rate is succeeded ÷ referred. Counts of people, "&lt;5" below five.
    /// </summary>
    public sealed record Row(Guid Id, string Name, int? Referred, int? Accepted, int? Interview, int? Succeeded, int? Failed, int? Declined, decimal? Rate);

    /// <summary>The referrals among <paramref name="referrals"/> (filtered by the caller on an indexed column) created in the period that reached Referred, counted per office, offer and status.</summary>
    public static Task<List<Facts>> ReadAsync(IQueryable<Referral> referrals, ReportSpan span, CancellationToken cancellationToken)
    {
        var (start, end) = (span.Start, span.End);
        return referrals.AsNoTracking()
            .Where(r => r.CreatedAt >= start && r.CreatedAt < end && r.ReferredAt != null)
            .GroupBy(r => new { r.RegionalOfficeId, r.AgencyId, r.ProgrammeId, r.CompanyId, r.JobPostId, r.Status })
            .Select(g => new Facts(g.Key.RegionalOfficeId, g.Key.AgencyId, g.Key.ProgrammeId, g.Key.CompanyId, g.Key.JobPostId, g.Key.Status,
                g.Count(), g.Count(r => r.AcceptedAt != null), g.Count(r => r.InterviewRecordedAt != null)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The row of <paramref name="referrals"/>, each count shown only from five up.</summary>
    public static Row RowOf(Guid id, string name, IEnumerable<Facts> referrals)
    {
        var all = referrals.ToList();
        var referred = all.Sum(r => r.Count);
        var succeeded = all.Where(r => r.Succeeded).Sum(r => r.Count);
        return new Row(id, name,
            SmallCells.Show(referred),
            SmallCells.Show(all.Sum(r => r.Accepted)),
            SmallCells.Show(all.Sum(r => r.Interview)),
            SmallCells.Show(succeeded),
            SmallCells.Show(all.Where(r => r.Status is ReferralStatus.NotHired or ReferralStatus.Dropped).Sum(r => r.Count)),
            SmallCells.Show(all.Where(r => r.Status == ReferralStatus.Declined).Sum(r => r.Count)),
            SmallCells.Rate(succeeded, referred));
    }
}
