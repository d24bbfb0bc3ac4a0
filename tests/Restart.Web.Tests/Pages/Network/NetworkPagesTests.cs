using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.Organizations.OrganizationPages;

namespace Restart.Web.Tests.Pages.Network;

public sealed class NetworkPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_public_sees_the_members_public_contact_but_no_contact_person_and_a_counselor_sees_it()
    {
        await CouncilMemberAsync(factory, "SEOUL", "서울 중장년 일자리센터", "중장년 재취업 교육");
        var seoul = await OfficeIdAsync(factory, "SEOUL");

        using var anonymous = factory.NewSession();
        var page = await anonymous.GetAsync($"/Network?office={seoul}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var card = page.Document.QuerySelectorAll("[data-testid='member']").Single(c => c.TextContent.Contains("서울 중장년 일자리센터"));
        card.TextContent.ShouldContain("02-777-1234");
        card.TextContent.ShouldContain("https://jobs.example.org");
        card.TextContent.ShouldContain("중장년 재취업 교육");
        card.TextContent.ShouldNotContain("연락담당");
        card.TextContent.ShouldNotContain("desk@jobs.example.org");
        page.Document.QuerySelectorAll("[data-testid='contact']").ShouldBeEmpty();
        // Each open programme of a member leads to its public page.
        var programme = card.QuerySelectorAll("a").Single(a => a.TextContent == "중장년 재취업 교육");
        var details = await anonymous.GetAsync(programme.GetAttribute("href")!);
        details.Status.ShouldBe(HttpStatusCode.OK);
        details.Document.QuerySelector("h1")!.TextContent.ShouldBe("중장년 재취업 교육");

        using var counselor = await DemoAsync(factory, Roles.Counselor);
        var staffView = await counselor.GetAsync("/Network");
        staffView.Document.QuerySelectorAll("[data-testid='member']").Single(c => c.TextContent.Contains("서울 중장년 일자리센터"))
            .QuerySelector("[data-testid='contact']")!.TextContent.ShouldContain("연락담당 서울 중장년 일자리센터 · desk@jobs.example.org · 010-3333-4444");

        (await anonymous.GetAsync($"/Network?office={Guid.NewGuid()}&page=abc")).Status.ShouldBe(HttpStatusCode.OK, "a hand-made address is no error");
    }

    [Fact]
    public async Task A_manager_records_a_pilot_attaches_a_programme_and_the_network_lists_it()
    {
        var (first, programme) = await CouncilMemberAsync(factory, "SEOUL", "시범 참여 재단", "기업연계 조리 과정");
        var (second, _) = await CouncilMemberAsync(factory, "SEOUL", "시범 참여 자활센터");
        using var manager = await DemoAsync(factory, Roles.RegionalManager);
        var form = await manager.GetAsync("/Network/Pilots/Edit");

        var tooFew = await PostAsync(manager, form, "/Network/Pilots/Edit",
            ("Data.Title", "외식업 재취업 시범사업"), ("Data.StartsOn", "2026-03-01"), ("Data.EndsOn", "2026-12-31"), ("Data.Members", first.ToString()),
            ("Data.TargetGroup", "50대 이상 폐업 외식업주"), ("Data.PlannedPlaces", "40"), ("Data.Version", Guid.Empty.ToString()));
        tooFew.FieldError("Data.Members").ShouldBe("참여 기관을 2곳 이상 선택해 주세요.");
        tooFew.Value("Data.Title").ShouldBe("외식업 재취업 시범사업");

        var saved = await PostAsync(manager, form, "/Network/Pilots/Edit",
            ("Data.Title", "외식업 재취업 시범사업"), ("Data.StartsOn", "2026-03-01"), ("Data.EndsOn", "2026-12-31"), ("Data.Members", first.ToString()),
            ("Data.Members", second.ToString()), ("Data.TargetGroup", "50대 이상 폐업 외식업주"), ("Data.PlannedPlaces", "40"), ("Data.Version", Guid.Empty.ToString()));
        saved.Location.ShouldStartWith("/Network/Pilots/Edit/", customMessage: saved.Text("main"));
        var edit = await manager.GetAsync(saved.Location!);
        var attached = await manager.SubmitAsync(edit, new Dictionary<string, string> { ["programmeId"] = programme!.Value.ToString() }, "form[data-testid='attach']");
        attached.Status.ShouldBe(HttpStatusCode.Redirect);
        (await manager.GetAsync(saved.Location!)).Text("[data-testid='pilot-programmes']").ShouldContain("기업연계 조리 과정");

        using var anonymous = factory.NewSession();
        var network = await anonymous.GetAsync($"/Network?office={await OfficeIdAsync(factory, "SEOUL")}");
        var pilot = network.Document.QuerySelectorAll("[data-testid='pilot']").Single(p => p.TextContent.Contains("외식업 재취업 시범사업"));
        pilot.TextContent.ShouldContain("시범 참여 자활센터, 시범 참여 재단");
        pilot.TextContent.ShouldContain("기업연계 조리 과정");
        pilot.TextContent.ShouldContain("0 / 15명");
        pilot.QuerySelector("a[href*='/Network/Pilots/Edit']").ShouldBeNull("the public cannot edit");

        using var busan = await StaffOfAsync(factory, Roles.RegionalManager, "BUSAN-ULSAN");
        (await busan.GetAsync(saved.Location!.Split('?')[0])).Status.ShouldBe(HttpStatusCode.NotFound);
        using var counselor = await DemoAsync(factory, Roles.Counselor);
        (await counselor.GetAsync("/Network/Pilots/Edit")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
