using System.Globalization;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Figures;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>The same model read from the daily figures kept as cases change (ADR 0026), the dashboard's path at national scale.</summary>
public static partial class GetOfficeReport
{
    private static readonly (Stage Stage, ReportMetric Metric)[] StageMetrics =
    [
        (Stage.Eligible, ReportMetric.ReachedEligible), (Stage.PlanAgreed, ReportMetric.ReachedPlanAgreed), (Stage.InService, ReportMetric.ReachedInService),
        (Stage.PlacedOrFounded, ReportMetric.ReachedPlacedOrFounded), (Stage.FollowUp6, ReportMetric.ReachedFollowUp6),
    ];

    internal sealed partial class Counter
    {
        /// <summary>
        /// Counts from the rows (the reference and the test oracle) instead of the daily figures. Referral conversion and
        /// caseloads "now" are read from the rows on both paths: indexed reads of one office's referrals and active cases.
        /// </summary>
        public bool FromRows { get; init; }

        private async Task<Model> FromFiguresAsync(Guid officeId, string officeName, ReportSpan span, CancellationToken cancellationToken)
        {
            var (from, until, start, end) = (span.From, span.Until, span.Start, span.End);
            var figures = await OfficeFigures.ReadAsync(db, officeId, from, until, cancellationToken);

            var funnel = new List<StageRow> { new(Stage.Submitted, SmallCells.Show(figures.SubmittedByDay.Values.Sum())) };
            funnel.AddRange(StageMetrics.Select(s => new StageRow(s.Stage, SmallCells.Show(figures.Total(s.Metric)))));

            var byTrack = Split(figures, ReportMetric.PlacedByTrack, ReportMetric.FoundedByTrack)
                .Select(r => (Track: r.Dimension.Length == 0 ? (Track?)null : (Track)int.Parse(r.Dimension, CultureInfo.InvariantCulture), r.Placed, r.Founded))
                .OrderBy(r => r.Track)
                .Select(r => new TrackRow(r.Track, SmallCells.Show(r.Placed), SmallCells.Show(r.Founded)))
                .ToList();

            var districts = Split(figures, ReportMetric.PlacedByDistrict, ReportMetric.FoundedByDistrict);
            var places = await CaseReading.RegionNamesAsync(db, [.. districts.Select(d => d.Dimension).Where(d => d.Length > 0)], cancellationToken);
            var byDistrict = districts
                .Select(d => new DistrictRow(d.Dimension.Length == 0 ? null : d.Dimension, d.Dimension.Length == 0 ? "" : places.GetValueOrDefault(d.Dimension, d.Dimension),
                    SmallCells.Show(d.Placed), SmallCells.Show(d.Founded)))
                .OrderBy(r => r.Code is null).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();

            var referrals = await ReferralFunnel.ReadAsync(db.Referrals.Where(r => r.RegionalOfficeId == officeId), span, cancellationToken);
            var partners = await PartnersAsync(referrals, cancellationToken);
            var outcomesBy = figures.Cells.Where(c => c.Metric == ReportMetric.OutcomesByCounselor).SelectMany(c => Enumerable.Repeat(c.Dimension, c.Count)).ToList();
            var caseloads = await CaseloadsAsync(officeId, outcomesBy, cancellationToken);

            return new Model(officeId, officeName, from, until, Weeks(from, until, figures.SubmittedByDay), funnel, byTrack, byDistrict, partners, caseloads, Durations(figures),
                await ServicesAsync(officeId, start, end, funnel, referrals,
                    (figures.Total(ReportMetric.FollowUp6Recorded), figures.Total(ReportMetric.FollowUp6Working)), cancellationToken));
        }

        /// <summary>Placements and foundings per dimension, the dimensions with at least one of either.</summary>
        private static List<(string Dimension, int Placed, int Founded)> Split(OfficeCounts figures, ReportMetric placed, ReportMetric founded) =>
            [.. figures.Cells.Where(c => c.Metric == placed || c.Metric == founded)
                .GroupBy(c => c.Dimension)
                .Select(g => (g.Key, g.Where(c => c.Metric == placed).Sum(c => c.Count), g.Where(c => c.Metric == founded).Sum(c => c.Count)))
                .Where(r => r.Item2 + r.Item3 > 0)];

        private static List<WeekRow> Weeks(DateOnly from, DateOnly until, IReadOnlyDictionary<DateOnly, int> submitted)
        {
            var weeks = new List<WeekRow>();
            for (var weekStart = from; weekStart <= until;)
            {
                var sunday = weekStart.AddDays((7 - (int)weekStart.DayOfWeek) % 7);
                var weekEnd = sunday < until ? sunday : until;
                var first = weekStart;
                weeks.Add(new WeekRow(weekStart, weekEnd, SmallCells.Show(submitted.Where(d => d.Key >= first && d.Key <= weekEnd).Sum(d => d.Value))));
                weekStart = weekEnd.AddDays(1);
            }

            return weeks;
        }

        /// <summary>Median and 90th percentile (nearest rank) read from each status's histogram of whole days.</summary>
        private static List<DurationRow> Durations(OfficeCounts figures) =>
            [.. figures.Cells.Where(c => c.Metric >= ReportMetric.DaysIn)
                .GroupBy(c => (CaseStatus)(c.Metric - ReportMetric.DaysIn))
                .Select(g => (Status: g.Key, Histogram: g.Select(c => (Days: int.Parse(c.Dimension, CultureInfo.InvariantCulture), c.Count)).OrderBy(h => h.Days).ToList()))
                .Where(s => s.Histogram.Sum(h => h.Count) > 0)
                .OrderBy(s => s.Status)
                .Select(s =>
                {
                    var exits = s.Histogram.Sum(h => h.Count);
                    int Rank(double p)
                    {
                        var rank = (int)Math.Ceiling(p * exits);
                        var seen = 0;
                        foreach (var (days, count) in s.Histogram)
                        {
                            if ((seen += count) >= rank)
                            {
                                return days;
                            }
                        }

                        return s.Histogram[^1].Days;
                    }

                    return exits < SmallCells.Threshold ? new DurationRow(s.Status, null, null, null) : new DurationRow(s.Status, exits, Rank(0.5), Rank(0.9));
                })];
    }
}
