using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Employer.Candidates;

/// <summary>One referred person and the results the employer records; a refused form comes back with the input kept.</summary>
[Authorize(Roles = Roles.Employer)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    private static readonly string[] Confirmations = [nameof(Interview), nameof(Hire), nameof(NotHire)];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    [BindProperty] public RecordCandidateOutcome.Interview Interview { get; set; } = new();
    [BindProperty] public RecordCandidateOutcome.Hire Hire { get; set; } = new();
    [BindProperty] public RecordCandidateOutcome.NotHire NotHire { get; set; } = new();

    public GetCandidate.Model? Candidate { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostInterviewAsync() => ActAsync(Interview, nameof(Interview));

    public Task<IActionResult> OnPostHireAsync() => ActAsync(Hire, nameof(Hire));

    public Task<IActionResult> OnPostNotHireAsync() => ActAsync(NotHire, nameof(NotHire));

    private async Task<IActionResult> ActAsync(RecordCandidateOutcome.Command command, string form)
    {
        // The referral is the one in the address, whatever the form says.
        command.Id = Id;
        if (ModelState.IsValid)
        {
            var result = await mediator.Send<Result>(command);
            if (result.Succeeded)
            {
                return RedirectToPage(new { id = Id, done = form });
            }

            if (this.RefusedOrShowErrors(result, form) is { } refused)
            {
                return refused;
            }
        }

        Done = null;
        return await ShowAsync();
    }

    private Task<IActionResult> ShowAsync() => this.ShowAsync(mediator, new GetCandidate.Query { Id = Id }, value => Candidate = value);
}
