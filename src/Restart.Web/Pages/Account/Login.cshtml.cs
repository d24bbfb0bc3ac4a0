using System.ComponentModel.DataAnnotations;
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
/// Signs a person in. This page talks to SignInManager directly rather than through MediatR: signing in
/// is an HTTP concern (cookies), not a use case of Core (ADR 0006). Every failure — an unknown address, a wrong
/// password, an account with no password yet, a locked or unconfirmed one — costs one password-hash check and
/// reads the same; wrong passwords slow further attempts for what was typed, never lock an account (ADR 0021).
/// </summary>
[AllowAnonymous]
[LimitPostsPerAccount("Input.Email")]
public sealed class LoginModel(RestartSignInManager signIn, UserManager<ApplicationUser> users, PasswordAttempts attempts, TwoFactorSettings twoFactor) : PageModel
{
    /// <summary>A hash made by the portal's own hasher (same algorithm and work factor) for a password nobody has.</summary>
    private static readonly ApplicationUser NoOne = new();
    private static string? noOneHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";

        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage(HomePages.For(User)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", SharedResource.Get("Login.EmailRequired"));
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", SharedResource.Get("Login.PasswordRequired"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = Input.Email.Trim();
        var cancel = HttpContext.RequestAborted;
        if (await attempts.WaitUntilAsync(PasswordAttempts.LogIn, account, cancel) is { } until)
        {
            // Keyed by what was typed, so an unknown address waits exactly as a known one: no password is checked.
            ModelState.AddModelError("", string.Format(CultureInfo.CurrentCulture, SharedResource.Get("Login.Wait"), KoreanTime.ToKorean(until)));
            return Page();
        }

        var user = await users.FindByNameAsync(account);
        var passwordMatches = await PasswordMatchesAsync(user, Input.Password);
        if (user is null || !passwordMatches || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await attempts.FailedAsync(PasswordAttempts.LogIn, account, cancel);
            ModelState.AddModelError("", SharedResource.Get("Login.Failed"));
            return Page();
        }

        await attempts.SucceededAsync(PasswordAttempts.LogIn, account, cancel);
        // With an authenticator the code page finishes the sign-in; a role that requires one and has none yet is
        // signed in only as far as the enrolment (ADR 0023).
        var signedIn = await signIn.SignInAfterPasswordAsync(user, Input.RememberMe);
        if (signedIn.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithCode", new { ReturnUrl, Input.RememberMe });
        }

        var roles = await users.GetRolesAsync(user);
        if (twoFactor.IsRequiredFor(roles))
        {
            return RedirectToPage("/Account/EnableAuthenticator");
        }

        if (Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/")
        {
            return LocalRedirect(ReturnUrl);
        }

        return RedirectToPage(HomePages.For(roles));
    }

    /// <summary>
    /// Exactly one password-hash check whatever the account: an unknown address and an account with no password yet
    /// (invited, not set) are checked against a hash nobody's password matches, so the time does not tell them apart.
    /// </summary>
    private async Task<bool> PasswordMatchesAsync(ApplicationUser? user, string password)
    {
        if (user?.PasswordHash is not null)
        {
            return await users.CheckPasswordAsync(user, password);
        }

        noOneHash ??= users.PasswordHasher.HashPassword(NoOne, Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(NoOne, noOneHash, password);
        return false;
    }
}
