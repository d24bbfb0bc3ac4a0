using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Restart.Core.Data;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>
/// A real, empty database of one engine: a SQLite file in the temp folder, or a fresh PostgreSQL database
/// on the server named by RESTART_TEST_POSTGRES (dropped again on dispose).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RESTART_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresName)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Skips the calling test, with the reason printed, when the engine is not available here.</summary>
    public static void SkipUnlessAvailable(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && PostgresServer is null)
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} (a connection string); .ci/run sets it.");
        }
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        SkipUnlessAvailable(provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"restart-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseSettings { Provider = provider, ConnectionString = $"Data Source={file};Pooling=False" }, file, null);
        }

        var name = $"restart_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false };
        return new TestDatabase(new DatabaseSettings { Provider = provider, ConnectionString = builder.ConnectionString }, null, name);
    }

    public RestartDbContext NewContext() =>
        new(Options);

    public DbContextOptions<RestartDbContext> Options => new DbContextOptionsBuilder<RestartDbContext>().UseRestartDatabase(Settings).Options;

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
