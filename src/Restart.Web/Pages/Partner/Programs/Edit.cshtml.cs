using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Programs;

/// <summary>One form for a new programme and for an existing one of the agency's own.</summary>
[Authorize(Roles = Roles.AgencyPartner)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditProgramme.Command Data { get; set; } = new();

    public EditProgramme.Options? Options { get; private set; }

    /// <summary>After a conflict: what the other person saved, shown beside the input this person kept.</summary>
    public EditProgramme.Command? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        var form = await mediator.Send(new EditProgramme.Query { Id = id });
        if (this.RefusalPage(form) is { } refused)
        {
            return refused;
        }

        Data = form.Value;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Data.Id = id;
        // A value the binder could not read (letters in a number) is said next to its field; nothing is sent.
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }

        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            await HttpContext.ForgetKeptOffersAsync();
            return RedirectToPage("Details", new { id = result.Value, done = id is null ? "created" : "saved" });
        }

        if (result.Status == ResultStatus.Conflict && id is not null)
        {
            var current = await mediator.Send(new EditProgramme.Query { Id = id });
            if (current.Succeeded)
            {
                // Saving again now is a deliberate overwrite of what the person has just been shown.
                Current = current.Value;
                Data.Version = Current.Version;
                ModelState.Remove("Data.Version");
            }
        }

        return this.RefusedOrShowErrors(result) ?? await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var options = await mediator.Send(new EditProgramme.OptionsQuery());
        if (this.RefusalPage(options) is { } refused)
        {
            return refused;
        }

        Options = options.Value;
        return Page();
    }
}
