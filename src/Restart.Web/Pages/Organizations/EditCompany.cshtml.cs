using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Core.Features.Reference;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

[Authorize(Roles = Roles.Administrator + "," + Roles.RegionalManager)]
public sealed class EditCompanyModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditCompany.Command Data { get; set; } = new();

    public GetPickerLists.Lists? Lists { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } saved)
        {
            var company = await mediator.Send(new EditCompany.Query { Id = saved });
            if (this.RefusalPage(company) is { } refused)
            {
                return refused;
            }

            Data = company.Value;
        }

        return await this.WithListsAsync(mediator, lists => Lists = lists) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Data.Id = id;
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage("Company", new { id = result.Value, saved = true });
        }

        if (result.Status == ResultStatus.Conflict && id is { } saved && await mediator.Send(new EditCompany.Query { Id = saved }) is { Succeeded: true } current)
        {
            // What the other person saved is shown beside this person's input; saving again is then deliberate.
            Current = current.Value;
            Data.Version = Current.Version;
            ModelState.Remove("Data.Version");
        }

        return this.RefusedOrShowErrors(result) ?? await this.WithListsAsync(mediator, lists => Lists = lists) ?? Page();
    }

    /// <summary>After a conflict: the company as someone else has just saved it.</summary>
    public EditCompany.Command? Current { get; private set; }
}
