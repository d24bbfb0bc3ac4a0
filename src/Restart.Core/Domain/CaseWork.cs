namespace Restart.Core.Domain;

/// <summary>Why a case was found ineligible, in words the applicant reads (Messages: <c>IneligibleReason.{code}</c>).</summary>
public enum IneligibleReason
{
    NotClosed = 1,
    OperatedTooShort = 2,
    TooManyEmployees = 3,
    ExcludedIndustry = 4,
    AgeOutOfRange = 5,
    ActiveCaseElsewhere = 6,
    ProofMissing = 7,
    Other = 9,
}

/// <summary>Why a case moved to another office.</summary>
public enum TransferReason
{
    ApplicantMoved = 1,
    WrongOffice = 2,
    Other = 9,
}

/// <summary>Who carries out an action item of a plan or a counseling session.</summary>
public enum ActionOwner
{
    Applicant = 1,
    Counselor = 2,
    Partner = 3,
}

public enum CounselingMode
{
    Office = 1,
    Phone = 2,
    Video = 3,
    /// <summary>찾아가는 상담: the counselor visits the shop.</summary>
    Outreach = 4,
}

/// <summary>What a session covered; several at once.</summary>
[Flags]
public enum CounselingTopics
{
    None = 0,
    CareerDesign = 1,
    Resume = 2,
    InterviewPractice = 4,
    ReFounding = 8,
    CreditAndDebt = 16,
    Welfare = 32,
    PsychologicalSupport = 64,
}

/// <summary>The stage of the business an outreach visit found (찾아가는 소상공인 플래너).</summary>
public enum BusinessStage
{
    OperatingWithDifficulty = 1,
    Closing = 2,
    Closed = 3,
    Restarting = 4,
}

/// <summary>The individual plan (개인별 활동계획) agreed with the person; agreed again, it is replaced and the timeline keeps each agreement.</summary>
public class CasePlan : IVersioned
{
    public Guid CaseId { get; init; }
    public Track Track { get; set; }
    public required string Goals { get; set; }
    public DateTime AgreedAt { get; set; }
    public required string AgreedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Something to do by a date, from the plan or from a counseling session; done when <see cref="DoneOn"/> is set.</summary>
public class CaseActionItem
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    /// <summary>The session it came from; null for the plan's own items.</summary>
    public Guid? SessionId { get; init; }
    public required string Description { get; init; }
    public ActionOwner Owner { get; init; }
    public DateOnly DueOn { get; init; }
    public DateOnly? DoneOn { get; set; }
}

/// <summary>
/// One counseling session (상담 기록). Its author may edit it on the day it was written; after that a
/// correction is a new session pointing at the one it corrects, so the record is an audit trail.
/// </summary>
public class CounselingSession : IVersioned
{
    public static readonly TimeSpan EditableFor = TimeSpan.FromDays(1);

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    /// <summary>The office whose counselor held it (the case's office then): the manager's visit counts read it without the cases.</summary>
    public Guid OfficeId { get; init; }
    public DateTime HeldAt { get; set; }
    public CounselingMode Mode { get; set; }
    public CounselingTopics Topics { get; set; }
    public required string Notes { get; set; }
    public DateTime? NextAppointmentAt { get; set; }
    public required string AuthorUserId { get; init; }
    public DateTime WrittenAt { get; init; }
    public DateTime? EditedAt { get; set; }
    public Guid? CorrectsSessionId { get; init; }
    public Guid Version { get; set; } = Guid.NewGuid();

    // An outreach visit: where the shop is, the stage found, the needs and what was taken in on the spot.
    public string? VisitSigunguCode { get; set; }
    public BusinessStage? BusinessStage { get; set; }
    public string? NeedsFound { get; set; }
    public string? IntakeOnSite { get; set; }

    public bool MayBeEditedBy(string userId, DateTime now) => AuthorUserId == userId && now - WrittenAt < EditableFor;
}

/// <summary>사후관리: a check on a placed or founded person at 1, 3 or 6 months.</summary>
public class CaseFollowUp
{
    public static readonly int[] Months = [1, 3, 6];

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    public int Month { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime? RecordedAt { get; set; }
    public string? RecordedByUserId { get; set; }
    /// <summary>Still employed, or still trading.</summary>
    public bool? StillWorking { get; set; }
    public int? MonthlyWage { get; set; }
    public bool? NeedsMoreHelp { get; set; }
    public string? Note { get; set; }
}

/// <summary>A case moved between offices. Both offices keep the record: the case's timeline shows it, and the office it left lists it.</summary>
public class CaseTransfer
{
    public long Id { get; init; }
    public Guid CaseId { get; init; }
    public Guid FromOfficeId { get; init; }
    public Guid ToOfficeId { get; init; }
    public DateTime At { get; init; }
    public required string ByUserId { get; init; }
    public TransferReason Reason { get; init; }
    public string? Note { get; init; }
}
