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
/// Streams a document to its owner, as an attachment. Staff open a case's documents from the case page, for a
/// stated reason. Files never come from a guessable path: only by a random id, after the check.
/// </summary>
[Authorize(Roles = Roles.Applicant)]
public sealed class DocumentModel(IMediator mediator, DocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var result = await mediator.Send(new DownloadDocument.Query { Id = id });
        if (this.RefusalPage(result) is { } failure)
        {
            return failure;
        }

        return this.Document(store, result.Value);
    }
}
