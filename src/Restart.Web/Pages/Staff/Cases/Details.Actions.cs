using Microsoft.AspNetCore.Mvc;
using Restart.Core.Common;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Cases;

/// <summary>The forms of the case page, one bound command each; the form's name is its key prefix and its confirmation.</summary>
public sealed partial class DetailsModel
{
    [BindProperty] public ReviewCase.Start StartReview { get; set; } = new();
    [BindProperty] public ReviewCase.Decide Decide { get; set; } = new();
    [BindProperty] public RequestSupplement.Command Supplement { get; set; } = new();
    [BindProperty] public AssignCase.Command Assign { get; set; } = new();
    [BindProperty] public TransferCase.Command Transfer { get; set; } = new();
    [BindProperty] public AgreePlan.Command Plan { get; set; } = new();
    [BindProperty] public AgreePlan.StartService StartService { get; set; } = new();
    [BindProperty] public RecordOutcome.Placement Placement { get; set; } = new();
    [BindProperty] public RecordOutcome.Founding Founding { get; set; } = new();
    [BindProperty] public RecordFollowUp.Command FollowUp { get; set; } = new();
    [BindProperty] public ChangeCaseStatus.Hold Hold { get; set; } = new();
    [BindProperty] public ChangeCaseStatus.Reopen Reopen { get; set; } = new();
    [BindProperty] public ChangeCaseStatus.Close Close { get; set; } = new();
    [BindProperty] public RecordCounseling.Command Counseling { get; set; } = new();
    [BindProperty] public DownloadDocument.Query Document { get; set; } = new();
    [BindProperty] public ReferToOffer.Command Refer { get; set; } = new();

    /// <summary>The session's date and time as typed (Korean time); sent as UTC.</summary>
    [BindProperty] public DateTime? CounselingHeldAt { get; set; }
    [BindProperty] public DateTime? CounselingNextAt { get; set; }

    public Task<IActionResult> OnPostStartReviewAsync() => ActAsync(For(StartReview), nameof(StartReview));
    public Task<IActionResult> OnPostDecideAsync() => ActAsync(For(Decide), nameof(Decide));
    public Task<IActionResult> OnPostSupplementAsync() => ActAsync(For(Supplement), nameof(Supplement));
    public Task<IActionResult> OnPostAssignAsync() => ActAsync(For(Assign), nameof(Assign));
    public Task<IActionResult> OnPostTransferAsync() => ActAsync(For(Transfer), nameof(Transfer));
    public Task<IActionResult> OnPostPlanAsync() => ActAsync(For(Plan), nameof(Plan));
    public Task<IActionResult> OnPostStartServiceAsync() => ActAsync(For(StartService), nameof(StartService));
    public Task<IActionResult> OnPostPlacementAsync() => ActAsync(For(Placement), nameof(Placement));
    public Task<IActionResult> OnPostFoundingAsync() => ActAsync(For(Founding), nameof(Founding));
    public Task<IActionResult> OnPostFollowUpAsync() => ActAsync(For(FollowUp), nameof(FollowUp));
    public Task<IActionResult> OnPostHoldAsync() => ActAsync(For(Hold), nameof(Hold));
    public Task<IActionResult> OnPostReopenAsync() => ActAsync(For(Reopen), nameof(Reopen));
    public Task<IActionResult> OnPostCloseAsync() => ActAsync(For(Close), nameof(Close));

    /// <summary>Refers the person to one of the matches; a refusal's message is shown beside the matches.</summary>
    public async Task<IActionResult> OnPostReferAsync()
    {
        var result = await mediator.Send(For(Refer));
        if (result.Succeeded)
        {
            return RedirectToPage(new { id = Id, done = nameof(Refer) });
        }

        OpenForm = nameof(Refer);
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        this.AddErrors(result, _ => nameof(Refer));
        return await ShowAsync();
    }

    public Task<IActionResult> OnPostCounselingAsync()
    {
        Counseling.CaseId = Id;
        Counseling.HeldAt = CounselingHeldAt is { } held ? KoreanTime.FromKorean(held) : null;
        Counseling.NextAppointmentAt = CounselingNextAt is { } next ? KoreanTime.FromKorean(next) : null;
        return ActAsync(Counseling, nameof(Counseling));
    }

    /// <summary>The case is the one in the address, whatever the form says.</summary>
    private T For<T>(T command) where T : CaseCommand
    {
        command.CaseId = Id;
        return command;
    }
}
