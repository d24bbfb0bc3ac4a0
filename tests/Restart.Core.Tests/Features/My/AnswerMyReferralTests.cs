using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.My.ApplicantOfferTestData;

namespace Restart.Core.Tests.Features.My;

/// <summary>The applicant's referrals: what they see, accepting, declining with a reason, a referral changed meanwhile, and whose they are.</summary>
public sealed class AnswerMyReferralTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_applicant_sees_referrals_not_marks_and_accepting_a_job_makes_them_the_employers_candidate(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var job = await JobAsync(host, "단체급식 조리원");
        var id = await ReferToJobAsync(host, me, job);
        await ReferToJobAsync(host, me, await JobAsync(host, "제안만 된 일"), ReferralStatus.Suggested);

        var list = (await host.SendAsync(new GetMyReferrals.Query())).Value;
        var item = list.Items.ShouldHaveSingleItem("a mere suggestion is not a referral yet");
        (item.Title, item.Organization, item.Status, item.CanAccept, item.CanDecline).ShouldBe(("단체급식 조리원", "(주)한끼푸드", ReferralStatus.Referred, true, true));
        item.Steps.Select(s => s.Status).ShouldBe([ReferralStatus.Referred]);

        (await host.SendAsync(new AnswerMyReferral.Accept { Id = id, Version = item.Version })).Succeeded.ShouldBeTrue();
        var accepted = (await host.SendAsync(new GetMyReferrals.Query())).Value.Items.Single();
        // A job has no acceptance of the employer's own: the candidate's yes moves it on, and the employer interviews or hires.
        (accepted.Status, accepted.AcceptedAt, accepted.CanAccept, accepted.CanDecline).ShouldBe((ReferralStatus.Accepted, Now.UtcDateTime, false, false));
        accepted.Steps.Select(s => s.Status).ShouldBe([ReferralStatus.Referred, ReferralStatus.Accepted]);
        (await host.SendAsync(new AnswerMyReferral.Accept { Id = id, Version = accepted.Version })).Succeeded.ShouldBeTrue("accepting again changes nothing");
        (await ReferralsOfAsync(host, me.CaseId)).Single(r => r.Id == id).ApplicantAcceptedAt.ShouldBe(Now.UtcDateTime);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Declining_needs_a_reason_and_ends_the_referral_with_the_applicants_step(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var id = await ReferToJobAsync(host, me, await JobAsync(host));
        var version = await VersionAsync(host, id);

        (await host.SendAsync(new AnswerMyReferral.Decline { Id = id, Version = version, Reason = "  " })).Errors.ShouldBe([new FieldError("Reason", "거절하는 이유를 입력해 주세요.")]);
        (await host.SendAsync(new AnswerMyReferral.Decline { Id = id, Version = version, Reason = new string('가', 501) })).Errors.ShouldBe([new FieldError("Reason", "500자 이하로 입력해 주세요.")]);
        (await host.SendAsync(new AnswerMyReferral.Decline { Id = id, Version = version, Reason = " 통근 거리가 멉니다 " })).Succeeded.ShouldBeTrue();

        var declined = (await host.SendAsync(new GetMyReferrals.Query())).Value.Items.Single();
        (declined.Status, declined.Reason, declined.CanAccept, declined.CanDecline).ShouldBe((ReferralStatus.Declined, "통근 거리가 멉니다", false, false));
        var step = (await ReferralsOfAsync(host, me.CaseId)).Single().Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Last();
        (step.Status, step.ByUserId, step.Reason).ShouldBe((ReferralStatus.Declined, me.User.Id, "통근 거리가 멉니다"));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_employers_users_hear_of_the_applicants_yes_and_no_by_the_post_not_the_persons_name(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var wanted = await JobAsync(host, "단체급식 조리원");
        var unwanted = await JobAsync(host, "야간 물류 포장");
        var hiring = await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = wanted.CompanyId);
        var other = await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = unwanted.CompanyId);
        var yes = await ReferToJobAsync(host, me, wanted);
        var no = await ReferToJobAsync(host, me, unwanted);
        host.User.SignIn(me.User, Roles.Applicant);

        (await host.SendAsync(new AnswerMyReferral.Accept { Id = yes, Version = await VersionAsync(host, yes) })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new AnswerMyReferral.Decline { Id = no, Version = await VersionAsync(host, no), Reason = "야간 근무는 어렵습니다" })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new AnswerMyReferral.Accept { Id = yes, Version = await VersionAsync(host, yes) })).Succeeded.ShouldBeTrue("a second yes tells nobody again");

        await using var db = host.Database.NewContext();
        var told = await db.Notices.OrderBy(n => n.Id).Select(n => new { n.UserId, n.Kind, n.Arguments, Mailed = db.Outbox.Any(o => o.NoticeId == n.Id) })
            .ToListAsync(TestContext.Current.CancellationToken);
        told.Select(n => (n.UserId, n.Kind, n.Mailed)).ShouldBe([(hiring.Id, NoticeKind.CandidateAccepted, true), (other.Id, NoticeKind.CandidateDeclined, true)]);
        told.ShouldAllBe(n => !n.Arguments!.Contains("김영수"), "the notice names the post; the person is read on the logged referrals page");
        CaseEventText.Describe(NoticeKind.CandidateAccepted, told[0].Arguments).ShouldStartWith("의뢰된 분이 단체급식 조리원 의뢰를 수락했습니다.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_answer_on_a_referral_changed_meanwhile_is_a_conflict_and_a_finished_one_cannot_be_declined(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var id = await ReferToJobAsync(host, me, await JobAsync(host));
        var seen = await VersionAsync(host, id);
        (await host.SendAsync(new AnswerMyReferral.Accept { Id = id, Version = seen })).Succeeded.ShouldBeTrue();

        var stale = await host.SendAsync(new AnswerMyReferral.Decline { Id = id, Version = seen, Reason = "마음이 바뀌었습니다" });
        stale.Status.ShouldBe(ResultStatus.Conflict);
        stale.Errors.Single().Message.ShouldStartWith("그 사이에 이 의뢰에 다른 답이 기록되었습니다.");

        var taken = await ReferToJobAsync(host, me, await JobAsync(host, "채용된 일"), ReferralStatus.Accepted);
        (await host.SendAsync(new AnswerMyReferral.Decline { Id = taken, Version = await VersionAsync(host, taken), Reason = "늦었지만 거절" }))
            .Errors.Single().Message.ShouldBe("이 의뢰는 지금 '수락' 상태라서 '거절'(으)로 바꿀 수 없습니다.");
        (await ReferralsOfAsync(host, me.CaseId)).Single(r => r.Id == id).Status.ShouldBe(ReferralStatus.Accepted, "the yes to the job stands; the stale decline changed nothing");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Someone_elses_referral_is_not_found_and_other_roles_are_refused_each_in_the_access_log(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var owner = await ApplicantAsync(host, "주인");
        var id = await ReferToJobAsync(host, owner, await JobAsync(host));
        var version = await VersionAsync(host, id);

        var other = await ApplicantAsync(host, "남의의뢰");
        (await host.SendAsync(new GetMyReferrals.Query())).Value.Items.ShouldBeEmpty();
        (await host.SendAsync(new AnswerMyReferral.Accept { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new AnswerMyReferral.Decline { Id = id, Version = version, Reason = "남의 것" })).Status.ShouldBe(ResultStatus.NotFound);
        (await OutcomesAsync(host, other.User.Id, "AnswerMyReferral.Accept")).ShouldBe(["NotFound"]);
        (await OutcomesAsync(host, other.User.Id, "AnswerMyReferral.Decline")).ShouldBe(["NotFound"]);

        var partner = await host.SignInAsNewAsync(Roles.AgencyPartner);
        (await host.SendAsync(new AnswerMyReferral.Accept { Id = id, Version = version })).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(new GetMyReferrals.Query())).Status.ShouldBe(ResultStatus.Forbidden);
        (await OutcomesAsync(host, partner.Id, "AnswerMyReferral.Accept")).ShouldBe(["Forbidden"]);
        (await ReferralsOfAsync(host, owner.CaseId)).Single().ApplicantAcceptedAt.ShouldBeNull();
    }
}
