namespace Restart.Core.Domain;

/// <summary>The stages of one ex-owner's journey (domain.md). Only the transitions in <see cref="CaseLifecycle"/> are possible.</summary>
public enum CaseStatus
{
    Draft = 0,
    Submitted = 1,
    EligibilityReview = 2,
    SupplementRequested = 3,
    Eligible = 4,
    Ineligible = 5,
    Assigned = 6,
    PlanAgreed = 7,
    InService = 8,
    Placed = 9,
    Founded = 10,
    FollowUp = 11,
    Closed = 12,
    OnHold = 13,
    Reopened = 14,
}

public enum CaseClosure
{
    Success = 1,
    Withdrawn = 2,
    NoContact = 3,
    LostEligibility = 4,
}

public enum ClosureState
{
    /// <summary>폐업 완료: the business is closed (폐업사실증명원 exists).</summary>
    Closed = 1,
    /// <summary>폐업 예정: closure is planned.</summary>
    Planned = 2,
}

public enum ClosureReason
{
    PoorSales = 1,
    Debt = 2,
    HealthOrAge = 3,
    LeaseEnded = 4,
    Competition = 5,
    Disaster = 6,
    Other = 9,
}

public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Draft] = [CaseStatus.Submitted],
        [CaseStatus.Submitted] = [CaseStatus.EligibilityReview, CaseStatus.Closed],
        [CaseStatus.EligibilityReview] = [CaseStatus.SupplementRequested, CaseStatus.Eligible, CaseStatus.Ineligible, CaseStatus.OnHold, CaseStatus.Closed],
        [CaseStatus.SupplementRequested] = [CaseStatus.EligibilityReview, CaseStatus.Closed],
        [CaseStatus.Eligible] = [CaseStatus.Assigned, CaseStatus.OnHold, CaseStatus.Closed],
        [CaseStatus.Ineligible] = [CaseStatus.Reopened, CaseStatus.Closed],
        [CaseStatus.Assigned] = [CaseStatus.PlanAgreed, CaseStatus.OnHold, CaseStatus.Closed],
        [CaseStatus.PlanAgreed] = [CaseStatus.InService, CaseStatus.OnHold, CaseStatus.Closed],
        [CaseStatus.InService] = [CaseStatus.Placed, CaseStatus.Founded, CaseStatus.OnHold, CaseStatus.Closed],
        [CaseStatus.Placed] = [CaseStatus.FollowUp, CaseStatus.Closed],
        [CaseStatus.Founded] = [CaseStatus.FollowUp, CaseStatus.Closed],
        [CaseStatus.FollowUp] = [CaseStatus.Reopened, CaseStatus.Closed],
        [CaseStatus.OnHold] = [CaseStatus.Reopened, CaseStatus.Closed],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
        // A reopened case goes back to where its work stands: review if it never passed it, its counselor or
        // the services if it had them (ADR 0015).
        [CaseStatus.Reopened] = [CaseStatus.EligibilityReview, CaseStatus.Assigned, CaseStatus.InService, CaseStatus.Closed],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The applicant may withdraw until services end; a placement or a founding is kept as the outcome it is.</summary>
    public static bool CanApplicantWithdraw(CaseStatus status) => status is CaseStatus.Submitted or CaseStatus.EligibilityReview
        or CaseStatus.SupplementRequested or CaseStatus.Eligible or CaseStatus.Assigned or CaseStatus.PlanAgreed
        or CaseStatus.InService or CaseStatus.OnHold or CaseStatus.Reopened;

    /// <summary>The statuses of a case that no longer (or not yet) holds the person's place.</summary>
    internal static readonly CaseStatus[] NotActive = [CaseStatus.Draft, CaseStatus.Ineligible, CaseStatus.Closed];

    /// <summary>A case that still holds the person's place: everything but a draft, a refusal and a closed case.</summary>
    public static bool IsActive(CaseStatus status) => !NotActive.Contains(status);

    /// <summary><see cref="IsActive"/> as a query filter, so the rule is written once for memory and for SQL.</summary>
    public static IQueryable<Case> WhereActive(this IQueryable<Case> cases) => cases.Where(c => !NotActive.Contains(c.Status));
}

/// <summary>
/// One ex-owner's application and case. While a draft it holds what the wizard has saved so far; on
/// submission it gets a number and the regional office that covers the applicant's region.
/// </summary>
public partial class Case : IVersioned
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string? Number { get; private set; }
    public required string ApplicantUserId { get; init; }
    public CaseStatus Status { get; private set; }
    public CaseClosure? Closure { get; private set; }
    public Guid? RegionalOfficeId { get; private set; }
    /// <summary>The furthest wizard step saved; it only moves forward (see <see cref="SaveStep"/>).</summary>
    public ApplyStep SavedStep { get; private set; }
    private readonly DateTime _createdAt;

    /// <summary>When the draft was started; a new draft's status dates from then.</summary>
    public DateTime CreatedAt
    {
        get => _createdAt;
        init
        {
            _createdAt = value;
            StatusChangedAt = value;
        }
    }

    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; private set; }
    /// <summary>When the case entered its current status: the queue's "days waiting".</summary>
    public DateTime StatusChangedAt { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>When the case's personal data was destroyed (ADR 0025); its statistics stay.</summary>
    public DateTime? DestroyedAt { get; set; }

    // The former business.
    public string? BusinessName { get; set; }
    /// <summary>사업자등록번호, ten digits without hyphens.</summary>
    public string? BusinessNumber { get; set; }
    public string? IndustryCode { get; set; }
    public string? BusinessSigunguCode { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public ClosureState? ClosureState { get; set; }
    /// <summary>The closure date, or the planned one.</summary>
    public DateOnly? ClosedOn { get; set; }
    public int? RegularEmployees { get; set; }
    public ClosureReason? ClosureReason { get; set; }
    public string? ClosureReasonDetail { get; set; }
    public bool? LeasedPremises { get; set; }

    // What the person wants.
    public Track? Track { get; set; }
    public int? DesiredMonthlyWage { get; set; }
    public int? DesiredWeeklyHours { get; set; }
    /// <summary>Kept only with the optional consent; erased when it is withdrawn.</summary>
    public string? CertificatesAndSkills { get; set; }
    /// <summary>Kept only with the optional consent; erased when it is withdrawn.</summary>
    public string? CareerHistory { get; set; }

    public List<CaseDesiredOccupation> DesiredOccupations { get; init; } = [];
    public List<CaseDesiredRegion> DesiredRegions { get; init; } = [];
    public List<CaseEvent> Events { get; init; } = [];

    public bool HasSaved(ApplyStep step) => SavedStep >= step;

    /// <summary>Records that a wizard step was saved; saving an earlier step again never moves the draft back.</summary>
    public void SaveStep(ApplyStep step, DateTime at)
    {
        if (step > SavedStep)
        {
            SavedStep = step;
        }

        UpdatedAt = at;
    }

    /// <summary>
    /// Moves the case if the lifecycle allows it, recording who, when and why: the reason as a code with its
    /// culture-neutral <paramref name="arguments"/>, so each reader sees it in their language, and the
    /// person's own <paramref name="note"/> as written.
    /// </summary>
    public bool TransitionTo(CaseStatus to, string actorUserId, CaseEventReason reason, DateTime at, IReadOnlyList<string>? arguments = null, string? note = null)
    {
        if (!CaseLifecycle.CanMove(Status, to))
        {
            return false;
        }

        Append(to, actorUserId, reason, at, arguments, note);
        Status = to;
        StatusChangedAt = at;
        UpdatedAt = at;
        return true;
    }

    public bool Submit(string number, Guid regionalOfficeId, string actorUserId, DateTime at)
    {
        if (!TransitionTo(CaseStatus.Submitted, actorUserId, CaseEventReason.Submitted, at))
        {
            return false;
        }

        Number = number;
        RegionalOfficeId = regionalOfficeId;
        SubmittedAt = at;
        return true;
    }

    public bool Close(CaseClosure closure, string actorUserId, CaseEventReason reason, DateTime at, string? note = null, IReadOnlyList<string>? arguments = null)
    {
        if (!TransitionTo(CaseStatus.Closed, actorUserId, reason, at, arguments, note))
        {
            return false;
        }

        Closure = closure;
        return true;
    }
}

public class CaseDesiredOccupation
{
    public Guid CaseId { get; init; }
    /// <summary>KECO code.</summary>
    public required string Code { get; init; }
}

public class CaseDesiredRegion
{
    public Guid CaseId { get; init; }
    public required string SigunguCode { get; init; }
}

public enum DocumentKind
{
    ClosureProof = 1,
    Other = 2,
    SupplementAnswer = 3,
}

/// <summary>An uploaded file. The bytes live outside wwwroot under <see cref="StoredName"/>, a random name.</summary>
public class CaseDocument
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    public DocumentKind Kind { get; init; }
    public required string FileName { get; init; }
    public required string StoredName { get; init; }
    public required string ContentType { get; init; }
    public long Length { get; init; }
    public DateTime UploadedAt { get; init; }
    public required string UploadedByUserId { get; init; }
    public Guid? SupplementRequestId { get; init; }
}

/// <summary>Staff ask for more documents by a deadline; the applicant answers with files and a message.</summary>
public class SupplementRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CaseId { get; init; }
    public required string Message { get; init; }
    public DateOnly Deadline { get; init; }
    public DateTime RequestedAt { get; init; }
    public required string RequestedByUserId { get; init; }
    public DateTime? AnsweredAt { get; set; }
    public string? Answer { get; set; }
}
