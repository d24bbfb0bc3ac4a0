using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>
/// Every office's headline outcomes for a period side by side, and the nation's (ADR 0026): of the people who applied
/// in the period, how many were found eligible and how many were placed or founded — the same cohort and the same
/// definitions as the office report's funnel. Totals only, so anyone may read it (the public /Outcomes page, the
/// administrator's comparison); any count under five reads "&lt;5", and the nation's total is counted before that.
/// </summary>
public static class GetOutcomeTotals
{
    [SentByAnyone]
    public sealed class Query : ReportPeriodRequest, IQuery<Result<Model>>;

    public sealed class Validator : ReportPeriodValidator<Query>;

    public sealed record Row(Guid? OfficeId, string Name, string NameEn, int? Applications, int? Eligible, int? PlacedOrFounded, decimal? PlacementRate);

    /// <summary>Each office in its code order, then the nation's row (no office).</summary>
    public sealed record Model(DateOnly From, DateOnly Until, IReadOnlyList<Row> Offices, Row Nation);

    /// <summary>The three figures of the headline: applied, found eligible, placed or founded.</summary>
    private static readonly ReportMetric[] Headline = [ReportMetric.Submitted, ReportMetric.ReachedEligible, ReportMetric.ReachedPlacedOrFounded];

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var (from, until) = request.Resolve(clock.Today());
            var offices = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Code).Select(o => new { o.Id, o.Name, o.NameEn }).ToListAsync(cancellationToken);
            // Every office's cohort from its daily figures (ADR 0026 §4) in one grouped read, equal to the rows by test: the
            // office ids and the metrics are spelled out so each (office, metric) pair is still one key range of the figures.
            var ids = offices.Select(o => o.Id).ToList();
            var sums = await db.DailyFigures.AsNoTracking()
                .Where(f => ids.Contains(f.OfficeId) && EF.Constant(Headline).Contains(f.Metric) && f.Day >= from && f.Day <= until)
                .GroupBy(f => new { f.OfficeId, f.Metric })
                .Select(g => new { g.Key.OfficeId, g.Key.Metric, Count = g.Sum(f => f.Count) })
                .ToListAsync(cancellationToken);
            int Sum(Guid? office, ReportMetric metric) => sums.Where(s => (office is null || s.OfficeId == office) && s.Metric == metric).Sum(s => s.Count);

            Row Shown(Guid? id, string name, string nameEn)
            {
                var (applied, found, outcome) = (Sum(id, ReportMetric.Submitted), Sum(id, ReportMetric.ReachedEligible), Sum(id, ReportMetric.ReachedPlacedOrFounded));
                return new(id, name, nameEn, SmallCells.Show(applied), SmallCells.Show(found), SmallCells.Show(outcome), SmallCells.Rate(outcome, found));
            }

            // The nation's row sums every office's figures read (no office: all of them), counted before any cell is hidden.
            var rows = offices.Select(o => Shown(o.Id, o.Name, o.NameEn)).ToList();
            var nation = Shown(null, "", "");
            return new Model(from, until, rows, nation);
        }
    }
}
