using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

[Authorize]
[LimitPostsPerAccount]
public sealed class ChangePasswordModel(IMediator mediator, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public ChangePassword.Command Data { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (!result.Succeeded)
        {
            return this.FormFailure(result);
        }

        // The security stamp changed: renew this browser's cookie so it stays signed in.
        await signIn.RefreshSignInAsync((await users.GetUserAsync(User))!);
        Data = new ChangePassword.Command();
        ModelState.Clear();
        Done = true;
        return Page();
    }
}
