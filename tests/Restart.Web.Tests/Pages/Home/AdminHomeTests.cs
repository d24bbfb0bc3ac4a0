using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Home;

/// <summary>The administrator's home names each official list the portal loaded, with its publisher, in words rather than resource keys.</summary>
public sealed class AdminHomeTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_reference_lists_read_by_name_with_their_official_publisher()
    {
        using var admin = factory.NewSession();
        (await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var home = await admin.GetAsync("/admin");

        home.Status.ShouldBe(HttpStatusCode.OK);
        var rows = home.Document.QuerySelectorAll("[aria-labelledby='reference'] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[2]);
        rows.ShouldBe(new Dictionary<string, string>
        {
            ["시·도 / 시·군·구"] = "행정안전부 (법정동코드)",
            ["한국표준산업분류 (KSIC)"] = "통계청 (한국표준산업분류)",
            ["한국고용직업분류 (KECO)"] = "고용노동부·한국고용정보원 (한국고용직업분류)",
            ["국가자격 종목"] = "한국산업인력공단 (국가자격 종목 목록)",
        }, ignoreOrder: true);
    }
}
