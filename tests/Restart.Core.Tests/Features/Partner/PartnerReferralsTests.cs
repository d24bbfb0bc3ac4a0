using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Partner;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.PartnerTestData;

namespace Restart.Core.Tests.Features.Partner;

/// <summary>The people referred to a partner agency: who it sees (consent, its own agency), what it sees, and its answers.</summary>
public sealed class PartnerReferralsTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_agency_sees_only_its_own_referrals_of_people_whose_latest_consent_is_a_yes(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (otherAgency, _) = await PartnerAsync(host, "다른기관");
        var otherProgramme = await CreateAsync(host);
        var (agencyId, _) = await PartnerAsync(host);
        var programme = await CreateAsync(host, f => f.Title = "재취업 준비 과정");
        var day = Now.UtcDateTime.AddDays(-5);
        await ReferralAsync(host, agencyId, programme, "김동의", at: day);
        await ReferralAsync(host, agencyId, programme, "이재동의", ReferralStatus.Accepted, consents: [true, false, true], at: day.AddHours(1));
        var withdrawn = await ReferralAsync(host, agencyId, programme, "박철회", consents: [true, false], at: day.AddHours(2));
        await ReferralAsync(host, agencyId, programme, "최무응답", consents: [], at: day.AddHours(3));
        await ReferralAsync(host, agencyId, programme, "정추천", ReferralStatus.Suggested, at: day.AddHours(4));
        await ReferralAsync(host, otherAgency, otherProgramme, "한타기관", at: day.AddHours(5));

        var list = (await host.SendAsync(new ListReferrals.Query())).Value;
        list.Items.Select(r => r.Name).ShouldBe(["이재동의", "김동의"], "newest first; no withdrawal, no decision, no mere suggestion, no other agency");
        var first = list.Items[1];
        (first.Age, first.Programme, first.Status).ShouldBe((58, "재취업 준비 과정", ReferralStatus.Referred));
        (await host.SendAsync(new ListReferrals.Query { Status = ReferralStatus.Accepted })).Value.Items.Select(r => r.Name).ShouldBe(["이재동의"]);

        await DecideConsentAsync(host, withdrawn, granted: true);
        (await host.SendAsync(new ListReferrals.Query())).Value.Items.Select(r => r.Name).ShouldContain("박철회", "consent given again shows the person again");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Opening_a_referral_shows_the_person_and_plan_and_is_recorded_in_the_access_log(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, partner) = await PartnerAsync(host);
        var programme = await CreateAsync(host);
        var id = await ReferralAsync(host, agencyId, programme, "김영수", planGoals: "조리 과정 수료 후 단체급식 재취업");

        var referral = (await host.SendAsync(new GetReferral.Query { Id = id })).Value;

        (referral.Person.Name, referral.Person.Age, referral.Person.Phone).ShouldBe(("김영수", 58, "010-2222-3333"));
        referral.Person.Email!.ShouldStartWith("ref-");
        referral.Track.ShouldBe(Track.Both, "the agreed plan's track");
        referral.PlanGoals.ShouldBe("조리 과정 수료 후 단체급식 재취업");
        referral.Programme.ShouldBe("중장년 조리 실무 과정");
        referral.Steps.Select(s => s.Status).ShouldBe([ReferralStatus.Referred]);
        referral.AllowedAnswers.ShouldBe([ReferralStatus.Accepted, ReferralStatus.Declined]);
        await using var db = host.Database.NewContext();
        var applicant = await db.Referrals.Where(r => r.Id == id).Select(r => r.ApplicantUserId).SingleAsync(TestContext.Current.CancellationToken);
        (await db.AccessLog.Where(e => e.ActorUserId == partner.Id && e.Operation == "GetReferral.Query").Select(e => new { e.Subject, e.Outcome })
            .ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([new { Subject = applicant, Outcome = "Ok" }]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_withdrawn_consent_or_another_agency_hides_the_referral_from_page_and_answers(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, _) = await PartnerAsync(host);
        var programme = await CreateAsync(host);
        var id = await ReferralAsync(host, agencyId, programme, "김영수");
        var version = await ReferralVersionAsync(host, id);

        await PartnerAsync(host, "다른기관");
        (await host.SendAsync(new GetReferral.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new AnswerReferral.Accept { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);

        await host.SignInAsNewAsync(Roles.AgencyPartner, u => u.AgencyId = agencyId);
        await DecideConsentAsync(host, id, granted: false);
        (await host.SendAsync(new GetReferral.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new AnswerReferral.Accept { Id = id, Version = version })).Status.ShouldBe(ResultStatus.NotFound);

        await host.SignInAsNewAsync(Roles.Employer);
        (await host.SendAsync(new ListReferrals.Query())).Status.ShouldBe(ResultStatus.Forbidden);
        (await host.SendAsync(new GetReferral.Query { Id = id })).Status.ShouldBe(ResultStatus.Forbidden);
        await using var db = host.Database.NewContext();
        (await db.Referrals.SingleAsync(r => r.Id == id, TestContext.Current.CancellationToken)).Status.ShouldBe(ReferralStatus.Referred);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_agency_accepts_then_reports_completion_or_a_dropout_and_each_step_is_kept(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, partner) = await PartnerAsync(host);
        var programme = await CreateAsync(host);
        var finishes = await ReferralAsync(host, agencyId, programme, "김수료");
        var leaves = await ReferralAsync(host, agencyId, programme, "이중단", ReferralStatus.Accepted);

        await AnswerAsync(host, new AnswerReferral.Accept { Id = finishes });
        await AnswerAsync(host, new AnswerReferral.Complete { Id = finishes });
        (await host.SendAsync(new AnswerReferral.Drop { Id = leaves, Version = await ReferralVersionAsync(host, leaves) }))
            .Errors.ShouldBe([new FieldError("Reason", "사유를 입력해 주세요.")]);
        await AnswerAsync(host, new AnswerReferral.Drop { Id = leaves, Reason = "  재취업으로 중단  " });

        var done = (await host.SendAsync(new GetReferral.Query { Id = finishes })).Value;
        done.Status.ShouldBe(ReferralStatus.Completed);
        done.Steps.Select(s => $"{s.Status} {s.By}").ShouldBe(["Referred 김수료", $"Accepted {partner.DisplayName}", $"Completed {partner.DisplayName}"]);
        done.AllowedAnswers.ShouldBeEmpty();
        var dropped = (await host.SendAsync(new GetReferral.Query { Id = leaves })).Value;
        dropped.Status.ShouldBe(ReferralStatus.Dropped);
        dropped.Reason.ShouldBe("재취업으로 중단");
        dropped.Steps[^1].Reason.ShouldBe("재취업으로 중단");
        (await host.SendAsync(new ListProgrammes.Query())).Value.Items.Single().PlacesTaken.ShouldBe(1, "completed holds its place; dropped gives it back");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_decline_needs_a_reason_a_move_out_of_turn_is_refused_and_a_stale_answer_is_told(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (agencyId, _) = await PartnerAsync(host);
        var programme = await CreateAsync(host);
        var id = await ReferralAsync(host, agencyId, programme, "김영수");
        var seen = await ReferralVersionAsync(host, id);

        (await host.SendAsync(new AnswerReferral.Decline { Id = id, Version = seen, Reason = " " })).Errors.ShouldBe([new FieldError("Reason", "사유를 입력해 주세요.")]);
        (await host.SendAsync(new AnswerReferral.Decline { Id = id, Version = seen, Reason = new string('가', 501) }))
            .Errors.ShouldBe([new FieldError("Reason", "500자 이하로 입력해 주세요.")]);
        (await host.SendAsync(new AnswerReferral.Complete { Id = id, Version = seen }))
            .Errors.ShouldBe([new FieldError("", "이 의뢰는 지금 '의뢰됨' 상태라서 '수료'(으)로 바꿀 수 없습니다.")]);
        (await host.SendAsync(new AnswerReferral.Drop { Id = id, Version = seen, Reason = "연락 두절" })).Status.ShouldBe(ResultStatus.Invalid);

        await AnswerAsync(host, new AnswerReferral.Decline { Id = id, Reason = "정원 마감" });
        var stale = await host.SendAsync(new AnswerReferral.Accept { Id = id, Version = seen });
        stale.Status.ShouldBe(ResultStatus.Conflict);
        stale.Errors.Single().Message.ShouldStartWith("그 사이에 이 의뢰에 다른 답이 기록되었습니다.");
        (await host.SendAsync(new AnswerReferral.Accept { Id = id, Version = await ReferralVersionAsync(host, id) }))
            .Errors.Single().Message.ShouldBe("이 의뢰는 지금 '거절' 상태라서 '수락'(으)로 바꿀 수 없습니다.");

        var declined = (await host.SendAsync(new GetReferral.Query { Id = id })).Value;
        declined.Status.ShouldBe(ReferralStatus.Declined);
        declined.Reason.ShouldBe("정원 마감");
        declined.Steps.Count.ShouldBe(2);
    }

    private static async Task<Guid> ReferralVersionAsync(CoreHost host, Guid id)
    {
        await using var db = host.Database.NewContext();
        return await db.Referrals.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    /// <summary>Sends an answer as the page would, with the version it showed, and expects it to be taken.</summary>
    private static async Task AnswerAsync(CoreHost host, AnswerReferral.Answer answer)
    {
        answer.Version = await ReferralVersionAsync(host, answer.Id);
        var result = await host.SendAsync(answer);
        result.Succeeded.ShouldBeTrue($"{answer.GetType().Name}: {result.Status} {string.Join(", ", result.Errors.Select(e => e.Message))}");
    }
}
