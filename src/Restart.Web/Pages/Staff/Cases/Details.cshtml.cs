using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Features.Reference;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Cases;

/// <summary>
/// One case for staff of its office: everything recorded about it, and a form for each action the staff
/// member may take now (the same rule the handlers apply). A form that fails comes back open, with the
/// messages next to its fields and what was typed kept.
/// </summary>
[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed partial class DetailsModel(IMediator mediator, DocumentStore store) : PageModel
{
    private static readonly string[] Confirmations =
        ["StartReview", "Decide", "Supplement", "Assign", "Transfer", "Plan", "StartService", "Placement", "Founding", "FollowUp", "Hold", "Reopen", "Close", "Counseling", "ItemDone", "Refer"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown, never text from the address bar.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    /// <summary>The form that failed, shown open.</summary>
    public string? OpenForm { get; private set; }

    public GetCase.Model? Case { get; private set; }

    public GetPickerLists.Lists? Lists { get; private set; }

    /// <summary>The case's referrals, newest first, a page at a time.</summary>
    public Paged<GetCaseReferrals.Item>? Referrals { get; private set; }

    /// <summary>The engine's matches, for a case this staff member may refer now.</summary>
    public GetCaseMatches.Model? Matches { get; private set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int ReferralPage { get; set; } = 1;

    /// <summary>A counseling session to edit (its author, on its day) or to correct with a new entry.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Correct { get; set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    /// <summary>Opens (inline) or downloads a document of the case, for the reason given.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(Guid documentId, bool inline)
    {
        Document.Id = documentId;
        Document.Inline = inline;
        var result = await mediator.Send(Document);
        if (!result.Succeeded)
        {
            OpenForm = $"doc-{documentId}";
            this.AddErrors(result, field => field == "" ? "" : $"{nameof(Document)}.{field}");
            return this.RefusalPage(result) ?? await ShowAsync();
        }

        return this.Document(store, result.Value, inline);
    }

    public async Task<IActionResult> OnPostCompleteItemAsync(Guid itemId)
    {
        var result = await mediator.Send(new CompleteActionItem.Command { CaseId = Id, ItemId = itemId });
        return this.RefusalPage(result) ?? RedirectToPage(new { id = Id, done = "ItemDone" });
    }

    /// <summary>Sends an action's command; on success back to the case with a confirmation, otherwise the form again, open.</summary>
    private async Task<IActionResult> ActAsync(IRequest<Result> command, string form)
    {
        var result = await mediator.Send(command);
        if (result.Succeeded)
        {
            return RedirectToPage(new { id = Id, done = form });
        }

        OpenForm = form;
        return this.RefusedOrShowErrors(result, form) ?? await ShowAsync();
    }

    private void Prefill(GetCase.Model c)
    {
        if (c.AgreedPlan is { } plan)
        {
            Plan.Track = plan.Track;
            Plan.Goals = plan.Goals;
            Plan.Items = [.. c.ActionItems.Where(i => i.SessionId is null && i.DoneOn is null)
                .Select(i => new AgreePlan.Item { Description = i.Description, Owner = i.Owner, DueOn = i.DueOn })];
        }

        var from = c.Sessions.FirstOrDefault(s => (s.Id == Edit && s.Editable) || s.Id == Correct);
        if (from is not null)
        {
            OpenForm = nameof(Counseling);
            Counseling.SessionId = from.Id == Edit ? from.Id : null;
            Counseling.SessionVersion = from.Version;
            Counseling.CorrectsSessionId = from.Id == Edit ? null : from.Id;
            Counseling.Mode = from.Mode;
            Counseling.Topics = [.. Enum.GetValues<CounselingTopics>().Where(t => t != CounselingTopics.None && from.Topics.HasFlag(t))];
            Counseling.Notes = from.Notes;
            Counseling.VisitSigunguCode = from.VisitSigunguCode;
            Counseling.BusinessStage = from.BusinessStage;
            Counseling.NeedsFound = from.NeedsFound;
            Counseling.IntakeOnSite = from.IntakeOnSite;
            CounselingHeldAt = KoreanTime.ToKorean(from.HeldAt);
            CounselingNextAt = from.NextAppointmentAt is { } next ? KoreanTime.ToKorean(next) : null;
        }
    }

    private async Task<IActionResult> ShowAsync()
    {
        var result = await mediator.Send(new GetCase.Query { Id = Id });
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        Case = result.Value;
        if (Case.Allows(CaseAction.RecordCounseling))
        {
            Lists = (await mediator.Send(new GetPickerLists.Query())).Value;
        }

        Referrals = (await mediator.Send(new GetCaseReferrals.Query { CaseId = Id, Page = ReferralPage })).Value;
        if (Case.Allows(CaseAction.Refer))
        {
            Matches = (await mediator.Send(new GetCaseMatches.Query { CaseId = Id })).Value;
        }

        // A form that failed keeps what was typed; otherwise the plan form starts from the plan agreed, and
        // the counseling form from the session being edited or corrected.
        if (OpenForm is null)
        {
            Prefill(Case);
        }

        return Page();
    }
}
