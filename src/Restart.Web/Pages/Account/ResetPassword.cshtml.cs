using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Features.Account;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Account;

/// <summary>The page behind the mailed link, for a forgotten password and for an administrator's invitation alike.</summary>
[AllowAnonymous]
[LimitPostsPerAccount("Data.UserId")]
public sealed class ResetPasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ResetPassword.Command Data { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? userId, string? token)
    {
        Data.UserId = userId ?? "";
        Data.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (!result.Succeeded)
        {
            return this.FormFailure(result);
        }

        Done = true;
        return Page();
    }
}
