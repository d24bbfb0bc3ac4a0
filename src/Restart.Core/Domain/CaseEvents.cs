using System.Text.Json;
using Restart.Core.Common;

namespace Restart.Core.Domain;

/// <summary>Why a case moved. Stored as a code and put into words for whoever reads it (Messages: <c>Timeline.{code}</c>).</summary>
public enum CaseEventReason
{
    Submitted = 1,
    ReviewStarted = 2,
    /// <summary>Argument: the deadline, yyyy-MM-dd.</summary>
    SupplementRequested = 3,
    SupplementAnswered = 4,
    /// <summary>The applicant's own words are the event's <see cref="CaseEvent.Note"/>.</summary>
    Withdrawn = 5,
    FoundEligible = 6,
    /// <summary>Argument: the reason, as a term (<see cref="CaseEventText.Term"/>).</summary>
    FoundIneligible = 7,
    /// <summary>Argument: the counselor's name.</summary>
    Assigned = 8,
    /// <summary>Argument: the new counselor's name.</summary>
    Reassigned = 9,
    PlanAgreed = 10,
    PlanRevised = 11,
    ServiceStarted = 12,
    /// <summary>Arguments: the employer, the start date.</summary>
    Placed = 13,
    /// <summary>Argument: the founding date.</summary>
    Founded = 14,
    /// <summary>Argument: the month (1, 3, 6).</summary>
    FollowUpRecorded = 15,
    Held = 16,
    Reopened = 17,
    /// <summary>Argument: the outcome, as a term.</summary>
    ClosedByStaff = 18,
    /// <summary>Arguments: the office it left, the office it went to, the reason as a term.</summary>
    Transferred = 19,
    /// <summary>Arguments: the programme or post, the agency or company.</summary>
    Referred = 20,
    /// <summary>Arguments: the programme, the agency.</summary>
    ProgrammeCompleted = 21,
}

/// <summary>One step of the timeline: every transition records who, when and why.</summary>
public class CaseEvent
{
    public long Id { get; init; }
    public Guid CaseId { get; init; }
    public DateTime At { get; init; }
    public CaseStatus From { get; init; }
    public CaseStatus To { get; init; }
    public required string ActorUserId { get; init; }
    /// <summary>Why, as a code; null only on events written before codes existed, which carry <see cref="Reason"/>.</summary>
    public CaseEventReason? ReasonCode { get; init; }
    /// <summary>The values the reason's sentence takes (a deadline, say), culture-neutral, as a JSON array of strings.</summary>
    public string? ReasonArguments { get; init; }
    /// <summary>What a person wrote themselves (a withdrawal's reason): shown as written, never translated.</summary>
    public string? Note { get; init; }
    /// <summary>The sentence that events written before reason codes stored, in the writer's language, shown as it is; empty on coded events (kept NOT NULL so adding codes needed no table rebuild on SQLite).</summary>
    public string Reason { get; init; } = "";
}

public static class CaseEventText
{
    /// <summary>The reason in the reader's language (the current UI culture); an old event's stored sentence as it is.</summary>
    public static string Describe(CaseEventReason? code, string? arguments, string? storedSentence) =>
        code is { } reason ? Text.Format($"Timeline.{reason}", Parse(arguments)) : storedSentence ?? "";

    /// <summary>A notice's sentence (<c>Notice.{kind}</c>), its arguments read as a timeline entry's are.</summary>
    public static string Describe(NoticeKind kind, string? arguments) => Text.Format($"Notice.{kind}", Parse(arguments));

    /// <summary>Another sentence (<paramref name="key"/>) over a notice's arguments, read as <see cref="Describe(NoticeKind, string?)"/> reads them.</summary>
    public static string Describe(string key, string? arguments) => Text.Format(key, Parse(arguments));

    public static string Arguments(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    /// <summary>An argument that is itself a message key (an outcome, a reason code): put into the reader's words when read, like the sentence.</summary>
    public static string Term(string key) => TermMark + key;

    private const string TermMark = "@";

    private static object[] Parse(string? arguments) =>
        arguments is null ? [] : [.. (JsonSerializer.Deserialize<string[]>(arguments) ?? []).Select(a => a.StartsWith(TermMark, StringComparison.Ordinal) ? Text.Get(a[1..]) : a)];
}
