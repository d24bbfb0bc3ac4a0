using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Cases;

/// <summary>찾아가는 상담 for a manager: the office's outreach visits in a period, per counselor and per 시·군·구, with the intakes taken on the spot. Counts only, no person.</summary>
public static class GetOutreachSummary
{
    [SentBy(Roles.RegionalManager)]
    public sealed class Query : IQuery<Result<Model>>
    {
        public DateOnly? From { get; set; }
        public DateOnly? Until { get; set; }
    }

    public sealed record Row(string Label, int Visits, int Intakes);

    public sealed record Model(DateOnly From, DateOnly Until, IReadOnlyList<Row> PerCounselor, IReadOnlyList<Row> PerDistrict);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(x => x.Until).Must((q, until) => q.From is null || until is null || until >= q.From)
            .WithMessage(_ => Text.Get("Period.UntilBeforeFrom"));
    }

    internal sealed class Handler(RestartDbContext db, StaffCases staffCases, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public async Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken)
        {
            if (staffCases.Staff is not { } staff)
            {
                return Result<Model>.Forbidden();
            }

            // This month so far unless a period is given.
            var today = clock.Today();
            var from = request.From ?? new DateOnly(today.Year, today.Month, 1);
            var until = request.Until ?? today;
            var start = KoreanTime.FromKorean(from.ToDateTime(TimeOnly.MinValue));
            var end = KoreanTime.FromKorean(until.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var (perCounselor, perDistrict) = await CountAsync(db, staff.OfficeId, start, end, cancellationToken);
            return new Model(from, until, perCounselor, perDistrict);
        }
    }

    /// <summary>An office's outreach visits held in [start, end), per counselor and per 시·군·구 (most visits first), with the intakes taken on the spot; for this page and the outcome report.</summary>
    internal static async Task<(List<Row> PerCounselor, List<Row> PerDistrict)> CountAsync(RestartDbContext db, Guid officeId, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        // The (OfficeId, Mode, HeldAt) index gives the period's visits without touching the cases.
        var visits =
            from s in db.CounselingSessions.AsNoTracking()
            where s.OfficeId == officeId && s.Mode == CounselingMode.Outreach && s.HeldAt >= start && s.HeldAt < end
            select new { s.AuthorUserId, s.VisitSigunguCode, Intake = s.IntakeOnSite != null && s.IntakeOnSite != "" };

        var perCounselor = await (
            from v in visits
            group v by v.AuthorUserId into g
            select new { g.Key, Visits = g.Count(), Intakes = g.Count(x => x.Intake) })
            .ToListAsync(cancellationToken);
        var perDistrict = await (
            from v in visits
            group v by v.VisitSigunguCode into g
            select new { g.Key, Visits = g.Count(), Intakes = g.Count(x => x.Intake) })
            .ToListAsync(cancellationToken);
        var people = await db.Users.Where(u => perCounselor.Select(p => p.Key).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var places = await CaseReading.RegionNamesAsync(db, [.. perDistrict.Select(p => p.Key).OfType<string>()], cancellationToken);
        return (
            [.. perCounselor.Select(p => new Row(people.GetValueOrDefault(p.Key, ""), p.Visits, p.Intakes)).OrderByDescending(r => r.Visits)],
            [.. perDistrict.Select(p => new Row(p.Key is null ? "" : places.GetValueOrDefault(p.Key, p.Key), p.Visits, p.Intakes)).OrderByDescending(r => r.Visits)]);
    }
}
