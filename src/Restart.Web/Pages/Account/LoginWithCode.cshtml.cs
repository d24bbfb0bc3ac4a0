using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// The second step of signing in for a person with an authenticator (ADR 0023): the six-digit code of the app, or one
/// of the recovery codes. Only Identity's short two-factor cookie set after the right password opens it. Wrong codes
/// slow further attempts for the account exactly as wrong passwords do (PasswordAttempts, ADR 0021); a recovery code
/// works once.
/// </summary>
[AllowAnonymous]
public sealed class LoginWithCodeModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, PasswordAttempts attempts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    /// <summary>The form for a recovery code instead of the app's code.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Recovery { get; set; }

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The five minutes between the password and the code have passed: start again.
            return RedirectToPage("/Account/Login");
        }

        // A recovery code keeps its hyphen; the app's code is read without the spaces some apps show.
        var code = Recovery ? (Input.Code ?? "").Trim() : AuthenticatorKeys.Clean(Input.Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", SharedResource.Get(Recovery ? "TwoFactor.RecoveryRequired" : "TwoFactor.CodeRequired"));
            return Page();
        }

        var cancel = HttpContext.RequestAborted;
        if (await attempts.WaitUntilAsync(PasswordAttempts.TwoFactor, user.Id, cancel) is { } until)
        {
            ModelState.AddModelError("Input.Code", string.Format(CultureInfo.CurrentCulture, SharedResource.Get("TwoFactor.Wait"), KoreanTime.ToKorean(until)));
            return Page();
        }

        var result = Recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (!result.Succeeded)
        {
            await attempts.FailedAsync(PasswordAttempts.TwoFactor, user.Id, cancel);
            ModelState.AddModelError("Input.Code", SharedResource.Get(Recovery ? "TwoFactor.RecoveryWrong" : "TwoFactor.CodeWrong"));
            return Page();
        }

        await attempts.SucceededAsync(PasswordAttempts.TwoFactor, user.Id, cancel);
        if (Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/")
        {
            return LocalRedirect(ReturnUrl);
        }

        return RedirectToPage(HomePages.For(await users.GetRolesAsync(user)));
    }
}
