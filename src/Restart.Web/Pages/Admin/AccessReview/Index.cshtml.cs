using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessReview;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.AccessReview;

/// <summary>The monthly review of who read whose data (안전성 확보조치 기준 §8), and the record that it was done.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty]
    public ReviewAccessMonth.Command Data { get; set; } = new();

    public ListMonthlyAccess.Month? Shown { get; private set; }

    public bool Reviewed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? before = null, long? after = null, bool reviewed = false)
    {
        Reviewed = reviewed;
        return await ShowAsync(before, after);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await mediator.Send(Data);
        if (result.Succeeded)
        {
            return RedirectToPage(new { month = Data.Month, reviewed = true });
        }

        Month = Data.Month;
        return this.RefusedOrShowErrors(result) ?? await ShowAsync(null, null);
    }

    private Task<IActionResult> ShowAsync(long? before, long? after) =>
        this.ShowAsync(mediator, new ListMonthlyAccess.Query { Month = Month, Before = before, After = after }, value =>
        {
            Shown = value;
            Data.Month = value.Value;
        });
}
