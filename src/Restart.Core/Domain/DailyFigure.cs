namespace Restart.Core.Domain;

/// <summary>
/// What a <see cref="DailyFigure"/> counts (stored as its number; never renumber). The cohort figures are keyed by the
/// case's submission day, the outcomes and the days in a status by the day of the timeline entry (ADR 0026).
/// </summary>
public enum ReportMetric
{
    /// <summary>A marker row written by the migration that adds the table: the next start fills the table from the rows.</summary>
    RebuildPending = 0,
    /// <summary>Cases submitted that day (dimension empty).</summary>
    Submitted = 1,
    /// <summary>Of the cases submitted that day, those whose timeline ever entered Eligible or a later stage.</summary>
    ReachedEligible = 2,
    ReachedPlanAgreed = 3,
    ReachedInService = 4,
    ReachedPlacedOrFounded = 5,
    /// <summary>Of the cases submitted that day, those with the 6-month follow-up recorded.</summary>
    ReachedFollowUp6 = 6,
    /// <summary>6-month follow-ups recorded that day (the retention rate's whole), by the day they were recorded.</summary>
    FollowUp6Recorded = 7,
    /// <summary>Of the 6-month follow-ups recorded that day, those still employed or trading (the rate's part).</summary>
    FollowUp6Working = 8,
    /// <summary>Entries into Placed that day, by the case's track (its number; empty when none).</summary>
    PlacedByTrack = 10,
    FoundedByTrack = 11,
    /// <summary>Entries into Placed that day, by the case's 시·군·구 code (empty when none).</summary>
    PlacedByDistrict = 12,
    FoundedByDistrict = 13,
    /// <summary>Entries into Placed or Founded that day, by the case's counselor now.</summary>
    OutcomesByCounselor = 14,
    /// <summary>Plus a <see cref="CaseStatus"/>: timeline entries leaving that status that day, by the whole days spent in it (the dimension).</summary>
    DaysIn = 100,
}

/// <summary>
/// One cell of an office's pre-aggregated outcome figures: how many cases (or timeline entries) counted for a metric
/// on a Korean day, per dimension. The sum of every case's contribution (<c>CaseFigures.Of</c>), kept current by the
/// context's save and read by the dashboards as one index range (ADR 0026).
/// </summary>
public class DailyFigure
{
    public Guid OfficeId { get; init; }
    public ReportMetric Metric { get; init; }
    public DateOnly Day { get; init; }
    /// <summary>A track's number, a 시·군·구 code, a counselor's id or a number of days; empty when the metric has none.</summary>
    public string Dimension { get; init; } = "";
    public int Count { get; set; }
}
