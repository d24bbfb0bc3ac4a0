using Microsoft.AspNetCore.Identity;
using Restart.Core;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>Accounts (ASP.NET Core Identity on Restart's stores), the sign-in cookie and authorization.</summary>
public static class IdentityHosting
{
    public static WebApplicationBuilder AddRestartIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ApplicationUser>(DependencyInjection.ConfigureIdentity)
            .AddRestartIdentityStores()
            .AddSignInManager<RestartSignInManager>()
            .AddClaimsPrincipalFactory<RestartClaimsPrincipalFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Restart.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecurityHosting.CookieSecurePolicy(builder.Environment);
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
            SessionLimits.Apply(o, builder.Configuration);
            AccountSessions.Apply(o);
        });
        services.AddSingleton<AccountSessions>();
        services.AddSingleton(new PasswordThrottleSettings
        {
            FailuresBeforeDelay = builder.Configuration.GetValue("Identity:FailuresBeforeDelay", 5),
            LongestDelay = builder.Configuration.GetValue("Identity:LongestPasswordDelay", TimeSpan.FromMinutes(15)),
        });
        // Every session checks its account's security stamp once a minute (the default is 30 minutes, which the
        // 30-minute sliding cookie outlived): a password change or reset ends every other session within a
        // minute. One indexed read per session per minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = builder.Configuration.GetValue("Identity:SessionCheckInterval", TimeSpan.FromMinutes(1));
            TwoFactorSessions.KeepAuthenticationMethod(o);
        });
        // Two-factor sign-in for the roles that read other people's data (ADR 0023). Identity's short cookie that
        // carries the account between the password and the code is kept as secure as the sign-in cookie.
        services.AddSingleton(TwoFactorSettings.From(builder.Configuration));
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "Restart.TwoFactor";
            o.Cookie.SecurePolicy = SecurityHosting.CookieSecurePolicy(builder.Environment);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        // No fallback policy: it would send an unknown address to the log-in page instead of the 404 page.
        // Instead a test (SiteTests.Every_page_states_who_may_open_it) makes every page declare its access.
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalLogging>();
        return builder;
    }
}
