using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Features.Reference;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Jobs;

/// <summary>One form for a new post and for changing one; a refused save comes back with the input kept.</summary>
[Authorize(Roles = Roles.Employer)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EditJobPost.Command Data { get; set; } = new();

    public IReadOnlyList<string> QualificationNames { get; private set; } = [];

    public GetPickerLists.Lists? Lists { get; private set; }

    /// <summary>Someone else saved the post meanwhile: saving again now overwrites it deliberately.</summary>
    public bool EditedByAnother { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        var form = await mediator.Send(new EditJobPost.Query { Id = id });
        if (this.RefusalPage(form) is { } refused)
        {
            return refused;
        }

        Data = form.Value.Data;
        return await ShowAsync(form.Value);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Data.Id = id;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(Data);
            if (result.Succeeded)
            {
                await HttpContext.ForgetKeptOffersAsync();
                return RedirectToPage("Details", new { id = result.Value, done = "Saved" });
            }

            if (this.RefusedOrShowErrors(result) is { } refused)
            {
                return refused;
            }

            EditedByAnother = result.Status == ResultStatus.Conflict;
        }

        var form = await mediator.Send(new EditJobPost.Query { Id = id });
        if (this.RefusalPage(form) is { } gone)
        {
            return gone;
        }

        if (EditedByAnother)
        {
            Data.Version = form.Value.Data.Version;
            ModelState.Remove("Data.Version");
        }

        return await ShowAsync(form.Value);
    }

    private async Task<IActionResult> ShowAsync(EditJobPost.Form form)
    {
        QualificationNames = form.QualificationNames;
        return await this.WithListsAsync(mediator, l => Lists = l) ?? Page();
    }
}
