using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>Ex-owners open their own account here; it signs them in and takes them to their home page.</summary>
[AllowAnonymous]
[LimitPostsPerAccount("Data.Email")]
public sealed class RegisterModel(IMediator mediator, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public RegisterApplicant.Command Data { get; set; } = new();

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

        var user = await users.FindByIdAsync(result.Value);
        await signIn.SignInAsync(user!, isPersistent: false);
        return RedirectToPage(HomePages.Applicant);
    }
}
