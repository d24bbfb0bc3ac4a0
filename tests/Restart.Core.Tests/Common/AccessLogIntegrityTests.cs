using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Domain;
using Restart.Core.Features.Admin.AccessLog;
using Restart.Core.Features.Admin.Accounts;
using Restart.Core.Keys;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Common;

public sealed class AccessLogIntegrityTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_entry_edited_and_the_chain_recomputed_with_plain_SHA256_is_detected(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        for (var i = 0; i < 5; i++)
        {
            (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
        }

        // Someone with write access to the table hides who looked at the accounts, then re-chains from there on.
        await using (var db = host.Database.NewContext())
        {
            var entries = await db.AccessLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
            var previous = entries[0].Hash;
            foreach (var e in entries.Skip(1))
            {
                var subject = e.Id == entries[1].Id ? "nobody" : e.Subject;
                var hash = PlainSha256(previous, e.At, e.ActorUserId, e.IpAddress, subject, e.Action, e.Operation, e.Outcome, e.Reason);
                var previousHash = previous;
                await db.AccessLog.Where(x => x.Id == e.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.Subject, subject).SetProperty(x => x.PreviousHash, previousHash).SetProperty(x => x.Hash, hash),
                    TestContext.Current.CancellationToken);
                previous = hash;
            }
        }

        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;

        report.FirstBrokenId.ShouldNotBeNull("a chain recomputed without the key is not the log's chain");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task An_entry_downgraded_to_the_keyless_scheme_is_detected(DatabaseProvider provider)
    {
        await using var host = await CoreHost.StartAsync(provider);
        await host.SignInAsNewAsync(Roles.Administrator);
        for (var i = 0; i < 3; i++)
        {
            (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
        }

        await using (var db = host.Database.NewContext())
        {
            // Rewritten as if it had been sealed before keys existed: its plain SHA-256 is right, its place is not.
            var last = await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
            var hash = PlainSha256(last.PreviousHash, last.At, last.ActorUserId, last.IpAddress, "nobody", last.Action, last.Operation, last.Outcome, last.Reason);
            await db.AccessLog.Where(x => x.Id == last.Id).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.Subject, "nobody").SetProperty(x => x.Hash, hash).SetProperty(x => x.KeyId, (string?)null),
                TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.FirstBrokenId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Entries_written_before_keys_stay_verifiable_and_the_first_keyed_entry_seals_them()
    {
        await using var host = await CoreHost.StartAsync(DatabaseProvider.Sqlite);
        await using (var db = host.Database.NewContext())
        {
            // Two entries as the release before this one wrote them: no key id, plain SHA-256.
            var previous = AccessLogChain.Genesis;
            foreach (var subject in new[] { "accounts", "case:1" })
            {
                var at = AccessLogChain.Truncate(DateTime.UtcNow);
                var hash = PlainSha256(previous, at, null, "203.0.113.7", subject, PersonalDataAction.View, "Old.Query", "Ok", null);
                db.AccessLog.Add(new AccessLogEntry { At = at, IpAddress = "203.0.113.7", Subject = subject, Action = PersonalDataAction.View, Operation = "Old.Query", Outcome = "Ok", PreviousHash = previous, Hash = hash });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                previous = hash;
            }
        }

        await host.SignInAsNewAsync(Roles.Administrator);
        (await host.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();

        var report = (await host.SendAsync(new VerifyAccessLog.Query())).Value!;
        (report.Checked, report.FirstBrokenId).ShouldBe((3, (long?)null), "two old entries, then the view");
        await using (var db = host.Database.NewContext())
        {
            (await db.AccessLog.CountAsync(e => e.KeyId == null, TestContext.Current.CancellationToken)).ShouldBe(2);
            await db.AccessLog.Where(e => e.Subject == "case:1").ExecuteUpdateAsync(s => s.SetProperty(x => x.Subject, "case:2"), TestContext.Current.CancellationToken);
        }

        (await host.SendAsync(new VerifyAccessLog.Query())).Value!.FirstBrokenId.ShouldNotBeNull("an old entry edited is still found");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task After_a_key_rotation_old_entries_verify_with_the_retired_key_and_new_ones_use_the_new_key(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var _ = database;
        await using (var before = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken))
        {
            await before.SignInAsNewAsync(Roles.Administrator);
            (await before.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();
        }

        var keys = database.Keys;
        database.Keys = keys with { AccessLog = keys.AccessLog.With("k2", RandomNumberGenerator.GetBytes(KeyRing.KeyBytes)) };
        await using var after = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);
        await after.SignInAsNewAsync(Roles.Administrator);
        (await after.SendAsync(new ListAccounts.Query())).Succeeded.ShouldBeTrue();

        (await after.SendAsync(new VerifyAccessLog.Query())).Value!.Intact.ShouldBeTrue();
        await using var db = database.NewContext();
        var keyIds = await db.AccessLog.OrderBy(e => e.Id).Select(e => e.KeyId).ToListAsync(TestContext.Current.CancellationToken);
        keyIds.First().ShouldBe("k1");
        keyIds.Last().ShouldBe("k2");

        database.Keys = keys with { AccessLog = KeyRing.Generate("access-log", "k2") };
        await using var withoutOldKey = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);
        await withoutOldKey.SignInAsNewAsync(Roles.Administrator);
        (await withoutOldKey.SendAsync(new VerifyAccessLog.Query())).Value!.FirstBrokenId.ShouldNotBeNull("without the retired key its entries cannot be checked");
    }

    /// <summary>The chain as it was sealed before it had a key: anyone who can read this test can compute it.</summary>
    internal static string PlainSha256(string previous, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome, string? reason)
    {
        var text = string.Join('\u001f', previous, at.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            actor ?? "", ip ?? "", subject, ((int)action).ToString(CultureInfo.InvariantCulture), operation, outcome);
        if (reason is not null)
        {
            text += '\u001f' + reason;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
