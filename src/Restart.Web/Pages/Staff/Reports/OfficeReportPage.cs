using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Restart.Core.Common;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>What the office report's pages share: the period and office read from the address (or a form), and the query they fill.</summary>
public abstract class OfficeReportPage : PageModel
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

    /// <summary>An administrator's choice of office; a manager's own office when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? OfficeId { get; set; }

    /// <summary>The year of the period shown, for the year field when the address named none.</summary>
    public int ShownYear { get; protected set; } = DateTime.UtcNow.Year;

    /// <summary>The period and office as route values, for a link from one report page to another.</summary>
    public Dictionary<string, string> PeriodRoute() => new()
    {
        [nameof(Period)] = Period.ToString(),
        [nameof(Year)] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        [nameof(Number)] = Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        [nameof(From)] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        [nameof(Until)] = Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        [nameof(OfficeId)] = OfficeId?.ToString() ?? "",
    };

    protected T Fill<T>(T query) where T : ReportPeriodRequest
    {
        (query.Period, query.Year, query.Number, query.From, query.Until) = (Period, Year, Number, From, Until);
        return query;
    }
}
