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

    [Fact]
    public async Task An_administrator_signs_a_checkpoint_on_demand_and_the_check_compares_it_with_the_chain()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        await admin.GetAsync("/Admin/Accounts");

        var page = await admin.GetAsync("/Admin/AccessLog");
        var posted = await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[data-testid='checkpoint-form']");
        var shown = await admin.GetAsync(posted.Location!);

        shown.Text("[data-testid='checkpoint-written']").ShouldContain("체크포인트를 기록했습니다");
        Directory.GetFiles(Path.Combine(factory.DataFolder, "access-log-checkpoints"), "access-log-*.checkpoints").ShouldNotBeEmpty();
        var verified = await admin.GetAsync("/Admin/AccessLog?verify=true");
        verified.Text("[data-testid='checkpoint-status']").ShouldContain("모두 현재 기록과 일치합니다");
    }

    private static List<long> Ids(Restart.Web.Tests.Infrastructure.WebSession.Page page) =>
        [.. page.Document.QuerySelectorAll("tbody tr td:first-child").Select(td => long.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture))];
}
