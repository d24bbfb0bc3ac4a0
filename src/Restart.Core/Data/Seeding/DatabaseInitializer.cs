using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Restart.Core.Data.Figures;
using Restart.Core.Data.Locks;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Brings a database up to date at start-up: migrations, roles, reference data, and demo data when asked.
/// Safe to interrupt and to run from several instances at once (ADR 0013): the whole of it runs under a
/// lock every instance sees, each migration is one transaction, and the seeding is one more, so a process
/// killed at any moment leaves a database that the next start completes, with one copy of everything.
/// </summary>
public sealed partial class DatabaseInitializer(
    RestartDbContext db,
    DatabaseSettings settings,
    RoleManager<IdentityRole> roles,
    ReferenceDataSeeder referenceData,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>How long a second instance waits for the first to finish its start-up work.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await using (await DatabaseLocks.AcquireSessionLockAsync(settings, DatabaseLocks.InitializeKey, LockTimeout, cancellationToken))
        {
            await SqliteMigrationSnapshot.RestoreIfInterruptedAsync(db, logger, cancellationToken);
            await UseWriteAheadLogAsync(cancellationToken);
            await LegacyMigrations.AdoptAsync(db, logger, cancellationToken);
            // Most starts find nothing to apply: then EF's own migration lock (on SQLite, a table written and
            // emptied again) is not worth taking.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await ClearStaleMigrationLockAsync(cancellationToken);
                await SqliteMigrationSnapshot.TakeAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                SqliteMigrationSnapshot.Discard(db);
            }
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var role in Roles.All)
                {
                    if (!await roles.RoleExistsAsync(role))
                    {
                        await roles.CreateAsync(new IdentityRole(role));
                    }
                }

                await referenceData.SeedAsync(cancellationToken);
                if (seedDemoData)
                {
                    await demoData.SeedAsync(cancellationToken);
                }

                // The migration that added the daily figures left its marker: count them once from the rows (ADR 0026).
                if (await db.DailyFigures.AnyAsync(f => f.Metric == ReportMetric.RebuildPending, cancellationToken))
                {
                    LogFiguresRebuilt(logger, await FigureKeeper.RebuildAsync(db, cancellationToken));
                }

                await transaction.CommitAsync(cancellationToken);
            });
        }

        LogReady(logger, db.Database.ProviderName ?? "?", seedDemoData);
    }

    /// <summary>
    /// `--rebuild-figures`: counts the daily outcome figures again from every case's rows, in one transaction (ADR 0026),
    /// the repair tool should the table ever be doubted. Returns the number of cases counted.
    /// </summary>
    public Task<int> RebuildFiguresAsync(CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var cases = await FigureKeeper.RebuildAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return cases;
        });

    /// <summary>
    /// The embedded file in write-ahead-log mode (kept in the file, so set once): page views read while a
    /// command or the access log commits, instead of waiting for the rollback journal's exclusive lock, and a
    /// commit is one flush of the log. Synchronous stays FULL, so a committed entry survives a power cut.
    /// </summary>
    private async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        }
    }

    /// <summary>
    /// EF Core's SQLite migration lock is a row in a table, left behind by a process killed while migrating.
    /// Under the start-up lock no other instance can be migrating, so such a row is stale.
    /// </summary>
    private async Task ClearStaleMigrationLockAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite()
            && await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(cancellationToken) > 0)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily outcome figures counted from the rows of {Cases} cases")]
    private static partial void LogFiguresRebuilt(ILogger logger, int cases);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready on {Provider} (demo data: {Demo})")]
    private static partial void LogReady(ILogger logger, string provider, bool demo);
}
