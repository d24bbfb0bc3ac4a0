using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// Signing out is a POST with an antiforgery token, so no link on another site can sign a person out. It ends the
/// session on the server, so a copy of the cookie taken before opens nothing afterwards; the person's other devices
/// stay signed in (a password change ends those, ADR 0021).
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, AccountSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.EndCurrentAsync(HttpContext);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
