using System.Net;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.HttpOverrides;

namespace Restart.Web.Hosting;

/// <summary>
/// HTTPS and what depends on it (secure cookies, HSTS, antiforgery), the reverse proxy, error pages,
/// and the start-up rule that outside Development the portal runs only where HTTPS reaches it.
/// </summary>
public static class SecurityHosting
{
    /// <summary>For a TLS terminator that sends no X-Forwarded-Proto: every request is taken as HTTPS.</summary>
    public const string AssumeHttpsKey = "ForwardedHeaders:AssumeHttps";

    public const string PlainHttpRefusal =
        "Restart will not start: outside Development its cookies are HTTPS-only, so over plain HTTP every page would fail. "
        + "Serve HTTPS (an https:// address in ASPNETCORE_URLS, --urls or Kestrel:Endpoints), "
        + "or name the TLS reverse proxy in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks (it must send X-Forwarded-Proto), "
        + "or set " + AssumeHttpsKey + "=true when TLS ends at a device that sends no X-Forwarded-Proto. See docs/operations.md.";

    public static CookieSecurePolicy CookieSecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;

    public static WebApplicationBuilder AddRestartSecurity(this WebApplicationBuilder builder)
    {
        var (configuration, environment) = (builder.Configuration, builder.Environment);
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        if (!environment.IsDevelopment() && !ServedOverHttps(configuration) && proxies.Length == 0 && networks.Length == 0
            && !configuration.GetValue<bool>(AssumeHttpsKey))
        {
            throw new InvalidOperationException(PlainHttpRefusal);
        }

        // No "Server: Kestrel": nothing to tell a scanner which server to try.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy(environment));
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the proxies named here are believed. The framework trusts loopback by default, which let any
            // client behind a same-host proxy that passes the header through choose the address written to the
            // access log and the consent record, and step around the per-address rate limit. With no proxy
            // named, no forwarded header is read at all.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardedHeaders = proxies.Length + networks.Length == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    private static bool ServedOverHttps(IConfiguration configuration)
    {
        var urls = new List<string?> { configuration["urls"], configuration["https_ports"] is { Length: > 0 } ? "https://" : null };
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]));
        return urls.Any(u => u?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true);
    }

    /// <summary>The real client address and scheme from the trusted proxy (or HTTPS taken as given, when configured so).</summary>
    public static WebApplication UseRestartProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Configuration.GetValue<bool>(AssumeHttpsKey))
        {
            app.Use((context, next) =>
            {
                context.Request.Scheme = Uri.UriSchemeHttps;
                return next(context);
            });
        }

        return app;
    }

    /// <summary>Outside Development: the friendly error page without details, and HSTS.</summary>
    public static WebApplication UseRestartErrorPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        return app;
    }

    /// <summary>
    /// A declared upload too large is refused before anything reads it, with the friendly 413 page —
    /// otherwise antiforgery's form read fails first and the person sees a puzzling 400.
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimitPage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
            && context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next();
    });
}
