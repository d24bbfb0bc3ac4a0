using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Restart.Core.Data;
using Restart.Core.Data.Seeding;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>
/// Databases made before the migrations were generated (the hand-written chain of 2026-11-22, kept in Legacy/)
/// upgrade with their data, or, if that chain stopped half-way, are refused untouched with one clear line.
/// </summary>
public sealed class LegacyDatabaseTests
{
    public static TheoryData<DatabaseProvider> EnginesWithLegacyDatabases => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(EnginesWithLegacyDatabases))]
    public async Task A_database_made_by_the_hand_written_migrations_upgrades_with_its_data(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildLegacyAsync(database, LegacyMigrations.HandWritten.Count);
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"RegionalOffices\" (\"Id\", \"Code\", \"Name\", \"NameEn\", \"Phone\", \"Address\", \"Version\") " +
                "VALUES ('6f9619ff-8b86-d011-b42d-00c04fc964ff', 'OLD', '옛 지역본부', 'Old office', '02-000-0000', '서울', '6f9619ff-8b86-d011-b42d-00c04fc964fe')",
                TestContext.Current.CancellationToken);
        }

        await using var host = await CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken);

        await using var after = database.NewContext();
        (await after.RegionalOffices.SingleAsync(o => o.Code == "OLD", TestContext.Current.CancellationToken)).Name.ShouldBe("옛 지역본부");
        (await after.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBe(after.Database.GetMigrations());
        (await after.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await after.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0, "the tables of later migrations were added");
        (await after.Sidos.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(17);

        await using var fresh = await TestDatabase.CreateAsync(provider);
        await using (var db = fresh.NewContext())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        (await SchemaTests.DescribeAsync(database)).ShouldBe(await SchemaTests.DescribeAsync(fresh), "the upgraded database has the schema of a new one");
    }

    [Theory]
    [MemberData(nameof(EnginesWithLegacyDatabases))]
    public async Task A_database_the_hand_written_migrations_left_half_way_is_refused_untouched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await BuildLegacyAsync(database, 1);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
            CoreHost.StartOnAsync(database, cancellationToken: TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("half-way");
        refused.Message.ShouldContain("Nothing was changed");
        await using var db = database.NewContext();
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBe([LegacyMigrations.HandWritten[0]]);
    }

    /// <summary>What the old Migrate() did: run the first <paramref name="steps"/> scripts and record each in the history table.</summary>
    private static async Task BuildLegacyAsync(TestDatabase database, int steps)
    {
        await using var db = database.NewContext();
        var history = db.GetService<IHistoryRepository>();
        var folder = database.Settings.Provider == DatabaseProvider.Sqlite ? "Sqlite" : "Postgres";
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), TestContext.Current.CancellationToken);
        foreach (var id in LegacyMigrations.HandWritten.Take(steps))
        {
            await using var stream = typeof(LegacyDatabaseTests).Assembly.GetManifestResourceStream($"Legacy.{folder}/{id}.sql")
                ?? throw new InvalidOperationException($"Legacy script {folder}/{id}.sql is not embedded.");
            using var reader = new StreamReader(stream);
            await db.Database.ExecuteSqlRawAsync(await reader.ReadToEndAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.14")), TestContext.Current.CancellationToken);
        }
    }
}
