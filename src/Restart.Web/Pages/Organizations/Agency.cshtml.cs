using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

[Authorize(Roles = Roles.Administrator + "," + Roles.RegionalManager)]
public sealed class AgencyModel(IMediator mediator) : OrganizationAccountsModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public GetAgency.Model? Agency { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int page = 1) => await LoadAsync(id, page) ?? Page();

    public async Task<IActionResult> OnPostAccountAsync(Guid id) =>
        await InviteAsync(Roles.AgencyPartner, id, null) ?? await LoadAsync(id, 1) ?? Page();

    private async Task<IActionResult?> LoadAsync(Guid id, int page)
    {
        var agency = await Mediator.Send(new GetAgency.Query { Id = id });
        if (this.RefusalPage(agency) is { } refused)
        {
            return refused;
        }

        Agency = agency.Value;
        return await LoadAccountsAsync(new ListOrganizationAccounts.Query { Of = ListOrganizationAccounts.Organization.Agency, Id = id }, page);
    }
}
