using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Applicant)]
public sealed class ApplicantModel(IMediator mediator) : PageModel
{
    public GetApplicantHome.Model? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new GetApplicantHome.Query { Page = page }, value => Home = value);
    }

    /// <summary>Marks a notice read; it leaves the page.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id)
    {
        var result = await mediator.Send(new ReadNotice.Command { Id = id });
        return this.RefusalPage(result) ?? RedirectToPage();
    }
}
