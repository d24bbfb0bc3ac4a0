using MediatR;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Features.Reports;

/// <summary>
/// An office's outcomes in a period for its manager (an administrator: any office), counted from the case rows,
/// the timeline, the follow-ups and the referrals — which stay when people's data goes (ADR 0025). Counts of
/// people only; any below five reads "&lt;5" (ADR 0026). This is the definition of every figure; a faster path
/// must equal it.
/// </summary>
public static partial class GetOfficeReport
{
    [SentBy(Roles.RegionalManager, Roles.Administrator)]
    public sealed class Query : ReportPeriodRequest, IQuery<Result<Model>>, IPersonalDataRequest
    {
        /// <summary>The office to read: an administrator's choice; a manager's own office whatever is sent (another is refused).</summary>
        public Guid? OfficeId { get; set; }

        PersonalDataAction IPersonalDataRequest.Action => PersonalDataAction.View;
        string IPersonalDataRequest.Subject => $"office-report:{OfficeId?.ToString() ?? "own"}";
    }

    public sealed class Validator : ReportPeriodValidator<Query>;

    /// <summary>The stages of the funnel, in order; each counts the cases of the cohort that ever reached it.</summary>
    public enum Stage
    {
        Submitted = 1,
        Eligible = 2,
        PlanAgreed = 3,
        InService = 4,
        PlacedOrFounded = 5,
        FollowUp6 = 6,
    }

    /// <summary>Applications of the week starting <see cref="Start"/> (a Monday, or the period's first day).</summary>
    public sealed record WeekRow(DateOnly Start, DateOnly End, int? Applications);

    public sealed record StageRow(Stage Stage, int? Cases);

    public sealed record TrackRow(Track? Track, int? Placed, int? Founded);

    public sealed record DistrictRow(string? Code, string Name, int? Placed, int? Founded);

    public enum PartnerKind
    {
        Agency = 1,
        Company = 2,
    }

    /// <summary>A partner's referrals created in the period: referred, accepted, and hired (a post) or completed (a programme).</summary>
    public sealed record PartnerRow(PartnerKind Kind, Guid Id, string Name, int? Referred, int? Accepted, int? Succeeded, decimal? Rate);

    /// <summary>A counselor's active cases now, and the placements and foundings of their cases in the period.</summary>
    public sealed record CaseloadRow(string CounselorId, string Name, int? Active, int? Outcomes);

    /// <summary>The whole days (Korean dates) cases spent in a status before leaving it in the period: how many left, the median and the 90th percentile.</summary>
    public sealed record DurationRow(CaseStatus Status, int? Exits, int? MedianDays, int? P90Days);

    public sealed record Model(
        Guid OfficeId,
        string OfficeName,
        DateOnly From,
        DateOnly Until,
        IReadOnlyList<WeekRow> Weeks,
        IReadOnlyList<StageRow> Funnel,
        IReadOnlyList<TrackRow> ByTrack,
        IReadOnlyList<DistrictRow> ByDistrict,
        IReadOnlyList<PartnerRow> Partners,
        IReadOnlyList<CaseloadRow> Caseloads,
        IReadOnlyList<DurationRow> Durations,
        Services Services);

    /// <summary>The statuses whose entry means a stage was reached (that stage or a later one), so a reopened case counts once and the funnel never widens.</summary>
    private static readonly Dictionary<Stage, CaseStatus[]> Reached = new()
    {
        [Stage.Eligible] = [CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp],
        [Stage.PlanAgreed] = [CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp],
        [Stage.InService] = [CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp],
        [Stage.PlacedOrFounded] = [CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp],
    };

    private static readonly CaseStatus[] Outcomes = [CaseStatus.Placed, CaseStatus.Founded];

    internal sealed class Handler(RestartDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Result<Model>>
    {
        public Task<Result<Model>> Handle(Query request, CancellationToken cancellationToken) =>
            new Counter(db, user, clock).CountAsync(request, request.OfficeId, cancellationToken);
    }

    /// <summary>The office's figures for the dashboard and for its exports alike, after the same access check.</summary>
    internal sealed partial class Counter(RestartDbContext db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Result<Model>> CountAsync(ReportPeriodRequest request, Guid? requestedOffice, CancellationToken cancellationToken)
        {
            Guid officeId;
            if (user.IsInRole(Roles.Administrator))
            {
                if (requestedOffice is not { } chosen)
                {
                    return Result<Model>.Invalid(nameof(Query.OfficeId), Text.Get("Report.OfficeRequired"));
                }

                officeId = chosen;
            }
            else if (user.IsInRole(Roles.RegionalManager) && user.RegionalOfficeId is { } own && (requestedOffice is null || requestedOffice == own))
            {
                officeId = own;
            }
            else
            {
                return Result<Model>.Forbidden();
            }

            var officeName = await db.RegionalOffices.AsNoTracking().Where(o => o.Id == officeId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            if (officeName is null)
            {
                return Result<Model>.NotFound();
            }

            var span = request.Span(clock.Today());
            var (from, until, start, end) = (span.From, span.Until, span.Start, span.End);
            if (!FromRows)
            {
                return await FromFiguresAsync(officeId, officeName, span, cancellationToken);
            }

            // The cohort: the office's cases submitted in the period.
            var cohort = db.Cases.AsNoTracking().Where(c => c.RegionalOfficeId == officeId && c.SubmittedAt >= start && c.SubmittedAt < end);
            var submitted = await cohort.Select(c => c.SubmittedAt!.Value).ToListAsync(cancellationToken);

            var funnel = new List<StageRow> { new(Stage.Submitted, SmallCells.Show(submitted.Count)) };
            foreach (var (stage, statuses) in Reached)
            {
                var count = await cohort.CountAsync(c => db.CaseEvents.Any(e => e.CaseId == c.Id && statuses.Contains(e.To)), cancellationToken);
                funnel.Add(new(stage, SmallCells.Show(count)));
            }

            var followedUp = await cohort.CountAsync(c => db.CaseFollowUps.Any(f => f.CaseId == c.Id && f.Month == 6 && f.RecordedAt != null), cancellationToken);
            funnel.Add(new(Stage.FollowUp6, SmallCells.Show(followedUp)));

            // Placements and foundings dated in the period, of the office's cases (a reopened case placed again counts again: it is another placement).
            var outcomes = await (
                from e in db.CaseEvents.AsNoTracking()
                join c in db.Cases.AsNoTracking() on e.CaseId equals c.Id
                where c.RegionalOfficeId == officeId && e.At >= start && e.At < end && Outcomes.Contains(e.To) && e.From != e.To
                select new { e.To, c.Track, c.BusinessSigunguCode, c.AssignedCounselorId })
                .ToListAsync(cancellationToken);

            var byTrack = outcomes.GroupBy(o => o.Track).OrderBy(g => g.Key)
                .Select(g => new TrackRow(g.Key, SmallCells.Show(g.Count(o => o.To == CaseStatus.Placed)), SmallCells.Show(g.Count(o => o.To == CaseStatus.Founded))))
                .ToList();
            var places = await CaseReading.RegionNamesAsync(db, [.. outcomes.Select(o => o.BusinessSigunguCode).OfType<string>().Distinct()], cancellationToken);
            var byDistrict = outcomes.GroupBy(o => o.BusinessSigunguCode)
                .Select(g => new DistrictRow(g.Key, g.Key is null ? "" : places.GetValueOrDefault(g.Key, g.Key), SmallCells.Show(g.Count(o => o.To == CaseStatus.Placed)), SmallCells.Show(g.Count(o => o.To == CaseStatus.Founded))))
                .OrderBy(r => r.Code is null).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();

            var referrals = await ReferralFunnel.ReadAsync(db.Referrals.Where(r => r.RegionalOfficeId == officeId), span, cancellationToken);
            var partners = await PartnersAsync(referrals, cancellationToken);
            var caseloads = await CaseloadsAsync(officeId, outcomes.Select(o => o.AssignedCounselorId).OfType<string>().ToList(), cancellationToken);

            var durations = await DurationsAsync(officeId, start, end, cancellationToken);
            var services = await ServicesAsync(officeId, start, end, funnel, referrals, await FollowUpsFromRowsAsync(officeId, start, end, cancellationToken), cancellationToken);
            return new Model(officeId, officeName, from, until, Weeks(from, until, submitted), funnel, byTrack, byDistrict, partners, caseloads, durations, services);
        }

        /// <summary>Every week of the period, zero weeks too, each clipped to the period.</summary>
        private static List<WeekRow> Weeks(DateOnly from, DateOnly until, List<DateTime> submitted)
        {
            var days = submitted.Select(s => DateOnly.FromDateTime(KoreanTime.ToKorean(s))).ToList();
            var weeks = new List<WeekRow>();
            for (var weekStart = from; weekStart <= until;)
            {
                var sunday = weekStart.AddDays((7 - (int)weekStart.DayOfWeek) % 7);
                var weekEnd = sunday < until ? sunday : until;
                var first = weekStart;
                weeks.Add(new WeekRow(weekStart, weekEnd, SmallCells.Show(days.Count(d => d >= first && d <= weekEnd))));
                weekStart = weekEnd.AddDays(1);
            }

            return weeks;
        }

        /// <summary>Referral conversion per agency and company, from the office's referrals of the period.</summary>
        private async Task<List<PartnerRow>> PartnersAsync(List<ReferralFunnel.Facts> referrals, CancellationToken cancellationToken)
        {
            var agencyIds = referrals.Select(r => r.AgencyId).OfType<Guid>().Distinct().ToList();
            var companyIds = referrals.Select(r => r.CompanyId).OfType<Guid>().Distinct().ToList();
            var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

            var rows = referrals
                .GroupBy(r => r.AgencyId is { } agency ? (Kind: PartnerKind.Agency, Id: agency) : (Kind: PartnerKind.Company, Id: r.CompanyId ?? Guid.Empty))
                .Select(g =>
                {
                    var name = g.Key.Kind == PartnerKind.Agency ? agencies.GetValueOrDefault(g.Key.Id, "") : companies.GetValueOrDefault(g.Key.Id, "");
                    var row = ReferralFunnel.RowOf(g.Key.Id, name, g);
                    return new PartnerRow(g.Key.Kind, g.Key.Id, name, row.Referred, row.Accepted, row.Succeeded, row.Rate);
                });
            return [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)];
        }

        /// <summary>Each transition leaving a status in the period, measured from the transition that entered it (nearest-rank percentiles).</summary>
        private async Task<List<DurationRow>> DurationsAsync(Guid officeId, DateTime start, DateTime end, CancellationToken cancellationToken)
        {
            var events = await (
                from e in db.CaseEvents.AsNoTracking()
                join c in db.Cases.AsNoTracking() on e.CaseId equals c.Id
                where c.RegionalOfficeId == officeId && e.From != e.To && e.At < end
                    && db.CaseEvents.Any(x => x.CaseId == c.Id && x.From != x.To && x.At >= start && x.At < end)
                select new { e.Id, e.CaseId, e.At, e.From })
                .ToListAsync(cancellationToken);
            var days = new List<(CaseStatus Status, int Days)>();
            foreach (var timeline in events.GroupBy(e => e.CaseId))
            {
                DateTime? entered = null;
                foreach (var e in timeline.OrderBy(e => e.Id))
                {
                    if (entered is { } since && e.At >= start && e.From != CaseStatus.Draft)
                    {
                        days.Add((e.From, DateOnly.FromDateTime(KoreanTime.ToKorean(e.At)).DayNumber - DateOnly.FromDateTime(KoreanTime.ToKorean(since)).DayNumber));
                    }

                    entered = e.At;
                }
            }

            return [.. days.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g =>
            {
                var sorted = g.Select(d => d.Days).Order().ToList();
                int Rank(double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
                return sorted.Count < SmallCells.Threshold
                    ? new DurationRow(g.Key, null, null, null)
                    : new DurationRow(g.Key, sorted.Count, Rank(0.5), Rank(0.9));
            })];
        }

        private async Task<List<CaseloadRow>> CaseloadsAsync(Guid officeId, List<string> outcomesBy, CancellationToken cancellationToken)
        {
            // Counted from (RegionalOfficeId, Status, AssignedCounselorId) alone, one range per active status.
            var active = await db.Cases.AsNoTracking().WhereActiveByStatus()
                .Where(c => c.RegionalOfficeId == officeId && c.AssignedCounselorId != null)
                .GroupBy(c => c.AssignedCounselorId!)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var counselors = await StaffCases.CounselorsOf(db, officeId).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
            return [.. counselors.Select(c => new CaseloadRow(c.Id, c.DisplayName, SmallCells.Show(active.GetValueOrDefault(c.Id)), SmallCells.Show(outcomesBy.Count(o => o == c.Id))))];
        }
    }
}
