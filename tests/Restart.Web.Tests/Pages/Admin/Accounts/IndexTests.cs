using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Admin.Accounts;

public sealed class IndexTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_account_list_filters_by_role_and_pages()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);

        var applicants = await admin.GetAsync("/Admin/Accounts?role=Applicant");
        var secondPage = await admin.GetAsync("/Admin/Accounts?role=Applicant&page=2");

        applicants.Document.QuerySelectorAll("tbody tr").Length.ShouldBe(20);
        applicants.Text(".pagination [aria-current='page']").ShouldStartWith("1 / ");
        secondPage.Document.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0);
        secondPage.Document.QuerySelectorAll("tbody tr").ShouldAllBe(r => r.TextContent.Contains("신청자"));
    }
}
