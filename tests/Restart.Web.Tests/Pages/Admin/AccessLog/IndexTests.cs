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
}
