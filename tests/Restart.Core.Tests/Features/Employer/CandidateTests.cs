using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Employer;
using Restart.Core.Features.Home;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Employer.EmployerTestData;

namespace Restart.Core.Tests.Features.Employer;

public sealed class CandidateTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Only_people_whose_latest_third_party_consent_is_a_yes_are_listed_newest_first(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var post = await CreatePostAsync(host);
        var (older, _) = await ReferralAsync(host, companyId, post, name: "이전", updatedAt: Now.UtcDateTime.AddDays(-5));
        var (newer, _) = await ReferralAsync(host, companyId, post, ReferralStatus.Interview, name: "최근", updatedAt: Now.UtcDateTime.AddHours(-1));
        await ReferralAsync(host, companyId, post, name: "동의 안 함", thirdPartyConsent: false);
        var (withdrawn, withdrawer) = await ReferralAsync(host, companyId, post, name: "철회");
        await ReferralAsync(host, companyId, post, ReferralStatus.Suggested, accepted: false, name: "추천 검토 중");
        await using (var db = host.Database.NewContext())
        {
            // Withdrawn later: the latest decision counts.
            db.Consents.Add(ConsentRecords.New(withdrawer, ConsentItem.ThirdParty, false, null, host.Clock));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var list = (await host.SendAsync(new ListCandidates.Query())).Value;
        var interviews = (await host.SendAsync(new ListCandidates.Query { Status = ReferralStatus.Interview })).Value;

        list.Items.Select(i => i.Id).ShouldBe([newer, older]);
        interviews.Items.Select(i => i.Name).ShouldBe(["최근"]);
        var item = list.Items[0];
        (item.PostId, item.PostTitle, item.Status).ShouldBe((post, "한식 조리원 (주방 보조 포함)", ReferralStatus.Interview));
        (item.Summary.Track, item.Summary.YearsInBusiness).ShouldBe((Track.ReEmployment, 11), "the business ran from 2015-03-02 to 2026-09-30");
        item.Summary.Occupations.ShouldBe(["한식 조리사"]);
        item.Summary.Regions.ShouldBe(["서울특별시 성동구"]);
        (await host.SendAsync(new GetCandidate.Query { Id = withdrawn })).Status.ShouldBe(ResultStatus.NotFound, "a withdrawn consent hides the person");
        (await host.SendAsync(new RecordCandidateOutcome.NotHire { Id = withdrawn })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new GetEmployerHome.Query())).Value.CandidatesWaiting.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_contact_is_shown_only_once_the_person_accepted_and_each_view_is_logged(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var post = await CreatePostAsync(host);
        var (notYet, notYetApplicant) = await ReferralAsync(host, companyId, post, ReferralStatus.Referred, accepted: false);
        var (accepted, _) = await ReferralAsync(host, companyId, post);

        var before = (await host.SendAsync(new GetCandidate.Query { Id = notYet })).Value;
        var after = (await host.SendAsync(new GetCandidate.Query { Id = accepted })).Value;

        before.Contact.ShouldBeNull();
        before.Name.ShouldBe("김영수");
        after.Contact.ShouldNotBeNull().Phone.ShouldBe("010-2345-6789");
        after.Contact.Email.ShouldNotBeNull().ShouldEndWith("@test.restart");
        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.Where(e => e.Subject == notYetApplicant).SingleAsync(TestContext.Current.CancellationToken);
        (entry.Action, entry.Operation, entry.Outcome, entry.ActorUserId).ShouldBe((PersonalDataAction.View, "GetCandidate.Query", "Ok", host.User.UserId));
        (await db.AccessLog.CountAsync(e => e.Subject == "candidates", TestContext.Current.CancellationToken)).ShouldBe(0);
        await host.SendAsync(new ListCandidates.Query());
        (await db.AccessLog.CountAsync(e => e.Subject == "candidates", TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_employer_records_an_interview_then_a_hire_and_each_step_is_kept(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var post = await CreatePostAsync(host);
        var (id, _) = await ReferralAsync(host, companyId, post);

        var seen = (await host.SendAsync(new GetCandidate.Query { Id = id })).Value;
        (await host.SendAsync(new RecordCandidateOutcome.Interview { Id = id, Version = seen.Version, On = Today.AddDays(3) })).Succeeded.ShouldBeTrue();
        var stale = await host.SendAsync(new RecordCandidateOutcome.NotHire { Id = id, Version = seen.Version });
        var interviewed = (await host.SendAsync(new GetCandidate.Query { Id = id })).Value;
        var hired = await host.SendAsync(new RecordCandidateOutcome.Hire { Id = id, Version = interviewed.Version, StartOn = Today.AddDays(10), MonthlyWage = MinimumMonthlyFullTime });

        stale.Status.ShouldBe(ResultStatus.Conflict, "the page showed the referral before the interview was recorded");
        hired.Succeeded.ShouldBeTrue(string.Join(", ", hired.Errors.Select(e => e.Message)));
        var done = (await host.SendAsync(new GetCandidate.Query { Id = id })).Value;
        (done.Status, done.InterviewOn, done.HiredOn, done.HiredMonthlyWage).ShouldBe((ReferralStatus.Hired, Today.AddDays(3), Today.AddDays(10), MinimumMonthlyFullTime));
        done.Steps.Select(s => s.Status).ShouldBe([ReferralStatus.Interview, ReferralStatus.Hired]);
        (await host.SendAsync(new ListJobPosts.Query())).Value.Items.Single().Filled.ShouldBe(1);
        var again = await host.SendAsync(new RecordCandidateOutcome.NotHire { Id = id, Version = done.Version, Reason = "번복" });
        again.Errors.Single().Message.ShouldBe("지금 상태에서는 이 결과를 기록할 수 없습니다.");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_hire_below_the_full_time_minimum_is_refused_and_moves_before_acceptance_are_not_allowed(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var post = await CreatePostAsync(host);
        var (accepted, _) = await ReferralAsync(host, companyId, post);
        var (referred, _) = await ReferralAsync(host, companyId, post, ReferralStatus.Referred, accepted: false);
        var version = (await host.SendAsync(new GetCandidate.Query { Id = accepted })).Value.Version;

        var low = await host.SendAsync(new RecordCandidateOutcome.Hire { Id = accepted, Version = version, StartOn = Today, MonthlyWage = MinimumMonthlyFullTime - 1 });
        var missing = await host.SendAsync(new RecordCandidateOutcome.Hire { Id = accepted, Version = version });
        var early = await host.SendAsync(new RecordCandidateOutcome.Interview
            { Id = referred, Version = (await host.SendAsync(new GetCandidate.Query { Id = referred })).Value.Version, On = Today });

        low.Errors.ShouldHaveSingleItem().Message.ShouldBe("2026년 최저임금보다 낮습니다. 주 40시간 근무라면 월 2,156,880원(시간당 10,320원) 이상이어야 합니다.");
        low.Errors[0].Field.ShouldBe("MonthlyWage");
        missing.Errors.Select(e => e.Message).ShouldBe(["입사일을 입력해 주세요.", "월 임금을 입력해 주세요."], ignoreOrder: true);
        early.Errors.Single().Message.ShouldBe("지금 상태에서는 이 결과를 기록할 수 없습니다.");
        var notHired = await host.SendAsync(new RecordCandidateOutcome.NotHire { Id = accepted, Version = version, Reason = "  일정이 맞지 않음 " });
        notHired.Succeeded.ShouldBeTrue();
        (await host.SendAsync(new GetCandidate.Query { Id = accepted })).Value.Reason.ShouldBe("일정이 맞지 않음");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Another_companys_referral_is_not_found_and_other_roles_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var companyId = await SignInAsEmployerAsync(host);
        var post = await CreatePostAsync(host);
        var (id, _) = await ReferralAsync(host, companyId, post);

        await SignInAsEmployerAsync(host);
        (await host.SendAsync(new GetCandidate.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new RecordCandidateOutcome.Interview { Id = id, On = Today })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new ListCandidates.Query())).Value.TotalCount.ShouldBe(0);
        await host.SignInAsNewAsync(Roles.AgencyPartner);
        (await host.SendAsync(new GetCandidate.Query { Id = id })).Status.ShouldBe(ResultStatus.Forbidden);
        await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new ListCandidates.Query())).Status.ShouldBe(ResultStatus.Forbidden);
        await using var db = host.Database.NewContext();
        (await db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(TestContext.Current.CancellationToken)).ShouldBe(ReferralStatus.Accepted);
    }
}
