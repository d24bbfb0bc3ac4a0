using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests;

public sealed class AdministrationTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
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
        var setPassword = await counselor.GetAsync(AccountTests.LinkIn(mail));
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
    public async Task Two_administrators_editing_one_office_the_second_is_told_and_the_first_save_stays()
    {
        using var first = factory.NewSession();
        using var second = factory.NewSession();
        await first.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        await second.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        var list = await first.GetAsync("/Admin/RegionalOffices");
        var edit = list.Document.QuerySelectorAll("a").First(a => a.GetAttribute("aria-label") == "제주지역본부 수정").GetAttribute("href")!;

        var formOfFirst = await first.GetAsync(edit);
        var formOfSecond = await second.GetAsync(edit);
        var saved = await first.SubmitAsync(formOfFirst, new Dictionary<string, string> { ["Data.Phone"] = "064-111-2222" });
        var refused = await second.SubmitAsync(formOfSecond, new Dictionary<string, string> { ["Data.Phone"] = "064-999-8888", ["Data.Address"] = "제주시 어딘가" });

        saved.Location.ShouldBe("/Admin/RegionalOffices?saved=True");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Summary.ShouldContain("다른 사람이 먼저 이 내용을 저장했습니다");
        refused.Value("Data.Address").ShouldBe("제주시 어딘가", "the second person's input is kept to copy from");
        refused.Text("[data-testid='current-values']").ShouldContain("064-111-2222", customMessage: "the second person sees what the first saved");
        var reloaded = await second.GetAsync(edit);
        reloaded.Value("Data.Phone").ShouldBe("064-111-2222");

        var overwritten = await second.SubmitAsync(refused, new Dictionary<string, string>());
        overwritten.Location.ShouldBe("/Admin/RegionalOffices?saved=True", "having seen the other save, saving again is deliberate");
        (await second.GetAsync(edit)).Value("Data.Address").ShouldBe("제주시 어딘가");
    }

    [Fact]
    public async Task A_wrong_phone_number_is_explained_next_to_the_field()
    {
        using var admin = factory.NewSession();
        await admin.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);
        var list = await admin.GetAsync("/Admin/RegionalOffices");
        var edit = list.Document.QuerySelectorAll("a").First(a => a.GetAttribute("aria-label") == "강원지역본부 수정").GetAttribute("href")!;

        var page = await admin.SubmitAsync(await admin.GetAsync(edit), new Dictionary<string, string> { ["Data.Phone"] = "전화번호", ["Data.Name"] = new string('가', 101) });

        page.FieldError("Data.Phone").ShouldBe("전화번호 형식이 올바르지 않습니다. 예: 02-1234-5678");
        page.FieldError("Data.Name").ShouldBe("100자 이하로 입력해 주세요.");
        page.Value("Data.Phone").ShouldBe("전화번호");
    }

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
