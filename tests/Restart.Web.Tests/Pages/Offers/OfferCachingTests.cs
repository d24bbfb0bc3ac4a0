using System.Net;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Pages.Offers;

/// <summary>The public offer pages are kept for a minute for visitors who are not signed in, per address and language.</summary>
public sealed class OfferCachingTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    private static string NewListUrl() => $"/Programs?within=0&probe={Guid.NewGuid():N}";

    private static bool Lists(WebSession.Page page, string title) =>
        page.Document.QuerySelectorAll("[data-testid='programme']").Any(r => r.TextContent.Contains(title));

    [Fact]
    public async Task A_second_anonymous_visitor_is_served_the_kept_page_which_holds_no_one_s_token_or_cookie()
    {
        var id = await WebOfferData.ProgrammeAsync(factory, "보관 전 제목", p => p.ApplyUntil = WebOfferData.Today);
        var url = NewListUrl();
        using var first = factory.NewSession();
        using var second = factory.NewSession();

        var kept = await first.GetAsync(url);
        await WebOfferData.RenameProgrammeAsync(factory, id, "보관 후 제목");
        var served = await second.GetAsync(url);

        Lists(kept, "보관 전 제목").ShouldBeTrue();
        kept.Response.Headers.Contains("Set-Cookie").ShouldBeFalse("a page that sets a cookie could not be kept");
        kept.Document.QuerySelector("input[name='__RequestVerificationToken']").ShouldBeNull("a kept page must not hand one visitor's token to the next");
        Lists(served, "보관 전 제목").ShouldBeTrue("within the minute the kept page is served, not the database");
        served.Response.Headers.Age.ShouldNotBeNull();
        (await second.GetAsync($"/Programs/{id}")).Text("main h1").ShouldBe("보관 후 제목", "each address is kept on its own");
    }

    [Fact]
    public async Task A_signed_in_person_always_gets_a_fresh_page_with_their_own_name()
    {
        var id = await WebOfferData.ProgrammeAsync(factory, "로그인 전 제목", p => p.ApplyUntil = WebOfferData.Today);
        var url = NewListUrl();
        using var anonymous = factory.NewSession();
        using var applicant = factory.NewSession();
        await anonymous.GetAsync(url);
        await applicant.LoginAsync(DemoDataSeeder.Accounts[Roles.Applicant], DemoDataSeeder.Password);

        await WebOfferData.RenameProgrammeAsync(factory, id, "로그인 후 제목");
        var page = await applicant.GetAsync(url);
        await WebOfferData.RenameProgrammeAsync(factory, id, "두 번째 변경");
        var again = await applicant.GetAsync(url);

        Lists(page, "로그인 후 제목").ShouldBeTrue();
        page.Text("[data-testid='signed-in-as']").ShouldNotBeEmpty();
        page.Response.Headers.Age.ShouldBeNull();
        Lists(again, "두 번째 변경").ShouldBeTrue("a signed-in person's page is never kept");
        Lists(await anonymous.GetAsync(url), "로그인 전 제목").ShouldBeTrue("nor does it replace the anonymous one");
    }

    [Fact]
    public async Task A_visitor_who_chose_English_is_not_served_the_kept_Korean_page_and_can_switch_from_a_kept_page()
    {
        await WebOfferData.ProgrammeAsync(factory, "언어별 보관", p => p.ApplyUntil = WebOfferData.Today);
        var url = NewListUrl();
        using var korean = factory.NewSession();
        using var english = factory.NewSession();
        await korean.GetAsync(url);

        var kept = await english.GetAsync(url);
        var switched = await english.SubmitAsync(kept, new Dictionary<string, string>(), "form[action='/Culture']");
        var page = await english.GetAsync(url);

        kept.Response.Headers.Age.ShouldNotBeNull("the second visitor got the kept Korean page");
        switched.Location.ShouldBe(url, "the language switch on a kept page works without a token");
        page.Text("main h1").ShouldBe("Support programmes");
        (await korean.GetAsync(url)).Text("main h1").ShouldBe("지원 프로그램");
    }

    [Fact]
    public async Task The_language_switch_refuses_a_post_from_another_site()
    {
        using var visitor = factory.NewSession();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Culture")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US", ["returnUrl"] = "/" }),
        };
        post.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await visitor.Client.SendAsync(post, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
    }
}
