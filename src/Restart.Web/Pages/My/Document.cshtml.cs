using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Documents;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.My;

/// <summary>
/// Streams a document to its owner or to staff of the case's office, as an attachment. Files never come
/// from a guessable path: only this page, by a random id, after the check.
/// </summary>
[Authorize(Roles = Roles.Applicant + "," + Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class DocumentModel(IMediator mediator, DocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await mediator.Send(new DownloadDocument.Query { Id = id });
        if (this.RefusalPage(result) is { } failure)
        {
            return failure;
        }

        var file = result.Value;

        // A proof of closure may show a 주민등록번호: no copy in a shared browser cache or on a proxy.
        Response.Headers.CacheControl = "no-store, private";
        try
        {
            return File(store.Open(file.StoredName), file.ContentType, file.FileName);
        }
        catch (FileNotFoundException)
        {
            // The row outlived its file (a restore from an older backup of the documents folder).
            return NotFound();
        }
    }
}
