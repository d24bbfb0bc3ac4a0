using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.RegionalOffices;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.RegionalOffices;

[Authorize(Roles = Roles.Administrator)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditRegionalOffice.Command Data { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        return await this.ShowAsync(mediator, new EditRegionalOffice.Query { Id = id }, value => Data = value);
    }

    /// <summary>After a conflict: what the other person saved, shown beside the input this person kept.</summary>
    public EditRegionalOffice.Command? Current { get; private set; }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Data.Id = id;
        var result = await mediator.Send(Data);
        if (result.Status == ResultStatus.Conflict)
        {
            var current = await mediator.Send(new EditRegionalOffice.Query { Id = id });
            if (current.Succeeded)
            {
                // Saving again now is a deliberate overwrite of what the person has just been shown.
                Current = current.Value;
                Data.Version = Current.Version;
                ModelState.Remove("Data.Version");
            }
        }

        if (result.Succeeded)
        {
            return RedirectToPage("Index", new { saved = true });
        }

        return this.FormFailure(result);
    }
}
