using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

[Authorize(Roles = Roles.Applicant)]
public sealed class ConsentsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    /// <summary>Where the person came from (e.g. the wishes step), to go back after deciding.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public MyConsents.Model? Consents { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync(ConsentItem item, bool grant)
    {
        var result = await mediator.Send(new MyConsents.Change { Item = item, Grant = grant });
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage(new { changed = true });
        }

        this.AddErrors(result, _ => "");
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        return await this.ShowAsync(mediator, new MyConsents.Query(), value => Consents = value);
    }
}
