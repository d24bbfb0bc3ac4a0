using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Infrastructure.TestFlows;

namespace Restart.Web.Tests.Pages.Admin.Accounts;

public sealed class CreateTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task An_invited_counselor_sets_a_password_and_sees_their_region()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        var form = await admin.GetAsync("/Admin/Accounts/Create");
        var busan = form.Document.QuerySelectorAll("#Data_RegionalOfficeId option").Single(o => o.TextContent == "부산울산지역본부").GetAttribute("value")!;
        var email = $"counselor-{Guid.NewGuid():N}@example.com";

        var created = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.DisplayName"] = "최부산",
            ["Data.Email"] = email,
            ["Data.Role"] = Roles.Counselor,
            ["Data.RegionalOfficeId"] = busan,
        });
        created.Location.ShouldBe("/Admin/Accounts?created=True");
        (await admin.GetAsync(created.Location!)).Text("[role='status']").ShouldContain("안내 메일을 보냈습니다");

        var mail = factory.Mails().Single(m => m.Contains(email));
        mail.ShouldContain("최부산님, 재기 지원 포털 계정이 만들어졌습니다");
        using var counselor = factory.NewSession();
        var setPassword = await counselor.GetAsync(LinkIn(mail));
        await counselor.SubmitAsync(setPassword, new Dictionary<string, string> { ["Data.Password"] = "busan counselor phrase", ["Data.ConfirmPassword"] = "busan counselor phrase" });

        (await counselor.LoginAsync(email, "busan counselor phrase")).Location.ShouldBe("/staff");
        var home = await counselor.GetAsync("/staff");
        home.Text("main h1").ShouldBe("부산울산지역본부");
        home.Text("main").ShouldContain("부산광역자활센터");
        home.Text("main").ShouldNotContain("서울강남고용복지플러스센터");
    }

    [Fact]
    public async Task A_staff_account_without_an_office_is_refused_with_the_form_kept()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        var form = await admin.GetAsync("/Admin/Accounts/Create");

        var page = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.DisplayName"] = "소속 없음",
            ["Data.Email"] = "no-office@example.com",
            ["Data.Role"] = Roles.RegionalManager,
        });

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.RegionalOfficeId").ShouldBe("소속 지역본부를 선택해 주세요.");
        page.Value("Data.DisplayName").ShouldBe("소속 없음");
        (page.Document.QuerySelector("#Data_Role option[selected]")?.GetAttribute("value")).ShouldBe(Roles.RegionalManager);
    }

    [Fact]
    public async Task A_refused_partner_account_keeps_the_chosen_agency()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        var form = await admin.GetAsync("/Admin/Accounts/Create");
        var agency = form.Document.QuerySelectorAll("#Data_AgencyId option").Last().GetAttribute("value")!;

        var page = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Data.DisplayName"] = "",
            ["Data.Email"] = "partner-new@example.com",
            ["Data.Role"] = Roles.AgencyPartner,
            ["Data.AgencyId"] = agency,
        });

        page.FieldError("Data.DisplayName").ShouldNotBeEmpty();
        (page.Document.QuerySelector("#Data_AgencyId option[selected]")?.GetAttribute("value")).ShouldBe(agency);
        page.Document.QuerySelectorAll("#Data_AgencyId option[selected]").Length.ShouldBe(1);
    }
}
