using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

[Authorize(Roles = Roles.Applicant)]
public sealed class SubmittedModel(IMediator mediator) : PageModel
{
    public GetMyCase.Model? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        return await this.ShowAsync(mediator, new GetMyCase.Query(), value => Case = value);
    }
}
