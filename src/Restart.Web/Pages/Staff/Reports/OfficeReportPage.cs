using Microsoft.AspNetCore.Mvc;
using Restart.Web.Hosting;

namespace Restart.Web.Pages.Staff.Reports;

/// <summary>What the office report's pages add to the period: the office read from the address (or a form), and links between them.</summary>
public abstract class OfficeReportPage : ReportPeriodPage
{
    /// <summary>An administrator's choice of office; a manager's own office when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? OfficeId { get; set; }

    public override IEnumerable<(string Name, string? Value)> Scope => [(nameof(OfficeId), OfficeId?.ToString())];

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

}
