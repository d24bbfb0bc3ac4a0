using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Restart.Core.Features.Offers;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Programs;

/// <summary>One open programme for anyone; a draft, closed or unknown one is a 404.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OutputCaching.PublicOffers)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public GetOpenProgramme.Model? Programme { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) =>
        this.ShowAsync(mediator, new GetOpenProgramme.Query { Id = id }, value => Programme = value);
}
