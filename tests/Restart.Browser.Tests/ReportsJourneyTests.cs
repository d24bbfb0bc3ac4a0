using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MiniExcelLibs;
using Restart.Core.Domain;
using static Microsoft.Playwright.Assertions;

namespace Restart.Browser.Tests;

/// <summary>The demo manager reads the office's outcomes (a chart and the table behind it), downloads the Excel workbook, opens the printable summary, and reads the dashboard on a phone.</summary>
public sealed class ReportsJourneyTests(PortalServer portal) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task The_manager_reads_a_chart_and_its_table_downloads_the_workbook_and_opens_the_printable_summary()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(Roles.RegionalManager);
        await page.GetByRole(AriaRole.Link, new() { Name = "성과 현황" }).ClickAsync();
        await page.ExpectPageAsync("/Staff/Reports", "성과 현황");
        await page.GetByLabel("기간", new() { Exact = true }).SelectOptionAsync("Year");
        await page.GetByRole(AriaRole.Button, new() { Name = "찾기" }).ClickAsync();
        await Expect(page.GetByTestId("report-scope")).ToContainTextAsync("-01-01 ~ ");

        // The funnel's chart writes each stage's number beside its bar; the table after it holds the same numbers.
        var funnel = page.Locator("section[aria-labelledby='report-funnel']");
        var chartValues = await funnel.Locator("svg[data-testid='chart'] g text:nth-of-type(2)").AllTextContentsAsync();
        var tableValues = await funnel.Locator("[data-testid='report-funnel'] tbody td").AllTextContentsAsync();
        chartValues.Count.ShouldBe(6);
        chartValues.Select(v => v.Trim()).ShouldBe(tableValues.Select(v => v.Trim()));
        await page.ScreenshotAsync(new() { Path = Shot("staff-reports"), FullPage = true });
        (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} {v.Help}").ShouldBeEmpty();

        await page.GetByText("Excel 내려받기 (모든 표)").ClickAsync();
        var form = page.GetByTestId("workbook-form");
        await form.GetByLabel("내려받는 사유").FillAsync("12월 성과공유회 자료");
        var download = await page.RunAndWaitForDownloadAsync(() => form.GetByRole(AriaRole.Button).ClickAsync());
        download.SuggestedFilename.ShouldStartWith("성과_");
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var saved = Path.Combine(PortalServer.ScreenshotFolder, "staff-reports.xlsx");
        await download.SaveAsAsync(saved);
        var sheets = MiniExcel.GetSheetNames(saved);
        sheets[0].ShouldBe("개요");
        sheets.ShouldContain("단계별 진행 (이 기간 신청자)");
        var rows = MiniExcel.Query(saved, useHeaderRow: true, sheetName: "단계별 진행 (이 기간 신청자)").Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => Convert.ToString(r["인원"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(tableValues.Select(v => v.Trim().Replace(",", "", StringComparison.Ordinal)));

        await page.GetByTestId("summary-link").ClickAsync();
        await page.ExpectPageAsync("/Staff/Reports/Summary", "성과공유회 요약");
        await Expect(page.GetByTestId("summary-figures")).ToContainTextAsync("신청 인원");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "인쇄·PDF로 저장" })).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Shot("staff-reports-summary-print"), FullPage = true });
        await page.PdfAsync(new() { Path = Path.Combine(PortalServer.ScreenshotFolder, "staff-reports-summary.pdf"), Format = "A4" });
    }

    [Fact]
    public async Task The_dashboard_and_the_summary_fit_a_phone_screen()
    {
        var page = await portal.NewPageAsync(390, 844);
        await page.SignInAsync(Roles.RegionalManager);
        await page.GotoAsync("/Staff/Reports?Period=Year");
        await page.ExpectPageAsync("/Staff/Reports", "성과 현황");
        await page.ScreenshotAsync(new() { Path = Shot("phone-staff-reports"), FullPage = true });
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);

        await page.GotoAsync("/Staff/Reports/Summary?Period=Year");
        await page.ExpectPageAsync("/Staff/Reports/Summary", "성과공유회 요약");
        await page.ScreenshotAsync(new() { Path = Shot("phone-staff-reports-summary"), FullPage = true });
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_explained_beside_its_field_and_the_month_is_shown()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(Roles.RegionalManager);
        await page.GotoAsync("/Network/Reports");
        await page.GetByLabel("기간", new() { Exact = true }).SelectOptionAsync("Custom");
        await page.GetByLabel("시작일").FillAsync("2026-11-10");
        await page.GetByLabel("종료일").FillAsync("2026-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "찾기" }).ClickAsync();

        await Expect(page.Locator("span[data-valmsg-for='Until']")).ToHaveTextAsync("끝나는 날은 시작하는 날 이후여야 합니다.");
        await Expect(page.GetByLabel("종료일")).ToHaveValueAsync("2026-11-01");
        await Expect(page.GetByTestId("report-scope")).Not.ToContainTextAsync("2026-11-10");
        await page.ScreenshotAsync(new() { Path = Shot("network-reports-wrong-period") });
    }

    private static string Shot(string name) => Path.Combine(PortalServer.ScreenshotFolder, $"{name}.png");
}
