using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Admin.AccessLog;

public sealed class IndexTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_access_log_shows_who_read_account_data_and_verifies_its_chain()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        await admin.GetAsync("/Admin/Accounts?role=Counselor");

        var log = await admin.GetAsync("/Admin/AccessLog?subject=accounts&verify=true");

        log.Text("[data-testid='chain-status']").ShouldContain("무결성을 확인했습니다");
        var row = log.Document.QuerySelectorAll("tbody tr").First().TextContent;
        row.ShouldContain(DemoDataSeeder.Accounts[Roles.Administrator]);
        row.ShouldContain("ListAccounts.Query");
        row.ShouldContain("조회");
    }

    [Fact]
    public async Task The_log_pages_back_to_older_entries_and_forward_to_the_newest()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        for (var i = 0; i < 25; i++)
        {
            await admin.GetAsync("/Admin/Accounts");
        }

        var newest = await admin.GetAsync("/Admin/AccessLog?subject=accounts");
        var older = newest.Document.QuerySelectorAll("nav .page-link").Single(a => a.TextContent.Contains("이전 기록", StringComparison.Ordinal));
        var back = await admin.GetAsync(older.GetAttribute("href")!);

        Ids(newest).Count.ShouldBe(20);
        Ids(back).Count.ShouldBeGreaterThanOrEqualTo(5);
        Ids(back).Max().ShouldBeLessThan(Ids(newest).Min(), "the next page back holds only older entries");
        var forward = back.Document.QuerySelectorAll("nav .page-link").Single(a => a.TextContent.Contains("최근 기록", StringComparison.Ordinal));
        Ids(await admin.GetAsync(forward.GetAttribute("href")!)).ShouldBe(Ids(newest), "forward again is the page it came from");
    }

    private static List<long> Ids(Restart.Web.Tests.Infrastructure.WebSession.Page page) =>
        [.. page.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => long.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture))];
}
