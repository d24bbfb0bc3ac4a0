using Restart.Core.Domain;
using Case = Restart.Core.Domain.Case;

namespace Restart.Core.Tests.Domain;

/// <summary>The case's state machine (domain.md): exactly the transitions listed exist, and each staff action belongs to the right people.</summary>
public sealed class CaseLifecycleTests
{
    /// <summary>The lifecycle as domain.md and ADR 0015 state it, written out independently of the code's table.</summary>
    private static readonly (CaseStatus From, CaseStatus[] To)[] Expected =
    [
        (CaseStatus.Draft, [CaseStatus.Submitted]),
        (CaseStatus.Submitted, [CaseStatus.EligibilityReview, CaseStatus.Closed]),
        (CaseStatus.EligibilityReview, [CaseStatus.SupplementRequested, CaseStatus.Eligible, CaseStatus.Ineligible, CaseStatus.OnHold, CaseStatus.Closed]),
        (CaseStatus.SupplementRequested, [CaseStatus.EligibilityReview, CaseStatus.Closed]),
        (CaseStatus.Eligible, [CaseStatus.Assigned, CaseStatus.OnHold, CaseStatus.Closed]),
        (CaseStatus.Ineligible, [CaseStatus.Reopened, CaseStatus.Closed]),
        (CaseStatus.Assigned, [CaseStatus.PlanAgreed, CaseStatus.OnHold, CaseStatus.Closed]),
        (CaseStatus.PlanAgreed, [CaseStatus.InService, CaseStatus.OnHold, CaseStatus.Closed]),
        (CaseStatus.InService, [CaseStatus.Placed, CaseStatus.Founded, CaseStatus.OnHold, CaseStatus.Closed]),
        (CaseStatus.Placed, [CaseStatus.FollowUp, CaseStatus.Closed]),
        (CaseStatus.Founded, [CaseStatus.FollowUp, CaseStatus.Closed]),
        (CaseStatus.FollowUp, [CaseStatus.Reopened, CaseStatus.Closed]),
        (CaseStatus.OnHold, [CaseStatus.Reopened, CaseStatus.Closed]),
        (CaseStatus.Closed, [CaseStatus.Reopened]),
        (CaseStatus.Reopened, [CaseStatus.EligibilityReview, CaseStatus.Assigned, CaseStatus.InService, CaseStatus.Closed]),
    ];

    public static TheoryData<CaseStatus, CaseStatus> EveryPair()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_listed_transitions_exist(CaseStatus from, CaseStatus to)
    {
        var allowed = Expected.Single(e => e.From == from).To.Contains(to);

        CaseLifecycle.CanMove(from, to).ShouldBe(allowed, $"{from} → {to}");
    }

    [Fact]
    public void A_refused_transition_leaves_the_case_and_its_timeline_as_they_were()
    {
        var c = new Case { ApplicantUserId = "a", CreatedAt = DateTime.UtcNow };
        c.Submit("2026-000001", Guid.NewGuid(), "a", DateTime.UtcNow).ShouldBeTrue();

        c.DecideEligibility(null, "staff", DateTime.UtcNow, null).ShouldBeFalse("a submitted case is reviewed before it is decided");
        c.Status.ShouldBe(CaseStatus.Submitted);
        c.Events.Count.ShouldBe(1);
    }

    [Fact]
    public void Success_is_an_outcome_only_after_a_placement_or_a_founding()
    {
        var c = new Case { ApplicantUserId = "a", CreatedAt = DateTime.UtcNow };
        c.Submit("2026-000001", Guid.NewGuid(), "a", DateTime.UtcNow);
        c.StartReview("s", DateTime.UtcNow);

        c.CloseWith(CaseClosure.Success, "s", DateTime.UtcNow, null).ShouldBeFalse();
        c.CloseWith(CaseClosure.NoContact, "s", DateTime.UtcNow, null).ShouldBeTrue();
        c.Closure.ShouldBe(CaseClosure.NoContact);
    }

    [Fact]
    public void A_placement_schedules_follow_ups_at_one_three_and_six_months()
    {
        var c = InService();

        c.RecordPlacement("(주)한빛푸드", new DateOnly(2026, 12, 1), 2_400_000, null, "s", DateTime.UtcNow, null).ShouldBeTrue();

        c.ScheduleFollowUps().Select(f => (f.Month, f.DueOn)).ShouldBe([(1, new DateOnly(2027, 1, 1)), (3, new DateOnly(2027, 3, 1)), (6, new DateOnly(2027, 6, 1))]);
    }

    [Fact]
    public void A_transfer_keeps_the_status_clears_the_counselor_and_is_on_the_timeline()
    {
        var c = InService();
        var other = Guid.NewGuid();

        var transfer = c.TransferTo(other, "서울", "부산·울산", TransferReason.ApplicantMoved, "m", DateTime.UtcNow, "부산으로 이사");

        transfer.ShouldNotBeNull().ToOfficeId.ShouldBe(other);
        c.RegionalOfficeId.ShouldBe(other);
        c.Status.ShouldBe(CaseStatus.InService);
        c.AssignedCounselorId.ShouldBeNull();
        c.Events[^1].ReasonCode.ShouldBe(CaseEventReason.Transferred);
        c.TransferTo(other, "부산·울산", "부산·울산", TransferReason.Other, "m", DateTime.UtcNow, null).ShouldBeNull("not to the office it is in");
    }

    private static Case InService()
    {
        var at = DateTime.UtcNow;
        var c = new Case { ApplicantUserId = "a", CreatedAt = at };
        c.Submit("2026-000001", Guid.NewGuid(), "a", at);
        c.StartReview("s", at);
        c.DecideEligibility(null, "s", at, null);
        c.Assign("counselor", "박지현", "m", at, null).ShouldBeTrue();
        c.AgreePlan("counselor", at, null).ShouldBeTrue();
        c.StartService("counselor", at, null).ShouldBeTrue();
        return c;
    }
}
