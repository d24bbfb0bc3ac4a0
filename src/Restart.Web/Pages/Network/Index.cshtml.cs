using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Features.Network;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Network;

[AllowAnonymous]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public GetNetwork.Model? Network { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? office, int page = 1, int pilotPage = 1) =>
        await this.ShowAsync(mediator, new GetNetwork.Query { OfficeId = office, Page = page, PilotPage = pilotPage }, value => Network = value);
}
