using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;
using static Restart.Web.Tests.Pages.My.ApplicantOfferFlows;

namespace Restart.Web.Tests.Pages.My;

/// <summary>/My/Recommendations: the applicant's own matches with reasons, the "관심 있음" mark, and who may see it.</summary>
public sealed class RecommendationsTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Fact]
    public async Task The_applicant_sees_jobs_with_reasons_and_a_mark_reaches_the_counselor_once()
    {
        var job = await JobAsync(factory, "추천확인 급식 조리원");
        var me = await ApplicantAsync(factory, "추천확인");
        using var session = me.Session;

        var home = await session.GetAsync("/applicant");
        home.Document.QuerySelector("[data-testid='recommendations-link']")!.GetAttribute("href").ShouldBe("/My/Recommendations");
        var page = await session.GetAsync("/My/Recommendations");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("main h1").ShouldBe("나에게 맞는 일자리와 프로그램");
        var card = page.Document.QuerySelector($"#job-{job.Id}")!;
        card.QuerySelector("h3 a")!.GetAttribute("href").ShouldBe($"/Jobs/{job.Id}");
        card.TextContent.ShouldContain("희망 직종과 같음");
        card.TextContent.ShouldContain("희망 지역과 같은 시·군·구");

        var marked = await session.SubmitAsync(page, new Dictionary<string, string>(), $"#job-{job.Id} form");
        marked.Status.ShouldBe(HttpStatusCode.Redirect);
        marked.Location.ShouldBe($"/My/Recommendations?done=Marked#job-{job.Id}");
        var after = await session.GetAsync("/My/Recommendations?done=Marked");
        after.Text("[data-testid='confirmation']").ShouldBe("관심 표시를 했습니다. 담당 상담사가 확인합니다.");
        after.Text($"#job-{job.Id} [data-testid='interested']").ShouldBe("관심 표시함");
        await TestFlows.WaitForMailAsync(factory, DemoDataSeeder.Accounts[Roles.Counselor], "'추천확인 급식 조리원'에 관심을 표시했습니다");

        // Take it back and mark again: still one word to the counselor.
        (await session.SubmitAsync(after, new Dictionary<string, string>(), $"#job-{job.Id} form")).Location.ShouldBe($"/My/Recommendations?done=Unmarked#job-{job.Id}");
        var again = await session.SubmitAsync(await session.GetAsync("/My/Recommendations"), new Dictionary<string, string>(), $"#job-{job.Id} form");
        again.Location.ShouldBe($"/My/Recommendations?done=Marked#job-{job.Id}");
        factory.Mails().Count(m => m.Contains("'추천확인 급식 조리원'에 관심을 표시했습니다", StringComparison.Ordinal)).ShouldBe(1);
        (await PartnerFlows.AccessLogOfAsync(factory, "GetMyRecommendations.Query")).ShouldContain(e => e.Subject == me.UserId && e.Outcome == "Ok");
    }

    [Fact]
    public async Task A_closed_offer_is_refused_with_a_message_on_the_page()
    {
        var closed = await JobAsync(factory, "마감된 조리 일자리", OfferStatus.Closed);
        var me = await ApplicantAsync(factory, "마감확인");
        using var session = me.Session;
        var page = await session.GetAsync("/My/Recommendations");
        page.Document.QuerySelector($"#job-{closed.Id}").ShouldBeNull("a closed post is not recommended");

        // A page left open while the post closed: the mark is refused, the page says why.
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TestFlows.Token(page), ["jobPostId"] = closed.Id.ToString() });
        var refused = await WebSession.ReadAsync(await session.Client.PostAsync("/My/Recommendations?handler=Mark", form, TestContext.Current.CancellationToken), "");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Text("[data-testid='form-errors']").ShouldBe("모집이 마감되어 관심 표시를 할 수 없습니다.");
    }

    [Fact]
    public async Task Someone_without_a_case_is_sent_to_apply_and_other_roles_and_visitors_are_refused()
    {
        var newcomer = await ApplicantAsync(factory, "신청전", withCase: false);
        using (var session = newcomer.Session)
        {
            var page = await session.GetAsync("/My/Recommendations");
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Text("[data-testid='no-case']").ShouldContain("추천을 받으려면 먼저 지원 신청을 해 주세요.");
            page.Document.QuerySelector("[data-testid='no-case'] a")!.GetAttribute("href").ShouldBe("/Apply");
            (await session.GetAsync("/applicant")).Document.QuerySelector("[data-testid='recommendations-link']").ShouldBeNull();
        }

        foreach (var role in new[] { Roles.Counselor, Roles.AgencyPartner, Roles.Employer })
        {
            using var other = await PartnerFlows.DemoAsync(factory, role);
            (await other.GetAsync("/My/Recommendations")).Status.ShouldBe(HttpStatusCode.Forbidden, role);
            (await other.GetAsync("/My/Referrals")).Status.ShouldBe(HttpStatusCode.Forbidden, role);
        }

        using var visitor = factory.NewSession();
        (await visitor.GetAsync("/My/Recommendations")).Location!.ShouldStartWith("http://localhost/Account/Login");
    }

    [Fact]
    public async Task The_applicant_pages_read_in_Korean_and_in_English_with_no_message_key_left_untranslated()
    {
        var job = await JobAsync(factory, "번역확인 조리원");
        var me = await ApplicantAsync(factory, "번역확인");
        using var session = me.Session;
        await ReferAsync(factory, me, await JobAsync(factory, "번역확인 의뢰 일자리"));
        await session.SubmitAsync(await session.GetAsync("/My/Recommendations"), new Dictionary<string, string>(), $"#job-{job.Id} form");
        string[] pages = ["/applicant", "/My/Recommendations", "/My/Referrals"];
        // A key the resources lack is shown as the key itself ("Match.Region.SameSigungu"): none may reach the page.
        var key = new System.Text.RegularExpressions.Regex(@"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+(\.[A-Za-z]+)*\b");

        foreach (var (language, heading) in new[] { ("ko", "나에게 맞는 일자리와 프로그램"), ("en", "Jobs and programmes for you") })
        {
            if (language == "en")
            {
                var switched = await session.SubmitAsync(await session.GetAsync("/My/Recommendations"), new Dictionary<string, string>(), "form[action='/Culture']");
                switched.Status.ShouldBe(HttpStatusCode.Redirect);
            }

            (await session.GetAsync("/My/Recommendations")).Text("main h1").ShouldBe(heading);
            foreach (var url in pages)
            {
                var page = await session.GetAsync(url);
                page.Status.ShouldBe(HttpStatusCode.OK, url);
                key.Matches(page.Text("main")).Select(m => m.Value).ShouldBeEmpty($"{url} in {language}");
            }
        }
    }
}
