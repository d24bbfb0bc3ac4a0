using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class StaffModel(IMediator mediator) : PageModel
{
    public GetStaffHome.Model? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new GetStaffHome.Query { Page = page }, value => Home = value);
    }
}
