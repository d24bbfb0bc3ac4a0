using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Data.Locks;

/// <summary>
/// Locks that every instance of the portal sees, because they live in the database (or, for the embedded
/// file, beside it): PostgreSQL advisory locks, SQL Server application locks, and on SQLite the engine's
/// single writer plus an operating-system lock on a file next to the database (ADR 0013).
/// </summary>
public static class DatabaseLocks
{
    /// <summary>Appending to the access-log chain.</summary>
    public const long AccessLogKey = 0x5245_5354_4C4F_4731; // "RESTLOG1"

    /// <summary>Migrations and seeding at start-up.</summary>
    public const long InitializeKey = 0x5245_5354_494E_4954; // "RESTINIT"

    /// <summary>
    /// Takes <paramref name="key"/> for the rest of the context's current transaction. On SQLite the
    /// transaction itself is the lock: Microsoft.Data.Sqlite begins it IMMEDIATE, so a second writer waits.
    /// </summary>
    public static async Task LockForTransactionAsync(this DbContext db, long key, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A transaction-scoped lock needs an open transaction.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
        else if (db.Database.IsSqlServer())
        {
            var resource = key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync(
                $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000; IF @r < 0 THROW 51000, 'Could not take the application lock.', 1;",
                cancellationToken);
        }
    }

    /// <summary>
    /// A lock held until the returned handle is disposed, on a connection of its own, so the server drops it
    /// if the process dies. Used around start-up work that spans several transactions.
    /// </summary>
    public static async Task<IAsyncDisposable> AcquireSessionLockAsync(DatabaseSettings settings, long key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var milliseconds = (int)timeout.TotalMilliseconds;
        return settings.Provider switch
        {
            DatabaseProvider.Postgres => await SessionLock.AcquireAsync(
                new Npgsql.NpgsqlConnection(settings.ConnectionString),
                $"SET lock_timeout = {milliseconds}; SELECT pg_advisory_lock({key})",
                $"SELECT pg_advisory_unlock({key})",
                timeout, cancellationToken),
            DatabaseProvider.SqlServer => await SessionLock.AcquireAsync(
                new Microsoft.Data.SqlClient.SqlConnection(settings.ConnectionString),
                $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = N'{key}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {milliseconds}; " +
                "IF @r < 0 THROW 51000, 'Could not take the start-up lock.', 1;",
                $"EXEC sp_releaseapplock @Resource = N'{key}', @LockOwner = 'Session'",
                timeout, cancellationToken),
            _ => await FileLock.AcquireAsync(LockFileFor(settings), timeout, cancellationToken),
        };
    }

    private static string LockFileFor(DatabaseSettings settings)
    {
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return Path.GetFullPath(string.IsNullOrEmpty(file) || file == ":memory:" ? Path.Combine(Path.GetTempPath(), "restart-memory.db") : file) + ".init-lock";
    }

    /// <summary>A server-side lock taken on a connection of its own and released by name before the connection closes.</summary>
    private sealed class SessionLock(DbConnection connection, string release) : IAsyncDisposable
    {
        public static async Task<IAsyncDisposable> AcquireAsync(DbConnection connection, string take, string release, TimeSpan timeout, CancellationToken cancellationToken)
        {
            try
            {
                await connection.OpenAsync(cancellationToken);
                await RunAsync(connection, take, (int)timeout.TotalSeconds + 5, cancellationToken);
                return new SessionLock(connection, release);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await RunAsync(connection, release, 30, CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }

        private static async Task RunAsync(DbConnection connection, string sql, int timeoutSeconds, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = timeoutSeconds;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>An exclusive open of a lock file: the operating system drops it when the process ends, however it ends.</summary>
    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public static async Task<IAsyncDisposable> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var giveUpAt = DateTime.UtcNow + timeout;
            while (true)
            {
                try
                {
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (DateTime.UtcNow < giveUpAt)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
