using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Network;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Network.Pilots;

[Authorize(Roles = Roles.RegionalManager)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditPilot.Command Data { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public EditPilot.Form? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id) => await LoadAsync(id, keepInput: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Data.Id = id;
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage(new { id = result.Value, saved = true });
        }

        return this.RefusedOrShowErrors(result) ?? await LoadAsync(id, keepInput: true) ?? Page();
    }

    public Task<IActionResult> OnPostAttachAsync(Guid id, Guid programmeId) =>
        ChangeProgrammesAsync(id, new PilotProgrammes.Attach { PilotId = id, ProgrammeId = programmeId });

    public Task<IActionResult> OnPostDetachAsync(Guid id, Guid programmeId) =>
        ChangeProgrammesAsync(id, new PilotProgrammes.Detach { PilotId = id, ProgrammeId = programmeId });

    private async Task<IActionResult> ChangeProgrammesAsync(Guid id, IRequest<Result> change)
    {
        var result = await mediator.Send(change);
        if (result.Succeeded)
        {
            return RedirectToPage(new { id, saved = true });
        }

        return this.RefusedOrShowErrors(result, "Programmes") ?? await LoadAsync(id, keepInput: false) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, bool keepInput)
    {
        var form = await mediator.Send(new EditPilot.Query { Id = id });
        if (this.RefusalPage(form) is { } refused)
        {
            return refused;
        }

        Form = form.Value;
        if (!keepInput)
        {
            Data = Form.Data;
        }

        return null;
    }
}
