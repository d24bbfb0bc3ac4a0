using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.Accounts;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.Accounts;

[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Created { get; set; }

    /// <summary>The name of the person whose two-factor sign-in was just reset.</summary>
    [BindProperty(SupportsGet = true)]
    public string? TwoFactorReset { get; set; }

    public Paged<ListAccounts.Item>? Accounts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new ListAccounts.Query { Role = Role, Search = Search, Page = page }, value => Accounts = value);
    }

    /// <summary>For a person who lost their phone: their authenticator is reset and they set it up again at the next sign-in (ADR 0023).</summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync(string userId, string? name)
    {
        var result = await mediator.Send(new ResetTwoFactor.Command { UserId = userId });
        return this.RefusalPage(result) ?? RedirectToPage(new { Role, Search, TwoFactorReset = name ?? "" });
    }
}
