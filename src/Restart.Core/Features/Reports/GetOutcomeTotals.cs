using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Figures;
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

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var (from, until) = request.Resolve(clock.Today());
            var offices = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Code).Select(o => new { o.Id, o.Name, o.NameEn }).ToListAsync(cancellationToken);
            // Each office's cohort from its daily figures (ADR 0026 §4): one key range a office, equal to the rows by test.
            var counts = new Dictionary<Guid, (int Applied, int Eligible, int Placed)>();
            foreach (var office in offices)
            {
                var figures = await OfficeFigures.ReadAsync(db, office.Id, from, until, cancellationToken);
                counts[office.Id] = (figures.SubmittedByDay.Values.Sum(), figures.Total(ReportMetric.ReachedEligible), figures.Total(ReportMetric.ReachedPlacedOrFounded));
            }

            var applications = counts.ToDictionary(c => c.Key, c => c.Value.Applied);
            var eligible = counts.ToDictionary(c => c.Key, c => c.Value.Eligible);
            var placed = counts.ToDictionary(c => c.Key, c => c.Value.Placed);

            static Row Shown(Guid? id, string name, string nameEn, int applied, int found, int outcome) =>
                new(id, name, nameEn, SmallCells.Show(applied), SmallCells.Show(found), SmallCells.Show(outcome), SmallCells.Rate(outcome, found));

            var rows = offices.Select(o => Shown(o.Id, o.Name, o.NameEn, applications.GetValueOrDefault(o.Id), eligible.GetValueOrDefault(o.Id), placed.GetValueOrDefault(o.Id))).ToList();
            var nation = Shown(null, "", "", applications.Values.Sum(), eligible.Values.Sum(), placed.Values.Sum());
            return new Model(from, until, rows, nation);
        }
    }
}
