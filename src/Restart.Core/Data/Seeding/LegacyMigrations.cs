using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// Databases made before 2026-11-23 were built by three hand-written migrations whose schema equals the
/// generated Baseline (both were proved equal to the model). Such a database is adopted by swapping the
/// three history rows for the Baseline's, in one transaction, so it then upgrades with its data. A database
/// where only some of them ran is refused, untouched, with one line that says what to do (ADR 0002).
/// </summary>
public static partial class LegacyMigrations
{
    public const string Baseline = "20261123000000_Baseline";

    public static readonly IReadOnlyList<string> HandWritten =
        ["20261122000000_Initial", "20261122060000_Applications", "20261122070000_OneDraftPerApplicant"];

    public static async Task AdoptAsync(RestartDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToList();
        var legacy = applied.Intersect(HandWritten).ToList();
        if (legacy.Count == 0)
        {
            return;
        }

        if (legacy.Count != HandWritten.Count || applied.Count != HandWritten.Count)
        {
            throw new InvalidOperationException(
                $"This database was left half-way by the old hand-written migrations (applied: {string.Join(", ", applied)}). " +
                "Nothing was changed. Restore it from the backup taken before the upgrade, or start the previous release once to finish its migrations, then start this one (docs/operations.md, 'Upgrading').");
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var id in HandWritten)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
            }

            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(Baseline, ProductInfo.GetVersion())), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        LogAdopted(logger, HandWritten.Count, Baseline);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Adopted a database made by the {Count} hand-written migrations as {Baseline}; later migrations apply as usual")]
    private static partial void LogAdopted(ILogger logger, int count, string baseline);
}
