using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.Organizations.OrganizationPages;

namespace Restart.Web.Tests.Pages.Staff;

/// <summary>The manager's outcome report (ADR 0026): their office's figures as charts and tables, a CSV file with a reason, and the refusals.</summary>
public sealed class ReportsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private async Task<WebSession> DemoAsync(string role)
    {
        var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    [Fact]
    public async Task The_manager_sees_the_offices_figures_as_charts_with_their_tables_and_downloads_a_table_with_a_reason()
    {
        var year = KoreanTime.ToKorean(DateTime.UtcNow).Year;
        int submitted;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var (start, end) = (KoreanTime.FromKorean(new DateTime(year, 1, 1)), KoreanTime.FromKorean(new DateTime(year + 1, 1, 1)));
            var seoul = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
            submitted = await db.Cases.CountAsync(c => c.RegionalOfficeId == seoul && c.SubmittedAt >= start && c.SubmittedAt < end, TestContext.Current.CancellationToken);
        }

        using var manager = await DemoAsync(Roles.RegionalManager);
        var page = await manager.GetAsync($"/Staff/Reports?Period=Year&Year={year}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector("[data-testid='report-scope']")!.TextContent.ShouldContain($"{year}-01-01 ~ {year}-12-31");
        var funnel = page.Document.QuerySelector("[data-testid='report-funnel']")!;
        var first = funnel.QuerySelector("tbody tr")!;
        first.QuerySelector("th")!.TextContent.ShouldBe("신청");
        first.QuerySelector("td")!.TextContent.ShouldBe(SmallCells.Text(SmallCells.Show(submitted)));
        // Every chart is followed by the table that holds its numbers.
        var charts = page.Document.QuerySelectorAll("svg[data-testid='chart']");
        charts.Length.ShouldBeGreaterThan(0);
        charts.ShouldAllBe(c => c.NextElementSibling!.QuerySelector("table") != null);
        page.Document.QuerySelector("[data-testid='report-rates'] tbody tr th")!.TextContent.ShouldBe("취업·창업률 (적격 판정자 중)");

        var noReason = await manager.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='table=Funnel']");
        noReason.Text("#why-funnel-error").ShouldContain("사유");
        var file = await manager.SubmitAsync(page, new Dictionary<string, string> { ["Why"] = "성과공유회 자료" }, "form[action*='table=Funnel']");
        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var name = file.Response.Content.Headers.ContentDisposition!.FileNameStar!;
        name.ShouldStartWith("성과_");
        name.ShouldContain($"_{year}0101-{year}1231_");
        name.ShouldEndWith(".csv");
        var lines = Encoding.UTF8.GetString(await file.Response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').TrimEnd().Split("\r\n");
        lines[0].ShouldBe("단계,인원");
        var cell = SmallCells.Text(SmallCells.Show(submitted));
        lines[1].ShouldBe($"신청,{(cell.Contains(',', StringComparison.Ordinal) ? $"\"{cell}\"" : cell)}");
        lines.Length.ShouldBe(7);
        (await PartnerFlows.AccessLogOfAsync(factory, "ExportOfficeReport.Query")).ShouldContain(e => e.Action == PersonalDataAction.Export && e.Reason == "성과공유회 자료");
    }

    [Fact]
    public async Task The_manager_downloads_every_table_as_one_Excel_workbook_after_giving_a_reason_kept_beside_the_field_when_missing()
    {
        var year = KoreanTime.ToKorean(DateTime.UtcNow).Year;
        using var manager = await DemoAsync(Roles.RegionalManager);
        var page = await manager.GetAsync($"/Staff/Reports?Period=Year&Year={year}");
        var funnelCell = page.Document.QuerySelector("[data-testid='report-funnel'] tbody tr td")!.TextContent;

        // No reason: the page comes back with the Excel form open and the message beside its field.
        var refused = await manager.SubmitAsync(page, new Dictionary<string, string> { ["Why"] = "  " }, "[data-testid='workbook-form']");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Document.QuerySelector("[data-testid='workbook-form']")!.Closest("details")!.HasAttribute("open").ShouldBeTrue();
        refused.Document.QuerySelector("#why-workbook-error")!.TextContent.ShouldContain("사유");
        refused.Document.QuerySelector("#why-workbook")!.GetAttribute("aria-invalid").ShouldBe("true");
        refused.Document.QuerySelector("#why-funnel-error").ShouldBeNull();

        var file = await manager.SubmitAsync(refused, new Dictionary<string, string> { ["Why"] = "성과공유회 엑셀" }, "[data-testid='workbook-form']");
        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var name = file.Response.Content.Headers.ContentDisposition!.FileNameStar!;
        name.ShouldStartWith("성과_");
        name.ShouldEndWith($"_{year}0101-{year}1231.xlsx");
        file.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();

        using var workbook = new MemoryStream(await file.Response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(workbook);
        sheets.ShouldBe(["개요", "주별 신청", "단계별 진행 (이 기간 신청자)", "트랙별 취업·창업", "시·군·구별 취업·창업", "연계 기관·기업별 성과", "상담사별 담당", "상태별 머문 일수 (중앙값·90%)",
            "취업·창업률과 6개월 유지율", "상담사별 찾아가는 상담", "시·군·구별 찾아가는 상담", "연계 프로그램별 성과와 충원율"]);
        var cover = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "개요").Cast<IDictionary<string, object>>().ToList();
        cover.ShouldContain(row => (string)row["항목"] == "기간" && (string)row["내용"] == $"{year}-01-01 ~ {year}-12-31");
        var funnel = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "단계별 진행 (이 기간 신청자)").Cast<IDictionary<string, object>>().ToList();
        funnel[0]["단계"].ShouldBe("신청");
        // The same figure as the page: a number Excel can sum, or the "<5" text.
        Convert.ToString(funnel[0]["인원"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(funnelCell);
        (await PartnerFlows.AccessLogOfAsync(factory, "ExportOfficeReport.Query")).ShouldContain(e => e.Action == PersonalDataAction.Export && e.Reason == "성과공유회 엑셀" && e.Subject.EndsWith(":workbook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_one_page_summary_shows_the_dashboards_figures_for_the_same_period_with_a_print_button_and_refuses_as_the_dashboard_does()
    {
        var year = KoreanTime.ToKorean(DateTime.UtcNow).Year;
        using var manager = await DemoAsync(Roles.RegionalManager);
        var dashboard = await manager.GetAsync($"/Staff/Reports?Period=Year&Year={year}");
        var submitted = dashboard.Document.QuerySelector("[data-testid='report-funnel'] tbody tr td")!.TextContent;
        var link = dashboard.Document.QuerySelector("[data-testid='summary-link']")!.GetAttribute("href")!;
        link.ShouldContain("Period=Year");
        link.ShouldContain($"Year={year}");

        var summary = await manager.GetAsync(link);
        summary.Status.ShouldBe(HttpStatusCode.OK);
        summary.Text("[data-testid='summary-scope']").ShouldEndWith($"{year}-01-01 ~ {year}-12-31");
        var first = summary.Document.QuerySelector("[data-testid='summary-figures'] .col")!;
        first.QuerySelector("dt")!.TextContent.ShouldBe("신청 인원");
        first.QuerySelector("dd")!.TextContent.ShouldBe(submitted);
        summary.Document.QuerySelector("button[data-print]")!.TextContent.ShouldBe("인쇄·PDF로 저장");
        var script = summary.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Single(s => s.StartsWith("/js/print.js", StringComparison.Ordinal));
        (await manager.GetAsync(script)).Status.ShouldBe(HttpStatusCode.OK);

        using var counselor = await DemoAsync(Roles.Counselor);
        (await counselor.GetAsync("/Staff/Reports/Summary")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var seoul = await OfficeIdAsync(factory, "SEOUL");
        using var busan = await StaffOfAsync(factory, Roles.RegionalManager, "BUSAN-ULSAN");
        (await busan.GetAsync($"/Staff/Reports/Summary?OfficeId={seoul}")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anyone_reads_the_nations_and_each_offices_totals_and_the_administrator_compares_offices_and_opens_one()
    {
        var year = KoreanTime.ToKorean(DateTime.UtcNow).Year;
        int seoulApplied, nationApplied, offices;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RestartDbContext>();
            var (start, end) = (KoreanTime.FromKorean(new DateTime(year, 1, 1)), KoreanTime.FromKorean(new DateTime(year + 1, 1, 1)));
            var seoul = await db.RegionalOffices.Where(o => o.Code == "SEOUL").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
            seoulApplied = await db.Cases.CountAsync(c => c.RegionalOfficeId == seoul && c.SubmittedAt >= start && c.SubmittedAt < end, TestContext.Current.CancellationToken);
            nationApplied = await db.Cases.CountAsync(c => c.RegionalOfficeId != null && c.SubmittedAt >= start && c.SubmittedAt < end, TestContext.Current.CancellationToken);
            offices = await db.RegionalOffices.CountAsync(TestContext.Current.CancellationToken);
        }

        using var visitor = factory.NewSession();
        var open = await visitor.GetAsync($"/Outcomes?Period=Year&Year={year}");
        open.Status.ShouldBe(HttpStatusCode.OK);
        var rows = open.Document.QuerySelectorAll("[data-testid='outcome-totals'] tbody tr");
        rows.Length.ShouldBe(offices);
        rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "서울지역본부").QuerySelector("td")!.TextContent.ShouldBe(SmallCells.Text(SmallCells.Show(seoulApplied)));
        open.Document.QuerySelector("[data-testid='outcome-nation'] td")!.TextContent.ShouldBe(SmallCells.Text(SmallCells.Show(nationApplied)));
        rows.ShouldAllBe(r => r.QuerySelector("a") == null, "the public page leads nowhere inside the portal");
        var badYear = await visitor.GetAsync("/Outcomes?Period=Year&Year=1900");
        badYear.Status.ShouldBe(HttpStatusCode.OK);
        badYear.FieldError("Year").ShouldNotBeEmpty();

        using var admin = await DemoAsync(Roles.Administrator);
        var redirected = await admin.GetAsync($"/Staff/Reports?Period=Year&Year={year}");
        redirected.Location!.ShouldStartWith("/Staff/Reports/Offices?", customMessage: "an administrator has no office of their own");
        var comparison = await admin.OpenAsync(redirected.Location!);
        comparison.Status.ShouldBe(HttpStatusCode.OK);
        var seoulLink = comparison.Document.QuerySelectorAll("[data-testid='outcome-totals'] tbody th a").Single(a => a.TextContent == "서울지역본부").GetAttribute("href")!;
        var seoulReport = await admin.GetAsync(seoulLink);
        seoulReport.Status.ShouldBe(HttpStatusCode.OK);
        seoulReport.Text("[data-testid='report-scope']").ShouldBe($"서울지역본부 · {year}-01-01 ~ {year}-12-31");

        using var manager = await DemoAsync(Roles.RegionalManager);
        (await manager.GetAsync("/Staff/Reports/Offices")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_counselor_is_refused_and_a_manager_of_another_office_cannot_read_this_one_by_a_forged_address()
    {
        using var counselor = await DemoAsync(Roles.Counselor);
        (await counselor.GetAsync("/Staff/Reports")).Status.ShouldBe(HttpStatusCode.Forbidden);

        var seoul = await OfficeIdAsync(factory, "SEOUL");
        using var busan = await StaffOfAsync(factory, Roles.RegionalManager, "BUSAN-ULSAN");
        (await busan.GetAsync($"/Staff/Reports?OfficeId={seoul}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var own = await busan.GetAsync("/Staff/Reports");
        own.Status.ShouldBe(HttpStatusCode.OK);
        own.Document.QuerySelector("[data-testid='report-scope']")!.TextContent.ShouldNotContain("서울");

        (await PartnerFlows.AccessLogOfAsync(factory, "GetOfficeReport.Query")).ShouldContain(e => e.Outcome == "Forbidden" && e.Subject == $"office-report:{seoul}");
    }
}
