using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Admin.AccessLog;

/// <summary>Read-only view of the access log. There is deliberately no page that edits or deletes entries.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    public Slice<ListAccessLog.Item>? Entries { get; private set; }

    public VerifyAccessLog.Report? Verification { get; private set; }

    /// <summary>The entry a checkpoint was just signed for, shown after the redirect.</summary>
    public long? Checkpointed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? before = null, long? after = null, bool verify = false, long? checkpointed = null)
    {
        Checkpointed = checkpointed;
        if (verify)
        {
            var report = await mediator.Send(new VerifyAccessLog.Query());
            if (this.RefusalPage(report) is { } refused)
            {
                return refused;
            }

            Verification = report.Value;
        }

        return await this.ShowAsync(mediator, new ListAccessLog.Query { Subject = Subject, Before = before, After = after }, value => Entries = value);
    }

    /// <summary>Signs the newest entry now (beside the daily checkpoint), e.g. before a backup.</summary>
    public async Task<IActionResult> OnPostCheckpointAsync()
    {
        var written = await mediator.Send(new WriteAccessLogCheckpoint.Command());
        return this.RefusalPage(written) ?? RedirectToPage(new { checkpointed = written.Value!.EntryId });
    }
}
