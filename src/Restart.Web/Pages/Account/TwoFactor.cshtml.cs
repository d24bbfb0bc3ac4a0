using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// A person's two-factor sign-in (ADR 0023): whether it is on and how many recovery codes are left; new recovery codes;
/// a new authenticator (a new phone), which means setting it up again. An applicant may turn it on and off; the roles
/// that require it cannot turn it off.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, TwoFactorSettings settings) : PageModel
{
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Off { get; set; }

    /// <summary>Shown once, right after they were made.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount) ?? []];
        await LoadAsync(user);
        return Page();
    }

    /// <summary>A new authenticator: the old key stops working at once and the app is set up again before anything else.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await TwoFactorSessions.ReissueAsync(HttpContext, signIn, user, TwoFactorSessions.Password);
        return RedirectToPage("/Account/EnableAuthenticator");
    }

    /// <summary>Only where it is not required (an applicant's choice); the key is thrown away.</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (settings.IsRequiredFor(await users.GetRolesAsync(user)))
        {
            return Forbid();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await TwoFactorSessions.ReissueAsync(HttpContext, signIn, user, TwoFactorSessions.Password);
        return RedirectToPage(new { Off = true });
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = settings.IsRequiredFor(await users.GetRolesAsync(user));
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
