using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Cases;

/// <summary>A case taken by staff from submission to a closed success, and the refusals along the way.</summary>
public sealed class CaseJourneyTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_case_goes_from_review_to_a_placement_and_closes_after_the_last_follow_up(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (applicant, caseId) = await SubmittedCaseAsync(host);
        var counselor = await StaffAsync(host, Roles.Counselor, name: "박지현");
        var manager = await StaffAsync(host, Roles.RegionalManager, name: "이정훈");

        host.User.SignIn(counselor, Roles.Counselor);
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true, Note = "폐업사실증명원 확인" });
        var assign = await host.SendAsync(await Seen(host, new AssignCase.Command { CaseId = caseId, CounselorId = counselor.Id }));
        assign.Status.ShouldBe(ResultStatus.Forbidden, "a counselor does not assign");

        host.User.SignIn(manager, Roles.RegionalManager);
        await ActAsync(host, new AssignCase.Command { CaseId = caseId, CounselorId = counselor.Id });

        host.User.SignIn(counselor, Roles.Counselor);
        await ActAsync(host, new AgreePlan.Command
        {
            CaseId = caseId,
            Track = Track.ReEmployment,
            Goals = "3개월 안에 조리 분야 재취업",
            Items = [new() { Description = "이력서 작성", Owner = ActionOwner.Applicant, DueOn = new DateOnly(2026, 12, 10) }, new()],
        });
        await ActAsync(host, new AgreePlan.StartService { CaseId = caseId });
        await ActAsync(host, new RecordOutcome.Placement { CaseId = caseId, Employer = "(주)한빛푸드", StartOn = new DateOnly(2026, 12, 1), MonthlyWage = 2_400_000 });
        foreach (var month in new[] { 1, 3, 6 })
        {
            await ActAsync(host, new RecordFollowUp.Command { CaseId = caseId, Month = month, StillWorking = true, MonthlyWage = 2_450_000, NeedsMoreHelp = false });
        }

        var seen = (await host.SendAsync(new GetCase.Query { Id = caseId })).Value;
        seen.Status.ShouldBe(CaseStatus.Closed);
        seen.Closure.ShouldBe(CaseClosure.Success);
        seen.Counselor.ShouldBe("박지현");
        seen.AgreedPlan.ShouldNotBeNull().Goals.ShouldBe("3개월 안에 조리 분야 재취업");
        seen.ActionItems.Select(i => i.Description).ShouldBe(["이력서 작성"], "a blank row of the form is no item");
        seen.FollowUps.ShouldAllBe(f => f.RecordedAt != null && f.StillWorking == true);
        seen.Timeline.Select(t => t.To).ShouldBe([
            CaseStatus.Submitted, CaseStatus.EligibilityReview, CaseStatus.Eligible, CaseStatus.Assigned, CaseStatus.PlanAgreed,
            CaseStatus.InService, CaseStatus.Placed, CaseStatus.FollowUp, CaseStatus.FollowUp, CaseStatus.FollowUp, CaseStatus.Closed]);
        seen.Timeline[2].Actor.ShouldBe("박지현");
        seen.Timeline[3].Reason.ShouldContain("박지현");

        host.User.SignIn(applicant, Roles.Applicant);
        var mine = (await host.SendAsync(new GetMyCase.Query())).Value;
        mine.Timeline.Select(t => t.Reason).ShouldContain("(주)한빛푸드에 취업했습니다. (시작일 2026-12-01)");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_ineligible_decision_tells_the_applicant_why_in_plain_words(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (applicant, caseId) = await SubmittedCaseAsync(host);
        await StaffAsync(host, Roles.Counselor);
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });

        var noReason = await host.SendAsync(await Seen(host, new ReviewCase.Decide { CaseId = caseId, Eligible = false }));
        noReason.Errors.ShouldContain(e => e.Field == nameof(ReviewCase.Decide.Reason));
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = false, Reason = IneligibleReason.TooManyEmployees });

        host.User.SignIn(applicant, Roles.Applicant);
        var mine = (await host.SendAsync(new GetMyCase.Query())).Value;
        mine.Status.ShouldBe(CaseStatus.Ineligible);
        mine.Timeline[^1].Reason.ShouldBe("지원 요건에 맞지 않는다고 판단했습니다. 사유: 상시근로자 수가 소상공인 기준을 넘습니다.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_second_of_two_staff_acting_at_once_is_told_what_changed_and_nothing_is_overwritten(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        var first = await StaffAsync(host, Roles.Counselor, name: "박지현");
        var second = await StaffAsync(host, Roles.Counselor, name: "김상담");
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });

        // Both opened the page now; the first decides, then the second sends what they saw.
        var stale = await Seen(host, new ReviewCase.Decide { CaseId = caseId, Eligible = false, Reason = IneligibleReason.ProofMissing });
        host.User.SignIn(first, Roles.Counselor);
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        host.User.SignIn(second, Roles.Counselor);
        var late = await host.SendAsync(stale);

        late.Status.ShouldBe(ResultStatus.Conflict);
        late.Errors.Single().Message.ShouldContain("박지현: 지원 자격이 확인되었습니다.");
        (await StatusAsync(host, caseId)).ShouldBe(CaseStatus.Eligible);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_of_another_office_find_nothing_and_a_colleague_cannot_work_an_assigned_case(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var manager = await StaffAsync(host, Roles.RegionalManager);
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        await ActAsync(host, new AssignCase.Command { CaseId = caseId, CounselorId = counselor.Id });

        await StaffAsync(host, Roles.RegionalManager, "BUSAN-ULSAN");
        (await host.SendAsync(new GetCase.Query { Id = caseId })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(await Seen(host, new ChangeCaseStatus.Hold { CaseId = caseId, Note = "x" }))).Status.ShouldBe(ResultStatus.NotFound);

        await StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(new GetCase.Query { Id = caseId })).Value.Actions.ShouldBeEmpty("a colleague reads the case but works none of it");
        (await host.SendAsync(await Seen(host, new ChangeCaseStatus.Hold { CaseId = caseId, Note = "x" }))).Status.ShouldBe(ResultStatus.Forbidden);

        var applicant = await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new GetCase.Query { Id = caseId })).Status.ShouldBe(ResultStatus.Forbidden);

        await using var db = host.Database.NewContext();
        var refusals = await db.AccessLog.Where(e => e.Subject != "self" && e.Outcome != "Ok").Select(e => new { e.Operation, e.Outcome }).ToListAsync(TestContext.Current.CancellationToken);
        refusals.ShouldContain(r => r.Operation == "GetCase.Query" && r.Outcome == "NotFound");
        refusals.ShouldContain(r => r.Operation == "ChangeCaseStatus.Hold" && r.Outcome == "Forbidden");
        refusals.ShouldContain(r => r.Operation == "GetCase.Query" && r.Outcome == "Forbidden");
        _ = (manager, applicant);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_transferred_case_leaves_the_first_office_and_both_keep_the_record(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        await StaffAsync(host, Roles.RegionalManager);

        await ActAsync(host, new TransferCase.Command { CaseId = caseId, OfficeId = TestData.OfficeOf(host, "BUSAN-ULSAN"), Reason = TransferReason.ApplicantMoved, Note = "부산으로 이사" });

        (await host.SendAsync(new GetCase.Query { Id = caseId })).Status.ShouldBe(ResultStatus.NotFound);
        var kept = (await host.SendAsync(new ListTransfersOut.Query())).Value.ShouldHaveSingleItem();
        (kept.ToOffice, kept.Reason).ShouldBe(("부산울산지역본부", TransferReason.ApplicantMoved), "the office it left keeps the record");
        await StaffAsync(host, Roles.Counselor, "BUSAN-ULSAN");
        (await host.SendAsync(new ListTransfersOut.Query())).Value.ShouldBeEmpty();
        var there = (await host.SendAsync(new GetCase.Query { Id = caseId })).Value;
        there.Timeline[^1].Reason.ShouldStartWith("사례가 서울");
        there.Timeline[^1].Note.ShouldBe("부산으로 이사");
        await using var db = host.Database.NewContext();
        (await db.CaseTransfers.SingleAsync(t => t.CaseId == caseId, TestContext.Current.CancellationToken)).FromOfficeId.ShouldBe(TestData.OfficeOf(host, "SEOUL"));
    }
}
