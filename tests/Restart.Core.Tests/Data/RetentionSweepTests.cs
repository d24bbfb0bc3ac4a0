using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Data.Retention;
using Restart.Core.Domain;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.RetentionTestData;

namespace Restart.Core.Tests.Data;

public sealed class RetentionSweepTests
{
    [Fact]
    public async Task A_case_closed_longer_than_the_period_is_destroyed_and_one_a_day_younger_is_kept()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (old, oldCase) = await ClosedCaseAsync(host, Now.AddYears(-3).AddDays(-1));
        var (young, youngCase) = await ClosedCaseAsync(host, Now.AddYears(-3).AddDays(1));
        var oldFiles = await StoredFilesOfAsync(host, oldCase);
        oldFiles.Count.ShouldBe(1);
        File.Exists(Path.Combine(host.Database.DocumentsFolder, oldFiles[0])).ShouldBeTrue();

        var summary = await RunAsync(host);

        summary.People.ShouldBe(1);
        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == old.Id, TestContext.Current.CancellationToken)).ShouldBeFalse("the account is gone: its owner can no longer sign in");
        (await db.ApplicantProfiles.AnyAsync(p => p.UserId == old.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.Consents.AnyAsync(c => c.UserId == old.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        var destroyed = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == oldCase, TestContext.Current.CancellationToken);
        destroyed.DestroyedAt.ShouldBe(Now);
        destroyed.ApplicantUserId.ShouldBe(PersonalDataDestruction.DestroyedPersonId);
        destroyed.BusinessName.ShouldBeNull();
        destroyed.BusinessNumber.ShouldBeNull();
        destroyed.CareerHistory.ShouldBeNull();
        destroyed.Status.ShouldBe(CaseStatus.Closed, "the statistics keep the case's status, office and track");
        (await db.CaseEvents.Where(e => e.CaseId == oldCase).AnyAsync(e => e.Note != null || e.ActorUserId == old.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.CaseDocuments.AnyAsync(d => d.CaseId == oldCase, TestContext.Current.CancellationToken)).ShouldBeFalse();
        File.Exists(Path.Combine(host.Database.DocumentsFolder, oldFiles[0])).ShouldBeFalse("the proof of closure is deleted from the disk too");

        (await db.Users.AnyAsync(u => u.Id == young.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
        var kept = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == youngCase, TestContext.Current.CancellationToken);
        kept.DestroyedAt.ShouldBeNull();
        kept.BusinessName.ShouldNotBeNull();
        (await StoredFilesOfAsync(host, youngCase)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_withdrawn_application_goes_after_the_shorter_period()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (withdrawn, _) = await ClosedCaseAsync(host, Now.AddYears(-1).AddDays(-1), CaseClosure.Withdrawn);
        var (served, _) = await ClosedCaseAsync(host, Now.AddYears(-1).AddDays(-1), CaseClosure.NoContact);

        await RunAsync(host);

        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == withdrawn.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.Id == served.Id, TestContext.Current.CancellationToken)).ShouldBeTrue("a closed case is kept three years");
        (await db.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken)).Rule.ShouldBe(RetentionSettings.RejectedApplicationRule);
    }

    [Fact]
    public async Task The_reported_figures_are_the_same_before_and_after_destruction()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await ClosedCaseAsync(host, Now.AddYears(-6), CaseClosure.NoContact);
        await ClosedCaseAsync(host, Now.AddYears(-6).AddDays(3), CaseClosure.LostEligibility, "26110");
        await ClosedCaseAsync(host, Now.AddYears(-2), CaseClosure.Withdrawn);
        await ClosedCaseAsync(host, Now.AddYears(-1), CaseClosure.NoContact);
        var before = await FiguresAsync(host);

        (await RunAsync(host)).People.ShouldBe(3);

        (await FiguresAsync(host)).ShouldBe(before);
    }

    [Fact]
    public async Task Running_the_job_twice_changes_nothing_the_second_time()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await ClosedCaseAsync(host, Now.AddYears(-6));
        var orphan = Path.Combine(host.Database.DocumentsFolder, "orphan-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(orphan, [1, 2, 3], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(orphan, Now.AddDays(-2));
        (await RunAsync(host)).NothingDone.ShouldBeFalse();
        var figures = await FiguresAsync(host);
        await using var db = host.Database.NewContext();
        var records = await db.DestructionRecords.CountAsync(TestContext.Current.CancellationToken);

        var second = await RunAsync(host);

        second.NothingDone.ShouldBeTrue();
        (await db.DestructionRecords.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(records);
        (await FiguresAsync(host)).ShouldBe(figures);
    }

    [Fact]
    public async Task The_destruction_record_says_what_when_and_why_and_nothing_about_the_person()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, caseId) = await ClosedCaseAsync(host, Now.AddYears(-6));
        string number;
        string name;
        await using (var db = host.Database.NewContext())
        {
            number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number!).SingleAsync(TestContext.Current.CancellationToken);
            name = await db.ApplicantProfiles.Where(p => p.UserId == applicant.Id).Select(p => p.Name).SingleAsync(TestContext.Current.CancellationToken);
        }

        await RunAsync(host);

        await using var after = host.Database.NewContext();
        var record = await after.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken);
        record.Kind.ShouldBe(DestructionKind.Person);
        record.Cause.ShouldBe(DestructionCause.RetentionPeriod);
        record.Rule.ShouldBe("Retention:ClosedCaseYears");
        record.At.ShouldBe(Now);
        record.Count.ShouldBe(1);
        record.SubjectHash.ShouldBe(PersonalDataDestruction.Hash(number), "whoever holds the case number can check it was destroyed");
        var written = string.Join("|", record.Id, record.At, record.Kind, record.Cause, record.SubjectHash, record.Rule, record.DeletionRequestId, record.Count);
        foreach (var personal in new[] { applicant.Id, applicant.Email!, name, number, "010" })
        {
            written.ShouldNotContain(personal);
        }
    }

    [Fact]
    public async Task An_orphan_file_older_than_a_day_is_swept_and_a_fresh_one_is_kept()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (_, caseId) = await ClosedCaseAsync(host, Now.AddYears(-1));
        var named = Path.Combine(host.Database.DocumentsFolder, (await StoredFilesOfAsync(host, caseId)).Single());
        File.SetLastWriteTimeUtc(named, Now.AddDays(-3));
        var old = Path.Combine(host.Database.DocumentsFolder, "left-by-a-rollback");
        var fresh = Path.Combine(host.Database.DocumentsFolder, "upload-still-committing");
        await File.WriteAllBytesAsync(old, [1], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(fresh, [2], TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(old, Now.AddHours(-25));
        File.SetLastWriteTimeUtc(fresh, Now.AddHours(-23));

        (await RunAsync(host)).OrphanFiles.ShouldBe(1);

        File.Exists(old).ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue("an upload whose row is not committed yet is never taken");
        File.Exists(named).ShouldBeTrue("a file a row names is never an orphan, however old");
        await using var db = host.Database.NewContext();
        var record = await db.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken);
        (record.Kind, record.Cause, record.Count).ShouldBe((DestructionKind.OrphanFiles, DestructionCause.Orphaned, 1));
    }

    [Fact]
    public async Task An_old_draft_goes_and_its_owner_keeps_the_account()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        host.Clock.Now = Now;
        var applicant = await host.SignInAsNewAsync(Roles.Applicant, u => u.EmailConfirmed = true);
        await TestData.FillDraftAsync(host);
        await DraftLastChangedAsync(host, applicant.Id, Now.AddDays(-181));
        var recent = await host.SignInAsNewAsync(Roles.Applicant, u => u.EmailConfirmed = true);
        await TestData.FillDraftAsync(host);
        await DraftLastChangedAsync(host, recent.Id, Now.AddDays(-179));

        (await RunAsync(host)).Drafts.ShouldBe(1);

        await using var db = host.Database.NewContext();
        (await db.Cases.AnyAsync(c => c.ApplicantUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.Id == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await db.Cases.AnyAsync(c => c.ApplicantUserId == recent.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await db.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken)).Rule.ShouldBe(RetentionSettings.DraftRule);
    }

    [Fact]
    public async Task An_account_never_confirmed_goes_after_thirty_days_and_staff_invitations_stay()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        host.Clock.Now = Now;
        var stale = await host.SignInAsNewAsync(Roles.Applicant, u => u.CreatedAt = Now.AddDays(-31));
        var fresh = await host.SignInAsNewAsync(Roles.Applicant, u => u.CreatedAt = Now.AddDays(-29));
        var invited = await host.SignInAsNewAsync(Roles.Counselor, u => u.CreatedAt = Now.AddDays(-90));

        (await RunAsync(host)).People.ShouldBe(1);

        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == stale.Id, TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await db.Users.AnyAsync(u => u.Id == fresh.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await db.Users.AnyAsync(u => u.Id == invited.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_person_with_a_newer_case_keeps_the_account_and_loses_only_the_old_case()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        var (applicant, oldCase) = await ClosedCaseAsync(host, Now.AddYears(-6));
        host.User.SignIn(applicant, Roles.Applicant);
        await TestData.FillDraftAsync(host);
        (await host.SendAsync(new Restart.Core.Features.Apply.SubmitApplication.Command())).Succeeded.ShouldBeTrue();

        var summary = await RunAsync(host);

        summary.Cases.ShouldBe(1);
        summary.People.ShouldBe(0);
        await using var db = host.Database.NewContext();
        (await db.Users.AnyAsync(u => u.Id == applicant.Id, TestContext.Current.CancellationToken)).ShouldBeTrue();
        (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == oldCase, TestContext.Current.CancellationToken)).DestroyedAt.ShouldNotBeNull();
        (await db.Cases.CountAsync(c => c.ApplicantUserId == applicant.Id, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.DestructionRecords.SingleAsync(TestContext.Current.CancellationToken)).Kind.ShouldBe(DestructionKind.Case);
    }
}
