using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Web.Hosting;

namespace Restart.Web.Pages;

/// <summary>The public front page; a signed-in person goes straight to their own home page.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? RedirectToPage(HomePages.For(User)) : Page();
}
