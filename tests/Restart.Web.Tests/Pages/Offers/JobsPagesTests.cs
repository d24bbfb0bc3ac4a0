using System.Net;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Offers;

public sealed class JobsPagesTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    /// <summary>A list address of its own, so no other test's kept page answers it; posts closing today come first.</summary>
    private static string TodayList(string filters = "") => $"/Jobs?within=0{filters}&probe={Guid.NewGuid():N}";

    [Fact]
    public async Task Anyone_finds_an_open_job_and_reads_it_without_the_company_contact_person()
    {
        var id = await WebOfferData.JobAsync(factory, "누구나 보는 한식 조리사", shape: j => j.ClosesOn = WebOfferData.Today);
        using var visitor = factory.NewSession();

        var list = await visitor.GetAsync(TodayList("&sido=11&occupation=53&middleAged=true"));
        var row = list.Document.QuerySelectorAll("[data-testid='job']").Single(r => r.TextContent.Contains("누구나 보는 한식 조리사"));
        var details = await visitor.GetAsync($"/Jobs/{id}");

        list.Status.ShouldBe(HttpStatusCode.OK);
        row.TextContent.ShouldContain("웹테스트식당");
        row.TextContent.ShouldContain("서울특별시 성동구");
        row.TextContent.ShouldContain("시급 12,000원");
        row.TextContent.ShouldContain("주 40시간");
        row.TextContent.ShouldContain("중장년 우대");
        details.Status.ShouldBe(HttpStatusCode.OK);
        details.Text("[data-testid='qualifications']").ShouldBe("한식조리기능사");
        details.Text("[data-testid='company-info']").ShouldContain("한식 일반 음식점업");
        details.Text("[data-testid='wage']").ShouldContain("월 환산 약");
        details.Document.Body!.TextContent.ShouldNotContain("비공개인사");
        details.Document.Body!.TextContent.ShouldNotContain("hr@web.test");
    }

    [Fact]
    public async Task A_post_says_how_to_apply_a_visitor_is_led_to_register_an_applicant_to_their_recommendations_an_employer_sees_no_such_box()
    {
        var id = await WebOfferData.JobAsync(factory, "지원 방법을 알리는 공고", shape: j => j.ClosesOn = WebOfferData.Today);
        using var visitor = factory.NewSession();
        using var applicant = factory.NewSession();
        (await applicant.LoginAsync(Restart.Core.Data.Seeding.DemoDataSeeder.Accounts[Roles.Applicant], Restart.Core.Data.Seeding.DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        using var employer = factory.NewSession();
        (await employer.LoginAsync(Restart.Core.Data.Seeding.DemoDataSeeder.Accounts[Roles.Employer], Restart.Core.Data.Seeding.DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var forVisitor = await visitor.GetAsync($"/Jobs/{id}");
        var forApplicant = await applicant.GetAsync($"/Jobs/{id}");
        var forEmployer = await employer.GetAsync($"/Jobs/{id}");

        var box = forVisitor.Document.QuerySelector("[data-testid='how-to-apply']")!;
        box.TextContent.ShouldContain("상담사를 통해 지원");
        box.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/Account/Register", $"/Account/Login?returnUrl=%2FJobs%2F{id}"]);
        var mine = forApplicant.Document.QuerySelector("[data-testid='how-to-apply']")!;
        mine.TextContent.ShouldContain("관심을 표시");
        mine.QuerySelector("a")!.GetAttribute("href").ShouldBe("/My/Recommendations");
        forEmployer.Status.ShouldBe(HttpStatusCode.OK);
        forEmployer.Document.QuerySelector("[data-testid='how-to-apply']").ShouldBeNull();
    }

    [Fact]
    public async Task A_draft_closed_past_unknown_or_unverified_company_post_answers_404()
    {
        Guid[] ids =
        [
            await WebOfferData.JobAsync(factory, "초안 공고", shape: j => j.Status = OfferStatus.Draft),
            await WebOfferData.JobAsync(factory, "마감 공고", shape: j => j.Status = OfferStatus.Closed),
            await WebOfferData.JobAsync(factory, "지난 공고", shape: j => j.ClosesOn = WebOfferData.Today.AddDays(-1)),
            await WebOfferData.JobAsync(factory, "미인증 기업 공고", verified: false),
            Guid.NewGuid(),
        ];
        using var visitor = factory.NewSession();

        foreach (var id in ids)
        {
            (await visitor.GetAsync($"/Jobs/{id}")).Status.ShouldBe(HttpStatusCode.NotFound, id.ToString());
        }

        (await visitor.GetAsync("/Jobs/123")).Status.ShouldBe(HttpStatusCode.NotFound);
        var list = await visitor.GetAsync(TodayList());
        list.Document.Body!.TextContent.ShouldNotContain("미인증 기업 공고");
    }

    [Fact]
    public async Task Bad_filter_values_show_the_page_with_a_message_and_keep_what_was_typed()
    {
        await WebOfferData.JobAsync(factory, "교육 주는 오늘 마감 공고", shape: j => (j.ClosesOn, j.TrainingProvided) = (WebOfferData.Today, true));
        await WebOfferData.JobAsync(factory, "교육 없는 오늘 마감 공고", shape: j => j.ClosesOn = WebOfferData.Today);
        using var visitor = factory.NewSession();

        var page = await visitor.GetAsync(TodayList("&minWage=-5&sigungu=abc&occupation=%27%3B--&type=Nope&page=0&training=true"));
        var garbage = await visitor.GetAsync("/Jobs?minWage=abc&within=99999&page=-1&middleAged=maybe");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.FieldError("MinWage").ShouldStartWith("최저 임금 조건은 0 이상으로");
        page.FieldError("Sigungu").ShouldBe("알 수 없는 지역입니다. 이 조건은 빼고 보여 드립니다.");
        page.FieldError("Occupation").ShouldBe("알 수 없는 직종입니다. 이 조건은 빼고 보여 드립니다.");
        page.FieldError("Type").ShouldNotBeEmpty();
        page.Value("minWage").ShouldBe("-5");
        var titles = page.Document.QuerySelectorAll("[data-testid='job']").Select(r => r.TextContent).ToList();
        titles.ShouldContain(t => t.Contains("교육 주는 오늘 마감 공고"));
        titles.ShouldNotContain(t => t.Contains("교육 없는 오늘 마감 공고"), "the training flag still applies");
        garbage.Status.ShouldBe(HttpStatusCode.OK);
        garbage.FieldError("MinWage").ShouldBe("입력한 값이 올바르지 않습니다.");
        garbage.Value("minWage").ShouldBe("abc");
        garbage.FieldError("Within").ShouldStartWith("마감 기한은");
    }

    [Fact]
    public async Task A_visitor_who_chose_English_reads_the_jobs_in_English()
    {
        await WebOfferData.JobAsync(factory, "영어 화면 공고", shape: j => j.ClosesOn = WebOfferData.Today);
        using var visitor = factory.NewSession();
        var korean = await visitor.GetAsync(TodayList());
        await visitor.SubmitAsync(korean, new Dictionary<string, string>(), "form[action='/Culture']");

        var english = await visitor.GetAsync(korean.Url);

        korean.Text("label[for='minWage']").ShouldBe("최저 월 임금(원)");
        english.Text("label[for='minWage']").ShouldBe("Minimum monthly wage (KRW)");
        english.Document.QuerySelectorAll("[data-testid='job']").Single(r => r.TextContent.Contains("영어 화면 공고")).TextContent.ShouldContain("Hourly KRW 12,000");
    }
}
