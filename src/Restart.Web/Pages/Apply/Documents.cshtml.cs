using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

/// <summary>Uploads are capped a little above the 10 MB rule (see <see cref="UploadLimits"/>).</summary>
[Authorize(Roles = Roles.Applicant)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[LimitUploadsPerAccount]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.FormBytes)]
public sealed class DocumentsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public DocumentKind Kind { get; set; } = DocumentKind.ClosureProof;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Uploaded { get; set; }

    public IReadOnlyList<ApplyDocuments.DocumentItem> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await this.RequireSavedStepAsync(mediator, ApplyStep.Wishes) ?? await ShowAsync();

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var command = new ApplyDocuments.Upload { Kind = Kind, FileName = Upload?.FileName ?? "", Content = await UploadLimits.ReadAsync(Upload) };
        var result = await mediator.Send(command);
        if (result.Succeeded)
        {
            return RedirectToPage(new { uploaded = true });
        }

        this.AddErrors(result, field => field == "Content" ? nameof(Upload) : field);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid documentId)
    {
        var result = await mediator.Send(new ApplyDocuments.Remove { DocumentId = documentId });
        // Removing answers only "not found" (a document already gone, or not the person's) or success.
        return this.RefusalPage(result) ?? RedirectToPage();
    }

    public async Task<IActionResult> OnPostContinueAsync()
    {
        var result = await mediator.Send(new ApplyDocuments.Continue());
        if (result.Succeeded)
        {
            return RedirectToPage("Review");
        }

        if (this.RefusedOrShowErrors(result) is { } refused)
        {
            return refused;
        }

        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        return await this.ShowAsync(mediator, new ApplyDocuments.Query(), value => Documents = value);
    }
}

public static class UploadLimits
{
    /// <summary>What the server accepts in one request: a file a little over 10 MB still reaches the validator, far more gets the 413 page.</summary>
    public const long RequestBytes = DocumentStore.MaxBytes + (2 * 1024 * 1024);

    /// <summary>Above <see cref="RequestBytes"/>, so the friendlier 413 answers first instead of a form-parsing 400.</summary>
    public const long FormBytes = 4 * RequestBytes;

    /// <summary>The uploaded bytes; a file over the limit is read only far enough for the validator to say so.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile? file)
    {
        if (file is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
