using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.Reference;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

[Authorize(Roles = Roles.Applicant)]
public sealed class PersonalModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ApplyPersonal.Command Data { get; set; } = new();

    public GetPickerLists.Lists? Lists { get; private set; }

    /// <summary>With a submitted case this page only corrects contact details: no wizard steps.</summary>
    public bool HasActiveCase { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var form = await mediator.Send(new ApplyPersonal.Query());
        if (this.RefusalPage(form) is { } failure)
        {
            return failure;
        }

        Data = form.Value;
        HasActiveCase = (await mediator.Send(new GetApplyProgress.Query())).Value.HasActiveCase;
        return await this.WithListsAsync(mediator, l => Lists = l) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(Data);
            if (result.Succeeded)
            {
                return result.Value ? RedirectToPage("Business") : RedirectToPage("/My/Case", new { done = "ProfileSaved" });
            }

            if (this.RefusedOrShowErrors(result) is { } refused)
            {
                return refused;
            }
        }

        Data.Email = (await mediator.Send(new ApplyPersonal.Query())).Value.Email;
        HasActiveCase = (await mediator.Send(new GetApplyProgress.Query())).Value.HasActiveCase;
        return await this.WithListsAsync(mediator, l => Lists = l) ?? Page();
    }
}
