using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Restart.Core.Data.Locks;
using Restart.Core.Domain;
using Restart.Core.Keys;

namespace Restart.Core.Data;

/// <summary>
/// The one writer of this instance's access-log entries (ADR 0007). Requests hand their entries over and
/// wait; the writer takes every entry waiting, chains them onto the newest hash in the database under the
/// database's access-log lock, inserts them in one transaction and only then lets each request go on. One
/// commit, and one flush to disk, serves all the page views that arrived while the last one was written,
/// instead of one commit per view with every other view queued behind it.
/// </summary>
public sealed partial class AccessLogAppender : IAsyncDisposable, IDisposable
{
    /// <summary>What a request records; the chain's hashes are added by the writer.</summary>
    public sealed record Entry(DateTime At, string? ActorUserId, string? IpAddress, string Subject, PersonalDataAction Action, string Operation, string Outcome, string? Reason = null);

    private sealed record Pending(Entry Entry, TaskCompletionSource Committed);

    /// <summary>Enough for every request a busy instance has in flight; a larger queue waits for the next round.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly DbContextOptions<RestartDbContext> _options;
    private readonly ILogger<AccessLogAppender> _logger;
    private readonly Task _writer;
    private readonly bool _oneStatementEach;
    private readonly KeyRing _keys;

    /// <param name="options">The singleton options (see AddRestartCore): the writer outlives every request scope.</param>
    /// <param name="logger">Where failed writes are reported; the waiting request fails too.</param>
    /// <param name="database">The engine: SQL Server gets one statement per entry.</param>
    /// <param name="keys">The access log's HMAC keys: entries are sealed with the active one.</param>
    public AccessLogAppender(DbContextOptions<RestartDbContext> options, ILogger<AccessLogAppender> logger, DatabaseSettings database, RestartKeys keys)
    {
        _options = options;
        _keys = keys.AccessLog;
        _logger = logger;
        _oneStatementEach = database.Provider == DatabaseProvider.SqlServer;
        _writer = Task.Run(WriteUntilClosedAsync);
    }

    /// <summary>Completes once the entry is committed; fails if it could not be.</summary>
    public Task AppendAsync(Entry entry, CancellationToken cancellationToken)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The access log is closed because the portal is stopping.");
        }

        return pending.Committed.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteUntilClosedAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await CommitAsync(batch);
            batch.ForEach(p => p.Committed.TrySetResult());
            return;
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One entry the database refuses must not cost the others their page: write them one by one.
            LogBatchFailed(e, batch.Count);
        }
        catch (Exception e)
        {
            LogEntryFailed(e);
            batch[0].Committed.TrySetException(e);
            return;
        }

        foreach (var pending in batch)
        {
            try
            {
                await CommitAsync([pending]);
                pending.Committed.TrySetResult();
            }
            catch (Exception e)
            {
                LogEntryFailed(e);
                pending.Committed.TrySetException(e);
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<Pending> batch)
    {
        await using var db = new RestartDbContext(_options);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.LockForTransactionAsync(DatabaseLocks.AccessLogKey, CancellationToken.None);

            // Read under the lock every time: another instance may have appended since this one last did.
            var previous = await db.AccessLog.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync()
                ?? AccessLogChain.Genesis;
            foreach (var (e, _) in batch)
            {
                var entry = AccessLogChain.Seal(_keys, previous, e.At, e.ActorUserId, e.IpAddress, e.Subject, e.Action, e.Operation, e.Outcome, e.Reason);
                db.AccessLog.Add(entry);

                // Ids must follow the chain. SQL Server's multi-row insert (a MERGE) does not promise to number
                // its rows in order: there, one statement per entry.
                if (_oneStatementEach)
                {
                    await db.SaveChangesAsync();
                }

                previous = entry.Hash;
            }

            // SQLite and PostgreSQL run a batch's INSERT statements one after another, so the ids are given
            // in the chain's order: one round trip for the whole group.
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} access-log entries together failed; writing them one by one")]
    private partial void LogBatchFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "An access-log entry could not be written; its request fails")]
    private partial void LogEntryFailed(Exception exception);

    /// <summary>Writes what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
