using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

/// <summary>Start-up rules, logging, rate limits and headers as an operator or a person at the browser notices them: each test runs its own host.</summary>
public sealed class HostingHardeningTests
{
    private const string TooManyRequestsHeading = "잠시 후 다시 시도해 주세요";

    [Fact]
    public async Task Twenty_counselors_behind_one_office_address_can_all_log_in_at_nine()
    {
        await using var factory = WithRealLimits(perAccount: 10, perAddress: 60);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var session = factory.NewSession();
            answers.Add((await session.LoginAsync($"counselor{i}@office.example", "a wrong password")).Status);
        }

        answers.ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_eleventh_log_in_post_for_one_account_within_a_minute_gets_the_429_page_with_Retry_After()
    {
        await using var factory = WithRealLimits(perAccount: 10, perAddress: 60);
        using var session = factory.NewSession();
        for (var i = 0; i < 10; i++)
        {
            (await session.LoginAsync("Target@Example.com", $"guess {i}")).Status.ShouldBe(HttpStatusCode.OK);
        }

        // The same account however it is typed.
        var refused = await session.LoginAsync(" target@example.COM ", "guess 11");
        var colleague = await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Counselor], DemoDataSeeder.Password);

        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Text("main h1").ShouldBe(TooManyRequestsHeading);
        var retryAfter = int.Parse(refused.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
        colleague.Status.ShouldBe(HttpStatusCode.Redirect, "another account from the same address still signs in");
    }

    [Fact]
    public async Task Beyond_the_address_ceiling_even_a_new_account_is_refused()
    {
        await using var factory = WithRealLimits(perAccount: 10, perAddress: 5);
        using var session = factory.NewSession();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await session.LoginAsync($"person{i}@example.com", "a wrong password")).Status);
        }

        answers.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests]);
        (await session.GetAsync("/Account/Login")).Status.ShouldBe(HttpStatusCode.OK, "reading the page is never limited");
    }

    [Fact]
    public async Task Change_password_posts_are_limited_per_signed_in_person()
    {
        await using var factory = WithRealLimits(perAccount: 2, perAddress: 60);
        using var session = factory.NewSession();
        (await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Employer], DemoDataSeeder.Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var form = await session.GetAsync("/Account/ChangePassword");
            answers.Add((await session.SubmitAsync(form, new Dictionary<string, string> { ["Data.CurrentPassword"] = $"wrong {i}" })).Status);
        }

        answers.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task In_production_over_plain_HTTP_without_a_proxy_the_portal_refuses_to_start_and_says_what_to_do()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";

        var failure = Should.Throw<InvalidOperationException>(() => factory.NewSession());

        failure.Message.ShouldStartWith("Restart will not start: outside Development its cookies are HTTPS-only");
        failure.Message.ShouldContain("ForwardedHeaders:KnownProxies");
        failure.Message.ShouldContain("https://");
        failure.Message.ShouldContain("ForwardedHeaders:AssumeHttps=true");
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.1")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8")]
    [InlineData("urls", "https://+:8443")]
    public async Task In_production_behind_a_named_proxy_or_on_HTTPS_the_portal_starts(string key, string value)
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";
        factory.Settings[key] = value;
        using var session = factory.NewSession("https://restart.example");

        var page = await session.GetAsync("/Account/Login");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("main h1").ShouldBe("로그인");
    }

    // Without the setting every page of a production portal reached over plain HTTP was an empty 500 (antiforgery's secure cookie).
    [Fact]
    public async Task With_TLS_ended_upstream_and_no_forwarded_scheme_a_production_portal_serves_its_forms_over_HTTP()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";
        factory.Settings["ForwardedHeaders:AssumeHttps"] = "true";
        using var session = factory.NewSession("http://restart.example");

        var page = await session.GetAsync("/Account/Login");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Text("main h1").ShouldBe("로그인");
        page.Response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_start_that_fails_is_recorded_in_the_log_before_the_process_exits()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "restart-failed-start-" + Guid.NewGuid().ToString("N"));
        var (exitCode, log) = await PortalProcess.RunAsync([], new Dictionary<string, string>
        {
            ["DataFolder"] = dataFolder,
            ["Database__Provider"] = "Oracle",
        }, dataFolder);

        exitCode.ShouldBe(1, log);
        log.ShouldContain("FTL] Restart did not start");
        log.ShouldContain("Database:Provider");
    }

    [Fact]
    public async Task The_request_log_and_the_optional_JSON_log_name_user_correlation_and_use_case_in_one_event_but_never_the_query_string()
    {
        await using var factory = new RestartWebFactory();
        factory.Settings["Logging:JsonFile:Path"] = "json/restart-.clef";
        using var session = factory.NewSession();
        await session.LoginAsync(DemoDataSeeder.Accounts[Roles.Employer], DemoDataSeeder.Password);
        session.Client.DefaultRequestHeaders.Add("X-Correlation-Id", "json-corr-7");

        var home = await session.GetAsync("/employer?name=private.person");

        home.Status.ShouldBe(HttpStatusCode.OK);
        var text = await SiteTests.WaitForAsync(() => factory.LogText(), t => t.Contains("correlation json-corr-7"));
        text.ShouldMatch(@"HTTP GET /employer responded 200 in [\d.]+ ms user [0-9a-f-]{36} correlation json-corr-7 handled \w+\.Query Ok [\d.]+ ms");
        text.ShouldNotContain("private.person");
        var json = await SiteTests.WaitForAsync(() => ReadAll(Path.Combine(factory.DataFolder, "json")), t => t.Contains("json-corr-7"));
        var request = json.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Single(e => e.TryGetProperty("CorrelationId", out var id) && id.GetString() == "json-corr-7" && e.GetProperty("@mt").GetString()!.StartsWith("HTTP ", StringComparison.Ordinal));
        request.GetProperty("RequestPath").GetString().ShouldBe("/employer");
        request.GetProperty("StatusCode").GetInt32().ShouldBe(200);
        request.GetProperty("UserId").GetString().ShouldNotBe("-");
        request.GetProperty("Handled").GetString()!.ShouldMatch(@"^\w+\.Query Ok [\d.]+ ms(; \w+\.Query Ok [\d.]+ ms)*$", "the page's use cases, in the request's own event");
        json.ShouldNotContain("\"@mt\":\"Handled", Shouldly.Case.Sensitive, "one event a request: the use case is not logged again on its own");
        json.ShouldNotContain("private.person");
    }

    [Fact]
    public async Task A_path_with_an_encoded_line_break_cannot_write_a_forged_line_into_the_log()
    {
        await using var factory = new RestartWebFactory();
        using var session = factory.NewSession();
        session.Client.DefaultRequestHeaders.Add("X-Correlation-Id", "forge-1");

        await session.GetAsync("/x%0d%0a2026-01-01 00:00:00.000 +09:00 [INF] HTTP GET /Admin responded 200%E2%80%AE");

        var text = await SiteTests.WaitForAsync(() => factory.LogText(), t => t.Contains("correlation forge-1"));
        var line = text.Split('\n').Single(l => l.Contains("correlation forge-1", StringComparison.Ordinal) && l.Contains("HTTP GET", StringComparison.Ordinal));
        line.ShouldContain(@"/x\u000D\u000A2026-01-01", Shouldly.Case.Sensitive, "the break is written as an escape, on the request's own line");
        line.ShouldContain(@"\u202E");
        text.Split('\n').ShouldNotContain(l => l.StartsWith("2026-01-01 00:00:00.000", StringComparison.Ordinal), "no line of the visitor's making");
    }

    [Fact]
    public async Task Two_portals_in_one_process_each_log_to_their_own_data_folder()
    {
        await using var first = new RestartWebFactory();
        await using var second = new RestartWebFactory();
        using var one = first.NewSession();
        using var two = second.NewSession();
        one.Client.DefaultRequestHeaders.Add("X-Correlation-Id", "first-portal");
        two.Client.DefaultRequestHeaders.Add("X-Correlation-Id", "second-portal");

        await Task.WhenAll(one.GetAsync("/Account/Login"), two.GetAsync("/Account/Login"));

        var firstLog = await SiteTests.WaitForAsync(first.LogText, t => t.Contains("correlation first-portal"));
        var secondLog = await SiteTests.WaitForAsync(second.LogText, t => t.Contains("correlation second-portal"));
        firstLog.ShouldContain("correlation first-portal");
        firstLog.ShouldNotContain("second-portal");
        secondLog.ShouldContain("correlation second-portal");
        secondLog.ShouldNotContain("first-portal");
    }

    // The in-memory test server never sends Server; Kestrel does unless told not to.
    [Fact]
    public async Task A_real_Kestrel_port_does_not_name_its_server()
    {
        await using var factory = new RestartWebFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    private static RestartWebFactory WithRealLimits(int perAccount, int perAddress)
    {
        var factory = new RestartWebFactory();
        factory.Settings["RateLimiting:AccountPermitPerMinute"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["RateLimiting:AddressPermitPerMinute"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return factory;
    }

    private static string ReadAll(string folder) => string.Concat(
        (Directory.Exists(folder) ? Directory.GetFiles(folder) : []).Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
}
