using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

[AllowAnonymous]
[LimitPostsPerAccount("Data.Email")]
public sealed class ForgotPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ForgotPassword.Command Data { get; set; } = new();

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
