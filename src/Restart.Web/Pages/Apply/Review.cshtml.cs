using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

/// <summary>The summary and the eligibility pre-check. The pre-check advises; it never blocks the submission.</summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class ReviewModel(IMediator mediator) : PageModel
{
    public ReviewApplication.Model? Review { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var review = await mediator.Send(new ReviewApplication.Query());
        if (review.Status == ResultStatus.NotFound)
        {
            return RedirectToPage("Index");
        }

        if (this.RefusalPage(review) is { } failure)
        {
            return failure;
        }

        Review = review.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(new SubmitApplication.Command());
        if (result.Succeeded || result.Status == ResultStatus.Conflict)
        {
            // A conflict here is the same draft submitted twice at once: the case exists either way.
            return RedirectToPage("Submitted");
        }

        if (this.RefusedOrShowErrors(result) is { } refused)
        {
            return refused;
        }

        return await OnGetAsync();
    }
}
