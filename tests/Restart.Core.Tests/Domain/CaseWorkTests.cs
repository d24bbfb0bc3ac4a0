using Restart.Core.Domain;

namespace Restart.Core.Tests.Domain;

/// <summary>Who may do what to a case (ADR 0015): the page's buttons and the handlers read the same rule.</summary>
public sealed class CaseWorkTests
{
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly StaffMember Manager = new("manager", Office, IsManager: true);
    private static readonly StaffMember Counselor = new("counselor", Office, IsManager: false);
    private static readonly StaffMember Colleague = new("colleague", Office, IsManager: false);
    private static readonly StaffMember Elsewhere = new("manager-2", Guid.NewGuid(), IsManager: true);

    [Fact]
    public void Staff_of_another_office_may_do_nothing()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            CaseWork.Available(Elsewhere, status, Office, null, hasPlan: true).ShouldBeEmpty($"{status}");
        }
    }

    [Fact]
    public void Only_a_manager_assigns_and_transfers()
    {
        CaseWork.Allows(CaseAction.Assign, Manager, CaseStatus.Eligible, Office, null).ShouldBeTrue();
        CaseWork.Allows(CaseAction.Assign, Counselor, CaseStatus.Eligible, Office, null).ShouldBeFalse();
        CaseWork.Allows(CaseAction.Transfer, Manager, CaseStatus.InService, Office, "counselor").ShouldBeTrue();
        CaseWork.Allows(CaseAction.Transfer, Counselor, CaseStatus.InService, Office, "counselor").ShouldBeFalse();
        CaseWork.Allows(CaseAction.Transfer, Manager, CaseStatus.Closed, Office, "counselor").ShouldBeFalse("a closed case stays where it closed");
    }

    [Fact]
    public void Any_counselor_of_the_office_reviews_an_unassigned_case()
    {
        CaseWork.Allows(CaseAction.StartReview, Counselor, CaseStatus.Submitted, Office, null).ShouldBeTrue();
        CaseWork.Allows(CaseAction.DecideEligibility, Colleague, CaseStatus.EligibilityReview, Office, null).ShouldBeTrue();
        CaseWork.Allows(CaseAction.RequestSupplement, Counselor, CaseStatus.EligibilityReview, Office, null).ShouldBeTrue();
    }

    [Fact]
    public void An_assigned_case_is_worked_by_its_counselor_or_a_manager_only()
    {
        CaseWork.Allows(CaseAction.AgreePlan, Counselor, CaseStatus.Assigned, Office, "counselor").ShouldBeTrue();
        CaseWork.Allows(CaseAction.AgreePlan, Colleague, CaseStatus.Assigned, Office, "counselor").ShouldBeFalse();
        CaseWork.Allows(CaseAction.RecordCounseling, Colleague, CaseStatus.InService, Office, "counselor").ShouldBeFalse();
        CaseWork.Allows(CaseAction.AgreePlan, Manager, CaseStatus.Assigned, Office, "counselor").ShouldBeTrue();
    }

    [Fact]
    public void Each_action_is_offered_only_in_the_statuses_it_moves_from()
    {
        CaseWork.Available(Counselor, CaseStatus.InService, Office, "counselor", hasPlan: true)
            .ShouldBe([CaseAction.AgreePlan, CaseAction.RecordPlacement, CaseAction.RecordFounding, CaseAction.Hold, CaseAction.Close, CaseAction.RecordCounseling, CaseAction.Refer], ignoreOrder: true);
        CaseWork.Available(Counselor, CaseStatus.Closed, Office, "counselor", hasPlan: true).ShouldBe([CaseAction.Reopen]);
        CaseWork.Allows(CaseAction.StartService, Counselor, CaseStatus.Reopened, Office, "counselor", hasPlan: false).ShouldBeFalse("services resume only under an agreed plan");
    }
}
