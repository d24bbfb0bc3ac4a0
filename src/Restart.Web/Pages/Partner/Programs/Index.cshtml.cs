using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Programs;

[Authorize(Roles = Roles.AgencyPartner)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>A status from the address; an unknown one lists all.</summary>
    [BindProperty(SupportsGet = true)]
    public OfferStatus? Status { get; set; }

    public Paged<ListProgrammes.Item>? Programmes { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        var status = Status is { } s && Enum.IsDefined(s) ? s : (OfferStatus?)null;
        return await this.ShowAsync(mediator, new ListProgrammes.Query { Status = status, Page = page }, value => Programmes = value);
    }
}
