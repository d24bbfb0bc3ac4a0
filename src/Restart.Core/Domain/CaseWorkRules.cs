namespace Restart.Core.Domain;

/// <summary>
/// Who may do what to a case, written once for the page that offers an action and the handler that does it
/// (ADR 0015). Staff see only their office's cases. A manager may do everything there; before a case has a
/// counselor any counselor of the office may review it; once assigned, only its counselor (or a manager)
/// works it. Assigning and moving a case to another office are a manager's.
/// </summary>
public static class CaseWork
{
    /// <summary>The statuses in which a counselor is in charge: a new assignment here is a reassignment.</summary>
    public static readonly IReadOnlyList<CaseStatus> InWork =
        [CaseStatus.Assigned, CaseStatus.PlanAgreed, CaseStatus.InService, CaseStatus.Placed, CaseStatus.Founded, CaseStatus.FollowUp, CaseStatus.OnHold];

    /// <summary>Review comes before any assignment: any counselor of the office may take it.</summary>
    private static readonly CaseStatus[] Review =
        [CaseStatus.Submitted, CaseStatus.EligibilityReview, CaseStatus.SupplementRequested, CaseStatus.Eligible, CaseStatus.Reopened];

    public static bool Sees(StaffMember staff, Guid? officeId) => officeId == staff.OfficeId;

    /// <summary>Whether <paramref name="staff"/> works this case at all (before asking which action).</summary>
    public static bool Works(StaffMember staff, CaseStatus status, Guid? officeId, string? assignedCounselorId) =>
        Sees(staff, officeId)
        && (staff.IsManager || assignedCounselorId == staff.UserId || (assignedCounselorId is null && Review.Contains(status)));

    public static bool Allows(CaseAction action, StaffMember staff, CaseStatus status, Guid? officeId, string? assignedCounselorId, bool hasPlan = false)
    {
        if (action is CaseAction.Assign or CaseAction.Transfer)
        {
            return Sees(staff, officeId) && staff.IsManager && action switch
            {
                CaseAction.Assign => status is CaseStatus.Eligible or CaseStatus.Reopened || InWork.Contains(status),
                _ => CaseLifecycle.IsActive(status),
            };
        }

        return Works(staff, status, officeId, assignedCounselorId) && action switch
        {
            CaseAction.StartReview => status is CaseStatus.Submitted or CaseStatus.Reopened,
            CaseAction.RequestSupplement => status is CaseStatus.Submitted or CaseStatus.EligibilityReview,
            CaseAction.DecideEligibility => status == CaseStatus.EligibilityReview,
            CaseAction.AgreePlan => status is CaseStatus.Assigned or CaseStatus.PlanAgreed or CaseStatus.InService,
            CaseAction.StartService => status == CaseStatus.PlanAgreed || (status == CaseStatus.Reopened && hasPlan),
            CaseAction.RecordPlacement or CaseAction.RecordFounding => status == CaseStatus.InService,
            CaseAction.RecordFollowUp => status is CaseStatus.Placed or CaseStatus.Founded or CaseStatus.FollowUp,
            CaseAction.Hold => CaseLifecycle.CanMove(status, CaseStatus.OnHold),
            CaseAction.Reopen => CaseLifecycle.CanMove(status, CaseStatus.Reopened),
            CaseAction.Close => status != CaseStatus.Draft && CaseLifecycle.CanMove(status, CaseStatus.Closed),
            CaseAction.RecordCounseling => CaseLifecycle.IsActive(status),
            // Referrals are part of the service: from the counselor's first meeting until the person is placed or founds.
            CaseAction.Refer => status is CaseStatus.Assigned or CaseStatus.PlanAgreed or CaseStatus.InService,
            _ => false,
        };
    }

    public static IReadOnlyList<CaseAction> Available(StaffMember staff, CaseStatus status, Guid? officeId, string? assignedCounselorId, bool hasPlan) =>
        [.. Enum.GetValues<CaseAction>().Where(a => Allows(a, staff, status, officeId, assignedCounselorId, hasPlan))];
}
