using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Common;

public sealed class AccessLogCheckpointTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_checkpoint_whose_entry_was_rewritten_by_a_holder_of_the_HMAC_key_is_detected(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
        var checkpoint = (await host.SendAsync(new WriteAccessLogCheckpoint.Command())).Value!;
        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.Intact.ShouldBeTrue();

        // Whoever holds the HMAC key (the application's own server) rewrites the whole chain consistently.
        await ResealFromAsync(host.Database, firstId: 1, subjectOf: e => e.Id == 1 ? "nobody" : e.Subject);

        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;
        report.FirstBrokenId.ShouldBeNull("the chain itself was rewritten with the key");
        report.FirstBadCheckpoint.ShouldNotBeNull();
        report.FirstBadCheckpoint.EntryId.ShouldBe(checkpoint.EntryId);
        report.FirstBadCheckpoint.Fault.ShouldBe(VerifyAccessLog.CheckpointFault.EntryChanged);
    }

    [Fact]
    public async Task Removing_the_newest_entries_is_detected_by_the_checkpoint()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
        var checkpoint = (await host.SendAsync(new WriteAccessLogCheckpoint.Command())).Value!;

        await using (var db = host.Database.NewContext())
        {
            await db.AccessLog.Where(e => e.Id >= checkpoint.EntryId).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;
        report.FirstBrokenId.ShouldBeNull("what is left is an unbroken chain");
        report.FirstBadCheckpoint!.Fault.ShouldBe(VerifyAccessLog.CheckpointFault.EntryMissing);
    }

    [Fact]
    public async Task A_checkpoint_line_changed_or_signed_with_an_untrusted_key_is_not_trusted()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await host.SignInAsNewAsync(Roles.Administrator);
        var checkpoint = (await host.SendAsync(new WriteAccessLogCheckpoint.Command())).Value!;
        var file = Path.Combine(host.Database.Keys.Checkpoints.Folder, checkpoint.File);
        var line = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Single();
        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.CheckpointsChecked.ShouldBe(1);

        var parts = line.Split(' ');
        parts[3] = new string('a', 64);
        await File.WriteAllTextAsync(file, string.Join(' ', parts) + "\n", TestContext.Current.CancellationToken);

        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;
        report.FirstBadCheckpoint!.Fault.ShouldBe(VerifyAccessLog.CheckpointFault.NotSigned);
        report.Intact.ShouldBeFalse();
    }

    [Fact]
    public async Task Checkpoints_signed_with_a_retired_signing_key_still_verify_when_its_public_key_is_trusted()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using (var before = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken))
        {
            await before.SignInAsNewAsync(Roles.Administrator);
            (await before.SendAsync(new WriteAccessLogCheckpoint.Command())).Succeeded.ShouldBeTrue();
        }

        var old = database.Keys.Checkpoints;
        var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        database.Keys = database.Keys with { Checkpoints = old with { SigningKey = signing, TrustedKeys = [signing, old.SigningKey] } };
        await using var after = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);
        await after.SignInAsNewAsync(Roles.Administrator);
        (await after.SendAsync(new WriteAccessLogCheckpoint.Command())).Succeeded.ShouldBeTrue();

        var report = (await after.SendAsync(new VerifyAccessLog.Query())).Value!;
        (report.CheckpointsChecked, report.Intact).ShouldBe((2, true));
    }

    /// <summary>Rewrites every entry from <paramref name="firstId"/> on and re-chains them with the log's own active key.</summary>
    private static async Task ResealFromAsync(TestDatabase database, long firstId, Func<AccessLogEntry, string> subjectOf)
    {
        await using var db = database.NewContext();
        var entries = await db.AccessLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        var previous = entries.Where(e => e.Id < firstId).Select(e => e.Hash).LastOrDefault() ?? AccessLogChain.Genesis;
        foreach (var e in entries.Where(e => e.Id >= firstId))
        {
            var sealedAgain = AccessLogChain.Seal(database.Keys.AccessLog, previous, e.At, e.ActorUserId, e.IpAddress, subjectOf(e), e.Action, e.Operation, e.Outcome, e.Reason);
            await db.AccessLog.Where(x => x.Id == e.Id).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Subject, sealedAgain.Subject).SetProperty(x => x.PreviousHash, sealedAgain.PreviousHash).SetProperty(x => x.Hash, sealedAgain.Hash),
                TestContext.Current.CancellationToken);
            previous = sealedAgain.Hash;
        }
    }
}
