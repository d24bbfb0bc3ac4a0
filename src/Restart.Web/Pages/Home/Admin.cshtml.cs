using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Administrator)]
public sealed class AdminModel(IMediator mediator) : PageModel
{
    public GetAdminHome.Model? Home { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        return await this.ShowAsync(mediator, new GetAdminHome.Query(), value => Home = value);
    }
}
