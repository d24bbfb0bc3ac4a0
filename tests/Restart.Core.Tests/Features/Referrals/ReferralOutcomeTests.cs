using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Features.Partner;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Referrals.ReferralTestData;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Referrals;

/// <summary>What follows a partner's or an employer's answer: the case placed, the timeline, the places, who is told.</summary>
public sealed class ReferralOutcomeTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_hire_places_the_case_with_follow_ups_and_tells_the_person_once(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, applicantId) = await CaseAsync(host, counselor.Id);
        var post = await JobPostAsync(host);
        await ActAsync(host, ToJob(caseId, post.Id));
        var referralId = (await ReferralsOfAsync(host, caseId)).Single().Id;
        await ApplicantAcceptsAsync(host, referralId);

        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = post.OrganizationId);
        var hire = await host.SendAsync(new RecordCandidateOutcome.Hire
        {
            Id = referralId, Version = (await ReferralsOfAsync(host, caseId)).Single().Version, StartOn = Today.AddDays(7), MonthlyWage = 2_700_000,
        });

        hire.Succeeded.ShouldBeTrue(Messages(hire));
        (await StatusAsync(host, caseId)).ShouldBe(CaseStatus.Placed);
        await using var db = host.Database.NewContext();
        var placed = await db.Cases.Where(c => c.Id == caseId).Select(c => new { c.PlacedEmployer, c.PlacedOn, c.PlacedMonthlyWage }).SingleAsync(TestContext.Current.CancellationToken);
        (placed.PlacedEmployer, placed.PlacedOn, placed.PlacedMonthlyWage).ShouldBe(("(주)한결푸드", Today.AddDays(7), 2_700_000));
        (await db.CaseFollowUps.Where(f => f.CaseId == caseId).OrderBy(f => f.Month).Select(f => f.DueOn).ToListAsync(TestContext.Current.CancellationToken))
            .ShouldBe([Today.AddDays(7).AddMonths(1), Today.AddDays(7).AddMonths(3), Today.AddDays(7).AddMonths(6)]);
        (await NoticesAsync(host)).ShouldBe([(NoticeKind.ReferralArrived, post.UserId), (NoticeKind.ReferralHired, applicantId)]);
        (await TakenAsync(host, null, post.Id)).Job.ShouldBe(1, "a hire keeps its opening");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_hire_of_a_case_not_in_service_leaves_its_status_to_staff(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, _) = await CaseAsync(host, counselor.Id, status: CaseStatus.PlanAgreed);
        var post = await JobPostAsync(host);
        await ActAsync(host, ToJob(caseId, post.Id));
        var referralId = (await ReferralsOfAsync(host, caseId)).Single().Id;
        await ApplicantAcceptsAsync(host, referralId);

        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = post.OrganizationId);
        (await host.SendAsync(new RecordCandidateOutcome.Hire
        {
            Id = referralId, Version = (await ReferralsOfAsync(host, caseId)).Single().Version, StartOn = Today, MonthlyWage = 2_600_000,
        })).Succeeded.ShouldBeTrue();

        (await StatusAsync(host, caseId)).ShouldBe(CaseStatus.PlanAgreed);
        (await ReferralsOfAsync(host, caseId)).Single().Status.ShouldBe(ReferralStatus.Hired);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_completed_programme_goes_on_the_timeline_and_acceptance_tells_the_person(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, applicantId) = await CaseAsync(host, counselor.Id);
        var programme = await ProgrammeAsync(host);
        await ActAsync(host, ToProgramme(caseId, programme.Id));
        var referralId = (await ReferralsOfAsync(host, caseId)).Single().Id;

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = programme.OrganizationId);
        (await host.SendAsync(new AnswerReferral.Accept { Id = referralId, Version = (await ReferralsOfAsync(host, caseId)).Single().Version })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new AnswerReferral.Complete { Id = referralId, Version = (await ReferralsOfAsync(host, caseId)).Single().Version })).Succeeded.ShouldBeTrue();

        (await StatusAsync(host, caseId)).ShouldBe(CaseStatus.InService, "completing a programme is a step of the service, not its end");
        await using var db = host.Database.NewContext();
        var last = await db.CaseEvents.Where(e => e.CaseId == caseId).OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        (last.ReasonCode, CaseEventText.Describe(last.ReasonCode, last.ReasonArguments, null))
            .ShouldBe((CaseEventReason.ProgrammeCompleted, "성동고용복지플러스센터의 중장년 조리 실무 과정 과정을 수료했습니다."));
        (await NoticesAsync(host)).ShouldBe([(NoticeKind.ReferralArrived, programme.UserId), (NoticeKind.ReferralAccepted, applicantId)]);
        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(1, "a completed place stays taken");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_declined_referral_gives_its_place_back_and_tells_the_person(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, applicantId) = await CaseAsync(host, counselor.Id);
        var (otherCase, _) = await CaseAsync(host, counselor.Id, name: "대기자");
        var programme = await ProgrammeAsync(host, capacity: 1);
        await ActAsync(host, ToProgramme(caseId, programme.Id));
        var referralId = (await ReferralsOfAsync(host, caseId)).Single().Id;
        (await host.SendAsync(await Seen(host, ToProgramme(otherCase, programme.Id)))).Status.ShouldBe(ResultStatus.Invalid, "full");

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = programme.OrganizationId);
        (await host.SendAsync(new AnswerReferral.Decline { Id = referralId, Version = (await ReferralsOfAsync(host, caseId)).Single().Version, Reason = "정원 조정" }))
            .Succeeded.ShouldBeTrue();

        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(0);
        (await NoticesAsync(host)).ShouldBe([(NoticeKind.ReferralArrived, programme.UserId), (NoticeKind.ReferralDeclined, applicantId)]);
        await StaffAsync(host, Roles.RegionalManager);
        (await host.SendAsync(await Seen(host, ToProgramme(otherCase, programme.Id)))).Succeeded.ShouldBeTrue("the place given back is free again");
        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(1);
    }
}
