namespace Restart.Core.Domain;

/// <summary>
/// Where a referral stands. Suggested → Referred → Accepted | Declined → Hired | NotHired | Completed | Dropped;
/// an employer may record Interview between Accepted and the result. Numbers are stored: never renumber.
/// </summary>
public enum ReferralStatus
{
    Suggested = 0,
    Referred = 1,
    Accepted = 2,
    Declined = 3,
    Interview = 4,
    Hired = 5,
    NotHired = 6,
    Completed = 7,
    Dropped = 8,
}

/// <summary>
/// One person referred to one programme (of a partner agency) or one job post (of an employer). The
/// agency or company is kept beside the offer so that each partner's list is one indexed range.
/// </summary>
public class Referral : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    public required string ApplicantUserId { get; init; }
    /// <summary>The office working the case when the referral was made.</summary>
    public Guid RegionalOfficeId { get; init; }
    public Guid? ProgrammeId { get; init; }
    public Guid? AgencyId { get; init; }
    public Guid? JobPostId { get; init; }
    public Guid? CompanyId { get; init; }
    public ReferralStatus Status { get; set; }
    /// <summary>When the applicant agreed to go ahead: only then does an employer see the contact details.</summary>
    public DateTime? ApplicantAcceptedAt { get; set; }
    /// <summary>
    /// When the applicant marked the offer "관심 있음" on their recommendations. Set on a Suggested referral (one the
    /// applicant created, or staff's suggestion the applicant marked), kept after it moves on as the record of who asked.
    /// </summary>
    public DateTime? InterestedAt { get; set; }
    /// <summary>Why the partner, the employer or the applicant declined or dropped, as written.</summary>
    public string? Reason { get; set; }
    public DateOnly? InterviewOn { get; set; }
    public DateOnly? HiredOn { get; set; }
    public int? HiredMonthlyWage { get; set; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedByUserId { get; init; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>
    /// When the referral first reached Referred, Accepted and Interview: the times of those steps, kept on the referral so
    /// that the reports' referral funnel is one grouped read of the referrals, not a look at every referral's steps (ADR 0026).
    /// </summary>
    public DateTime? ReferredAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public DateTime? InterviewRecordedAt { get; private set; }
    public List<ReferralStep> Steps { get; init; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Moves to <paramref name="to"/> and records the step; false when the move is not allowed from here.</summary>
    public bool MoveTo(ReferralStatus to, string actorUserId, DateTime at, string? reason = null)
    {
        if (!ReferralLifecycle.Allows(Status, to, JobPostId is not null))
        {
            return false;
        }

        Status = to;
        UpdatedAt = at;
        if (reason is not null)
        {
            Reason = reason;
        }

        Steps.Add(new ReferralStep { ReferralId = Id, Status = to, At = at, ByUserId = actorUserId, Reason = reason });
        switch (to)
        {
            case ReferralStatus.Referred:
                ReferredAt ??= at;
                break;
            case ReferralStatus.Accepted:
                AcceptedAt ??= at;
                break;
            case ReferralStatus.Interview:
                InterviewRecordedAt ??= at;
                break;
        }

        return true;
    }
}

/// <summary>Each step of a referral: who moved it where, when, and why.</summary>
public class ReferralStep
{
    public long Id { get; init; }
    public Guid ReferralId { get; init; }
    public ReferralStatus Status { get; init; }
    public DateTime At { get; init; }
    public required string ByUserId { get; init; }
    public string? Reason { get; init; }
}

public static class ReferralLifecycle
{
    /// <summary>Whether a referral may move from <paramref name="from"/> to <paramref name="to"/>; job referrals end in Hired/NotHired, programme referrals in Completed/Dropped.</summary>
    public static bool Allows(ReferralStatus from, ReferralStatus to, bool isJob) => (from, to) switch
    {
        (ReferralStatus.Suggested, ReferralStatus.Referred) => true,
        (ReferralStatus.Suggested or ReferralStatus.Referred, ReferralStatus.Declined) => true,
        (ReferralStatus.Referred, ReferralStatus.Accepted) => true,
        (ReferralStatus.Accepted, ReferralStatus.Interview) => isJob,
        (ReferralStatus.Accepted or ReferralStatus.Interview, ReferralStatus.Hired or ReferralStatus.NotHired) => isJob,
        (ReferralStatus.Accepted, ReferralStatus.Completed) => !isJob,
        (ReferralStatus.Accepted or ReferralStatus.Interview, ReferralStatus.Dropped) => true,
        _ => false,
    };

    /// <summary>
    /// Statuses that hold a place in a programme or an opening of a job post (ADR 0019): staff referring a person
    /// reserves the place, so the partner or employer is never sent more people than it has room for; a decline,
    /// a drop-out or a "not hired" gives it back; a hire or a completed programme keeps it. A mere suggestion
    /// (matching's, or the applicant's "interested" mark) holds none.
    /// </summary>
    public static readonly IReadOnlyList<ReferralStatus> TakesAPlace =
        [ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview, ReferralStatus.Hired, ReferralStatus.Completed];

    /// <summary>Statuses in which a referral is still going on: no second one for the same case and offer meanwhile.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Active =
        [ReferralStatus.Suggested, ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.Interview];

    public static bool HoldsAPlace(ReferralStatus status) => TakesAPlace.Contains(status);
}
