using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Partner.Referrals;

/// <summary>
/// One person referred to the agency: who they are and how to reach them, and a form for each answer the
/// agency may give now. A form that fails comes back open, with its message and what was typed kept.
/// </summary>
[Authorize(Roles = Roles.AgencyPartner)]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown.</summary>
    public ReferralStatus? Confirmation => Done is { } done && GetReferral.Answers.Contains(done) ? done : null;

    [BindProperty] public AnswerReferral.Accept Accept { get; set; } = new();
    [BindProperty] public AnswerReferral.Decline Decline { get; set; } = new();
    [BindProperty] public AnswerReferral.Complete Complete { get; set; } = new();
    [BindProperty] public AnswerReferral.Drop Drop { get; set; } = new();

    public GetReferral.Model? Referral { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAcceptAsync() => AnswerAsync(Accept, nameof(Accept), ReferralStatus.Accepted);

    public Task<IActionResult> OnPostDeclineAsync() => AnswerAsync(Decline, nameof(Decline), ReferralStatus.Declined);

    public Task<IActionResult> OnPostCompleteAsync() => AnswerAsync(Complete, nameof(Complete), ReferralStatus.Completed);

    public Task<IActionResult> OnPostDropAsync() => AnswerAsync(Drop, nameof(Drop), ReferralStatus.Dropped);

    /// <summary>Sends the answer for the referral in the address; on success back to it with a confirmation, otherwise the page again with the message.</summary>
    private async Task<IActionResult> AnswerAsync(AnswerReferral.Answer answer, string form, ReferralStatus done)
    {
        answer.Id = Id;
        var result = await mediator.Send(answer);
        if (result.Succeeded)
        {
            return RedirectToPage(new { id = Id, done });
        }

        Done = null;
        if (this.RefusedOrShowErrors(result, form) is { } refused)
        {
            return refused;
        }

        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var result = await mediator.Send(new GetReferral.Query { Id = Id });
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        Referral = result.Value;
        return Page();
    }
}
