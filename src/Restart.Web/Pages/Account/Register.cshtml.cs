using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>
/// Ex-owners open their own account here. The answer is "check your mail" whether or not the address already has an
/// account (ADR 0021); the mailed link finishes the registration and signs them in.
/// </summary>
[AllowAnonymous]
[LimitPostsPerAccount("Data.Email")]
public sealed class RegisterModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RegisterApplicant.Command Data { get; set; } = new();

    public bool Sent { get; private set; }

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

        Sent = true;
        return Page();
    }
}
