using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Web.Hosting;

/// <summary>The period every report page reads from its address or form (ADR 0026), the query it fills, and its exports: each table a CSV file, all of them a workbook, each with a reason.</summary>
public abstract class ReportPeriodPage : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PeriodKind Period { get; set; } = PeriodKind.Month;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Until { get; set; }

    /// <summary>The <see cref="FailedExport"/> of the workbook's form (a table's is the table's name).</summary>
    public const string WorkbookExport = "Workbook";

    /// <summary>Why the figures are downloaded (개인정보 다운로드 사유 of an aggregate): every export asks, the access log keeps it.</summary>
    [BindProperty]
    public string? Why { get; set; }

    /// <summary>The export form refused (a table's name, or <see cref="WorkbookExport"/>): shown open, its message beside the reason.</summary>
    public string? FailedExport { get; protected set; }

    /// <summary>The fields besides the period that say what is reported (an office): every form of the page sends them again.</summary>
    public virtual IEnumerable<(string Name, string? Value)> Scope => [];

    protected T Fill<T>(T query) where T : ReportPeriodRequest
    {
        (query.Period, query.Year, query.Number, query.From, query.Until) = (Period, Year, Number, From, Until);
        return query;
    }

    /// <summary>
    /// The report for the period asked; when that period cannot be used (a hand-made address: a month 13, a year 1999, an end
    /// before its start), its messages beside the period's fields and the current month's report instead. The form still shows
    /// what was typed (from the model state); the figures and the export forms are the month's.
    /// </summary>
    protected async Task<Result<T>> ReadAsync<T>(IMediator mediator, Func<IRequest<Result<T>>> query)
    {
        var result = await mediator.Send(query());
        if (result.Status == ResultStatus.Invalid)
        {
            this.AddErrors(result, field => field);
            (Period, Year, Number, From, Until) = (PeriodKind.Month, null, null, null, null);
            result = await mediator.Send(query());
        }

        return result;
    }

    /// <summary>
    /// One table (or, with none, every table) of the report for a file that <paramref name="file"/> writes, or the refusal, or the page again
    /// with the refused form open and its message (no reason given).
    /// </summary>
    protected async Task<IActionResult> ExportAsync<T, TTable>(IMediator mediator, IRequest<Result<T>> export, TTable? table, Func<T, IActionResult> file, Func<Task<IActionResult>> page)
        where TTable : struct, Enum
    {
        // Every export request of a report is a ReportExportRequest of its tables: the period, the table and the reason go in here.
        var request = Fill((ReportExportRequest<TTable>)export);
        (request.Table, request.Why) = (table, Why);
        var result = await mediator.Send(export);
        if (result.Succeeded)
        {
            this.KeepOutOfCaches();
            return file(result.Value);
        }

        if (result.Status != ResultStatus.Invalid)
        {
            return this.RefusalPage(result)!;
        }

        this.AddErrors(result, field => field);
        FailedExport = table?.ToString() ?? WorkbookExport;
        return await page();
    }

    /// <summary>A table as 성과_{name}_{from}-{until}_{table}.csv.</summary>
    protected FileContentResult Csv(IStringLocalizer l, (string Name, DateOnly From, DateOnly Until) heading, string title, IEnumerable<string[]> rows) =>
        File(ReportCsv.Write(rows), "text/csv; charset=utf-8", FileName(l, heading, $"_{title}", "csv"));

    /// <summary>
    /// Every table as 성과_{name}_{from}-{until}.xlsx: the first sheet whose figures (<paramref name="whose"/> is what the organisation is
    /// called: 지역본부, 협력기관, 기업, 협의회), the period and the "&lt;5" rule, then a sheet a table.
    /// </summary>
    protected FileContentResult Workbook(IStringLocalizer l, string whose, (string Name, DateOnly From, DateOnly Until) heading, DateTime made,
        IEnumerable<(string Title, IEnumerable<string[]> Rows)> tables) =>
        File(ReportWorkbook.Write(l, (whose, heading.Name), heading.From, heading.Until, made, tables), ReportWorkbook.ContentType, FileName(l, heading, "", "xlsx"));

    /// <summary>Spaces as underscores, so the name survives a mail client or a shell.</summary>
    private static string FileName(IStringLocalizer l, (string Name, DateOnly From, DateOnly Until) heading, string suffix, string extension) =>
        $"{l["Reports.FilePrefix"]}_{heading.Name}_{heading.From:yyyyMMdd}-{heading.Until:yyyyMMdd}{suffix}.{extension}".Replace(' ', '_');

    /// <summary>A rate as a whole percentage, or "&lt;5" when one of its counts is hidden.</summary>
    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("P0", CultureInfo.CurrentCulture) : SmallCells.Hidden;
}

/// <summary>
/// What every report page shares (ADR 0026): the period its form sends, the report shown again for the default month
/// after a wrong period, each table beside its chart, each table as a CSV file and all of them as one Excel workbook,
/// named by organisation and period, whose export the access log records with its reason. A page says what it reports
/// and how its tables read.
/// </summary>
public abstract class ReportPageModel(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : ReportPeriodPage
{
    /// <summary>Whose figures are shown (an office, an agency, a company, a council) and the period's first and last day.</summary>
    public (string Name, DateOnly From, DateOnly Until) Shown { get; protected set; }

    /// <summary>The resources' prefix of the page: "{Prefix}.Title" and "{Prefix}.Table.{table}".</summary>
    protected abstract string Prefix { get; }

    public string Title => L[$"{Prefix}.Title"];

    /// <summary>What the organisation reported is called (협력기관, 기업, 협의회), for the workbook's first sheet.</summary>
    protected abstract string Whose { get; }

    /// <summary>A choice of what is reported (one of several councils), shown in the period form; its field is then not repeated from <see cref="ReportPeriodPage.Scope"/>.</summary>
    public virtual ReportChoice? Choice => null;

    /// <summary>The page's figures, each a chart and its table.</summary>
    public abstract IEnumerable<ReportSection> Sections();

    protected IStringLocalizer<SharedResource> L => l;

    protected IMediator Mediator => mediator;

    /// <summary>When a file is made, for its first sheet.</summary>
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The report, or after a wrong period the month's with the messages; a refusal's 403 or 404 page.</summary>
    protected async Task<IActionResult> ReportAsync<T>(Func<IRequest<Result<T>>> query, Action<T> show)
    {
        var result = await ReadAsync(mediator, query);
        if (this.RefusalPage(result) is { } refused)
        {
            return refused;
        }

        show(result.Value);
        return Page();
    }

    protected string TableTitle<TTable>(TTable table) where TTable : struct, Enum => L[$"{Prefix}.Table.{table}"];

    protected ReportSection Section<TTable>(TTable table, BarChart chart, IEnumerable<string[]> rows) where TTable : struct, Enum =>
        new(table.ToString(), TableTitle(table), chart, [.. rows]);

    public static string N(int? count) => SmallCells.Text(count);

    /// <summary>What a referral row counts at a stage: the ends of programmes and posts share a column (succeeded, failed).</summary>
    public static int? Count(ReferralFunnel.Row row, ReferralStatus stage) => stage switch
    {
        ReferralStatus.Referred => row.Referred,
        ReferralStatus.Accepted => row.Accepted,
        ReferralStatus.Interview => row.Interview,
        ReferralStatus.Hired or ReferralStatus.Completed => row.Succeeded,
        ReferralStatus.NotHired or ReferralStatus.Dropped => row.Failed,
        _ => row.Declined,
    };

    /// <summary>Referral rows as a table: their name, a column a stage, and the rate.</summary>
    protected IEnumerable<string[]> Referrals(string nameHeader, IEnumerable<ReferralFunnel.Row> rows, params ReferralStatus[] stages) =>
        [[nameHeader, .. stages.Select(s => L[$"ReferralStatus.{s}"].Value), L["Reports.Rate"]],
            .. rows.Select(r => (string[])[r.Name, .. stages.Select(s => N(Count(r, s))), Rate(r.Rate)])];

    /// <summary>One referral row as the stages of a funnel (stage, people), for its table.</summary>
    protected IEnumerable<string[]> Stages(ReferralFunnel.Row total, params ReferralStatus[] stages) =>
        [[L["Reports.Stage"], L["Reports.People"]], .. stages.Select(s => new[] { L[$"ReferralStatus.{s}"].Value, N(Count(total, s)) })];

    /// <summary>The same stages as a funnel chart.</summary>
    protected BarChart StageChart(ReferralFunnel.Row total, params ReferralStatus[] stages) =>
        new([.. stages.Select(s => (L[$"ReferralStatus.{s}"].Value, Count(total, s)))], Funnel: true);
}

/// <summary>
/// A report page over one query: the page shows its model, each of its tables a chart and a table, and exports any
/// table; a page says only how to ask, whose figures they are, and how each table and chart reads.
/// </summary>
public abstract class ReportPageModel<TModel, TTable>(IMediator mediator, IStringLocalizer<SharedResource> l, TimeProvider clock) : ReportPageModel(mediator, l, clock)
    where TTable : struct, Enum
{
    public TModel? Report { get; private set; }

    /// <summary>The page's query, its period filled in by the page.</summary>
    protected abstract IRequest<Result<TModel>> Query();

    /// <summary>The export of one table or every table (a <see cref="ReportExportRequest{TTable}"/>); period, table and reason are filled in by the page.</summary>
    protected abstract IRequest<Result<TModel>> Export();

    /// <summary>Whose figures, and the period's first and last day.</summary>
    protected abstract (string Name, DateOnly From, DateOnly Until) Heading(TModel report);

    /// <summary>A table's header and rows, as the page and the file show them ("&lt;5" included).</summary>
    public abstract IEnumerable<string[]> Rows(TModel report, TTable table);

    /// <summary>The chart drawn above a table.</summary>
    protected abstract BarChart Chart(TModel report, TTable table);

    public Task<IActionResult> OnGetAsync() => ReportAsync(() =>
    {
        var query = Query();
        Fill((ReportPeriodRequest)query);
        return query;
    }, Show);

    public Task<IActionResult> OnPostExportAsync(TTable table) =>
        ExportAsync<TModel, TTable>(Mediator, Export(), table, r => Csv(L, Heading(r), TableTitle(table), Rows(r, table)), OnGetAsync);

    /// <summary>Every table of the page in one Excel workbook, in the page's order.</summary>
    public Task<IActionResult> OnPostWorkbookAsync() =>
        ExportAsync<TModel, TTable>(Mediator, Export(), null,
            r => Workbook(L, Whose, Heading(r), Now, Enum.GetValues<TTable>().Select(t => (TableTitle(t), Rows(r, t)))), OnGetAsync);

    public override IEnumerable<ReportSection> Sections() =>
        Enum.GetValues<TTable>().Select(table => Section(table, Chart(Report!, table), Rows(Report!, table)));

    private void Show(TModel report)
    {
        Report = report;
        Shown = Heading(report);
    }
}

/// <summary>A figure of a report: its table's key (for its id and its file), its title, its chart and its table, header first.</summary>
public sealed record ReportSection(string Table, string Title, BarChart Chart, IReadOnlyList<string[]> Rows);

/// <summary>A select in the period form: its field, label, the chosen value and the options.</summary>
public sealed record ReportChoice(string Name, string Label, string Selected, IReadOnlyList<(string Value, string Text)> Options);
