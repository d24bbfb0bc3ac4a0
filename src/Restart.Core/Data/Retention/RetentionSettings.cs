namespace Restart.Core.Data.Retention;

/// <summary>
/// How long personal data is kept (section <c>Retention</c>; the defaults and their legal basis are in
/// docs/operations.md, ADR 0025). The access log is not here: it is kept at least two years and never touched by the
/// retention job.
/// </summary>
public sealed class RetentionSettings
{
    /// <summary>A closed case (served, placed, founded, no contact, lost eligibility): years after it closed, as the required consent states.</summary>
    public int ClosedCaseYears { get; set; } = 3;

    /// <summary>A refused application, or one withdrawn before a plan was agreed: years after the decision (the time to contest it).</summary>
    public int RejectedApplicationYears { get; set; } = 1;

    /// <summary>An application never submitted: days after it last changed.</summary>
    public int DraftDays { get; set; } = 180;

    /// <summary>An applicant's account whose address was never confirmed: days after registration.</summary>
    public int UnconfirmedAccountDays { get; set; } = 30;

    /// <summary>A stored file no row names is swept once it is this old, so an upload still being committed is never taken.</summary>
    public int OrphanFileHours { get; set; } = 24;

    /// <summary>People (or files) handled per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>When the job runs, a Quartz cron expression in Korean time (default 03:30 daily).</summary>
    public string Schedule { get; set; } = "0 30 3 * * ?";

    public const string ClosedCaseRule = "Retention:ClosedCaseYears";
    public const string RejectedApplicationRule = "Retention:RejectedApplicationYears";
    public const string DraftRule = "Retention:DraftDays";
    public const string UnconfirmedAccountRule = "Retention:UnconfirmedAccountDays";
}
