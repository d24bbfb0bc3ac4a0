using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

[Authorize(Roles = Roles.Administrator + "," + Roles.RegionalManager)]
public sealed class CompanyModel(IMediator mediator) : OrganizationAccountsModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public GetCompany.Model? Company { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int page = 1) => await LoadAsync(id, page) ?? Page();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id)
    {
        var result = await Mediator.Send(new VerifyCompany.Command { Id = id });
        return this.RefusalPage(result) ?? RedirectToPage(new { saved = true });
    }

    public async Task<IActionResult> OnPostAccountAsync(Guid id) =>
        await InviteAsync(Roles.Employer, null, id) ?? await LoadAsync(id, 1) ?? Page();

    private async Task<IActionResult?> LoadAsync(Guid id, int page)
    {
        var company = await Mediator.Send(new GetCompany.Query { Id = id });
        if (this.RefusalPage(company) is { } refused)
        {
            return refused;
        }

        Company = company.Value;
        return await LoadAccountsAsync(new ListOrganizationAccounts.Query { Of = ListOrganizationAccounts.Organization.Company, Id = id }, page);
    }
}
