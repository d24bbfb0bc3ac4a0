using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

/// <summary>
/// The referrals staff made for the applicant, with their steps, and the applicant's answer to each: accept, or
/// decline with a reason. A failed answer comes back on the same referral with its message and the typed reason.
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class ReferralsModel(IMediator mediator) : PageModel
{
    private static readonly string[] Confirmations = ["Accepted", "Declined"];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    /// <summary>The list's page; the answer forms carry it so the person lands where they were.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty] public AnswerMyReferral.Accept Accept { get; set; } = new();
    [BindProperty] public AnswerMyReferral.Decline Decline { get; set; } = new();

    /// <summary>The referral whose answer failed: its form shows the message and what was typed.</summary>
    public Guid? Failed { get; private set; }

    public Paged<GetMyReferrals.Item>? Referrals { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => AnswerAsync(Accept, id, nameof(Accept), "Accepted");

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => AnswerAsync(Decline, id, nameof(Decline), "Declined");

    private async Task<IActionResult> AnswerAsync(AnswerMyReferral.Answer answer, Guid id, string form, string done)
    {
        answer.Id = id;
        var result = await mediator.Send(answer);
        if (result.Succeeded)
        {
            // "page" is the Razor Pages route value of the page itself, so the list's page number is added by hand.
            var back = Url.Page(null, null, new { done })!;
            return LocalRedirect(PageNumber > 1 ? $"{back}&page={PageNumber}#referral-{id}" : $"{back}#referral-{id}");
        }

        if (this.RefusedOrShowErrors(result, form) is { } refused)
        {
            return refused;
        }

        Done = null;
        Failed = id;
        return await ShowAsync();
    }

    private Task<IActionResult> ShowAsync() => this.ShowAsync(mediator, new GetMyReferrals.Query { Page = PageNumber }, value => Referrals = value);
}
