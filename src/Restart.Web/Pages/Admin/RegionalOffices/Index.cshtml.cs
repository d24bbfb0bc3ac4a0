using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.RegionalOffices;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.RegionalOffices;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public Paged<ListRegionalOffices.Item>? Offices { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new ListRegionalOffices.Query { Page = page }, value => Offices = value);
    }
}
