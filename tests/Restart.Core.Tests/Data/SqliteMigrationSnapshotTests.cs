using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>The embedded file survives a start stopped in the middle of a table-rebuilding migration.</summary>
public sealed class SqliteMigrationSnapshotTests
{
    [Fact]
    public async Task A_copy_left_by_a_stopped_migration_is_put_back_before_the_next_start_migrates()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await (await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken)).DisposeAsync();
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.NewContext())
        {
            await SqliteMigrationSnapshot.TakeAsync(db, ct);
            // What a half-applied migration leaves: part of the schema changed, the history not.
            await db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Programmes_AgencyId_Status_ApplyUntil\"", ct);
        }

        await using (var db = database.NewContext())
        {
            await SqliteMigrationSnapshot.RestoreIfInterruptedAsync(db, NullLogger.Instance, ct);
            (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'IX_Programmes_AgencyId_Status_ApplyUntil'").SingleAsync(ct))
                .ShouldBe(1, "the copy taken before migrating is back");
            SqliteMigrationSnapshot.Discard(db);
        }

        await using var next = await CoreHost.StartOnAsync(database, cancellationToken: ct);
        await using var check = database.NewContext();
        (await check.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
    }
}
