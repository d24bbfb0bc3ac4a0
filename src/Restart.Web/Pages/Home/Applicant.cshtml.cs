using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Applicant)]
public sealed class ApplicantModel(IMediator mediator) : PageModel
{
    public GetApplicantHome.Model? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        var result = await mediator.Send(new GetApplicantHome.Query { Page = page });
        if (this.ShowFailure(result) is { } failure)
        {
            return failure;
        }

        Home = result.Value;
        return Page();
    }
}
