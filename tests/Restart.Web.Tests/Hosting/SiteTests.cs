using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

public sealed class SiteTests(RestartWebFactory factory) : IClassFixture<RestartWebFactory>
{
    [Theory]
    [InlineData(Roles.Applicant, "/admin")]
    [InlineData(Roles.Applicant, "/Admin/AccessLog")]
    [InlineData(Roles.Counselor, "/Admin/Accounts/Create")]
    [InlineData(Roles.Employer, "/partner")]
    [InlineData(Roles.AgencyPartner, "/staff")]
    [InlineData(Roles.Administrator, "/applicant")]
    [InlineData(Roles.Applicant, "/Staff/Deletions")]
    [InlineData(Roles.AgencyPartner, "/Staff/Deletions")]
    [InlineData(Roles.Counselor, "/My/Deletion")]
    public async Task A_page_for_another_role_answers_with_the_Korean_403_page(string role, string url)
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[role], DemoDataSeeder.Password);

        var page = await session.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.Forbidden);
        page.Text("main h1").ShouldBe("접근 권한이 없습니다");
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_log_in_and_brought_back()
    {
        using var session = factory.NewSession();

        var page = await session.GetAsync("/Admin/Accounts");

        page.Status.ShouldBe(HttpStatusCode.Redirect);
        page.Location.ShouldBe("http://localhost/Account/Login?ReturnUrl=%2FAdmin%2FAccounts");
        var login = await session.GetAsync(page.Location!);
        var posted = await session.SubmitAsync(login, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoDataSeeder.Accounts[Roles.Administrator],
            ["Input.Password"] = DemoDataSeeder.Password,
        });
        posted.Location.ShouldBe("/Account/LoginWithCode?ReturnUrl=%2FAdmin%2FAccounts&RememberMe=False", "an administrator gives the app's code too");
        (await session.PassTwoFactorAsync(posted, DemoDataSeeder.Accounts[Roles.Administrator])).Location.ShouldBe("/Admin/Accounts");
    }

    [Fact]
    public async Task An_unknown_address_answers_with_the_Korean_404_page()
    {
        using var session = factory.NewSession();

        var page = await session.GetAsync("/no/such/page");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("main h1").ShouldBe("페이지를 찾을 수 없습니다");
    }

    [Fact]
    public async Task An_office_that_does_not_exist_is_a_404_not_an_error()
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);

        var page = await session.GetAsync($"/Admin/RegionalOffices/Edit/{Guid.NewGuid()}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Text("main h1").ShouldBe("페이지를 찾을 수 없습니다");
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var session = factory.NewSession();

        foreach (var url in new[] { "/", "/Account/Login", "/no/such/page" })
        {
            var response = (await session.GetAsync(url)).Response;
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.ShouldContain("script-src 'self'");
            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldNotContain("unsafe-inline");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        }
    }

    [Fact]
    public async Task No_page_has_inline_script()
    {
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);

        foreach (var url in new[] { "/admin", "/Admin/Accounts", "/Admin/Accounts/Create", "/Admin/RegionalOffices", "/Admin/AccessLog" })
        {
            var page = await session.GetAsync(url);
            page.Status.ShouldBe(HttpStatusCode.OK, url);
            page.Document.QuerySelectorAll("script").ShouldAllBe(s => s.HasAttribute("src"), url);
            page.Document.QuerySelectorAll("[style]").Length.ShouldBe(0, url);
        }
    }

    [Fact]
    public async Task Choosing_English_switches_the_pages_and_Korean_switches_them_back()
    {
        using var session = factory.NewSession();
        var korean = await session.GetAsync("/Account/Login");

        var switched = await session.SubmitAsync(korean, new Dictionary<string, string>(), "form[action='/Culture']");
        switched.Location.ShouldBe("/Account/Login");
        var english = await session.GetAsync("/Account/Login");

        english.Document.DocumentElement.GetAttribute("lang").ShouldBe("en");
        english.Text("main h1").ShouldBe("Log in");
        var wrong = await session.LoginAsync("someone@example.com", "wrong password");
        wrong.Summary.ShouldBe("The e-mail address or password is not correct.");

        await session.SubmitAsync(english, new Dictionary<string, string>(), "form[action='/Culture']");
        (await session.GetAsync("/Account/Login")).Text("main h1").ShouldBe("로그인");
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        using var session = factory.NewSession();

        var response = await session.Client.GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_request_log_has_one_line_per_request_without_personal_data()
    {
        using var session = factory.NewSession();
        session.Client.DefaultRequestHeaders.Add("X-Correlation-Id", "test-corr-42");

        var page = await session.LoginAsync("private.person@example.com", "secret password");

        page.Response.Headers.GetValues("X-Correlation-Id").Single().ShouldBe("test-corr-42");
        var log = await WaitForAsync(() => factory.LogText(), text => text.Contains("correlation test-corr-42"));
        log.ShouldContain("HTTP POST /Account/Login responded 200");
        log.ShouldNotContain("private.person");
        log.ShouldNotContain("secret password");
    }

    [Fact]
    public void Every_page_states_who_may_open_it()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        pages.Count.ShouldBeGreaterThan(15);
        pages.ShouldAllBe(t => t.IsDefined(typeof(AuthorizeAttribute), false) || t.IsDefined(typeof(AllowAnonymousAttribute), false));
    }

    internal static async Task<string> WaitForAsync(Func<string> read, Func<string, bool> done)
    {
        var text = read();
        for (var i = 0; i < 50 && !done(text); i++)
        {
            await Task.Delay(100);
            text = read();
        }

        return text;
    }
}
