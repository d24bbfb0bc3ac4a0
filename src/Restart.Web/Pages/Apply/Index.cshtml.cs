using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

/// <summary>"/Apply" resumes where the person left off — on any device — or shows the case already submitted.</summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new GetApplyProgress.Query());
        if (this.RefusalPage(result) is { } failure)
        {
            return failure;
        }

        var progress = result.Value;
        return progress.HasActiveCase
            ? RedirectToPage("/My/Case")
            : RedirectToPage(ApplyPages.PageOf(progress.SavedStep.Next()));
    }
}
