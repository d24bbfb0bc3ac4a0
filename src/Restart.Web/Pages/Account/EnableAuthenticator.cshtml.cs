using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// Setting up the authenticator app (ADR 0023): the shared key (in groups of four, as an otpauth:// address and its QR
/// code), confirmed by a code the app shows; then ten recovery codes, shown once. Until this is done a person of a role
/// that requires two-factor sign-in opens no other page (<see cref="TwoFactorSessions.UseTwoFactorEnrolment"/>). An
/// applicant comes here from the two-factor page when they choose to use it.
/// </summary>
[Authorize]
public sealed class EnableAuthenticatorModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, PasswordAttempts attempts,
    AccountSessions sessions) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    /// <summary>Shown once, right after the code was confirmed.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string Home { get; private set; } = HomePages.Applicant;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return await AlreadySetUpAsync();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return await AlreadySetUpAsync();
        }

        var cancel = HttpContext.RequestAborted;
        var code = AuthenticatorKeys.Clean(Input.Code);
        if (await attempts.WaitUntilAsync(PasswordAttempts.TwoFactor, user.Id, cancel) is { } until)
        {
            ModelState.AddModelError("Input.Code", string.Format(CultureInfo.CurrentCulture, SharedResource.Get("TwoFactor.Wait"), KoreanTime.ToKorean(until)));
        }
        else if (code.Length == 0)
        {
            ModelState.AddModelError("Input.Code", SharedResource.Get("TwoFactor.CodeRequired"));
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await attempts.FailedAsync(PasswordAttempts.TwoFactor, user.Id, cancel);
            ModelState.AddModelError("Input.Code", SharedResource.Get("TwoFactor.EnrolCodeWrong"));
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await attempts.SucceededAsync(PasswordAttempts.TwoFactor, user.Id, cancel);
        // Turning it on changes the security stamp: the person's other sessions (signed in with the password only)
        // end within the minute; this one goes on, now as a two-factor session.
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await TwoFactorSessions.ReissueAsync(HttpContext, signIn, user, TwoFactorSessions.MultiFactor);
        Home = HomePages.For(await users.GetRolesAsync(user));
        return Page();
    }

    /// <summary>
    /// Set up already: a two-factor session goes to the two-factor page; a session signed in with the password alone
    /// (it began before the app was set up elsewhere) never sees the key — it ends, and the person signs in again.
    /// </summary>
    private async Task<IActionResult> AlreadySetUpAsync()
    {
        if (TwoFactorSessions.PassedTwoFactor(User))
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        await sessions.EndCurrentAsync(HttpContext);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = AuthenticatorKeys.Grouped(key!);
        AuthenticatorUri = AuthenticatorKeys.Uri(user.Email ?? user.UserName ?? "", key!);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
    }
}
