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

    internal sealed class Handler(RestartDbContext db, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            var (from, until) = request.Resolve(clock.Today());
            var start = KoreanTime.FromKorean(from.ToDateTime(TimeOnly.MinValue));
            var end = KoreanTime.FromKorean(until.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var cohort = db.Cases.AsNoTracking().Where(c => c.SubmittedAt >= start && c.SubmittedAt < end);

            async Task<Dictionary<Guid, int>> PerOfficeAsync(IQueryable<Case> cases) =>
                await cases.GroupBy(c => c.RegionalOfficeId!.Value).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            IQueryable<Case> ThatReached(GetOfficeReport.Stage stage)
            {
                var statuses = GetOfficeReport.Reached[stage];
                return cohort.Where(c => db.CaseEvents.Any(e => e.CaseId == c.Id && statuses.Contains(e.To)));
            }

            var applications = await PerOfficeAsync(cohort.Where(c => c.RegionalOfficeId != null));
            var eligible = await PerOfficeAsync(ThatReached(GetOfficeReport.Stage.Eligible).Where(c => c.RegionalOfficeId != null));
            var placed = await PerOfficeAsync(ThatReached(GetOfficeReport.Stage.PlacedOrFounded).Where(c => c.RegionalOfficeId != null));
            var offices = await db.RegionalOffices.AsNoTracking().OrderBy(o => o.Code).Select(o => new { o.Id, o.Name, o.NameEn }).ToListAsync(cancellationToken);

            static Row Shown(Guid? id, string name, string nameEn, int applied, int found, int outcome) =>
                new(id, name, nameEn, SmallCells.Show(applied), SmallCells.Show(found), SmallCells.Show(outcome), SmallCells.Rate(outcome, found));

            var rows = offices.Select(o => Shown(o.Id, o.Name, o.NameEn, applications.GetValueOrDefault(o.Id), eligible.GetValueOrDefault(o.Id), placed.GetValueOrDefault(o.Id))).ToList();
            var nation = Shown(null, "", "", applications.Values.Sum(), eligible.Values.Sum(), placed.Values.Sum());
            return new Model(from, until, rows, nation);
        }
    }
}
