using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>
/// Staff, partner, employer and administrator sessions end sooner than an applicant's: after
/// <c>Identity:StaffIdleTimeout</c> without a request (15 minutes), and in any case
/// <c>Identity:StaffAbsoluteTimeout</c> after signing in (8 hours), whatever the activity. Applicants keep the
/// 30-minute sliding session. docs/operations.md states both.
/// </summary>
public static class SessionLimits
{
    private const string EndsAtKey = "restart.session-ends";

    public static void Apply(CookieAuthenticationOptions options, IConfiguration configuration)
    {
        var idle = configuration.GetValue("Identity:StaffIdleTimeout", TimeSpan.FromMinutes(15));
        var absolute = configuration.GetValue("Identity:StaffAbsoluteTimeout", TimeSpan.FromHours(8));

        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            await signingIn(context);
            if (IsApplicantOnly(context.Principal))
            {
                return;
            }

            // The cookie's own lifetime is what sliding renewal keeps: a staff session's is the shorter idle time.
            var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            context.Properties.IssuedUtc = now;
            context.Properties.ExpiresUtc = now + idle;
            // Set once, at the first sign-in; a renewal after the minutely security check keeps it.
            context.Properties.Items.TryAdd(EndsAtKey, (now + absolute).ToString("O", CultureInfo.InvariantCulture));
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            if (context.Properties.Items.TryGetValue(EndsAtKey, out var value)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var endsAt) && now >= endsAt)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await validate(context);
        };
    }

    private static bool IsApplicantOnly(System.Security.Claims.ClaimsPrincipal? principal) =>
        principal is null || !Roles.All.Where(r => r != Roles.Applicant).Any(principal.IsInRole);
}
