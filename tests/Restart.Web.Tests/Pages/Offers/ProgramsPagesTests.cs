using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Offers;

public sealed class ProgramsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    /// <summary>A list address of its own, so no other test's kept page answers it; programmes closing today come first.</summary>
    private static string TodayList(string filters = "") => $"/Programs?within=0{filters}&probe={Guid.NewGuid():N}";

    [Fact]
    public async Task Anyone_finds_an_open_programme_and_reads_it_without_the_agency_contact_person()
    {
        var id = await WebOfferData.ProgrammeAsync(factory, "누구나 보는 재취업 교육", p => p.ApplyUntil = WebOfferData.Today);
        using var visitor = factory.NewSession();

        var list = await visitor.GetAsync(TodayList());
        var row = list.Document.QuerySelectorAll("[data-testid='programme']").Single(r => r.TextContent.Contains("누구나 보는 재취업 교육"));
        var details = await visitor.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);

        list.Status.ShouldBe(HttpStatusCode.OK);
        row.TextContent.ShouldContain("전국");
        row.TextContent.ShouldContain("500,000원");
        row.TextContent.ShouldContain("웹테스트 고용센터");
        details.Url.ShouldBe($"/Programs/{id}");
        details.Text("main h1").ShouldBe("누구나 보는 재취업 교육");
        details.Text("[data-testid='places-left']").ShouldBe("10명");
        details.Text("[data-testid='agency']").ShouldContain("02-1234-5678");
        details.Document.Body!.TextContent.ShouldNotContain("비공개담당자");
        details.Document.Body!.TextContent.ShouldNotContain("010-5555-4444");
    }

    [Fact]
    public async Task A_draft_closed_past_or_unknown_programme_answers_404()
    {
        var draft = await WebOfferData.ProgrammeAsync(factory, "초안 과정", p => p.Status = OfferStatus.Draft);
        var closed = await WebOfferData.ProgrammeAsync(factory, "끝난 과정", p => p.Status = OfferStatus.Closed);
        var past = await WebOfferData.ProgrammeAsync(factory, "지난 과정", p => p.ApplyUntil = WebOfferData.Today.AddDays(-1));
        using var visitor = factory.NewSession();

        foreach (var url in new[] { $"/Programs/{draft}", $"/Programs/{closed}", $"/Programs/{past}", $"/Programs/{Guid.NewGuid()}", "/Programs/not-an-id" })
        {
            (await visitor.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task Bad_filter_values_show_the_page_with_a_message_and_the_other_filters_still_apply()
    {
        await WebOfferData.ProgrammeAsync(factory, "자격 과정 오늘 마감", p => (p.ApplyUntil, p.Kind) = (WebOfferData.Today, ProgrammeKind.CertificationCourse));
        await WebOfferData.ProgrammeAsync(factory, "일반 훈련 오늘 마감", p => p.ApplyUntil = WebOfferData.Today);
        using var visitor = factory.NewSession();

        var page = await visitor.GetAsync(TodayList("&kind=CertificationCourse&sido=zz&track=7&page=0&page=abc"));
        var garbage = await visitor.GetAsync("/Programs?within=-1&kind=%00%27&sido=" + new string('1', 3000));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Sido").ShouldBe("알 수 없는 지역입니다. 이 조건은 빼고 보여 드립니다.");
        page.FieldError("Track").ShouldNotBeEmpty();
        var titles = page.Document.QuerySelectorAll("[data-testid='programme']").Select(r => r.TextContent).ToList();
        titles.ShouldContain(t => t.Contains("자격 과정 오늘 마감"));
        titles.ShouldNotContain(t => t.Contains("일반 훈련 오늘 마감"), "the kind filter still applies");
        garbage.Status.ShouldBe(HttpStatusCode.OK);
        garbage.FieldError("Within").ShouldStartWith("마감 기한은 0일에서 365일 사이로");
    }

    [Fact]
    public async Task A_visitor_who_chose_English_reads_the_programmes_in_English()
    {
        var id = await WebOfferData.ProgrammeAsync(factory, "영어 화면 과정", p => p.ApplyUntil = WebOfferData.Today);
        using var visitor = factory.NewSession();
        var korean = await visitor.GetAsync(TodayList());
        (await visitor.SubmitAsync(korean, new Dictionary<string, string>(), "form[action='/Culture']")).Status.ShouldBe(HttpStatusCode.Redirect);

        var english = await visitor.GetAsync(korean.Url);
        var details = await visitor.GetAsync($"/Programs/{id}");

        korean.Text("main h1").ShouldBe("지원 프로그램");
        english.Text("main h1").ShouldBe("Support programmes");
        english.Text("label[for='within']").ShouldBe("Deadline");
        english.Document.QuerySelectorAll("[data-testid='programme']").Single(r => r.TextContent.Contains("영어 화면 과정")).TextContent.ShouldContain("Nationwide");
        details.Text("[data-testid='places-left']").ShouldBe("10");
    }
}
