using Restart.Core.Common;
using Restart.Core.Domain;

namespace Restart.Core.Data.Figures;

/// <summary>The rows of a case that its figures are counted from (ADR 0025 keeps every one of them when people's data goes).</summary>
internal sealed record CaseRow(Guid Id, Guid? OfficeId, DateTime? SubmittedAt, Track? Track, string? Sigungu, string? CounselorId);

internal sealed record EventRow(Guid CaseId, long Id, DateTime At, CaseStatus From, CaseStatus To);

internal sealed record FollowUpRow(Guid CaseId, int Month, DateTime? RecordedAt, bool? StillWorking);

/// <summary>One cell of <see cref="DailyFigure"/>: an office, a metric, a Korean day, a dimension.</summary>
internal readonly record struct FigureCell(Guid OfficeId, ReportMetric Metric, DateOnly Day, string Dimension);

/// <summary>
/// A case's contribution to its office's daily figures, as a pure function of its rows: the same definitions as
/// <c>GetOfficeReport</c>'s count from the rows (the reference), cut into days so that any period is a sum. The office is
/// the one holding the case now, so a transfer moves the whole contribution (ADR 0026).
/// </summary>
internal static class CaseFigures
{
    private static readonly (ReportMetric Metric, CaseStatus[] Statuses)[] Stages =
    [
        (ReportMetric.ReachedEligible, [CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp]),
        (ReportMetric.ReachedPlanAgreed, [CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp]),
        (ReportMetric.ReachedInService, [CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp]),
        (ReportMetric.ReachedPlacedOrFounded, [CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp]),
    ];

    public static DateOnly KoreanDay(DateTime utc) => DateOnly.FromDateTime(KoreanTime.ToKorean(utc));

    public static ReportMetric DaysIn(CaseStatus status) => ReportMetric.DaysIn + (int)status;

    /// <summary>The cells the case counts in, once per count (a cell may repeat: two placements on one day).</summary>
    public static IEnumerable<FigureCell> Of(CaseRow c, IEnumerable<EventRow> events, IEnumerable<FollowUpRow> followUps)
    {
        if (c.OfficeId is not { } office)
        {
            yield break;
        }

        var timeline = events.OrderBy(e => e.Id).ToList();
        if (c.SubmittedAt is { } submittedAt)
        {
            var submitted = KoreanDay(submittedAt);
            yield return new(office, ReportMetric.Submitted, submitted, "");
            foreach (var (metric, statuses) in Stages)
            {
                if (timeline.Any(e => statuses.Contains(e.To)))
                {
                    yield return new(office, metric, submitted, "");
                }
            }

            if (followUps.Any(f => f.Month == 6 && f.RecordedAt is not null))
            {
                yield return new(office, ReportMetric.ReachedFollowUp6, submitted, "");
            }
        }

        foreach (var (recorded, working) in followUps.Where(f => f.Month == 6 && f.RecordedAt is not null).Select(f => (KoreanDay(f.RecordedAt!.Value), f.StillWorking == true)))
        {
            yield return new(office, ReportMetric.FollowUp6Recorded, recorded, "");
            if (working)
            {
                yield return new(office, ReportMetric.FollowUp6Working, recorded, "");
            }
        }

        var track = c.Track is { } t ? ((int)t).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        DateTime? entered = null;
        foreach (var e in timeline.Where(e => e.From != e.To))
        {
            var day = KoreanDay(e.At);
            if (e.To is CaseStatus.Placed or CaseStatus.Founded)
            {
                var placed = e.To == CaseStatus.Placed;
                yield return new(office, placed ? ReportMetric.PlacedByTrack : ReportMetric.FoundedByTrack, day, track);
                yield return new(office, placed ? ReportMetric.PlacedByDistrict : ReportMetric.FoundedByDistrict, day, c.Sigungu ?? "");
                if (c.CounselorId is { } counselor)
                {
                    yield return new(office, ReportMetric.OutcomesByCounselor, day, counselor);
                }
            }

            if (entered is { } since && e.From != CaseStatus.Draft)
            {
                var days = day.DayNumber - KoreanDay(since).DayNumber;
                yield return new(office, DaysIn(e.From), day, days.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            entered = e.At;
        }
    }

    /// <summary>The counts per cell of many cases.</summary>
    public static Dictionary<FigureCell, int> Sum(IEnumerable<CaseRow> cases, ILookup<Guid, EventRow> events, ILookup<Guid, FollowUpRow> followUps, Dictionary<FigureCell, int>? into = null)
    {
        into ??= [];
        foreach (var c in cases)
        {
            foreach (var cell in Of(c, events[c.Id], followUps[c.Id]))
            {
                into[cell] = into.GetValueOrDefault(cell) + 1;
            }
        }

        return into;
    }
}
