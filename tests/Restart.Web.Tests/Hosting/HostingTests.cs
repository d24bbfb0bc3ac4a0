using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

/// <summary>Behaviour that depends on configuration: each test runs its own host.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Too_many_log_in_attempts_from_one_address_get_the_429_page()
    {
        await using var factory = new RestartWebFactory();
        factory.Settings["RateLimiting:AccountPermitPerMinute"] = "3";
        using var session = factory.NewSession();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await session.LoginAsync("someone@example.com", "wrong password")).Status);
        }

        answers.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        var page = await session.LoginAsync("someone@example.com", "wrong password");
        page.Text("main h1").ShouldBe("잠시 후 다시 시도해 주세요");
        (await session.GetAsync("/Account/Login")).Status.ShouldBe(HttpStatusCode.OK, "reading the page is never limited");
    }

    // HSTS is never sent for localhost (HstsOptions.ExcludedHosts), so this host has a real-looking name.
    [Fact]
    public async Task Outside_development_HTTPS_responses_carry_a_one_year_HSTS_header_and_errors_show_no_details()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1";
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";
        using var session = factory.NewSession("https://restart.example");

        var login = await session.GetAsync("/Account/Login");
        var missing = await session.GetAsync("/no/such/page");

        login.Response.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        missing.Text("main h1").ShouldBe("페이지를 찾을 수 없습니다");
        login.Document.QuerySelector("link[href^='/lib/bootstrap']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reset_link_always_points_at_the_configured_address_whatever_Host_the_request_named()
    {
        await using var factory = new RestartWebFactory();
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example/";
        using var session = factory.NewSession("http://evil.example");

        var form = await session.GetAsync("/Account/ForgotPassword");
        await session.SubmitAsync(form, new Dictionary<string, string> { ["Data.Email"] = DemoDataSeeder.Accounts[Roles.Employer] });

        var link = TestFlows.LinkIn(await TestFlows.WaitForMailAsync(factory, DemoDataSeeder.Accounts[Roles.Employer], "/Account/ResetPassword"));
        link.ShouldStartWith("https://restart.example/Account/ResetPassword?userId=");
    }

    [Fact]
    public async Task Outside_development_the_portal_will_not_start_without_its_public_address()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1";

        var failure = Should.Throw<InvalidOperationException>(() => factory.NewSession());

        failure.Message.ShouldContain("Email:PublicBaseUrl");
    }

    [Fact]
    public async Task An_unexpected_failure_shows_a_friendly_Korean_page_with_a_reference_and_no_details()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1";
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";
        await using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingEndpoint>()));
        using var client = failing.CreateClient(new() { BaseAddress = new Uri("https://restart.example"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "ref-500-test");

        var response = await client.GetAsync("/test/fail", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        body.ShouldContain("일시적인 오류가 발생했습니다");
        body.ShouldContain("ref-500-test");
        body.ShouldNotContain("secret detail");
        body.ShouldNotContain(nameof(InvalidOperationException));
    }

    /// <summary>Test-only: an address whose handling throws, behind the whole real pipeline.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == "/test/fail"
                ? throw new InvalidOperationException("secret detail of the failure")
                : following(context));
        };
    }

    [Fact]
    public async Task Demo_accounts_exist_only_where_demo_data_was_asked_for()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1";
        factory.Settings["Database:SeedDemoData"] = "false";
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";
        using var session = factory.NewSession("https://restart.example");

        var page = await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Administrator], DemoDataSeeder.Password);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Summary.ShouldBe("이메일 또는 비밀번호가 올바르지 않습니다.");
    }
}
