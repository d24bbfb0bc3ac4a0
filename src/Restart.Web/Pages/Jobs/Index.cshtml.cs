using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Offers;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Jobs;

/// <summary>
/// Open job posts of verified companies for anyone, filtered by a GET form (no script needed). A value that
/// cannot be used is explained next to its field and left out; the other filters still apply.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = OutputCaching.PublicOffers)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public static readonly int[] DeadlineChoices = [7, 14, 30, 60];

    [BindProperty(SupportsGet = true)]
    public string? Sido { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sigungu { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? MinWage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Within { get; set; }

    [BindProperty(SupportsGet = true)]
    public EmploymentType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MiddleAged { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Training { get; set; }

    public ListOpenJobs.Model? List { get; private set; }

    public GetOfferFilters.Lists? Lists { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page)
    {
        Lists = (await mediator.Send(new GetOfferFilters.Query())).Value;
        var query = new ListOpenJobs.Query
        {
            Sido = Sido,
            Sigungu = Sigungu,
            Occupation = Occupation,
            MinWage = MinWage,
            Within = Within,
            Type = Type,
            MiddleAged = MiddleAged,
            Training = Training,
            Page = page ?? 1,
        };
        return await this.ShowAsync(mediator, query, value =>
        {
            List = value;
            this.AddErrors(Result.Invalid(value.Ignored), field => field);
        });
    }
}
