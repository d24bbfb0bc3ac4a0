using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Restart.Core.Common;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Account;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Features.Apply;
using Restart.Core.Features.My;
using Restart.Core.Tests.Infrastructure;
using static Restart.Core.Tests.Infrastructure.TestData;

namespace Restart.Core.Tests.Common;

public sealed class AccessLogTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Reading_personal_data_is_recorded_with_who_when_where_and_outcome(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var admin = await host.SignInAsNewAsync(Roles.Administrator);
        var before = DateTime.UtcNow.AddSeconds(-1);

        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        entry.ActorUserId.ShouldBe(admin.Id);
        entry.IpAddress.ShouldBe("203.0.113.7");
        entry.Subject.ShouldBe("accounts");
        entry.Action.ShouldBe(PersonalDataAction.View);
        entry.Operation.ShouldBe("ListAccounts.Query");
        entry.Outcome.ShouldBe("Ok");
        entry.At.ShouldBeGreaterThan(before);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_refused_attempt_is_recorded_too(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var applicant = await host.SignInAsNewAsync(Roles.Applicant);

        (await host.SendAsync(new ListAccounts.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.SingleAsync(e => e.ActorUserId == applicant.Id, TestContext.Current.CancellationToken);
        entry.Outcome.ShouldBe("Forbidden");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_refused_request_about_ones_own_data_is_recorded_under_the_senders_id(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var officeId = await OfficeIdAsync(host, "SEOUL");
        var counselor = await host.SignInAsNewAsync(Roles.Counselor, u => u.RegionalOfficeId = officeId);

        (await host.SendAsync(new ApplyPersonal.Query())).Status.ShouldBe(ResultStatus.Forbidden);

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.SingleAsync(e => e.ActorUserId == counselor.Id, TestContext.Current.CancellationToken);
        (entry.Subject, entry.Outcome).ShouldBe((counselor.Id, "Forbidden"), "never a placeholder such as \"self\"");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_new_account_is_recorded_under_its_own_id(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        var officeId = await OfficeIdAsync(host, "JEJU");

        var created = await host.SendAsync(new CreateAccount.Command { Email = "jeju@example.com", DisplayName = "제주 상담사", Role = Roles.Counselor, RegionalOfficeId = officeId });

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        entry.Subject.ShouldBe(created.Value);
        entry.Action.ShouldBe(PersonalDataAction.Create);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Changing_ones_own_password_is_recorded_as_a_change_of_ones_own_data(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var user = await host.SignInAsNewAsync(Roles.Applicant);

        await host.SendAsync(new ChangePassword.Command { CurrentPassword = "wrong", NewPassword = "long enough phrase", ConfirmPassword = "long enough phrase" });

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.SingleAsync(e => e.ActorUserId == user.Id, TestContext.Current.CancellationToken);
        entry.Subject.ShouldBe(user.Id);
        entry.Action.ShouldBe(PersonalDataAction.Change);
        entry.Outcome.ShouldBe("Invalid", "the account has no password, so the current one cannot match");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Views_at_once_are_each_committed_before_their_answer_on_one_chain(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Counselor);

        // Entries are committed in groups; each request still waits for its own, so it can be read back at once.
        await Task.WhenAll(Enumerable.Range(0, 48).Select(_ => Task.Run(async () =>
        {
            var id = Guid.NewGuid();
            (await host.SendAsync(new DownloadDocument.Query { Id = id })).Status.ShouldBe(ResultStatus.NotFound);
            await using var db = host.Database.NewContext();
            (await db.AccessLog.CountAsync(e => e.Subject == $"document:{id}", TestContext.Current.CancellationToken)).ShouldBe(1, "the attempt is on record before the answer");
        })));

        await host.SignInAsNewAsync(Roles.Administrator);
        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;
        report.FirstBrokenId.ShouldBeNull();
        report.Checked.ShouldBe(48, "one entry per download attempt, none lost, none twice");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_entry_the_database_refuses_fails_its_own_request_only(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var at = AccessLogChain.Truncate(DateTime.UtcNow);
        AccessLogAppender.Entry Valid(int i) => new(at, null, "203.0.113.7", $"subject:{i}", PersonalDataAction.View, "Test", "Ok");

        var outcomes = await host.InScopeAsync(async services =>
        {
            var appender = services.GetRequiredService<AccessLogAppender>();
            var writes = Enumerable.Range(0, 20).Select(i => i == 10
                ? appender.AppendAsync(Valid(i) with { Operation = null! }, CancellationToken.None) // NOT NULL on every engine
                : appender.AppendAsync(Valid(i), CancellationToken.None)).ToList();
            return await Task.WhenAll(writes.Select(async w => { try { await w; return true; } catch (DbUpdateException) { return false; } }));
        });

        outcomes.Count(ok => !ok).ShouldBe(1, "only the entry the database refused fails");
        await using var db = host.Database.NewContext();
        (await db.AccessLog.CountAsync(e => e.Operation == "Test", TestContext.Current.CancellationToken)).ShouldBe(19);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_visitors_over_long_or_broken_value_is_bounded_and_the_entry_still_written(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        var typed = "\r\nforged\u202e" + new string('x', 3020);

        await host.SendAsync(new ResetPassword.Command { UserId = typed, Token = "t", Password = "long enough phrase", ConfirmPassword = "long enough phrase" });

        await using var db = host.Database.NewContext();
        var entry = await db.AccessLog.SingleAsync(e => e.Operation == "ResetPassword.Command", TestContext.Current.CancellationToken);
        entry.Subject.Length.ShouldBe(200, "the column's length, on every engine");
        entry.Subject.ShouldStartWith("??forged?xxx");
        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.FirstBrokenId.ShouldBeNull();
    }
}
