using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Cases;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.RetentionTestData;

namespace Restart.Core.Tests.Features.My;

/// <summary>The whole deletion request: the applicant asks, staff of the office decide, the applicant sees the answer.</summary>
public sealed class RequestDeletionTests
{
    [Fact]
    public async Task Staff_of_the_office_approve_and_the_person_is_gone_while_other_offices_never_see_the_request()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        host.Clock.Now = Now;
        var applicant = await host.SignInAsNewAsync(Roles.Applicant, u => u.EmailConfirmed = true);
        await TestData.FillDraftAsync(host);
        (await host.SendAsync(new Restart.Core.Features.Apply.ApplyDocuments.Upload { FileName = "proof.pdf", Content = TestData.Pdf })).Succeeded.ShouldBeTrue();
        var files = Directory.GetFiles(host.Database.DocumentsFolder);
        files.Length.ShouldBe(1);
        (await host.SendAsync(new GetMyDeletion.Query())).Value.DutyToday.ShouldBeNull("a draft holds nothing by law");
        (await host.SendAsync(new RequestDeletion.Command { Reason = " " })).Errors.Single().Message.ShouldBe("삭제를 요청하는 사유를 입력해 주세요.");
        (await host.SendAsync(new RequestDeletion.Command { Reason = "더 이상 이용하지 않습니다." })).Succeeded.ShouldBeTrue();
        (await host.SendAsync(new RequestDeletion.Command { Reason = "한 번 더" })).Errors.Single().Message.ShouldBe("이미 처리 중인 삭제 요청이 있습니다.");
        (await host.SendAsync(new GetMyDeletion.Query())).Value.Latest!.Status.ShouldBe(DeletionRequestStatus.Open);
        Guid requestId;
        await using (var db = host.Database.NewContext())
        {
            requestId = await db.DeletionRequests.Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = host.Database.NewContext())
        {
            // A notice with its mail still queued, and an account mail not sent yet: both are the person's and go with them.
            var notice = new Notice { UserId = applicant.Id, Kind = NoticeKind.SupplementRequested, Arguments = "[\"2026-12-20\"]", CreatedAt = Now };
            db.Notices.Add(notice);
            db.Outbox.Add(new OutboxMail { Notice = notice, CreatedAt = Now, NextAttemptAt = Now });
            db.Outbox.Add(new OutboxMail { AccountMail = AccountMailKind.PasswordReset, Recipient = applicant.Email, CreatedAt = Now, NextAttemptAt = Now.AddDays(1) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await CaseTestData.StaffAsync(host, Roles.Counselor, "BUSAN-ULSAN");
        (await host.SendAsync(new ListDeletionRequests.Query())).Value.Open.ShouldBeEmpty();
        (await host.SendAsync(new CountDeletionRequests.Query())).Value.ShouldBe(0);
        (await host.SendAsync(new DecideDeletionRequest.Command { Id = requestId, Approve = true })).Status.ShouldBe(ResultStatus.NotFound);

        await CaseTestData.StaffAsync(host, Roles.Counselor, "SEOUL");
        (await host.SendAsync(new CountDeletionRequests.Query())).Value.ShouldBe(1);
        var seen = (await host.SendAsync(new ListDeletionRequests.Query())).Value.Open.Single();
        seen.Reason.ShouldBe("더 이상 이용하지 않습니다.");
        seen.Duty.ShouldBeNull();
        var decided = await host.SendAsync(new DecideDeletionRequest.Command { Id = requestId, Approve = true, Version = seen.Version });

        decided.Value.Status.ShouldBe(DeletionRequestStatus.Done);
        await using var after = host.Database.NewContext();
        (await after.Users.AnyAsync(u => u.Id == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeFalse("the applicant can no longer sign in");
        (await after.Cases.AnyAsync(c => c.ApplicantUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        File.Exists(files[0]).ShouldBeFalse("the uploaded file is gone from the disk");
        (await after.Notices.AnyAsync(n => n.UserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await after.Outbox.AnyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse("no mail to the deleted person leaves afterwards");
        var request = await after.DeletionRequests.SingleAsync(TestContext.Current.CancellationToken);
        (request.UserId, request.Reason, request.Status).ShouldBe((null, null, DeletionRequestStatus.Done));
        var record = await after.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken);
        (record.Kind, record.Cause, record.DeletionRequestId).ShouldBe((DestructionKind.Person, DestructionCause.DeletionRequest, requestId));
        var decisions = await after.AccessLog.Where(e => e.Operation.StartsWith(nameof(DecideDeletionRequest))).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        decisions.Select(e => e.Outcome).ShouldBe(["NotFound", "Ok"], "the other office's attempt is in the access log too");
        (decisions[1].Subject, decisions[1].Action).ShouldBe((applicant.Id, PersonalDataAction.Delete));
    }

    [Fact]
    public async Task A_refused_request_shows_the_reason_to_the_applicant()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, _) = await CaseTestData.SubmittedCaseAsync(host);
        (await host.SendAsync(new RequestDeletion.Command { Reason = "지워 주세요" })).Succeeded.ShouldBeTrue();
        await CaseTestData.StaffAsync(host, Roles.Counselor, "SEOUL");
        var seen = (await host.SendAsync(new ListDeletionRequests.Query())).Value.Open.Single();
        (await host.SendAsync(new DecideDeletionRequest.Command { Id = seen.Id, Approve = false, RefusalReason = "", Version = seen.Version }))
            .Errors.Single().Message.ShouldBe("거절 사유를 입력해 주세요.");
        (await host.SendAsync(new DecideDeletionRequest.Command { Id = seen.Id, Approve = false, RefusalReason = "본인 확인이 되지 않았습니다.", Version = seen.Version }))
            .Succeeded.ShouldBeTrue();

        host.User.SignIn(applicant, Roles.Applicant);
        var mine = (await host.SendAsync(new GetMyDeletion.Query())).Value;
        mine.Latest!.Status.ShouldBe(DeletionRequestStatus.Refused);
        mine.Latest.RefusalReason.ShouldBe("본인 확인이 되지 않았습니다.");
        mine.MayAsk.ShouldBeTrue("a refused person may ask again");
    }

    [Fact]
    public async Task A_request_for_a_case_in_progress_is_held_with_the_duty_explained()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, _) = await CaseTestData.SubmittedCaseAsync(host);
        (await host.SendAsync(new RequestDeletion.Command { Reason = "지워 주세요" })).Succeeded.ShouldBeTrue();
        await CaseTestData.StaffAsync(host, Roles.RegionalManager, "SEOUL");
        var seen = (await host.SendAsync(new ListDeletionRequests.Query())).Value.Open.Single();
        seen.Duty!.Kind.ShouldBe(RetentionDuty.CaseInProgress);

        var decided = (await host.SendAsync(new DecideDeletionRequest.Command { Id = seen.Id, Approve = true, Version = seen.Version })).Value;

        decided.Status.ShouldBe(DeletionRequestStatus.Held);
        host.User.SignIn(applicant, Roles.Applicant);
        var mine = (await host.SendAsync(new GetMyDeletion.Query())).Value;
        mine.Latest!.Status.ShouldBe(DeletionRequestStatus.Held);
        new Restart.Core.Data.Retention.PersonalDataDestruction.Duty(mine.Latest.HeldBy!.Value, mine.Latest.HeldUntil).Explain()
            .ShouldBe("지원이 아직 진행 중인 사례가 있습니다. 사례가 종료된 뒤 법정 보존기간이 지나면 삭제됩니다.");
        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_for_a_closed_case_is_held_until_the_records_period_ends_and_the_job_then_destroys_it()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, _) = await ClosedCaseAsync(host, Now.AddYears(-1));
        host.User.SignIn(applicant, Roles.Applicant);
        (await host.SendAsync(new GetMyDeletion.Query())).Value.DutyToday!.Until.ShouldBe(new DateOnly(2028, 12, 6));
        (await host.SendAsync(new RequestDeletion.Command { Reason = "지워 주세요" })).Succeeded.ShouldBeTrue();
        await CaseTestData.StaffAsync(host, Roles.Counselor, "SEOUL");
        var seen = (await host.SendAsync(new ListDeletionRequests.Query())).Value.Open.Single();
        (await host.SendAsync(new DecideDeletionRequest.Command { Id = seen.Id, Approve = true, Version = seen.Version })).Value.Status.ShouldBe(DeletionRequestStatus.Held);
        host.User.SignIn(applicant, Roles.Applicant);
        var mine = (await host.SendAsync(new GetMyDeletion.Query())).Value.Latest!;
        new Restart.Core.Data.Retention.PersonalDataDestruction.Duty(mine.HeldBy!.Value, mine.HeldUntil).Explain()
            .ShouldBe("종료된 지원 사례의 기록은 사업 기록 보존 규정에 따라 2028-12-06까지 보관한 뒤 삭제됩니다.");

        (await RunAsync(host)).Requests.ShouldBe(0);
        host.Clock.Now = Now.AddYears(2).AddDays(1);
        (await RunAsync(host)).Requests.ShouldBe(1);

        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.DeletionRequests.SingleAsync(TestContext.Current.CancellationToken)).Status.ShouldBe(DeletionRequestStatus.Done);
        (await db.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken)).Cause.ShouldBe(DestructionCause.DeletionRequest);
    }
}
