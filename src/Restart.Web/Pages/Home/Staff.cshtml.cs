using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Home;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Home;

[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class StaffModel(IMediator mediator) : PageModel
{
    public GetStaffHome.Model? Home { get; private set; }

    /// <summary>Unread notices (a referral arrived, an applicant marked an offer), above the rest of the page.</summary>
    public NoticeList Notices { get; private set; } = NoticeList.None;

    /// <summary>Deletion requests of the office waiting for a decision (/Staff/Deletions).</summary>
    public int OpenDeletionRequests { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        Notices = await HomeNotices.ReadAsync(mediator, "/Staff/Cases", "Notices.SeeCases");
        var deletions = await mediator.Send(new Restart.Core.Features.Cases.CountDeletionRequests.Query());
        OpenDeletionRequests = deletions.Succeeded ? deletions.Value : 0;
        return await this.ShowAsync(mediator, new GetStaffHome.Query { Page = page }, value => Home = value);
    }

    /// <summary>Marks a notice read; it leaves the page.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id)
    {
        var result = await mediator.Send(new ReadNotice.Command { Id = id });
        return this.RefusalPage(result) ?? RedirectToPage();
    }
}
