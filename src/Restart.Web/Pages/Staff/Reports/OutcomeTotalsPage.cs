using MediatR;
using Microsoft.AspNetCore.Mvc;
using Restart.Core.Features.Reports;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>Every office's headline outcomes side by side and the nation's (ADR 0026): the public page and the administrator's comparison read the same figures.</summary>
public abstract class OutcomeTotalsPage(IMediator mediator) : OfficeReportPage
{
    public GetOutcomeTotals.Model? Totals { get; private set; }

    /// <summary>Whether each office's name leads to its full report (the administrator's page).</summary>
    public abstract bool LinksOffices { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await ReadAsync(mediator, () => Fill(new GetOutcomeTotals.Query()));
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        (Totals, ShownYear) = (result.Value, result.Value.From.Year);
        return Page();
    }
}
