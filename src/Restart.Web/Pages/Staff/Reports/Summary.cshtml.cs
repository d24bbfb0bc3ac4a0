using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>
/// The one-page 성과공유회 summary of an office and period (ADR 0026): the headline figures, the funnel, the rates and
/// the leading programmes and partners, laid out for A4 by the print stylesheet (the browser's print-to-PDF makes the
/// file). The same query and access check as the dashboard, so the same "&lt;5" cells and the same refusals.
/// </summary>
[Authorize(Roles = Roles.RegionalManager + "," + Roles.Administrator)]
public sealed class SummaryModel(IMediator mediator, TimeProvider clock) : OfficeReportPage
{
    /// <summary>How many programmes and partners the page lists (the dashboard has them all).</summary>
    public const int Leading = 5;

    public GetOfficeReport.Model? Report { get; private set; }

    public DateTime MadeAt { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await mediator.Send(Fill(new GetOfficeReport.Query { OfficeId = OfficeId }));
        if (result.Status == ResultStatus.Invalid)
        {
            // A hand-made period: the dashboard explains what is wrong with it next to its fields.
            return RedirectToPage("Index", PeriodRoute());
        }

        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        (Report, MadeAt) = (result.Value, KoreanTime.ToKorean(clock.GetUtcNow().UtcDateTime));
        this.KeepOutOfCaches();
        return Page();
    }
}
