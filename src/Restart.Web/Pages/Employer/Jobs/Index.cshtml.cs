using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Jobs;

[Authorize(Roles = Roles.Employer)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public OfferStatus? Status { get; set; }

    public Paged<ListJobPosts.Item>? Posts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int page = 1)
    {
        return await this.ShowAsync(mediator, new ListJobPosts.Query { Status = Status, Page = page }, value => Posts = value);
    }
}
