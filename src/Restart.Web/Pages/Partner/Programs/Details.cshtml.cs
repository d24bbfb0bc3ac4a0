using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Programs;

/// <summary>One of the agency's programmes, with the places taken; publishing and closing it.</summary>
[Authorize(Roles = Roles.AgencyPartner)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    private static readonly string[] Confirmations = ["created", "saved", "published", "closed"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown, never text from the address bar.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    /// <summary>The version the page showed, sent back with publish or close.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public GetProgramme.Model? Programme { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostPublishAsync() => ActAsync(new ChangeProgrammeStatus.Publish { Id = Id, Version = Version }, "published");

    public Task<IActionResult> OnPostCloseAsync() => ActAsync(new ChangeProgrammeStatus.Close { Id = Id, Version = Version }, "closed");

    private async Task<IActionResult> ActAsync(IRequest<Result> command, string done)
    {
        var result = await mediator.Send(command);
        if (result.Succeeded)
        {
            await HttpContext.ForgetKeptOffersAsync();
            return RedirectToPage(new { id = Id, done });
        }

        Done = null;
        return this.RefusedOrShowErrors(result) ?? await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var result = await mediator.Send(new GetProgramme.Query { Id = Id });
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        Programme = result.Value;
        return Page();
    }
}
