using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;

namespace Restart.Core.Common;

/// <summary>
/// The legal minimum wage (최저임금) in force, and whether a wage meets it. One place for the rule: job posts,
/// recorded hires and (later) placements all compare against the same figure.
/// </summary>
public sealed record LegalMinimumWage(int Year, int Hourly)
{
    /// <summary>The weekly hours of the monthly figure 고용노동부 announces (209 paid hours a month).</summary>
    public const int FullTimeWeeklyHours = 40;

    /// <summary>The lowest monthly wage for <paramref name="weeklyHours"/> a week, 주휴 included.</summary>
    public int MonthlyFor(int weeklyHours) => (int)Math.Ceiling(Hourly * Wages.MonthlyPaidHours(weeklyHours));

    public bool IsMetBy(WageKind kind, int amount, int weeklyHours) => Wages.HourlyEquivalent(kind, amount, weeklyHours) >= Hourly;

    /// <summary>What a person is told when a wage is below the minimum: the hourly figure, or the monthly one for the hours.</summary>
    public string Refusal(WageKind kind, int weeklyHours) => kind == WageKind.Hourly
        ? Text.Format("Wage.BelowMinimumHourly", Year, Hourly)
        : Text.Format("Wage.BelowMinimumMonthly", Year, Hourly, weeklyHours, MonthlyFor(weeklyHours));

    /// <summary>
    /// The minimum of this year in Korea; when that year has no row yet (a new year before the list is
    /// updated), the latest year before it. Null only when the list is empty.
    /// </summary>
    public static Task<LegalMinimumWage?> InForceAsync(RestartDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var year = clock.Today().Year;
        return db.MinimumWages.AsNoTracking()
            .Where(m => m.Year <= year)
            .OrderByDescending(m => m.Year)
            .Select(m => new LegalMinimumWage(m.Year, m.Hourly))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
