using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// Signs a person in. This page talks to SignInManager directly rather than through MediatR: signing in
/// is an HTTP concern (cookies), not a use case of Core (ADR 0006). Five failures lock the account for 15 minutes.
/// </summary>
[AllowAnonymous]
[LimitPostsPerAccount("Input.Email")]
public sealed class LoginModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
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

        // An unknown address costs the same password check as a known one: the time of the answer must not say
        // whether an account exists (having one says that a person's business closed).
        var user = await users.FindByNameAsync(Input.Email.Trim());
        if (user is null)
        {
            noOneHash ??= users.PasswordHasher.HashPassword(NoOne, Guid.NewGuid().ToString("N"));
            users.PasswordHasher.VerifyHashedPassword(NoOne, noOneHash, Input.Password);
            ModelState.AddModelError("", SharedResource.Get("Login.Failed"));
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/")
            {
                return LocalRedirect(ReturnUrl);
            }

            return RedirectToPage(HomePages.For(await users.GetRolesAsync(user)));
        }

        // The same words for an unknown address and a wrong password: nobody learns which accounts exist.
        ModelState.AddModelError("", SharedResource.Get(result.IsLockedOut ? "Login.LockedOut" : "Login.Failed"));
        return Page();
    }
}
