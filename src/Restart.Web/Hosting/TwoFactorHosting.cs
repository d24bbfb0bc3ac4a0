using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>Which roles must sign in with an authenticator app (<c>Security:TwoFactor:RequiredRoles</c>, ADR 0023).</summary>
public sealed class TwoFactorSettings
{
    public const string Section = "Security:TwoFactor";

    /// <summary>By default every role but the applicant's: the roles that read other people's data.</summary>
    public IReadOnlySet<string> RequiredRoles { get; init; } = Roles.All.Where(r => r != Roles.Applicant).ToHashSet();

    public bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredRoles.Contains);

    public bool IsRequiredFor(ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);

    public static TwoFactorSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section + ":RequiredRoles").Get<string[]>() is { } roles
            ? new TwoFactorSettings { RequiredRoles = roles.Where(r => Roles.All.Contains(r)).ToHashSet() }
            : new TwoFactorSettings();
}

/// <summary>
/// Identity's sign-in manager, with the step after a correct password made public: the person is signed in with
/// <c>amr=pwd</c>, or — when they have an authenticator — only Identity's short two-factor cookie is set and the code
/// page finishes the sign-in with <c>amr=mfa</c> (<see cref="SignInManager{TUser}.TwoFactorAuthenticatorSignInAsync"/>).
/// </summary>
public sealed class RestartSignInManager(UserManager<ApplicationUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<ApplicationUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<ApplicationUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <summary>After the password was checked: signs in, or asks for the code (<see cref="SignInResult.RequiresTwoFactor"/>).</summary>
    public Task<SignInResult> SignInAfterPasswordAsync(ApplicationUser user, bool isPersistent) => SignInOrTwoFactorAsync(user, isPersistent);
}

/// <summary>The authentication method of a session: the claim <c>amr</c>, "pwd" or "mfa".</summary>
public static class TwoFactorSessions
{
    public const string Password = "pwd";
    public const string MultiFactor = "mfa";

    public static bool PassedTwoFactor(ClaimsPrincipal user) => user.HasClaim("amr", MultiFactor);

    /// <summary>
    /// Re-issues the cookie of this request for <paramref name="user"/> with another <c>amr</c>, keeping its
    /// authentication properties: the server-side session (ADR 0021) and the staff session's absolute end stay.
    /// </summary>
    public static async Task ReissueAsync(HttpContext context, SignInManager<ApplicationUser> signIn, ApplicationUser user, string amr)
    {
        var current = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", amr));
        await context.SignInAsync(IdentityConstants.ApplicationScheme, principal, current.Properties ?? new AuthenticationProperties());
    }

    /// <summary>The security-stamp check rebuilds the principal every minute; the way the session was signed in stays.</summary>
    public static void KeepAuthenticationMethod(SecurityStampValidatorOptions options) =>
        options.OnRefreshingPrincipal = context =>
        {
            if (context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == "amr"))
            {
                foreach (var amr in context.CurrentPrincipal?.FindAll("amr") ?? [])
                {
                    identity.AddClaim(new Claim("amr", amr.Value));
                }
            }

            return Task.CompletedTask;
        };

    /// <summary>
    /// Until a person of a role that requires two-factor sign-in has passed it (enrolled, or given a code), only the
    /// enrolment page and the log-out open: any other page redirects to the enrolment (GET) or is refused (403).
    /// </summary>
    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !PassedTwoFactor(user) && !IsOpenDuringEnrolment(context.Request.Path)
            && context.RequestServices.GetRequiredService<TwoFactorSettings>().IsRequiredFor(user))
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Redirect(Enrolment);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        await next(context);
    });

    public const string Enrolment = "/Account/EnableAuthenticator";

    private static bool IsOpenDuringEnrolment(PathString path) =>
        path.StartsWithSegments(Enrolment, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Status", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/Culture", StringComparison.OrdinalIgnoreCase);
}

/// <summary>How an authenticator key is shown: in groups of four, and as the otpauth:// address a QR code holds.</summary>
public static class AuthenticatorKeys
{
    public const string Issuer = "Restart";

    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    public static string Uri(string email, string key) =>
        string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6&period=30",
            System.Uri.EscapeDataString(Issuer), System.Uri.EscapeDataString(email), key);

    /// <summary>The code as typed: spaces and hyphens an authenticator app shows are dropped.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
