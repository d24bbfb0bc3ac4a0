using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff;

/// <summary>The office's deletion requests: approve (destroyed now, or held by a duty) or refuse with a reason.</summary>
[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class DeletionsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public DecideDeletionRequest.Command Data { get; set; } = new();

    /// <summary>What the last decision did, to say so above the list.</summary>
    [BindProperty(SupportsGet = true)]
    public DeletionRequestStatus? Decided { get; set; }

    public ListDeletionRequests.Model? Requests { get; private set; }

    public Task<IActionResult> OnGetAsync() => this.ShowAsync(mediator, new ListDeletionRequests.Query(), value => Requests = value);

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage(new { decided = result.Value.Status });
        }

        if (this.RefusedOrShowErrors(result) is { } refused)
        {
            return refused;
        }

        return await this.ShowAsync(mediator, new ListDeletionRequests.Query(), value => Requests = value);
    }
}
