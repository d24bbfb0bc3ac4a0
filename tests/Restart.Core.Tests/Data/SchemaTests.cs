using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Restart.Core.Data;
using Restart.Core.Tests.Infrastructure;

namespace Restart.Core.Tests.Data;

/// <summary>
/// A database built by the migrations has exactly the tables, columns, types, nullability, keys, foreign keys
/// and indexes of a database built straight from the EF model (and so, by LegacyDatabaseTests, does a database
/// made by the hand-written migrations that came before them).
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Database_built_by_the_migrations_has_the_schema_of_the_model(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var fromModel = await TestDatabase.CreateAsync(provider);

        await using (var db = migrated.NewContext())
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = fromModel.NewContext())
        {
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        var expected = await DescribeAsync(fromModel);
        var actual = await DescribeAsync(migrated);

        expected.Count.ShouldBeGreaterThan(100, "the model should describe every table, column and index");
        actual.Except(expected).ShouldBeEmpty("the migrations create things the model does not have");
        expected.Except(actual).ShouldBeEmpty("the model has things the migrations do not create");
    }

    [Fact]
    public async Task Embedded_database_runs_in_write_ahead_log_mode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        (await QueryAsync(db, "PRAGMA journal_mode", r => r.GetString(0))).ShouldBe(["wal"]);
    }

    internal static async Task<SortedSet<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        if (database.Settings.Provider == DatabaseProvider.Sqlite)
        {
            var tables = await QueryAsync(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')", r => r.GetString(0));
            foreach (var table in tables)
            {
                facts.Add($"table {table}");
                facts.UnionWith(await QueryAsync(db, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')",
                    r => $"column {table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}"));
                facts.UnionWith(await QueryAsync(db, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')",
                    r => $"fk {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} {r.GetString(3)}"));
                var indexes = await QueryAsync(db, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'",
                    r => (Name: r.GetString(0), Unique: r.GetInt64(1)));
                foreach (var (name, unique) in indexes)
                {
                    var columns = await QueryAsync(db, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno", r => r.GetString(0));
                    facts.Add($"index {table}.{name} unique={unique} ({string.Join(",", columns)})");
                }
            }
        }
        else if (database.Settings.Provider == DatabaseProvider.SqlServer)
        {
            facts.UnionWith(await QueryAsync(db,
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COALESCE(CHARACTER_MAXIMUM_LENGTH, -1), IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS " +
                "WHERE TABLE_NAME <> '__EFMigrationsHistory'",
                r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)}"));
            facts.UnionWith(await QueryAsync(db,
                "SELECT OBJECT_NAME(fk.parent_object_id), fk.name, OBJECT_NAME(fk.referenced_object_id), fk.delete_referential_action_desc FROM sys.foreign_keys fk",
                r => $"fk {r.GetString(0)}.{r.GetString(1)} -> {r.GetString(2)} {r.GetString(3)}"));
            facts.UnionWith(await QueryAsync(db,
                "SELECT OBJECT_NAME(i.object_id), i.name, i.is_unique, COALESCE(i.filter_definition, ''), " +
                "STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal) FROM sys.indexes i " +
                "JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id " +
                "JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id " +
                "WHERE OBJECTPROPERTY(i.object_id, 'IsUserTable') = 1 AND OBJECT_NAME(i.object_id) <> '__EFMigrationsHistory' " +
                "GROUP BY i.object_id, i.name, i.is_unique, i.filter_definition",
                r => $"index {r.GetString(0)}.{r.GetString(1)} unique={r.GetBoolean(2)} {r.GetString(3)} ({r.GetString(4)})"));
        }
        else
        {
            facts.UnionWith(await QueryAsync(db,
                "SELECT table_name, column_name, data_type, COALESCE(character_maximum_length, -1), is_nullable, COALESCE(is_identity, 'NO') " +
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'",
                r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} identity={r.GetString(5)}"));
            facts.UnionWith(await QueryAsync(db,
                "SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid) FROM pg_constraint " +
                "WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '\"__EFMigrationsHistory\"'",
                r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} {r.GetString(3)}"));
            facts.UnionWith(await QueryAsync(db,
                "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'",
                r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        }

        return facts;
    }

    private static async Task<List<T>> QueryAsync<T>(DbContext db, string sql, Func<DbDataReader, T> read)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
