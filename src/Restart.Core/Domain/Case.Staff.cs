namespace Restart.Core.Domain;

/// <summary>What staff do to a case. <see cref="CaseWork.Allows"/> says when each is possible and for whom.</summary>
public enum CaseAction
{
    StartReview = 1,
    RequestSupplement = 2,
    DecideEligibility = 3,
    Assign = 4,
    AgreePlan = 5,
    StartService = 6,
    RecordPlacement = 7,
    RecordFounding = 8,
    RecordFollowUp = 9,
    Hold = 10,
    Reopen = 11,
    Close = 12,
    Transfer = 13,
    RecordCounseling = 14,
    /// <summary>Refers the person to a programme or a job post (issue 10).</summary>
    Refer = 15,
}

/// <summary>A counselor or manager acting on a case: who, which office, and whether they manage it.</summary>
public sealed record StaffMember(string UserId, Guid OfficeId, bool IsManager);

/// <summary>The staff side of the case: the counselor in charge, the outcome, and the transitions staff make.</summary>
public partial class Case
{
    /// <summary>The counselor in charge once a manager assigned one; cleared when the case moves office.</summary>
    public string? AssignedCounselorId { get; private set; }
    public IneligibleReason? IneligibleReason { get; private set; }

    // 취업: who hired the person, from when, for how much, and the evidence.
    public string? PlacedEmployer { get; private set; }
    public DateOnly? PlacedOn { get; private set; }
    public int? PlacedMonthlyWage { get; private set; }
    public Guid? PlacementEvidenceId { get; private set; }

    // 창업: the new business's registration number and date.
    public string? FoundedBusinessNumber { get; private set; }
    public DateOnly? FoundedOn { get; private set; }

    public bool StartReview(string actor, DateTime at, string? note = null) =>
        TransitionTo(CaseStatus.EligibilityReview, actor, CaseEventReason.ReviewStarted, at, note: note);

    public bool DecideEligibility(IneligibleReason? reason, string actor, DateTime at, string? note)
    {
        var moved = reason is { } why
            ? TransitionTo(CaseStatus.Ineligible, actor, CaseEventReason.FoundIneligible, at, [CaseEventText.Term($"IneligibleReason.{why}")], note)
            : TransitionTo(CaseStatus.Eligible, actor, CaseEventReason.FoundEligible, at, note: note);
        if (moved)
        {
            IneligibleReason = reason;
        }

        return moved;
    }

    /// <summary>Gives the case to a counselor: an eligible or reopened case moves to Assigned; a case in work changes hands and keeps its status.</summary>
    public bool Assign(string counselorId, string counselorName, string actor, DateTime at, string? note)
    {
        if (counselorId == AssignedCounselorId)
        {
            return false;
        }

        if (Status is CaseStatus.Eligible or CaseStatus.Reopened)
        {
            if (!TransitionTo(CaseStatus.Assigned, actor, CaseEventReason.Assigned, at, [counselorName], note))
            {
                return false;
            }
        }
        else if (CaseWork.InWork.Contains(Status))
        {
            Record(CaseEventReason.Reassigned, actor, at, [counselorName], note);
        }
        else
        {
            return false;
        }

        AssignedCounselorId = counselorId;
        return true;
    }

    /// <summary>The first agreement moves an assigned case on; agreeing again later is recorded and keeps the status.</summary>
    public bool AgreePlan(string actor, DateTime at, string? note)
    {
        if (Status == CaseStatus.Assigned)
        {
            return TransitionTo(CaseStatus.PlanAgreed, actor, CaseEventReason.PlanAgreed, at, note: note);
        }

        if (Status is CaseStatus.PlanAgreed or CaseStatus.InService)
        {
            Record(CaseEventReason.PlanRevised, actor, at, null, note);
            return true;
        }

        return false;
    }

    public bool StartService(string actor, DateTime at, string? note) =>
        TransitionTo(CaseStatus.InService, actor, CaseEventReason.ServiceStarted, at, note: note);

    public bool RecordPlacement(string employer, DateOnly startOn, int monthlyWage, Guid? evidenceId, string actor, DateTime at, string? note)
    {
        if (!TransitionTo(CaseStatus.Placed, actor, CaseEventReason.Placed, at, [employer, startOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], note))
        {
            return false;
        }

        (PlacedEmployer, PlacedOn, PlacedMonthlyWage, PlacementEvidenceId) = (employer, startOn, monthlyWage, evidenceId);
        return true;
    }

    public bool RecordFounding(string businessNumber, DateOnly foundedOn, string actor, DateTime at, string? note)
    {
        if (!TransitionTo(CaseStatus.Founded, actor, CaseEventReason.Founded, at, [foundedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], note))
        {
            return false;
        }

        (FoundedBusinessNumber, FoundedOn) = (businessNumber, foundedOn);
        return true;
    }

    /// <summary>The follow-ups a placement or founding schedules, 1, 3 and 6 months after it started.</summary>
    public IEnumerable<CaseFollowUp> ScheduleFollowUps()
    {
        var from = PlacedOn ?? FoundedOn ?? throw new InvalidOperationException("Only a placed or founded case has follow-ups.");
        return CaseFollowUp.Months.Select(m => new CaseFollowUp { CaseId = Id, Month = m, DueOn = from.AddMonths(m) });
    }

    /// <summary>The first follow-up recorded moves the case into follow-up; later ones are noted on the timeline.</summary>
    public bool RecordFollowUp(int month, string actor, DateTime at, string? note)
    {
        var arguments = new[] { month.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Status is CaseStatus.Placed or CaseStatus.Founded)
        {
            return TransitionTo(CaseStatus.FollowUp, actor, CaseEventReason.FollowUpRecorded, at, arguments, note);
        }

        if (Status == CaseStatus.FollowUp)
        {
            Record(CaseEventReason.FollowUpRecorded, actor, at, arguments, note);
            return true;
        }

        return false;
    }

    public bool Hold(string actor, DateTime at, string? note) =>
        TransitionTo(CaseStatus.OnHold, actor, CaseEventReason.Held, at, note: note);

    public bool Reopen(string actor, DateTime at, string? note)
    {
        if (!TransitionTo(CaseStatus.Reopened, actor, CaseEventReason.Reopened, at, note: note))
        {
            return false;
        }

        Closure = null;
        return true;
    }

    /// <summary>Closes with an outcome; success only for a person who was placed or founded a business.</summary>
    public bool CloseWith(CaseClosure closure, string actor, DateTime at, string? note) =>
        (closure != CaseClosure.Success || Status is CaseStatus.Placed or CaseStatus.Founded or CaseStatus.FollowUp)
        && Close(closure, actor, CaseEventReason.ClosedByStaff, at, note, [CaseEventText.Term($"CaseClosure.{closure}")]);

    /// <summary>Moves the case to another office, which must assign it again; the status is kept.</summary>
    public CaseTransfer? TransferTo(Guid officeId, string fromName, string toName, TransferReason reason, string actor, DateTime at, string? note)
    {
        if (RegionalOfficeId is not { } from || from == officeId || !CaseLifecycle.IsActive(Status))
        {
            return null;
        }

        Record(CaseEventReason.Transferred, actor, at, [fromName, toName, CaseEventText.Term($"TransferReason.{reason}")], note);
        RegionalOfficeId = officeId;
        AssignedCounselorId = null;
        return new CaseTransfer { CaseId = Id, FromOfficeId = from, ToOfficeId = officeId, At = at, ByUserId = actor, Reason = reason, Note = note };
    }

    /// <summary>A timeline entry that does not change the status (a reassignment, a transfer, a revised plan).</summary>
    private void Record(CaseEventReason reason, string actor, DateTime at, IReadOnlyList<string>? arguments, string? note)
    {
        Append(Status, actor, reason, at, arguments, note);
        UpdatedAt = at;
    }

    private void Append(CaseStatus to, string actor, CaseEventReason reason, DateTime at, IReadOnlyList<string>? arguments, string? note) =>
        Events.Add(new CaseEvent
        {
            CaseId = Id,
            At = at,
            From = Status,
            To = to,
            ActorUserId = actor,
            ReasonCode = reason,
            ReasonArguments = arguments is { Count: > 0 } ? CaseEventText.Arguments(arguments) : null,
            Note = note,
        });
}
