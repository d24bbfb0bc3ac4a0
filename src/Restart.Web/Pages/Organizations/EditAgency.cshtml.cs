using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

[Authorize(Roles = Roles.Administrator + "," + Roles.RegionalManager)]
public sealed class EditAgencyModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditAgency.Command Data { get; set; } = new();

    public EditAgency.Form? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id) => await LoadAsync(id, keepInput: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Data.Id = id;
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage("Agency", new { id = result.Value, saved = true });
        }

        var page = this.RefusedOrShowErrors(result) ?? await LoadAsync(id, keepInput: true);
        if (page is null && result.Status == ResultStatus.Conflict && Form is { } saved)
        {
            // What the other person saved is shown beside this person's input; saving again is then deliberate.
            Current = saved.Data;
            Data.Version = saved.Data.Version;
            ModelState.Remove("Data.Version");
        }

        return page ?? Page();
    }

    /// <summary>After a conflict: the agency as someone else has just saved it.</summary>
    public EditAgency.Command? Current { get; private set; }

    /// <summary>The form's choices, and the saved agency unless the person's own input is to be kept.</summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, bool keepInput)
    {
        var form = await mediator.Send(new EditAgency.Query { Id = id });
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
