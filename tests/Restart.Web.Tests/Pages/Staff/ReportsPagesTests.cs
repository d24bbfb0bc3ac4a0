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

        var noReason = await manager.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='table=Funnel']");
        noReason.Document.QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("사유");
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
