using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Cases;

/// <summary>The office's case queue: filters in the address (so a view can be bookmarked and shared), 50 cases a page, and the manager's CSV export.</summary>
[Authorize(Roles = Roles.Counselor + "," + Roles.RegionalManager)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The filters, bound from plain names (?Status=Submitted&amp;Counselor=mine) in the address and in the export form.</summary>
    public GetCaseQueue.Query Filter { get; private set; } = new();

    public GetCaseQueue.Model? Queue { get; private set; }

    /// <summary>Cases this office moved elsewhere (shown with ?transfers=1): the record both offices keep.</summary>
    public IReadOnlyList<ListTransfersOut.Item>? TransfersOut { get; private set; }

    /// <summary>The export's reason (개인정보 다운로드 사유).</summary>
    [BindProperty]
    public string? Why { get; set; }

    public async Task<IActionResult> OnGetAsync(GetCaseQueue.Query filter, bool transfers = false)
    {
        Filter = filter;
        if (transfers)
        {
            var result = await mediator.Send(new ListTransfersOut.Query());
            if (this.RefusalPage(result) is { } refused)
            {
                return refused;
            }

            TransfersOut = result.Value;
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostExportAsync(GetCaseQueue.Query filter)
    {
        Filter = filter;
        var export = filter.As<ExportCaseQueue.Query>();
        export.Why = Why;
        var result = await mediator.Send(export);
        if (result.Succeeded)
        {
            var now = KoreanTime.ToKorean(DateTime.UtcNow);
            this.KeepOutOfCaches();
            return File(Csv(result.Value), "text/csv; charset=utf-8", $"cases-{now:yyyyMMdd-HHmm}.csv");
        }

        this.AddErrors(result, field => field);
        return this.RefusalPage(result) ?? await ShowAsync();
    }

    private Task<IActionResult> ShowAsync() => this.ShowAsync(mediator, Filter, value => Queue = value);

    /// <summary>The queue's columns, in the reader's language, lines ended CRLF (RFC 4180); UTF-8 with a byte-order mark so that Excel reads the Korean as it is.</summary>
    private byte[] Csv(IReadOnlyList<GetCaseQueue.Item> rows)
    {
        var now = DateTime.UtcNow;
        return ReportCsv.Write(
        [
            [l["Case.Number"], l["Field.Name"], l["Field.Status"], l["Field.Track"], l["Case.Counselor"], l["Case.SubmittedAt"], l["Case.DaysWaiting"]],
            .. rows.Select(r => new[]
            {
                r.Number, r.Name, l[$"CaseStatus.{r.Status}"].Value, r.Track is { } t ? l[$"Track.{t}"].Value : "", r.Counselor ?? "",
                KoreanTime.ToKorean(r.SubmittedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Days(r.StatusChangedAt, now).ToString(CultureInfo.InvariantCulture),
            }),
        ]);
    }

    public static int Days(DateTime since, DateTime now) => (int)(now - since).TotalDays;
}
