using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Features.Home;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.CaseTestData;

namespace Restart.Core.Tests.Features.Cases;

/// <summary>Telling the applicant: a notice on the home page until read, and a mail through the outbox, sent once, retried until sent.</summary>
public sealed class NoticeTests
{
    private static Task<int> DispatchAsync(CoreHost host) =>
        host.InScopeAsync(p => p.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(20, TestContext.Current.CancellationToken));

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task The_applicant_is_told_of_a_supplement_a_decision_a_transfer_and_an_appointment_once_each(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (applicant, caseId) = await SubmittedCaseAsync(host);
        await StaffAsync(host, Roles.Counselor);
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

        await ActAsync(host, new RequestSupplement.Command { CaseId = caseId, Message = "폐업사실증명원을 올려 주세요.", Deadline = new DateOnly(2026, 12, 1) });
        (await host.SendAsync(new RecordCounseling.Command
        {
            CaseId = caseId, HeldAt = host.Clock.Now.Value.UtcDateTime, Mode = CounselingMode.Phone, Topics = [CounselingTopics.CareerDesign], Notes = "전화 상담",
            NextAppointmentAt = new DateTime(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc),
        })).Succeeded.ShouldBeTrue();
        host.User.SignIn(applicant, Roles.Applicant);
        (await host.SendAsync(new AnswerSupplement.Command { Message = "올렸습니다.", FileName = "proof.pdf", Content = TestData.Pdf })).Succeeded.ShouldBeTrue();
        await StaffAsync(host, Roles.RegionalManager);
        await ActAsync(host, new TransferCase.Command { CaseId = caseId, OfficeId = TestData.OfficeOf(host, "BUSAN-ULSAN"), Reason = TransferReason.WrongOffice });
        await StaffAsync(host, Roles.Counselor, "BUSAN-ULSAN");
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = false, Reason = IneligibleReason.OperatedTooShort });

        (await DispatchAsync(host)).ShouldBe(4);
        (await DispatchAsync(host)).ShouldBe(0, "each mail goes once");
        host.Delivered.Select(d => d.To).Distinct().ShouldBe([applicant.Email]);
        host.Delivered.Select(d => d.Subject).ShouldBe([
            "[재기 지원 포털] 서류 보완 요청 / [Restart] Documents requested",
            "[재기 지원 포털] 상담 약속 안내 / [Restart] Counseling appointment",
            "[재기 지원 포털] 담당 사무소 변경 안내 / [Restart] Your case moved office",
            "[재기 지원 포털] 자격 검토 결과 안내 / [Restart] Eligibility decision"]);
        host.Delivered[1].Body.ShouldStartWith("상담 약속이 2026-11-26 14:00에 잡혔습니다.", Shouldly.Case.Sensitive, "the appointment in Korean time");
        host.Delivered[3].Body.ShouldContain("사업 운영 기간이 60일에 미치지 않습니다.");
        host.Delivered[3].Body.ShouldContain("The business operated for less than 60 days.");

        host.User.SignIn(applicant, Roles.Applicant);
        var notices = (await host.SendAsync(new GetApplicantHome.Query())).Value.Notices;
        notices.Select(n => n.Kind).ShouldBe([NoticeKind.EligibilityDecided, NoticeKind.CaseTransferred, NoticeKind.AppointmentSet, NoticeKind.SupplementRequested]);
        notices[1].Text.ShouldBe("신청하신 사례를 부산울산지역본부에서 맡게 되었습니다.");

        var stranger = await host.SignInAsNewAsync(Roles.Applicant);
        (await host.SendAsync(new ReadNotice.Command { Id = notices[0].Id })).Status.ShouldBe(ResultStatus.NotFound, "another person's notice");
        host.User.SignIn(applicant, Roles.Applicant);
        (await host.SendAsync(new ReadNotice.Command { Id = notices[0].Id })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new GetApplicantHome.Query())).Value.Notices.Count.ShouldBe(3);
        _ = stranger;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_mail_that_fails_waits_and_is_sent_later_and_a_refused_change_tells_nobody(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (_, caseId) = await SubmittedCaseAsync(host);
        await StaffAsync(host, Roles.Counselor);
        var at = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        host.Clock.Now = at;
        await ActAsync(host, new ReviewCase.Start { CaseId = caseId });
        var stale = await Seen(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        await ActAsync(host, new ReviewCase.Decide { CaseId = caseId, Eligible = true });
        (await host.SendAsync(stale)).Status.ShouldBe(ResultStatus.Conflict);

        host.MailFailure = new System.Net.Mail.SmtpException("mail server down");
        (await DispatchAsync(host)).ShouldBe(1, "one decision, one mail: the refused second one queued nothing");
        host.Delivered.ShouldBeEmpty();
        await using (var db = host.Database.NewContext())
        {
            var mail = await db.Outbox.SingleAsync(TestContext.Current.CancellationToken);
            (mail.SentAt, mail.Attempts, mail.LastError, mail.NextAttemptAt).ShouldBe((null, 1, "SmtpException", at.UtcDateTime.AddMinutes(1)));
        }

        host.MailFailure = null;
        (await DispatchAsync(host)).ShouldBe(0, "not before its next attempt");
        host.Clock.Now = at.AddMinutes(2);
        (await DispatchAsync(host)).ShouldBe(1);
        host.Delivered.Count.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_deadline_two_days_away_sends_one_reminder_however_often_the_job_runs(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var (applicant, caseId) = await SubmittedCaseAsync(host);
        await StaffAsync(host, Roles.Counselor);
        host.Clock.Now = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
        await ActAsync(host, new RequestSupplement.Command { CaseId = caseId, Message = "통장 사본", Deadline = new DateOnly(2026, 11, 25) });

        Task<int> RunJobAsync() => host.InScopeAsync(p => p.GetRequiredService<SupplementReminders>().QueueAsync(TestContext.Current.CancellationToken));
        (await RunJobAsync()).ShouldBe(0, "five days before");
        host.Clock.Now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        (await RunJobAsync()).ShouldBe(1);
        (await RunJobAsync()).ShouldBe(0);
        host.Clock.Now = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
        (await RunJobAsync()).ShouldBe(0, "the next day's run does not remind again");

        await DispatchAsync(host);
        host.Delivered.Where(d => d.To == applicant.Email).Select(d => d.Body).ShouldContain(b => b.StartsWith("서류 보완 기한(2026-11-25)이 이틀 남았습니다.", StringComparison.Ordinal));
    }
}
