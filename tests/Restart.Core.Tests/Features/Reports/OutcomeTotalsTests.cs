using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Reports.GetOfficeReportTests;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Reports;

/// <summary>The report's services given (outreach) and every office side by side, on hand-built cases whose answers are known.</summary>
public sealed class OutcomeTotalsTests
{
    private static readonly GetOfficeReport.Query November = new() { Period = PeriodKind.Month, Year = 2026, Number = 11 };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Every_office_side_by_side_and_the_nation_counted_before_small_cells_are_hidden_for_anyone_to_read(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var seoul = await StaffAsync(host, Roles.Counselor);
        var jeju = await StaffAsync(host, Roles.Counselor, office: "JEJU");
        // Seoul: 8 applied in November, 7 found eligible, 5 placed or founded. Jeju: 3 applied, all placed. One Seoul case applied in October.
        CaseStatus[] seoulCases = [CaseStatus.Submitted, CaseStatus.Eligible, CaseStatus.Eligible, CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Placed, CaseStatus.Founded];
        foreach (var status in seoulCases)
        {
            await CaseAsync(host, "SEOUL", Nov(4), status, seoul.Id);
        }

        for (var i = 0; i < 3; i++)
        {
            await CaseAsync(host, "JEJU", Nov(5), CaseStatus.Placed, jeju.Id);
        }

        await CaseAsync(host, "SEOUL", new DateTime(2026, 10, 10, 1, 0, 0, DateTimeKind.Utc), CaseStatus.Placed, seoul.Id);

        host.User.SignOut();
        var totals = (await host.SendAsync(new GetOutcomeTotals.Query { Period = PeriodKind.Month, Year = 2026, Number = 11 })).Value;

        await using (var db = host.Database.NewContext())
        {
            totals.Offices.Select(o => o.Name).ShouldBe(await db.RegionalOffices.OrderBy(o => o.Code).Select(o => o.Name).ToListAsync(TestContext.Current.CancellationToken));
        }

        var (inSeoul, inJeju) = (totals.Offices.Single(o => o.OfficeId == TestData.OfficeOf(host, "SEOUL")), totals.Offices.Single(o => o.OfficeId == TestData.OfficeOf(host, "JEJU")));
        (inSeoul.Applications, inSeoul.Eligible, inSeoul.PlacedOrFounded, inSeoul.PlacementRate).ShouldBe((8, 7, 5, 0.714m));
        (inJeju.Applications, inJeju.Eligible, inJeju.PlacedOrFounded, inJeju.PlacementRate).ShouldBe((null, null, null, null), "three people are fewer than five");
        totals.Offices.Where(o => o != inSeoul && o != inJeju).ShouldAllBe(o => o.Applications == null);
        totals.Nation.ShouldBe(new(null, "", "", 11, 10, 8, 0.8m));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Outreach_visits_of_the_period_are_counted_per_counselor_and_district_with_their_intakes_and_few_read_less_than_five(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var kim = await StaffAsync(host, Roles.Counselor, name: "김현수");
        var lee = await StaffAsync(host, Roles.Counselor, name: "이은정");
        var theCase = await CaseAsync(host, "SEOUL", Nov(2), CaseStatus.Submitted, kim.Id);
        var seoul = TestData.OfficeOf(host, "SEOUL");
        await using (var db = host.Database.NewContext())
        {
            CounselingSession Visit(string author, DateTime at, string sigungu, string? intake, CounselingMode mode = CounselingMode.Outreach) => new()
            {
                CaseId = theCase.Id, OfficeId = seoul, HeldAt = at, Mode = mode, Notes = "점포 방문", AuthorUserId = author, WrittenAt = at,
                VisitSigunguCode = sigungu, BusinessStage = BusinessStage.Closing, IntakeOnSite = intake,
            };

            // 김현수: 7 visits in 성동구 in November, 5 with an intake; 이은정: 2 in 강남구; plus visits that do not count here.
            for (var i = 0; i < 7; i++)
            {
                db.CounselingSessions.Add(Visit(kim.Id, Nov(3 + i), "11200", i < 5 ? "자활기금 융자 신청 접수" : null));
            }

            db.CounselingSessions.AddRange(
                Visit(lee.Id, Nov(12), "11680", null),
                Visit(lee.Id, Nov(13), "11680", ""),
                Visit(kim.Id, new DateTime(2026, 10, 31, 14, 0, 0, DateTimeKind.Utc), "11200", "10월의 접수"),
                Visit(kim.Id, Nov(20), "11200", null, CounselingMode.Office));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await StaffAsync(host, Roles.RegionalManager);
        var report = (await host.SendAsync(November)).Value;

        report.Services.OutreachByCounselor.ShouldBe([new("김현수", 7, 5), new("이은정", null, null)]);
        report.Services.OutreachByDistrict.ShouldBe([new("서울특별시 성동구", 7, 5), new("서울특별시 강남구", null, null)]);
        // The total counts every visit before any cell is hidden: 7 + 2.
        (report.Services.Totals.OutreachVisits, report.Services.Totals.OutreachIntakes).ShouldBe((9, 5));
    }
}
