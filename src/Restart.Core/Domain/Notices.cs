namespace Restart.Core.Domain;

/// <summary>What a person is told about their case (Messages: <c>Notice.{kind}</c> and <c>Notice.{kind}.Subject</c>).</summary>
public enum NoticeKind
{
    /// <summary>Argument: the deadline.</summary>
    SupplementRequested = 1,
    /// <summary>Argument: the outcome, as a term (eligible, or the reason for not).</summary>
    EligibilityDecided = 2,
    /// <summary>Argument: the office the case moved to.</summary>
    CaseTransferred = 3,
    /// <summary>Argument: the date and time, Korean time.</summary>
    AppointmentSet = 4,
    /// <summary>Argument: the deadline, two days away.</summary>
    SupplementDeadlineNear = 5,
    /// <summary>To a partner's or employer's users. Arguments: the programme or post.</summary>
    ReferralArrived = 6,
    /// <summary>To the applicant. Arguments: the programme or post, the agency or company.</summary>
    ReferralAccepted = 7,
    /// <summary>To the applicant. Arguments: the programme or post, the agency or company.</summary>
    ReferralDeclined = 8,
    /// <summary>To the applicant. Arguments: the post, the company, the start date.</summary>
    ReferralHired = 9,
    /// <summary>To a partner's or employer's users: the person referred said yes (their contact details now show). Argument: the programme or post.</summary>
    CandidateAccepted = 10,
    /// <summary>To a partner's or employer's users: the person referred said no. Argument: the programme or post.</summary>
    CandidateDeclined = 11,
    /// <summary>
    /// To the case's counselor: the applicant marked an offer "관심 있음". Arguments: the person's name, the case number,
    /// the offer's title. Numbered apart from the referral notices (6…) written beside it.
    /// </summary>
    ApplicantInterested = 20,
}

/// <summary>A notice on the person's home page until they mark it read; its mail leaves through the outbox.</summary>
public class Notice
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public Guid? CaseId { get; init; }
    public NoticeKind Kind { get; init; }
    /// <summary>Culture-neutral values for the sentence, as a JSON array (terms put into words when read).</summary>
    public string? Arguments { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// A mail to send, written in the same transaction as the change it tells about and sent after the commit by
/// the outbox dispatcher: retried until sent, claimed by one instance at a time (ADR 0016).
/// </summary>
public class OutboxMail
{
    public long Id { get; init; }
    /// <summary>The notice this mail tells about; none for an account mail.</summary>
    public long? NoticeId { get; init; }
    public Notice? Notice { get; init; }
    /// <summary>Set for a mail about an account rather than a case (reset link, registration).</summary>
    public AccountMailKind? AccountMail { get; init; }
    /// <summary>An account mail's address as typed; cleared once the mail is handled, sent or not.</summary>
    public string? Recipient { get; set; }
    public DateTime CreatedAt { get; init; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    /// <summary>While set and in the future, one dispatcher is sending it and the others leave it alone.</summary>
    public DateTime? ClaimedUntil { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>The kind of the last failure (an exception's type), never its message: no address, no name.</summary>
    public string? LastError { get; set; }
    /// <summary>For mails that must exist once whoever queues them (a reminder): unique when set.</summary>
    public string? DedupKey { get; init; }
}
