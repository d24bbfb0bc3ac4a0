using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Features.My.ApplicantOfferTestData;

namespace Restart.Core.Tests.Features.My;

/// <summary>"관심 있음" on a recommended job or programme: one mark however often pressed, the counselor told once, closed offers refused.</summary>
public sealed class MarkInterestTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Marking_twice_is_one_mark_and_the_counselor_is_told_once_even_after_taking_it_back(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host, "김관심");
        var job = await JobAsync(host, "단체급식 조리원");

        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Succeeded.ShouldBeTrue("a double tap is no error");

        var marks = await ReferralsOfAsync(host, me.CaseId);
        marks.Count.ShouldBe(1);
        var mark = marks.Single();
        (mark.Status, mark.CreatedByUserId, mark.InterestedAt, mark.CompanyId).ShouldBe((ReferralStatus.Suggested, me.User.Id, Now.UtcDateTime, job.CompanyId));
        await ShouldHaveToldCounselorOnceAsync(host, me, "'단체급식 조리원'");

        (await host.SendAsync(new MarkInterest.Unmark { JobPostId = job.Id })).Succeeded.ShouldBeTrue();
        (await ReferralsOfAsync(host, me.CaseId)).ShouldBeEmpty("a mark only the applicant made goes when taken back");
        (await host.SendAsync(new MarkInterest.Unmark { JobPostId = job.Id })).Succeeded.ShouldBeTrue("taking back twice is no error either");
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Succeeded.ShouldBeTrue();
        (await ReferralsOfAsync(host, me.CaseId)).Count.ShouldBe(1);
        await ShouldHaveToldCounselorOnceAsync(host, me, "'단체급식 조리원'");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_closed_post_or_a_programme_past_its_deadline_is_refused_with_a_message(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var closed = await JobAsync(host, status: OfferStatus.Closed);
        var pastDeadline = await JobAsync(host, closesOn: Today.AddDays(-1));
        var expired = await ProgrammeAsync(host, applyUntil: Today.AddDays(-1));
        var open = await ProgrammeAsync(host, "요양보호사 과정");

        foreach (var refused in new MarkInterest.Mark[] { new() { JobPostId = closed.Id }, new() { JobPostId = pastDeadline.Id }, new() { ProgrammeId = expired.Id } })
        {
            (await host.SendAsync(refused)).Errors.ShouldBe([new FieldError("", "모집이 마감되어 관심 표시를 할 수 없습니다.")]);
        }

        (await host.SendAsync(new MarkInterest.Mark { JobPostId = Guid.NewGuid() })).Status.ShouldBe(ResultStatus.NotFound);
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = open.Id, ProgrammeId = open.Id })).Errors.Single().Message.ShouldBe("관심 표시할 일자리나 프로그램을 하나 골라 주세요.");
        (await host.SendAsync(new MarkInterest.Mark { ProgrammeId = open.Id })).Succeeded.ShouldBeTrue();
        (await ReferralsOfAsync(host, me.CaseId)).Select(r => (r.ProgrammeId, r.AgencyId)).ShouldBe([(open.Id, open.AgencyId)], "only the open programme is marked");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Staff_suggestions_keep_when_the_mark_is_taken_back_and_a_referral_under_way_cannot_be_marked(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var me = await ApplicantAsync(host);
        var suggested = await JobAsync(host, "매장 관리");
        var referred = await JobAsync(host, "물류 관리");
        await ReferToJobAsync(host, me, suggested, ReferralStatus.Suggested);
        await ReferToJobAsync(host, me, referred);

        (await host.SendAsync(new MarkInterest.Mark { JobPostId = suggested.Id })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = referred.Id })).Errors.Single().Message.ShouldBe("담당자가 이미 이 건으로 의뢰했습니다. '내 의뢰'에서 답해 주세요.");
        var marked = (await ReferralsOfAsync(host, me.CaseId)).Single(r => r.JobPostId == suggested.Id);
        (marked.CreatedByUserId, marked.InterestedAt).ShouldBe((me.Counselor!.Id, Now.UtcDateTime), "staff's suggestion carries the applicant's mark");

        (await host.SendAsync(new MarkInterest.Unmark { JobPostId = suggested.Id })).Succeeded.ShouldBeTrue();
        var kept = (await ReferralsOfAsync(host, me.CaseId)).Single(r => r.JobPostId == suggested.Id);
        (kept.Status, kept.InterestedAt).ShouldBe((ReferralStatus.Suggested, (DateTime?)null));
        await using var db = host.Database.NewContext();
        (await db.InterestMarksOf(me.CaseId).CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0, "the case page's list of marks is empty again");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Without_an_active_case_nothing_is_marked_a_case_without_counselor_tells_nobody_and_staff_are_refused(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var job = await JobAsync(host);
        var newcomer = await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Errors.Single().Message.ShouldBe("진행 중인 신청이 있어야 관심 표시를 할 수 있습니다.");

        var waiting = await ApplicantAsync(host, withCounselor: false);
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Succeeded.ShouldBeTrue();
        await using (var db = host.Database.NewContext())
        {
            (await db.InterestMarksOf(waiting.CaseId).Select(r => r.JobPostId).ToListAsync(TestContext.Current.CancellationToken)).ShouldBe([job.Id]);
            (await db.Notices.CountAsync(n => n.CaseId == waiting.CaseId, TestContext.Current.CancellationToken)).ShouldBe(0, "no counselor yet: the mark waits on the case page");
        }

        var counselor = await CaseTestData.StaffAsync(host, Roles.Counselor);
        (await host.SendAsync(new MarkInterest.Mark { JobPostId = job.Id })).Status.ShouldBe(ResultStatus.Forbidden);
        (await OutcomesAsync(host, counselor.Id, "MarkInterest.Mark")).ShouldBe(["Forbidden"]);
        (await OutcomesAsync(host, newcomer.Id, "MarkInterest.Mark")).ShouldBe(["Invalid"]);
    }

    private static async Task ShouldHaveToldCounselorOnceAsync(CoreHost host, Applicant me, string title)
    {
        await using var db = host.Database.NewContext();
        var notices = await db.Notices.Where(n => n.UserId == me.Counselor!.Id).Select(n => new { n.Kind, n.Arguments, n.CaseId }).ToListAsync();
        notices.Count.ShouldBe(1);
        CaseEventText.Describe(notices[0].Kind, notices[0].Arguments).ShouldBe($"김관심님(사례 {me.Number})이 {title}에 관심을 표시했습니다. 사례 화면에서 확인해 주세요.");
        notices[0].CaseId.ShouldBe(me.CaseId);
        (await db.Outbox.CountAsync(m => m.Notice!.UserId == me.Counselor!.Id)).ShouldBe(1, "one mail to the counselor");
    }
}
