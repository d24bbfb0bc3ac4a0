using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Restart.Core.Features.Offers;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Jobs;

/// <summary>One open job post of a verified company for anyone; anything else is a 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OutputCaching.PublicOffers)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public GetOpenJob.Model? Job { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) =>
        this.ShowAsync(mediator, new GetOpenJob.Query { Id = id }, value => Job = value);
}
