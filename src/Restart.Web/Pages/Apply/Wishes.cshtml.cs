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
public sealed class WishesModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ApplyWishes.Command Data { get; set; } = new();

    public bool OptionalConsent { get; private set; }

    public GetPickerLists.Lists? Lists { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await this.RequireSavedStepAsync(mediator, ApplyStep.Business) is { } elsewhere)
        {
            return elsewhere;
        }

        var form = await mediator.Send(new ApplyWishes.Query());
        if (this.RefusalPage(form) is { } failure)
        {
            return failure;
        }

        Data = form.Value.Form;
        OptionalConsent = form.Value.OptionalConsent;
        return await this.WithListsAsync(mediator, l => Lists = l) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await mediator.Send(Data);
            if (result.Succeeded)
            {
                return RedirectToPage("Documents");
            }

            if (this.RefusedOrShowErrors(result) is { } refused)
            {
                return refused;
            }
        }

        OptionalConsent = (await mediator.Send(new ApplyWishes.Query())).Value.OptionalConsent;
        return await this.WithListsAsync(mediator, l => Lists = l) ?? Page();
    }
}
