using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Employer)]
public sealed class EmployerModel(IMediator mediator) : PageModel
{
    public GetEmployerHome.Model? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new GetEmployerHome.Query { Page = page }, value => Home = value);
    }
}
