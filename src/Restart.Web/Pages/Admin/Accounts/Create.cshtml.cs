using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.Accounts;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.Accounts;

[Authorize(Roles = Roles.Administrator)]
public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public CreateAccount.Command Data { get; set; } = new();

    public GetAccountFormOptions.Options? Options { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadOptionsAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage("Index", new { created = true });
        }

        this.AddErrors(result);
        return this.RefusalPage(result) ?? await LoadOptionsAsync() ?? Page();
    }

    private async Task<IActionResult?> LoadOptionsAsync()
    {
        var options = await mediator.Send(new GetAccountFormOptions.Query());
        if (this.RefusalPage(options) is { } failure)
        {
            return failure;
        }

        Options = options.Value;
        return null;
    }
}
