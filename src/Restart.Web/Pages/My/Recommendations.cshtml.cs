using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

/// <summary>
/// The applicant's recommended jobs and programmes with their reasons, and the "관심 있음" mark on each. The page
/// takes no case id: the handler reads the signed-in person's own case.
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class RecommendationsModel(IMediator mediator) : PageModel
{
    private static readonly string[] Confirmations = ["Marked", "Unmarked"];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown, never text from the address bar.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    public GetMyRecommendations.Model? Recommendations { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostMarkAsync(Guid? jobPostId, Guid? programmeId) =>
        SendAsync(new MarkInterest.Mark { JobPostId = jobPostId, ProgrammeId = programmeId }, "Marked");

    public Task<IActionResult> OnPostUnmarkAsync(Guid? jobPostId, Guid? programmeId) =>
        SendAsync(new MarkInterest.Unmark { JobPostId = jobPostId, ProgrammeId = programmeId }, "Unmarked");

    /// <summary>Back to the same offer on the page after a mark; the message at the top when it was refused (a closed offer).</summary>
    private async Task<IActionResult> SendAsync(MarkInterest.OfferRequest request, string done)
    {
        var result = await mediator.Send(request);
        if (result.Succeeded)
        {
            var anchor = request.JobPostId is { } job ? $"job-{job}" : $"programme-{request.ProgrammeId}";
            return RedirectToPage(null, null, new { done }, anchor);
        }

        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        // No field of its own: the message stands at the top of the page.
        this.AddErrors(result, _ => "");
        Done = null;
        return await ShowAsync();
    }

    private Task<IActionResult> ShowAsync() => this.ShowAsync(mediator, new GetMyRecommendations.Query(), value => Recommendations = value);
}
