using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Restart.Core;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

public static class WebHost
{
    public const string AccountRateLimit = "account";
    public static readonly CultureInfo[] Cultures = [new("ko-KR"), new("en-US")];

    /// <summary>Reads "Database:Provider" and "ConnectionStrings:Restart"; SQLite defaults to a file in the app's data folder.</summary>
    public static DatabaseSettings ReadDatabaseSettings(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = new DatabaseSettings
        {
            Provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite),
            ConnectionString = configuration.GetConnectionString("Restart") ?? "",
        };
        if (settings.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            var folder = DataFolder(configuration, environment);
            Directory.CreateDirectory(folder);
            settings.ConnectionString = $"Data Source={Path.Combine(folder, "restart.db")}";
        }
        else if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Restart is required when Database:Provider is Postgres.");
        }

        return settings;
    }

    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["DataFolder"] ?? "App_Data", environment.ContentRootPath);

    public static IServiceCollection AddRestartWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        // Korean text is written as is, not as &#xXXXX; entities: pages stay readable and a third smaller.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.Configure<EmailSettings>(configuration.GetSection("Email"));
        services.PostConfigure<EmailSettings>(e =>
        {
            if (e.PickupDirectory is { } pickup)
            {
                e.PickupDirectory = Path.GetFullPath(pickup, DataFolder(configuration, environment));
            }
        });
        services.AddScoped<IAccountEmails, AccountEmails>();
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["Email:PublicBaseUrl"]))
        {
            throw new InvalidOperationException("Email:PublicBaseUrl must be set outside Development: mailed links must not take their host from the request.");
        }

        services.AddDataProtection()
            .SetApplicationName("Restart")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataFolder(configuration, environment), "keys")));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity)
            .AddRestartIdentityStores()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<RestartClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Restart.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            // A signed-in user without the right role gets the 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // No fallback policy: it would send an unknown address to the log-in page instead of the 404 page.
        // Instead a test (SiteTests.Every_page_states_who_may_open_it) makes every page declare its access.
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Korean unless the person chose English: the browser's language is not asked.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRazorPages()
            .AddViewLocalization()
            .AddMvcOptions(o =>
            {
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = o.ModelBindingMessageProvider;
                messages.SetValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetAttemptedValueIsInvalidAccessor((_, _) => Ui("Binding.Invalid"));
                messages.SetValueMustBeANumberAccessor(_ => Ui("Binding.Number"));
                messages.SetValueMustNotBeNullAccessor(_ => Ui("Binding.Required"));
                messages.SetMissingBindRequiredValueAccessor(_ => Ui("Binding.Required"));
                messages.SetMissingKeyOrValueAccessor(() => Ui("Binding.Required"));
                messages.SetUnknownValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Ui("Binding.Invalid"));
                messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Ui("Binding.Invalid"));
                messages.SetNonPropertyValueMustBeANumberAccessor(() => Ui("Binding.Number"));
                messages.SetMissingRequestBodyRequiredValueAccessor(() => Ui("Binding.Required"));
            });

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        var permitLimit = configuration.GetValue("RateLimiting:AccountPermitPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only form posts count: reading the log-in page again is never refused.
            o.AddPolicy(AccountRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        services.AddHealthChecks().AddDbContextCheck<RestartDbContext>("database");
        return services;
    }

    private static string Ui(string key) => SharedResource.Get(key);

    public static WebApplication UseRestartPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseMiddleware<RequestLogging>();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        // A declared upload too large is refused before anything reads it, with the friendly 413 page —
        // otherwise antiforgery's form read fails first and the person sees a puzzling 400.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
                && context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await next();
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrations, roles and reference data always; demo data on the embedded database in Development, or when asked.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, bool seedDemoData)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData);
    }

    public static bool ShouldSeedDemoData(IConfiguration configuration, IHostEnvironment environment, DatabaseSettings database, string[] args) =>
        args.Contains("--seed-demo")
        || (configuration.GetValue<bool?>("Database:SeedDemoData")
            ?? (environment.IsDevelopment() && database.Provider == DatabaseProvider.Sqlite));
}
