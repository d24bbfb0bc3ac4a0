using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;

namespace Restart.Web.Pages.Account;

/// <summary>Signing out is a POST with an antiforgery token, so no link on another site can sign a person out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
