using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;

namespace Restart.Core.Features.Reports;

/// <summary>The office report's figures of the services given (ADR 0026): the placement rate and 6-month retention, outreach visits and the intakes they produced, and the programmes the office referred people to with their fill.</summary>
public static partial class GetOfficeReport
{
    public enum RateKind
    {
        /// <summary>Of the period's applicants found eligible, the share placed or founded (the funnel's two stages).</summary>
        Placement = 1,

        /// <summary>Of the 6-month follow-ups recorded in the period, the share still employed or trading.</summary>
        Retention6 = 2,
    }

    public sealed record RateRow(RateKind Kind, int? Part, int? Whole, decimal? Rate);

    /// <summary>Outreach visits (찾아가는 상담) held in the period by a counselor or in a 시·군·구, and the intakes taken on the spot.</summary>
    public sealed record OutreachRow(string Label, int? Visits, int? Intakes);

    /// <summary>A programme the office referred people to in the period: referred, completed, and its fill (places taken of capacity, all offices).</summary>
    public sealed record ProgrammeRow(Guid Id, string Title, string Agency, int? Referred, int? Completed, int Capacity, decimal? Fill);

    /// <summary>The period's totals for the one-page summary, counted before any cell is hidden, then hidden under five themselves.</summary>
    public sealed record Totals(int? OutreachVisits, int? OutreachIntakes, int? Referred, int? Succeeded);

    public sealed record Services(
        Totals Totals,
        IReadOnlyList<RateRow> Rates,
        IReadOnlyList<OutreachRow> OutreachByCounselor,
        IReadOnlyList<OutreachRow> OutreachByDistrict,
        IReadOnlyList<ProgrammeRow> Programmes);

    internal sealed partial class Counter
    {
        /// <summary>
        /// The services' figures; <paramref name="referrals"/> are the office's referrals of the period, read once for the partners' table too, and
        /// <paramref name="followUps"/> the 6-month follow-ups recorded in the period (from the daily figures, or from the rows).
        /// </summary>
        private async Task<Services> ServicesAsync(Guid officeId, DateTime start, DateTime end, List<StageRow> funnel, List<ReferralFunnel.Facts> referrals,
            (int Recorded, int Working) followUps, CancellationToken cancellationToken)
        {
            // Counts under five are already hidden in the funnel, and a rate needs both of its counts shown.
            int? Reached(Stage stage) => funnel.Single(s => s.Stage == stage).Cases;
            var (placed, eligible) = (Reached(Stage.PlacedOrFounded), Reached(Stage.Eligible));
            var placement = new RateRow(RateKind.Placement, placed, eligible, placed is { } p && eligible is { } e ? SmallCells.Rate(p, e) : null);

            var (recorded, working) = followUps;
            var retention = new RateRow(RateKind.Retention6, SmallCells.Show(working), SmallCells.Show(recorded), SmallCells.Rate(working, recorded));

            var (byCounselor, byDistrict) = await GetOutreachSummary.CountAsync(db, officeId, start, end, cancellationToken);
            static List<OutreachRow> Shown(List<GetOutreachSummary.Row> rows) =>
                [.. rows.Select(r => new OutreachRow(r.Label, SmallCells.Show(r.Visits), SmallCells.Show(r.Intakes)))];

            var totals = new Totals(
                SmallCells.Show(byCounselor.Sum(r => r.Visits)), SmallCells.Show(byCounselor.Sum(r => r.Intakes)),
                SmallCells.Show(referrals.Sum(r => r.Count)), SmallCells.Show(referrals.Where(r => r.Succeeded).Sum(r => r.Count)));

            return new Services(totals, [placement, retention], Shown(byCounselor), Shown(byDistrict), await ProgrammesAsync(referrals, cancellationToken));
        }

        /// <summary>The 6-month follow-ups recorded in the period by the office's cases, and those still working, counted from the rows.</summary>
        private async Task<(int Recorded, int Working)> FollowUpsFromRowsAsync(Guid officeId, DateTime start, DateTime end, CancellationToken cancellationToken)
        {
            var followUps = await (
                from f in db.CaseFollowUps.AsNoTracking()
                join c in db.Cases.AsNoTracking() on f.CaseId equals c.Id
                where c.RegionalOfficeId == officeId && f.Month == 6 && f.RecordedAt >= start && f.RecordedAt < end
                group f by 1 into g
                select new { Recorded = g.Count(), Working = g.Count(f => f.StillWorking == true) })
                .SingleOrDefaultAsync(cancellationToken);
            return (followUps?.Recorded ?? 0, followUps?.Working ?? 0);
        }

        /// <summary>The programmes the office referred people to in the period (suggestions never sent are not referrals), most referred first.</summary>
        private async Task<List<ProgrammeRow>> ProgrammesAsync(List<ReferralFunnel.Facts> referrals, CancellationToken cancellationToken)
        {
            var counts = referrals.Where(r => r.ProgrammeId is not null)
                .GroupBy(r => r.ProgrammeId!.Value)
                .Select(g => new { Id = g.Key, Referred = g.Sum(r => r.Count), Completed = g.Where(r => r.Status == ReferralStatus.Completed).Sum(r => r.Count) })
                .ToList();
            var ids = counts.Select(c => c.Id).ToList();
            var programmes = await db.Programmes.AsNoTracking()
                .Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Title, Agency = p.Agency!.Name, p.Capacity, p.PlacesTaken })
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            return [.. counts
                .Where(c => programmes.ContainsKey(c.Id))
                .Select(c =>
                {
                    var p = programmes[c.Id];
                    return new ProgrammeRow(p.Id, p.Title, p.Agency, SmallCells.Show(c.Referred), SmallCells.Show(c.Completed), p.Capacity, SmallCells.Rate(p.PlacesTaken, p.Capacity));
                })
                .OrderByDescending(r => r.Referred ?? 0).ThenBy(r => r.Title, StringComparer.Ordinal)];
        }
    }
}
