using Restart.Core.Domain;

namespace Restart.Core.Features.My;

/// <summary>What <see cref="GetMyData"/> answers: one shape for the page and the JSON file, so both say the same.</summary>
public static partial class GetMyData
{
    public sealed record Model(
        DateTime GeneratedAt,
        Account Account,
        IReadOnlyList<SignIn> SignIns,
        Profile? Profile,
        IReadOnlyList<Application> Applications,
        IReadOnlyList<Consent> Consents,
        IReadOnlyList<Referral> Referrals,
        IReadOnlyList<NoticeItem> Notices,
        IReadOnlyList<Access> AccessByOthers);

    public sealed record Account(string? Email, string DisplayName, DateTime CreatedAt, bool EmailConfirmed, bool TwoFactorEnabled);

    /// <summary>A browser signed in (ADR 0021); ended at log-out, or still open.</summary>
    public sealed record SignIn(DateTime At, DateTime? EndedAt);

    public sealed record Profile(string Name, DateOnly BirthDate, string Phone, string SigunguCode, string? Region, DateTime CreatedAt);

    public sealed record Application(
        Guid Id,
        string? Number,
        CaseStatus Status,
        CaseClosure? Closure,
        string? Office,
        DateTime CreatedAt,
        DateTime? SubmittedAt,
        Business Business,
        Wishes Wishes,
        string? IneligibleReason,
        Outcome? Outcome,
        IReadOnlyList<TimelineItem> Timeline,
        IReadOnlyList<Document> Documents,
        IReadOnlyList<Supplement> Supplements,
        Plan? Plan,
        IReadOnlyList<ActionItem> ActionItems,
        IReadOnlyList<Counseling> Counseling,
        IReadOnlyList<FollowUp> FollowUps);

    public sealed record Business(
        string? Name, string? Number, string? IndustryCode, string? Industry, string? SigunguCode, string? Region, DateOnly? OpenedOn,
        ClosureState? ClosureState, DateOnly? ClosedOn, int? RegularEmployees, ClosureReason? ClosureReason, string? ClosureReasonDetail, bool? LeasedPremises);

    public sealed record Wishes(
        Track? Track, int? DesiredMonthlyWage, int? DesiredWeeklyHours, IReadOnlyList<Coded> Occupations, IReadOnlyList<Coded> Regions,
        string? CareerHistory, string? CertificatesAndSkills);

    public sealed record Coded(string Code, string? Name);

    public sealed record Outcome(string? Employer, DateOnly? PlacedOn, int? MonthlyWage, string? FoundedBusinessNumber, DateOnly? FoundedOn);

    /// <summary>A step of the case as the applicant's case page shows it: the reason in the reader's language, the note as written.</summary>
    public sealed record TimelineItem(DateTime At, CaseStatus From, CaseStatus To, string Reason, string? Note);

    public sealed record Document(Guid Id, DocumentKind Kind, string FileName, string ContentType, long Length, DateTime UploadedAt);

    public sealed record Supplement(string Message, DateOnly Deadline, DateTime RequestedAt, DateTime? AnsweredAt, string? Answer);

    public sealed record Plan(Track Track, string Goals, DateTime AgreedAt);

    public sealed record ActionItem(string Description, ActionOwner Owner, DateOnly DueOn, DateOnly? DoneOn);

    /// <summary>
    /// A counseling session as the person took part in it: when, how, what about and the next appointment. The
    /// counselor's notes stay internal (ADR 0015, ADR 0024).
    /// </summary>
    public sealed record Counseling(DateTime HeldAt, CounselingMode Mode, CounselingTopics Topics, DateTime? NextAppointmentAt);

    public sealed record FollowUp(int Month, DateOnly DueOn, DateTime? RecordedAt, bool? StillWorking, int? MonthlyWage, bool? NeedsMoreHelp);

    public sealed record Consent(ConsentItem Item, bool Granted, string TextVersion, DateTime At, string? IpAddress);

    public sealed record Referral(
        string Title, string Organization, bool IsJob, ReferralStatus Status, string? Reason, DateTime CreatedAt, DateTime? InterestedAt,
        DateTime? AcceptedAt, DateOnly? InterviewOn, DateOnly? HiredOn, int? HiredMonthlyWage, IReadOnlyList<ReferralStep> Steps);

    public sealed record ReferralStep(ReferralStatus Status, DateTime At, string? Reason);

    public sealed record NoticeItem(DateTime At, NoticeKind Kind, string Text, DateTime? ReadAt);

    /// <summary>
    /// Someone else at the portal read, changed or exported the person's data: when, from which organisation in which
    /// role, what and why. Not who by name (ADR 0024); an anonymous attempt has neither.
    /// </summary>
    public sealed record Access(DateTime At, string? Organization, string? Role, PersonalDataAction Action, string Operation, string Outcome, string? Reason);
}
