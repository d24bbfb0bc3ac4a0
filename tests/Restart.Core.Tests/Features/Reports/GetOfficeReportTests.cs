using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;
using Case = Restart.Core.Domain.Case;
using Stage = Restart.Core.Features.Reports.GetOfficeReport.Stage;

namespace Restart.Core.Tests.Features.Reports;

/// <summary>An office's outcomes counted from hand-built cases whose answers are known; small cells read "&lt;5"; the report is the manager's own office's.</summary>
public sealed class GetOfficeReportTests
{
    private static readonly GetOfficeReport.Query November = new() { Period = PeriodKind.Month, Year = 2026, Number = 11 };

    /// <summary>A case straight into the database, submitted at <paramref name="submittedAt"/> (UTC) and walked along the lifecycle to <paramref name="to"/>, a day a step.</summary>
    internal static async Task<Case> CaseAsync(CoreHost host, string office, DateTime submittedAt, CaseStatus to, string counselorId,
        Track track = Track.ReEmployment, string sigungu = "11200", bool sixMonthFollowUp = false, int daysInReview = 1)
    {
        await using var db = host.Database.NewContext();
        var user = new ApplicationUser { UserName = $"r-{Guid.NewGuid():N}@test.restart", DisplayName = "신청인", CreatedAt = submittedAt };
        db.Users.Add(user);
        var c = new Case { ApplicantUserId = user.Id, CreatedAt = submittedAt, UpdatedAt = submittedAt, Track = track, BusinessSigunguCode = sigungu };
        c.Submit($"2026-{Random.Shared.Next(100000, 999999):D6}", TestData.OfficeOf(host, office), user.Id, submittedAt);
        var at = submittedAt;
        bool Step(Func<DateTime, bool> move, int days = 1) => move(at = at.AddDays(days));
        CaseStatus[] path = [CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded];
        foreach (var status in path.TakeWhile(s => s <= to))
        {
            if (status == CaseStatus.Placed && to == CaseStatus.Founded)
            {
                continue;
            }

            Step(status switch
            {
                CaseStatus.EligibilityReview => t => c.StartReview(counselorId, t),
                CaseStatus.Eligible => t => c.DecideEligibility(null, counselorId, t, null),
                CaseStatus.Assigned => t => c.Assign(counselorId, "상담사", counselorId, t, null),
                CaseStatus.PlanAgreed => t => c.AgreePlan(counselorId, t, null),
                CaseStatus.InService => t => c.StartService(counselorId, t, null),
                CaseStatus.Placed => t => c.RecordPlacement("(주)한빛푸드", DateOnly.FromDateTime(t), 2_500_000, null, counselorId, t, null),
                _ => t => c.RecordFounding("1234567891", DateOnly.FromDateTime(t), counselorId, t, null),
            }, status == CaseStatus.Eligible ? daysInReview : 1).ShouldBeTrue($"{status} for the test's set-up");
        }

        db.Cases.Add(c);
        if (sixMonthFollowUp)
        {
            var followUps = c.ScheduleFollowUps().ToList();
            foreach (var f in followUps)
            {
                (f.RecordedAt, f.RecordedByUserId, f.StillWorking) = (at.AddDays(1), counselorId, true);
            }

            db.CaseFollowUps.AddRange(followUps);
            c.RecordFollowUp(6, counselorId, at.AddDays(1), null).ShouldBeTrue();
        }

        await db.SaveChangesAsync();
        return c;
    }

    /// <summary>10:00 in Seoul on a November day.</summary>
    internal static DateTime Nov(int day) => new(2026, 11, day, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_funnel_the_weeks_and_the_outcomes_are_counted_in_Korean_days_and_small_cells_read_less_than_five(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor, name: "박지현");
        await StaffAsync(host, Roles.Counselor, name: "이수민");
        var manager = await StaffAsync(host, Roles.RegionalManager);
        var jejuCounselor = await StaffAsync(host, Roles.Counselor, office: "JEJU");

        // Twelve cases submitted in November (Korean time): one at 00:30 on the 1st (still 31 October in UTC), six in the week of
        // the 2nd, five in the week of the 9th; they got as far as 12 → 10 → 8 → 7 → 6 → 5.
        await CaseAsync(host, "SEOUL", new DateTime(2026, 10, 31, 15, 30, 0, DateTimeKind.Utc), CaseStatus.Submitted, counselor.Id);
        CaseStatus[] furthest =
        [
            CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed,
            CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Founded,
        ];
        for (var i = 0; i < furthest.Length; i++)
        {
            var status = furthest[i];
            await CaseAsync(host, "SEOUL", Nov(i < 6 ? 3 : 10), status, counselor.Id,
                track: status == CaseStatus.Founded ? Track.ReFounding : Track.ReEmployment,
                sigungu: status == CaseStatus.Founded ? "11680" : "11200",
                sixMonthFollowUp: status == CaseStatus.Placed);
        }

        // Submitted at 23:30 on 31 October in Seoul and placed in November: a November placement, not a November application.
        await CaseAsync(host, "SEOUL", new DateTime(2026, 10, 31, 14, 30, 0, DateTimeKind.Utc), CaseStatus.Placed, counselor.Id);
        // Another office's cases count nowhere here.
        for (var i = 0; i < 5; i++)
        {
            await CaseAsync(host, "JEJU", Nov(4), CaseStatus.Placed, jejuCounselor.Id);
        }

        host.User.SignIn(manager, Roles.RegionalManager);
        var result = await host.SendAsync(November);
        result.Succeeded.ShouldBeTrue(result.Status.ToString());
        var report = result.Value;

        (report.From, report.Until).ShouldBe((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        report.Weeks.Select(w => (w.Start, w.End, w.Applications)).ShouldBe(
        [
            (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), (int?)null),
            (new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8), 6),
            (new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15), 5),
            (new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), null),
            (new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), null),
            (new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), null),
        ]);
        report.Funnel.ShouldBe(
        [
            new(Stage.Submitted, 12), new(Stage.Eligible, 10), new(Stage.PlanAgreed, 8), new(Stage.InService, 7),
            new(Stage.PlacedOrFounded, 6), new(Stage.FollowUp6, 5),
        ]);
        report.ByTrack.ShouldBe([new(Track.ReEmployment, 6, null), new(Track.ReFounding, null, null)]);
        report.ByDistrict.Select(d => (d.Name, d.Placed, d.Founded)).ShouldBe([("서울특별시 강남구", (int?)null, (int?)null), ("서울특별시 성동구", 6, null)]);
        report.Caseloads.ShouldBe([new(counselor.Id, "박지현", 10, 7), new(report.Caseloads[1].CounselorId, "이수민", null, null)]);
        // 6 of the 10 found eligible were placed or founded; the 5 six-month follow-ups all found the person still working.
        report.Services.Rates.ShouldBe([new(GetOfficeReport.RateKind.Placement, 6, 10, 0.6m), new(GetOfficeReport.RateKind.Retention6, 5, 5, 1m)]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Referral_conversion_is_counted_per_partner_from_the_referrals_made_in_the_period(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, _) = await PartnerTestData.PartnerAsync(host, "성동고용복지플러스센터");
        var programmeId = await PartnerTestData.CreateAsync(host);
        ReferralStatus[] statuses =
        [
            ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Completed,
            ReferralStatus.Dropped, ReferralStatus.Dropped, ReferralStatus.Referred, ReferralStatus.Suggested,
        ];
        foreach (var status in statuses)
        {
            await PartnerTestData.ReferralAsync(host, agencyId, programmeId, "신청인", status, at: Nov(5));
        }

        await PartnerTestData.ReferralAsync(host, agencyId, programmeId, "신청인", ReferralStatus.Completed, at: new DateTime(2026, 10, 20, 1, 0, 0, DateTimeKind.Utc));

        await StaffAsync(host, Roles.RegionalManager);
        var report = (await host.SendAsync(November)).Value;

        report.Partners.ShouldBe([new(GetOfficeReport.PartnerKind.Agency, agencyId, "성동고용복지플러스센터", 8, 7, 5, 0.625m)]);
        // The programme: 8 referred (the suggestion never sent is not one), 5 completed; its fill counts places held across offices.
        int taken;
        await using (var db = host.Database.NewContext())
        {
            taken = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.PlacesTaken).SingleAsync(TestContext.Current.CancellationToken);
        }

        (report.Services.Totals.Referred, report.Services.Totals.Succeeded).ShouldBe((8, 5));
        report.Services.Programmes.ShouldBe([new(programmeId, "중장년 조리 실무 과정", "성동고용복지플러스센터", 8, 5, 20, SmallCells.Rate(taken, 20))]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_manager_reads_only_their_own_office_and_a_counselor_none_each_refusal_in_the_access_log(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var jeju = TestData.OfficeOf(host, "JEJU");
        var seoul = TestData.OfficeOf(host, "SEOUL");

        await StaffAsync(host, Roles.RegionalManager, office: "SEOUL");
        (await host.SendAsync(new GetOfficeReport.Query { OfficeId = jeju })).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(new GetOfficeReport.Query { OfficeId = seoul })).Value.OfficeId.ShouldBe(seoul);
        (await host.SendAsync(new GetOfficeReport.Query())).Value.OfficeId.ShouldBe(seoul);

        await StaffAsync(host, Roles.Counselor, office: "SEOUL");
        (await host.SendAsync(new GetOfficeReport.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new GetOfficeReport.Query { OfficeId = jeju })).Value.OfficeId.ShouldBe(jeju);
        (await host.SendAsync(new GetOfficeReport.Query())).Status.ShouldBe(ResultStatus.Invalid);

        await using var db = host.Database.NewContext();
        var refusals = await db.AccessLog.Where(e => e.Operation.StartsWith("GetOfficeReport") && e.Outcome == "Forbidden").Select(e => e.Subject).ToListAsync(TestContext.Current.CancellationToken);
        refusals.ShouldBe([$"office-report:{jeju}", "office-report:own"], ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_quarter_a_year_and_custom_dates_are_the_days_they_say_and_a_custom_period_needs_both_ends(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await StaffAsync(host, Roles.RegionalManager);

        var quarter = (await host.SendAsync(new GetOfficeReport.Query { Period = PeriodKind.Quarter, Year = 2026, Number = 4 })).Value;
        (quarter.From, quarter.Until).ShouldBe((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)));
        var year = (await host.SendAsync(new GetOfficeReport.Query { Period = PeriodKind.Year, Year = 2025 })).Value;
        (year.From, year.Until).ShouldBe((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        var custom = (await host.SendAsync(new GetOfficeReport.Query { Period = PeriodKind.Custom, From = new(2026, 11, 10), Until = new(2026, 11, 20) })).Value;
        custom.Weeks.Select(w => w.Start).ShouldBe([new DateOnly(2026, 11, 10), new(2026, 11, 16)]);

        var missing = await host.SendAsync(new GetOfficeReport.Query { Period = PeriodKind.Custom, From = new(2026, 11, 10) });
        missing.Errors.Single().Message.ShouldBe("끝나는 날을 골라 주세요.");
        var backwards = await host.SendAsync(new GetOfficeReport.Query { Period = PeriodKind.Custom, From = new(2026, 11, 10), Until = new(2026, 11, 1) });
        backwards.Status.ShouldBe(ResultStatus.Invalid);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Days_in_each_status_are_whole_Korean_days_read_as_median_and_90th_percentile_and_fewer_than_five_exits_read_less_than_five(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        foreach (var days in new[] { 1, 2, 3, 4, 10 })
        {
            await CaseAsync(host, "SEOUL", Nov(2), CaseStatus.Eligible, counselor.Id, daysInReview: days);
        }

        await CaseAsync(host, "SEOUL", Nov(2), CaseStatus.PlanAgreed, counselor.Id);
        await StaffAsync(host, Roles.RegionalManager);
        var report = (await host.SendAsync(November)).Value;

        report.Durations.ShouldBe(
        [
            new(CaseStatus.Submitted, 6, 1, 1),
            new(CaseStatus.EligibilityReview, 6, 2, 10),
            new(CaseStatus.Eligible, null, null, null),
            new(CaseStatus.Assigned, null, null, null),
        ]);
    }
}
