using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Restart.Core.Common;
using Restart.Core.Domain;
using Restart.Core.Features.Reports;
using Restart.Web.Hosting;
using Table = Restart.Core.Features.Reports.ExportOfficeReport.Table;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>The office's outcomes for a period (ADR 0026): each figure a chart and its table, each table a CSV file whose export is access-logged with its reason.</summary>
[Authorize(Roles = Roles.RegionalManager + "," + Roles.Administrator)]
public sealed class IndexModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : OfficeReportPage
{
    public GetOfficeReport.Model? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (OfficeId is null && User.IsInRole(Roles.Administrator))
        {
            // An administrator has no office of their own: they start from every office side by side.
            return RedirectToPage("Offices", PeriodRoute());
        }

        var result = await ReadAsync(mediator, () => Fill(new GetOfficeReport.Query { OfficeId = OfficeId }));
        return this.RefusalPage(result) ?? Show(result.Value);
    }

    public Task<IActionResult> OnPostExportAsync(Table table) =>
        ExportAsync<GetOfficeReport.Model, Table>(mediator, new ExportOfficeReport.Query { OfficeId = OfficeId }, table,
            r => Csv(l, Heading(r), l[$"Reports.Table.{table}"], Rows(r, table)), OnGetAsync);

    /// <summary>Every table of the page in one Excel workbook: a first sheet with the office, the period and the small-cell rule, then a sheet a table.</summary>
    public Task<IActionResult> OnPostWorkbookAsync() =>
        ExportAsync<GetOfficeReport.Model, Table>(mediator, new ExportOfficeReport.Query { OfficeId = OfficeId }, null,
            r => Workbook(l, l["Field.Office"], Heading(r), clock.GetUtcNow().UtcDateTime, Enum.GetValues<Table>().Select(t => (l[$"Reports.Table.{t}"].Value, Rows(r, t)))),
            OnGetAsync);

    private static (string Name, DateOnly From, DateOnly Until) Heading(GetOfficeReport.Model r) => (r.OfficeName, r.From, r.Until);

    private PageResult Show(GetOfficeReport.Model report)
    {
        (Report, ShownYear) = (report, report.From.Year);
        return Page();
    }

    /// <summary>A table's header and rows, as the page shows them ("&lt;5" included).</summary>
    public IEnumerable<string[]> Rows(GetOfficeReport.Model r, Table table)
    {
        static string N(int? n) => SmallCells.Text(n);
        return table switch
        {
            Table.Weeks => [[l["Reports.Week"], l["Reports.Applications"]], .. r.Weeks.Select(w => new[] { Week(w), N(w.Applications) })],
            Table.Funnel => [[l["Reports.Stage"], l["Reports.People"]], .. r.Funnel.Select(s => new[] { l[$"Reports.Stage.{s.Stage}"].Value, N(s.Cases) })],
            Table.ByTrack => [[l["Field.Track"], l["Reports.Placed"], l["Reports.Founded"]], .. r.ByTrack.Select(t => new[] { TrackName(t.Track), N(t.Placed), N(t.Founded) })],
            Table.ByDistrict => [[l["Reports.District"], l["Reports.Placed"], l["Reports.Founded"]], .. r.ByDistrict.Select(d => new[] { d.Name.Length == 0 ? l["Reports.Unknown"].Value : d.Name, N(d.Placed), N(d.Founded) })],
            Table.Partners => [[l["Reports.Partner"], l["Reports.Referred"], l["Reports.Accepted"], l["Reports.Succeeded"], l["Reports.Rate"]],
                .. r.Partners.Select(p => new[] { p.Name, N(p.Referred), N(p.Accepted), N(p.Succeeded), Rate(p.Rate) })],
            Table.Durations => [[l["Field.Status"], l["Reports.Exits"], l["Reports.Median"], l["Reports.P90"]],
                .. r.Durations.Select(d => new[] { l[$"CaseStatus.{d.Status}"].Value, N(d.Exits), N(d.MedianDays), N(d.P90Days) })],
            Table.Rates => [[l["Reports.Measure"], l["Reports.Part"], l["Reports.Whole"], l["Reports.Rate"]],
                .. r.Services.Rates.Select(x => new[] { l[$"Reports.Rate.{x.Kind}"].Value, N(x.Part), N(x.Whole), Rate(x.Rate) })],
            Table.OutreachByCounselor => [[l["Reports.Counselor"], l["Reports.Visits"], l["Reports.Intakes"]],
                .. r.Services.OutreachByCounselor.Select(o => new[] { o.Label, N(o.Visits), N(o.Intakes) })],
            Table.OutreachByDistrict => [[l["Reports.District"], l["Reports.Visits"], l["Reports.Intakes"]],
                .. r.Services.OutreachByDistrict.Select(o => new[] { o.Label.Length == 0 ? l["Reports.Unknown"].Value : o.Label, N(o.Visits), N(o.Intakes) })],
            Table.Programmes => [[l["Field.Programme"], l["Field.Agency"], l["Reports.Referred"], l["Reports.Completed"], l["Reports.Capacity"], l["Reports.Fill"]],
                .. r.Services.Programmes.Select(p => new[] { p.Title, p.Agency, N(p.Referred), N(p.Completed), p.Capacity.ToString(CultureInfo.InvariantCulture), Rate(p.Fill) })],
            _ => [[l["Reports.Counselor"], l["Reports.Active"], l["Reports.Outcomes"]], .. r.Caseloads.Select(c => new[] { c.Name, N(c.Active), N(c.Outcomes) })],
        };
    }

    public static string Week(GetOfficeReport.WeekRow w) => $"{w.Start:M/d}–{w.End:M/d}";

    public string TrackName(Track? track) => track is { } t ? l[$"Track.{t}"] : l["Reports.Unknown"];
}
