using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

/// <summary>
/// The client address goes into the access log, the consent record and the per-address rate limit, so only a
/// proxy the operator named may set it. Each test runs the portal's own forwarded-headers settings through the
/// framework's middleware with a request from a chosen address.
/// </summary>
public sealed class ClientAddressTests
{
    private const string Forged = "198.51.100.23";

    [Fact]
    public async Task A_forwarded_address_from_loopback_is_ignored_when_loopback_is_not_the_named_proxy()
    {
        await using var factory = new RestartWebFactory { EnvironmentName = "Production" };
        factory.Settings["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1";
        factory.Settings["Email:PublicBaseUrl"] = "https://restart.example";

        (await AddressSeenAsync(factory, from: "127.0.0.1")).ShouldBe(("127.0.0.1", "http"),
            "a client on the same host must not choose its address or the scheme");
        (await AddressSeenAsync(factory, from: "10.0.0.1")).ShouldBe((Forged, "https"), "the named proxy is believed");
    }

    [Fact]
    public async Task With_no_proxy_named_no_forwarded_header_is_read()
    {
        await using var factory = new RestartWebFactory();

        (await AddressSeenAsync(factory, from: "127.0.0.1")).ShouldBe(("127.0.0.1", "http"));
        (await AddressSeenAsync(factory, from: "::1")).ShouldBe(("::1", "http"));
    }

    private static async Task<(string Address, string Scheme)> AddressSeenAsync(RestartWebFactory factory, string from)
    {
        var options = factory.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>();
        var seen = ("", "");
        var middleware = new ForwardedHeadersMiddleware(
            context =>
            {
                seen = (context.Connection.RemoteIpAddress!.ToString(), context.Request.Scheme);
                return Task.CompletedTask;
            },
            factory.Services.GetRequiredService<ILoggerFactory>(), options);
        var request = new DefaultHttpContext();
        request.Connection.RemoteIpAddress = IPAddress.Parse(from);
        request.Request.Scheme = "http";
        request.Request.Headers["X-Forwarded-For"] = Forged;
        request.Request.Headers["X-Forwarded-Proto"] = "https";
        await middleware.Invoke(request);
        return seen;
    }
}
