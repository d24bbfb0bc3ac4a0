using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Web.Hosting;
using Restart.Web.Pages.Apply;

namespace Restart.Web.Pages.My;

/// <summary>The applicant's case after submission: status, timeline, documents, a supplement to answer, withdrawal.</summary>
[Authorize(Roles = Roles.Applicant)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[LimitUploadsPerAccount]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.FormBytes)]
public sealed class CaseModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AnswerSupplement.Command Answer { get; set; } = new();

    [BindProperty]
    public IFormFile? AnswerFile { get; set; }

    [BindProperty]
    public WithdrawApplication.Command Withdraw { get; set; } = new();

    private static readonly string[] Confirmations = ["Answered", "Withdrawn", "ProfileSaved", "Uploaded"];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Only the page's own confirmations are shown, never text from the address bar.</summary>
    public string? Confirmation => Confirmations.Contains(Done) ? Done : null;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public bool ShowWithdraw { get; private set; }

    public GetMyCase.Model? Case { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAnswerAsync()
    {
        Answer.FileName = AnswerFile?.FileName;
        Answer.Content = await UploadLimits.ReadAsync(AnswerFile);
        var result = await mediator.Send(Answer);
        if (result.Succeeded)
        {
            return RedirectToPage(new { done = "Answered" });
        }

        this.AddErrors(result, field => KeyFor(field, nameof(Answer)));
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var result = await mediator.Send(new ApplyDocuments.Upload { Kind = DocumentKind.ClosureProof, FileName = Upload?.FileName ?? "", Content = await UploadLimits.ReadAsync(Upload) });
        if (result.Succeeded)
        {
            return RedirectToPage(new { done = "Uploaded" });
        }

        this.AddErrors(result, field => field is "Content" or "" ? nameof(Upload) : field);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        var result = await mediator.Send(Withdraw);
        if (result.Succeeded)
        {
            return RedirectToPage(new { done = "Withdrawn" });
        }

        ShowWithdraw = true;
        this.AddErrors(result, field => KeyFor(field, nameof(Withdraw)));
        return await ShowAsync();
    }

    private static string KeyFor(string field, string prefix) => field switch
    {
        "" => "",
        "Content" => nameof(AnswerFile),
        _ => $"{prefix}.{field}",
    };

    private async Task<IActionResult> ShowAsync()
    {
        var result = await mediator.Send(new GetMyCase.Query());
        if (result.Status == ResultStatus.NotFound)
        {
            // Nothing submitted yet: the application is where to go.
            return RedirectToPage("/Apply/Index");
        }

        if (this.RefusalPage(result) is { } failure)
        {
            return failure;
        }

        Case = result.Value;
        return Page();
    }
}
