using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Referrals;

[Authorize(Roles = Roles.AgencyPartner)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    /// <summary>The statuses a programme referral passes through once staff have made it.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Statuses =
        [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Completed, ReferralStatus.Dropped];

    /// <summary>A status from the address; an unknown one lists all.</summary>
    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    public Paged<ListReferrals.Item>? Referrals { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        var status = Status is { } s && Statuses.Contains(s) ? s : (ReferralStatus?)null;
        return await this.ShowAsync(mediator, new ListReferrals.Query { Status = status, Page = page }, value => Referrals = value);
    }
}
