using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff;

/// <summary>찾아가는 상담 per counselor and per 시·군·구 for a period, for the office's manager.</summary>
[Authorize(Roles = Roles.RegionalManager)]
public sealed class OutreachModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Until { get; set; }

    public GetOutreachSummary.Model? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(new GetOutreachSummary.Query { From = From, Until = Until });
        if (result.Status == Restart.Core.Common.ResultStatus.Invalid)
        {
            this.AddErrors(result, field => field);
            result = await mediator.Send(new GetOutreachSummary.Query());
        }

        return this.RefusalPage(result) ?? ShowPage(result.Value);
    }

    private PageResult ShowPage(GetOutreachSummary.Model summary)
    {
        Summary = summary;
        return Page();
    }
}
