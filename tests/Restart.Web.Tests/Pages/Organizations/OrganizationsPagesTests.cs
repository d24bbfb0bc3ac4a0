using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.Organizations.OrganizationPages;

namespace Restart.Web.Tests.Pages.Organizations;

public sealed class OrganizationsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static Dictionary<string, string> CompanyFields(string name, string number) => new()
    {
        ["Data.Name"] = name,
        ["Data.BusinessNumber"] = number,
        ["Data.SigunguCode"] = "11200",
        ["Data.Industry"] = "56111 한식 일반 음식점업",
        ["Data.Phone"] = "02-499-1234",
        ["Data.ContactName"] = "오세훈",
        ["Data.ContactEmail"] = "hr@company.example.com",
    };

    [Fact]
    public async Task A_manager_registers_an_agency_that_joins_their_council_and_finds_it_by_name()
    {
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var form = await manager.GetAsync("/Organizations/EditAgency");
        form.Status.ShouldBe(HttpStatusCode.OK);

        var saved = await PostAsync(manager, form, "/Organizations/EditAgency",
            ("Data.Name", "성동구 자활센터"), ("Data.Kind", "SelfSufficiencyCenter"), ("Data.BusinessNumber", "220-81-00016"),
            ("Data.SidoCode", "11"), ("Data.Regions", "11"), ("Data.Regions", "41"), ("Data.Summary", "자활근로와 창업 지원"),
            ("Data.Phone", "02-2286-1234"), ("Data.Website", "https://sd.jahwal.example.org"), ("Data.ContactName", "문수진"),
            ("Data.ContactEmail", "sujin@jahwal.example.org"), ("Data.ContactPhone", "010-5555-6666"), ("Data.Version", Guid.Empty.ToString()));

        saved.Location.ShouldStartWith("/Organizations/Agency/", customMessage: saved.Text("main"));
        var page = await manager.GetAsync(saved.Location!);
        page.Text("[data-testid='agency']").ShouldContain("220-81-00016");
        page.Text("[data-testid='agency']").ShouldContain("서울특별시, 경기도");
        page.Text("[data-testid='agency']").ShouldContain("서울지역본부");
        var list = await manager.GetAsync("/Organizations?search=" + Uri.EscapeDataString("성동구 자활"));
        list.Text("[data-testid='agencies'] tbody").ShouldContain("자활센터");
        list.Document.QuerySelectorAll("[data-testid='agencies'] tbody tr").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_check_digit_and_a_number_already_registered_are_explained_next_to_the_field()
    {
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var wrong = await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("맛있는 식품", "120-81-12343"));
        wrong.Status.ShouldBe(HttpStatusCode.OK);
        wrong.FieldError("Data.BusinessNumber").ShouldContain("사업자등록번호가 올바르지 않습니다");
        wrong.Value("Data.Name").ShouldBe("맛있는 식품", "the input is kept");

        (await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("맛있는 식품", "120-81-12342"))).Location
            .ShouldStartWith("/Organizations/Company/");
        var again = await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("같은 번호 식품", "1208112342"));
        again.FieldError("Data.BusinessNumber").ShouldBe("이 사업자등록번호의 기업이 이미 등록되어 있습니다. 기업 목록에서 이름이나 번호로 찾아 주세요.");

        var busan = CompanyFields("부산 식품", "609-86-00010");
        busan["Data.SigunguCode"] = "26110";
        (await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), busan)).FieldError("Data.SigunguCode").ShouldContain("관할");
    }

    [Fact]
    public async Task A_manager_verifies_a_new_company_and_invites_its_employer()
    {
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var created = await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("성수 정밀", "101-82-00027"));
        var page = await manager.GetAsync(created.Location!);
        page.Text("[data-testid='verification']").ShouldContain("확인 전");
        (await manager.GetAsync("/Organizations?tab=companies&search=" + Uri.EscapeDataString("성수 정밀"))).Text("[data-testid='companies'] tbody").ShouldContain("확인 전");

        var verified = await manager.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=Verify']");
        verified.Status.ShouldBe(HttpStatusCode.Redirect);
        page = await manager.GetAsync(created.Location!.Split('?')[0]);
        page.Text("[data-testid='verification']").ShouldContain("확인됨");
        page.Text("[data-testid='verification']").ShouldContain("이정훈");
        (await manager.GetAsync("/Organizations?tab=companies&search=" + Uri.EscapeDataString("성수 정밀"))).Text("[data-testid='companies'] tbody").ShouldContain("확인됨");

        var invited = await manager.SubmitAsync(page, new Dictionary<string, string> { ["Account.DisplayName"] = "성수 대표", ["Account.Email"] = "ceo@seongsu.example.com" },
            "form[action*='handler=Account']");
        invited.Location.ShouldNotBeNull(invited.Text("main")).ShouldContain("invited=True");
        (await manager.GetAsync(invited.Location!)).Text("[data-testid='accounts']").ShouldContain("ceo@seongsu.example.com");
        await TestFlows.WaitForMailAsync(factory, "ceo@seongsu.example.com", "http");

        var taken = await manager.SubmitAsync(page, new Dictionary<string, string> { ["Account.DisplayName"] = "다른 사람", ["Account.Email"] = "ceo@seongsu.example.com" },
            "form[action*='handler=Account']");
        taken.FieldError("Account.Email").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Another_offices_manager_finds_nothing_and_an_applicant_is_refused()
    {
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var created = await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("서울 전용 기업", "314-81-00010"));
        var companyPage = created.Location!.Split('?')[0];
        var (agency, _) = await CouncilMemberAsync(factory, "SEOUL", "서울 전용 기관");

        using var busan = await StaffOfAsync(factory, Roles.RegionalManager, "BUSAN-ULSAN");
        (await busan.GetAsync(companyPage)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await busan.GetAsync($"/Organizations/Agency/{agency}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await busan.GetAsync($"/Organizations/EditAgency/{agency}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await busan.GetAsync("/Organizations?search=" + Uri.EscapeDataString("서울 전용"))).Text("main").ShouldNotContain("서울 전용 기관");

        using var applicant = await DemoAsync(factory, Roles.Applicant);
        (await applicant.GetAsync("/Organizations")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var counselor = await DemoAsync(factory, Roles.Counselor);
        (await counselor.GetAsync("/Organizations/EditCompany")).Status.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = factory.NewSession();
        (await anonymous.GetAsync("/Organizations")).Status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_administrator_sees_every_agency_and_chooses_its_councils()
    {
        var (agency, _) = await CouncilMemberAsync(factory, "SEOUL", "관리자 확인용 기관");
        var gyeonggi = await OfficeIdAsync(factory, "GYEONGGI");
        using var admin = await DemoAsync(factory, Roles.Administrator);
        (await admin.GetAsync("/Organizations?search=" + Uri.EscapeDataString("관리자 확인용"))).Text("[data-testid='agencies'] tbody").ShouldContain("관리자 확인용 기관");

        var form = await admin.GetAsync($"/Organizations/EditAgency/{agency}");
        var saved = await PostAsync(admin, form, $"/Organizations/EditAgency/{agency}",
            ("Data.Name", "관리자 확인용 기관"), ("Data.Kind", "JobFoundation"), ("Data.SidoCode", "11"), ("Data.Offices", gyeonggi.ToString()),
            ("Data.Version", form.Value("Data.Version")!));

        saved.Location.ShouldStartWith($"/Organizations/Agency/{agency}", customMessage: saved.Text("main"));
        var councils = (await admin.GetAsync($"/Organizations/Agency/{agency}")).Text("[data-testid='agency']");
        councils.ShouldContain("경기지역본부");
        councils.ShouldNotContain("서울지역본부");
    }

    [Fact]
    public async Task The_organisation_and_network_pages_read_in_Korean_and_in_English_with_no_message_key_left_untranslated()
    {
        var (agency, programme) = await CouncilMemberAsync(factory, "SEOUL", "번역 확인 재단", "번역 확인 과정");
        var (other, _) = await CouncilMemberAsync(factory, "SEOUL", "번역 확인 센터");
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var company = (await manager.SubmitAsync(await manager.GetAsync("/Organizations/EditCompany"), CompanyFields("번역 확인 기업", "105-86-00008"))).Location!.Split('?')[0];
        var pilotForm = await manager.GetAsync("/Network/Pilots/Edit");
        var pilot = (await PostAsync(manager, pilotForm, "/Network/Pilots/Edit", ("Data.Title", "번역 확인 시범사업"), ("Data.StartsOn", "2026-03-01"),
            ("Data.EndsOn", "2026-06-30"), ("Data.Members", agency.ToString()), ("Data.Members", other.ToString()), ("Data.TargetGroup", "폐업 소상공인"),
            ("Data.PlannedPlaces", "10"), ("Data.Version", Guid.Empty.ToString()))).Location!.Split('?')[0];
        (await manager.SubmitAsync(await manager.GetAsync(pilot), new Dictionary<string, string> { ["programmeId"] = programme!.Value.ToString() }, "form[data-testid='attach']"))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        string[] pages = ["/Organizations", "/Organizations?tab=companies", $"/Organizations/Agency/{agency}", company, $"/Organizations/EditAgency/{agency}",
            "/Organizations/EditAgency", company.Replace("/Company/", "/EditCompany/", StringComparison.Ordinal), "/Network", pilot];
        // A key the resources lack is shown as the key itself ("Organizations.Verify"): none may reach the page.
        var key = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z]+)*\b");

        foreach (var (language, heading) in new[] { ("ko", "기관·기업 관리"), ("en", "Organisations") })
        {
            if (language == "en")
            {
                (await manager.SubmitAsync(await manager.GetAsync("/Organizations"), new Dictionary<string, string>(), "form[action='/Culture']")).Status.ShouldBe(HttpStatusCode.Redirect);
            }

            (await manager.GetAsync("/Organizations")).Text("main h1").ShouldBe(heading);
            foreach (var url in pages)
            {
                var page = await manager.GetAsync(url);
                page.Status.ShouldBe(HttpStatusCode.OK, url);
                key.Matches(page.Text("main")).Select(m => m.Value).ShouldBeEmpty($"{url} in {language}");
            }
        }
    }

    [Fact]
    public async Task Two_staff_editing_one_agency_the_second_is_shown_the_first_save_and_may_then_save_deliberately()
    {
        var (agency, _) = await CouncilMemberAsync(factory, "SEOUL", "동시 수정 기관");
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        using var admin = await DemoAsync(factory, Roles.Administrator);
        var url = $"/Organizations/EditAgency/{agency}";
        var ofManager = await manager.GetAsync(url);
        var ofAdmin = await admin.GetAsync(url);

        (await manager.SubmitAsync(ofManager, new Dictionary<string, string> { ["Data.Phone"] = "02-111-2222", ["Data.Kind"] = "JobFoundation" })).Status.ShouldBe(HttpStatusCode.Redirect);
        var refused = await admin.SubmitAsync(ofAdmin, new Dictionary<string, string> { ["Data.Summary"] = "관리자가 쓴 소개", ["Data.Kind"] = "JobFoundation" });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Summary.ShouldContain("다른 사람이 먼저");
        refused.Text("[data-testid='current-values']").ShouldContain("02-111-2222");
        refused.Text("textarea[name='Data.Summary']").ShouldBe("관리자가 쓴 소개");
        (await admin.SubmitAsync(refused, new Dictionary<string, string>())).Status.ShouldBe(HttpStatusCode.Redirect, "having seen the other save, saving again is deliberate");
        (await admin.GetAsync($"/Organizations/Agency/{agency}")).Text("[data-testid='agency']").ShouldContain("관리자가 쓴 소개");
    }
}
