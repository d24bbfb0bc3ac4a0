using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Features.Organizations;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

/// <summary>The new account's form on an organisation's page: the role and the organisation follow from the page.</summary>
public sealed class NewAccount
{
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
}

/// <summary>What an agency's and a company's page share: their accounts, and inviting a new one.</summary>
public abstract class OrganizationAccountsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public NewAccount Account { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    public Paged<ListOrganizationAccounts.Item>? Accounts { get; private set; }

    protected IMediator Mediator => mediator;

    /// <summary>The accounts of the organisation; a refusal page when the sender may not see them.</summary>
    protected async Task<IActionResult?> LoadAccountsAsync(ListOrganizationAccounts.Query query, int page)
    {
        query.Page = page;
        var accounts = await mediator.Send(query);
        if (this.RefusalPage(accounts) is { } refused)
        {
            return refused;
        }

        Accounts = accounts.Value;
        return null;
    }

    /// <summary>Invites a partner or employer account for the organisation; null when it worked, else the messages are next to the fields.</summary>
    protected async Task<IActionResult?> InviteAsync(string role, Guid? agencyId, Guid? companyId)
    {
        var result = await mediator.Send(new CreateAccount.Command
        {
            DisplayName = Account.DisplayName, Email = Account.Email, Role = role, AgencyId = agencyId, CompanyId = companyId,
        });
        if (result.Succeeded)
        {
            return RedirectToPage(new { invited = true });
        }

        return this.RefusedOrShowErrors(result, "Account");
    }
}
