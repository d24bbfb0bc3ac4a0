namespace Restart.Core.Domain;

/// <summary>What a destruction removed (ADR 0025). Numbers are stored: never renumber.</summary>
public enum DestructionKind
{
    /// <summary>A person: their account, profile, consents and notices, and every case of theirs.</summary>
    Person = 1,
    /// <summary>One submitted case made anonymous: its statistics stay, its personal data is gone.</summary>
    Case = 2,
    /// <summary>An application never submitted, removed whole.</summary>
    Draft = 3,
    /// <summary>Uploaded files that no row names (left by a command that rolled back), swept as a batch.</summary>
    OrphanFiles = 4,
}

/// <summary>Why the data was destroyed.</summary>
public enum DestructionCause
{
    /// <summary>The retention period of <see cref="DestructionRecord.Rule"/> ended (개인정보 보호법 제21조).</summary>
    RetentionPeriod = 1,
    /// <summary>The person asked for it and staff approved (개인정보 보호법 제36조); the request is named.</summary>
    DeletionRequest = 2,
    /// <summary>No row named the files any more.</summary>
    Orphaned = 3,
}

/// <summary>
/// One destruction (파기 기록): what kind, which case (its number hashed), when and why. Holds no personal data: no
/// name, no user id, no number in clear — only what shows that the destruction happened and under which rule.
/// </summary>
public class DestructionRecord
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public DestructionKind Kind { get; init; }
    public DestructionCause Cause { get; init; }
    /// <summary>SHA-256 (hex) of the case number, or of the case's or account's id where there is no number; null for a sweep.</summary>
    public string? SubjectHash { get; init; }
    /// <summary>The configuration key of the retention period that ran out (e.g. <c>Retention:ClosedCaseYears</c>).</summary>
    public string? Rule { get; init; }
    public Guid? DeletionRequestId { get; init; }
    /// <summary>How many cases (a person) or files (a sweep) went.</summary>
    public int Count { get; init; }
}

/// <summary>Where a deletion request stands. Numbers are stored: never renumber.</summary>
public enum DeletionRequestStatus
{
    /// <summary>Asked; staff of the case's office have not decided.</summary>
    Open = 1,
    /// <summary>Approved, but a duty to keep the data holds it until <see cref="DeletionRequest.HeldUntil"/> (or until the case ends).</summary>
    Held = 2,
    /// <summary>The data was destroyed.</summary>
    Done = 3,
    /// <summary>Staff refused, with a reason.</summary>
    Refused = 4,
}

/// <summary>What keeps a person's data after they asked for its deletion (개인정보 보호법 제36조 제1항 단서).</summary>
public enum RetentionDuty
{
    /// <summary>A case still in progress: services, allowances or referrals depend on the data.</summary>
    CaseInProgress = 1,
    /// <summary>A referral to a partner or an employer still under way.</summary>
    ReferralInProgress = 2,
    /// <summary>A closed case within the programme's record-keeping period.</summary>
    ClosedCaseRecords = 3,
    /// <summary>A refused or withdrawn application within its record-keeping period.</summary>
    RejectedApplicationRecords = 4,
}

/// <summary>
/// An applicant's request to delete their account and data (삭제 요구). Staff of the office of the person's case see
/// it and decide; the person sees where it stands. Once the data is gone the request keeps no link to the person.
/// </summary>
public class DeletionRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The person; cleared when their data is destroyed.</summary>
    public string? UserId { get; set; }
    /// <summary>The office whose staff decide: the one of the person's latest case, or of where they live.</summary>
    public Guid? RegionalOfficeId { get; init; }
    /// <summary>The person's own words; cleared when their data is destroyed.</summary>
    public string? Reason { get; set; }
    public DateTime RequestedAt { get; init; }
    public DeletionRequestStatus Status { get; private set; } = DeletionRequestStatus.Open;
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    /// <summary>Why staff refused, shown to the person as written.</summary>
    public string? RefusalReason { get; private set; }
    public RetentionDuty? HeldBy { get; private set; }
    /// <summary>The last day the duty holds the data; null while a case is in progress (it depends on when it ends).</summary>
    public DateOnly? HeldUntil { get; private set; }
    public DateTime? DoneAt { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsDecided => Status != DeletionRequestStatus.Open;

    public void Refuse(string reason, string actor, DateTime at)
    {
        Status = DeletionRequestStatus.Refused;
        RefusalReason = reason;
        DecidedByUserId = actor;
        DecidedAt = at;
    }

    public void Hold(RetentionDuty duty, DateOnly? until, string actor, DateTime at)
    {
        Status = DeletionRequestStatus.Held;
        HeldBy = duty;
        HeldUntil = until;
        DecidedByUserId ??= actor;
        DecidedAt ??= at;
    }

    /// <summary>The person's data is gone: nothing here leads back to them.</summary>
    public void Complete(string? actor, DateTime at)
    {
        Status = DeletionRequestStatus.Done;
        DecidedByUserId ??= actor;
        DecidedAt ??= at;
        DoneAt = at;
        UserId = null;
        Reason = null;
    }
}
