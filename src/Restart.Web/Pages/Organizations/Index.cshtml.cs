using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Organizations;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Organizations;

[Authorize(Roles = Roles.Administrator + "," + Roles.RegionalManager)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>"companies" for the employers' tab; anything else shows the agencies.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public bool ShowsCompanies => Tab == "companies";

    public Paged<ListAgencies.Item>? Agencies { get; private set; }

    public Paged<ListCompanies.Item>? Companies { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        Search = Search?.Length > 100 ? Search[..100] : Search;
        return ShowsCompanies
            ? await this.ShowAsync(mediator, new ListCompanies.Query { Search = Search, Page = page }, value => Companies = value)
            : await this.ShowAsync(mediator, new ListAgencies.Query { Search = Search, Page = page }, value => Agencies = value);
    }
}
