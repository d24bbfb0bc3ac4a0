using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Candidates;

[Authorize(Roles = Roles.Employer)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>The statuses an employer sees a referral in (a suggestion is still the counselor's).</summary>
    public static readonly IReadOnlyList<ReferralStatus> Statuses =
        [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Interview, ReferralStatus.Hired, ReferralStatus.NotHired, ReferralStatus.Dropped];

    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    public Paged<ListCandidates.Item>? Candidates { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new ListCandidates.Query { Status = Status, Page = page }, value => Candidates = value);
    }
}
