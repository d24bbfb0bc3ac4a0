using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Common;
using Restart.Core.Data.Locks;
using Restart.Core.Domain;

namespace Restart.Core.Data;

/// <summary>
/// Appends to the personal-data access log through its own context, so an entry is kept even when the
/// request's own work is rolled back or refused.
/// </summary>
public sealed class AccessLogWriter(DbContextOptions<RestartDbContext> options, ICurrentUser user, TimeProvider clock, AccessLogSubject subject, AccessLogGate gate)
{
    public async Task WriteAsync(string requestSubject, PersonalDataAction action, string operation, string outcome, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = new RestartDbContext(options);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.LockForTransactionAsync(DatabaseLocks.AccessLogKey, cancellationToken);
                var previous = await db.AccessLog.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
                    ?? AccessLogChain.Genesis;
                db.AccessLog.Add(AccessLogChain.Seal(
                    previous,
                    AccessLogChain.Truncate(clock.GetUtcNow().UtcDateTime),
                    user.UserId,
                    user.IpAddress,
                    subject.Value ?? requestSubject,
                    action,
                    operation,
                    outcome));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>
/// One writer at a time inside this instance keeps the waiting off the database; the database lock is what
/// keeps the chain one chain when several instances write at once (ADR 0007). A singleton, not a static,
/// so two hosts in one test process behave as two instances do.
/// </summary>
public sealed class AccessLogGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Release() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();
}

/// <summary>Lets a handler name whose data it touched when the request alone cannot (e.g. a new account's id).</summary>
public sealed class AccessLogSubject
{
    public string? Value { get; private set; }

    public void Set(string value) => Value = value;
}

public static class AccessLogChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hash what both engines store.</summary>
    public static DateTime Truncate(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    public static AccessLogEntry Seal(string previousHash, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome) => new()
        {
            At = at,
            ActorUserId = actor,
            IpAddress = ip,
            Subject = subject,
            Action = action,
            Operation = operation,
            Outcome = outcome,
            PreviousHash = previousHash,
            Hash = HashOf(previousHash, at, actor, ip, subject, action, operation, outcome),
        };

    public static bool IsIntact(AccessLogEntry e, string expectedPrevious) =>
        e.PreviousHash == expectedPrevious &&
        e.Hash == HashOf(e.PreviousHash, e.At, e.ActorUserId, e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome);

    private static string HashOf(string previous, DateTime at, string? actor, string? ip, string subject,
        PersonalDataAction action, string operation, string outcome)
    {
        var text = string.Join('\u001f', previous, at.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            actor ?? "", ip ?? "", subject, ((int)action).ToString(CultureInfo.InvariantCulture), operation, outcome);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
