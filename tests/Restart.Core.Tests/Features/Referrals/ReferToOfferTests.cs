using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.Referrals.ReferralTestData;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Referrals;

public sealed class ReferToOfferTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_counselor_refers_a_person_to_a_job_and_the_employer_is_told_once(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor, name: "김상담");
        var (caseId, _) = await CaseAsync(host, counselor.Id);
        var post = await JobPostAsync(host, openings: 2);

        var result = await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)));
        var again = await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)));

        result.Succeeded.ShouldBeTrue(Messages(result));
        again.Status.ShouldBe(ResultStatus.Invalid);
        Messages(again).ShouldBe("이 신청자는 이미 여기에 의뢰되어 진행 중입니다.");
        var referral = (await ReferralsOfAsync(host, caseId)).ShouldHaveSingleItem();
        (referral.Status, referral.CompanyId, referral.CreatedByUserId).ShouldBe((ReferralStatus.Referred, post.OrganizationId, counselor.Id));
        referral.Steps.ShouldHaveSingleItem().ByUserId.ShouldBe(counselor.Id);
        (await TakenAsync(host, null, post.Id)).Job.ShouldBe(1, "a referral holds an opening from the moment it is made");
        (await NoticesAsync(host)).ShouldBe([(NoticeKind.ReferralArrived, post.UserId)]);
        await using var db = host.Database.NewContext();
        var last = await db.CaseEvents.Where(e => e.CaseId == caseId).OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        (last.ReasonCode, last.To, CaseEventText.Describe(last.ReasonCode, last.ReasonArguments, null))
            .ShouldBe((CaseEventReason.Referred, CaseStatus.InService, "(주)한결푸드의 한식 조리원에 의뢰했습니다."));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_applicants_interested_mark_is_moved_on_rather_than_duplicated(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, applicantId) = await CaseAsync(host, counselor.Id);
        var programme = await ProgrammeAsync(host);
        await using (var db = host.Database.NewContext())
        {
            db.Referrals.Add(new Referral
            {
                CaseId = caseId, ApplicantUserId = applicantId, RegionalOfficeId = TestData.OfficeOf(host, "SEOUL"), ProgrammeId = programme.Id,
                AgencyId = programme.OrganizationId, Status = ReferralStatus.Suggested, CreatedAt = Now.UtcDateTime, UpdatedAt = Now.UtcDateTime, CreatedByUserId = applicantId,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(0, "a mark holds no place");
        (await host.SendAsync(await Seen(host, ToProgramme(caseId, programme.Id)))).Succeeded.ShouldBeTrue();

        var referral = (await ReferralsOfAsync(host, caseId)).ShouldHaveSingleItem();
        (referral.Status, referral.CreatedByUserId).ShouldBe((ReferralStatus.Referred, applicantId));
        referral.Steps.ShouldHaveSingleItem().ByUserId.ShouldBe(counselor.Id);
        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Without_the_persons_third_party_consent_nobody_is_referred(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, _) = await CaseAsync(host, counselor.Id, thirdPartyConsent: false);
        var post = await JobPostAsync(host);

        var result = await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)));

        result.Status.ShouldBe(ResultStatus.Invalid);
        Messages(result).ShouldStartWith("신청자가 제3자 정보 제공에 동의하지 않아 의뢰할 수 없습니다.");
        (await ReferralsOfAsync(host, caseId)).ShouldBeEmpty();
        (await TakenAsync(host, null, post.Id)).Job.ShouldBe(0);
        (await NoticesAsync(host)).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_closed_a_past_deadline_or_a_full_offer_takes_nobody(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, _) = await CaseAsync(host, counselor.Id);
        var (otherCase, _) = await CaseAsync(host, counselor.Id, name: "이순자");
        var closed = await ProgrammeAsync(host, status: OfferStatus.Closed);
        var pastDeadline = await JobPostAsync(host, closes: Today.AddDays(-1));
        var oneOpening = await JobPostAsync(host, openings: 1);
        (await host.SendAsync(await Seen(host, ToJob(otherCase, oneOpening.Id)))).Succeeded.ShouldBeTrue();

        var toClosed = await host.SendAsync(await Seen(host, ToProgramme(caseId, closed.Id)));
        var toPast = await host.SendAsync(await Seen(host, ToJob(caseId, pastDeadline.Id)));
        var toFull = await host.SendAsync(await Seen(host, ToJob(caseId, oneOpening.Id)));

        Messages(toClosed).ShouldBe("지금 모집 중이 아니어서(마감되었거나 마감일이 지남) 의뢰할 수 없습니다.");
        Messages(toPast).ShouldBe("지금 모집 중이 아니어서(마감되었거나 마감일이 지남) 의뢰할 수 없습니다.");
        Messages(toFull).ShouldBe("남은 자리가 없어 의뢰할 수 없습니다. 정원(모집 인원)이 모두 찼습니다.");
        (await ReferralsOfAsync(host, caseId)).ShouldBeEmpty();
        (await TakenAsync(host, null, oneOpening.Id)).Job.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Another_office_finds_no_case_a_colleague_and_a_partner_are_refused_and_each_refusal_is_logged(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (caseId, _) = await CaseAsync(host, counselor.Id);
        var (assignedOnly, _) = await CaseAsync(host, counselor.Id, status: CaseStatus.Assigned, name: "최민수");
        var post = await JobPostAsync(host);

        await StaffAsync(host, Roles.RegionalManager, "BUSAN-ULSAN");
        (await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)))).Status.ShouldBe(ResultStatus.NotFound);
        await StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)))).Status.ShouldBe(ResultStatus.Forbidden, "a colleague's case");
        await host.SignInAsNewAsync(Roles.Employer, u => u.CompanyId = post.OrganizationId);
        (await host.SendAsync(await Seen(host, ToJob(caseId, post.Id)))).Status.ShouldBe(ResultStatus.Forbidden, "employers do not refer");
        await StaffAsync(host, Roles.RegionalManager);
        (await host.SendAsync(await Seen(host, ToJob(assignedOnly, post.Id)))).Succeeded.ShouldBeTrue("the office's manager may refer any of its cases in work");
        (await host.SendAsync(await Seen(host, ToJob(caseId, Guid.NewGuid())))).Status.ShouldBe(ResultStatus.NotFound, "an offer that does not exist");

        (await ReferralsOfAsync(host, caseId)).ShouldBeEmpty();
        await using var db = host.Database.NewContext();
        var refusals = await db.AccessLog.Where(e => e.Operation == "ReferToOffer.Command").Select(e => e.Outcome).ToListAsync(TestContext.Current.CancellationToken);
        refusals.ShouldBe(["NotFound", "Forbidden", "Forbidden", "Ok", "NotFound"], ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Two_referrals_at_once_for_the_last_place_one_is_taken_the_other_told_it_is_full(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (first, _) = await CaseAsync(host, counselor.Id, name: "첫째");
        var (second, _) = await CaseAsync(host, counselor.Id, name: "둘째");
        var programme = await ProgrammeAsync(host, capacity: 1);
        var commands = new[] { await Seen(host, ToProgramme(first, programme.Id)), await Seen(host, ToProgramme(second, programme.Id)) };

        // Two requests in flight together, each in its own scope and context (as two members of staff on two instances would be).
        var results = await Task.WhenAll(commands.Select(c => Task.Run(() => host.SendAsync(c), TestContext.Current.CancellationToken)));

        results.Count(r => r.Succeeded).ShouldBe(1, string.Join(" | ", results.Select(Messages)));
        Messages(results.Single(r => !r.Succeeded)).ShouldBe("남은 자리가 없어 의뢰할 수 없습니다. 정원(모집 인원)이 모두 찼습니다.");
        (await TakenAsync(host, programme.Id, null)).Programme.ShouldBe(1);
        await using var db = host.Database.NewContext();
        (await db.Referrals.CountAsync(r => r.ProgrammeId == programme.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_last_place_taken_by_a_save_still_open_is_refused_once_that_save_commits(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var counselor = await StaffAsync(host, Roles.Counselor);
        var (first, firstApplicant) = await CaseAsync(host, counselor.Id, name: "첫째");
        var (second, _) = await CaseAsync(host, counselor.Id, name: "둘째");
        var post = await JobPostAsync(host, openings: 1);
        var command = await Seen(host, ToJob(second, post.Id));

        // Another writer has taken the last opening in a transaction not yet committed when the referral is sent:
        // the referral either waits for it (SQLite's one writer, PostgreSQL's row lock) and then finds no room.
        await using var other = host.Database.NewContext();
        var referring = await other.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await other.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            other.Referrals.Add(new Referral
            {
                CaseId = first, ApplicantUserId = firstApplicant, RegionalOfficeId = TestData.OfficeOf(host, "SEOUL"), JobPostId = post.Id,
                CompanyId = post.OrganizationId, Status = ReferralStatus.Referred, CreatedAt = Now.UtcDateTime, UpdatedAt = Now.UtcDateTime, CreatedByUserId = counselor.Id,
            });
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
            var sent = Task.Run(() => host.SendAsync(command), TestContext.Current.CancellationToken);
            await Task.Delay(300, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            return sent;
        });
        var result = await referring;

        Messages(result).ShouldBe("남은 자리가 없어 의뢰할 수 없습니다. 정원(모집 인원)이 모두 찼습니다.");
        (await TakenAsync(host, null, post.Id)).Job.ShouldBe(1);
        (await ReferralsOfAsync(host, second)).ShouldBeEmpty();
    }
}
