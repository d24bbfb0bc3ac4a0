using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.Apply;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Apply;

/// <summary>Uploads are capped a little above the 10 MB rule, so a slightly larger file gets the message next to the field.</summary>
[Authorize(Roles = Roles.Applicant)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
public sealed class DocumentsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public DocumentKind Kind { get; set; } = DocumentKind.ClosureProof;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Uploaded { get; set; }

    public IReadOnlyList<ApplyDocuments.DocumentItem> Documents { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var command = new ApplyDocuments.Upload { Kind = Kind, FileName = Upload?.FileName ?? "", Content = await UploadLimits.ReadAsync(Upload) };
        var result = await mediator.Send(command);
        if (result.Succeeded)
        {
            return RedirectToPage(new { uploaded = true });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == "Content" ? nameof(Upload) : error.Field, error.Message);
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid documentId)
    {
        var result = await mediator.Send(new ApplyDocuments.Remove { DocumentId = documentId });
        return this.ShowFailure(result) ?? RedirectToPage();
    }

    public async Task<IActionResult> OnPostContinueAsync()
    {
        var result = await mediator.Send(new ApplyDocuments.Continue());
        if (result.Succeeded)
        {
            return RedirectToPage("Review");
        }

        this.ShowFailure(result);
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var list = await mediator.Send(new ApplyDocuments.Query());
        if (this.ShowFailure(list) is { } failure)
        {
            return failure;
        }

        Documents = list.Value;
        return Page();
    }
}

public static class UploadLimits
{
    public const long RequestBytes = DocumentStore.MaxBytes + (2 * 1024 * 1024);

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
