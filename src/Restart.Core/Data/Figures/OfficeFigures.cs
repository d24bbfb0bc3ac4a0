using Microsoft.EntityFrameworkCore;
using Restart.Core.Domain;

namespace Restart.Core.Data.Figures;

/// <summary>An office's daily figures summed over a period: submissions per day, and every other metric per dimension.</summary>
internal sealed record OfficeCounts(IReadOnlyDictionary<DateOnly, int> SubmittedByDay, IReadOnlyList<OfficeCell> Cells)
{
    public int Total(ReportMetric metric) => Cells.Where(c => c.Metric == metric).Sum(c => c.Count);
}

internal sealed record OfficeCell(ReportMetric Metric, string Dimension, int Count);

/// <summary>
/// The fast read of an office's outcome figures (ADR 0026): two sums over <see cref="DailyFigure"/>, each one index range
/// per metric (office, metric, days of the period), whatever the number of cases behind them.
/// </summary>
internal static class OfficeFigures
{
    /// <summary>Every metric but the submissions (read per day for the weeks) and the marker.</summary>
    private static readonly ReportMetric[] Summed =
    [
        ReportMetric.ReachedEligible, ReportMetric.ReachedPlanAgreed, ReportMetric.ReachedInService, ReportMetric.ReachedPlacedOrFounded, ReportMetric.ReachedFollowUp6, ReportMetric.FollowUp6Recorded, ReportMetric.FollowUp6Working,
        ReportMetric.PlacedByTrack, ReportMetric.FoundedByTrack, ReportMetric.PlacedByDistrict, ReportMetric.FoundedByDistrict, ReportMetric.OutcomesByCounselor,
        .. Enum.GetValues<CaseStatus>().Select(CaseFigures.DaysIn),
    ];

    public static async Task<OfficeCounts> ReadAsync(RestartDbContext db, Guid officeId, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var submitted = await db.DailyFigures.AsNoTracking()
            .Where(f => f.OfficeId == officeId && f.Metric == ReportMetric.Submitted && f.Day >= from && f.Day <= until)
            .GroupBy(f => f.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(f => f.Count) })
            .ToDictionaryAsync(g => g.Day, g => g.Count, cancellationToken);
        var cells = await db.DailyFigures.AsNoTracking()
            .Where(f => f.OfficeId == officeId && EF.Constant(Summed).Contains(f.Metric) && f.Day >= from && f.Day <= until)
            .GroupBy(f => new { f.Metric, f.Dimension })
            .Select(g => new { g.Key.Metric, g.Key.Dimension, Count = g.Sum(f => f.Count) })
            .ToListAsync(cancellationToken);
        return new OfficeCounts(submitted, [.. cells.Where(c => c.Count != 0).Select(c => new OfficeCell(c.Metric, c.Dimension, c.Count))]);
    }
}
