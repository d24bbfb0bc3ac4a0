using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Admin.RegionalOffices;

public sealed class EditTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
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
}
