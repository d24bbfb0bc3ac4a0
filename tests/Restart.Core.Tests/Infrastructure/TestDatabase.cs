using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Restart.Core.Data;
using Restart.Core.Keys;

namespace Restart.Core.Tests.Infrastructure;

/// <summary>
/// A real, empty database of one engine: a SQLite file in the temp folder, or a fresh PostgreSQL database
/// on the server named by RESTART_TEST_POSTGRES, or on the SQL Server named by RESTART_TEST_SQLSERVER
/// (dropped again on dispose).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RESTART_TEST_POSTGRES";
    public const string SqlServerVariable = "RESTART_TEST_SQLSERVER";

    private readonly string? _sqliteFile;
    private readonly string? _serverName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFile, string? serverName)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _serverName = serverName;
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The SQLite file, or null on a server.</summary>
    public string? SqliteFile => _sqliteFile;

    /// <summary>
    /// The keys kept outside the database, as every instance of one deployment shares them: hosts on this
    /// database seal and check the same chain and read each other's documents. A test may rotate them.
    /// </summary>
    public RestartKeys Keys { get; set; } = RestartKeys.Ephemeral(Path.Combine(Path.GetTempPath(), "restart-checkpoints-" + Guid.NewGuid().ToString("N")));

    /// <summary>Key files of every web host on this database (Keys:Folder): instances of one deployment share their keys.</summary>
    public string KeysFolder { get; } = Path.Combine(Path.GetTempPath(), "restart-keys-" + Guid.NewGuid().ToString("N"));

    /// <summary>Uploaded documents of every host on this database.</summary>
    public string DocumentsFolder { get; } = Path.Combine(Path.GetTempPath(), "restart-docs-" + Guid.NewGuid().ToString("N"));

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;
    public static string? SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Skips the calling test, with the reason printed, when the engine is not available here.</summary>
    public static void SkipUnlessAvailable(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && PostgresServer is null)
        {
            Assert.Skip($"PostgreSQL tests need {PostgresVariable} (a connection string); .ci/run sets it.");
        }

        if (provider == DatabaseProvider.SqlServer && SqlServer is null)
        {
            Assert.Skip($"SQL Server tests need {SqlServerVariable} (a connection string to a server where the login may create databases); " +
                "no SQL Server engine runs on the CI machine, so there the SQL Server checks are the model, script and query-translation tests.");
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
        if (provider == DatabaseProvider.SqlServer)
        {
            await using (var connection = new SqlConnection(SqlServer))
            {
                await connection.OpenAsync();
                await using var create = new SqlCommand($"CREATE DATABASE [{name}]", connection);
                await create.ExecuteNonQueryAsync();
            }

            var sqlServer = new SqlConnectionStringBuilder(SqlServer) { InitialCatalog = name, Pooling = false };
            return new TestDatabase(new DatabaseSettings { Provider = provider, ConnectionString = sqlServer.ConnectionString }, null, name);
        }

        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return OnPostgres(name);
    }

    /// <summary>A new database holding what <paramref name="source"/> holds; nothing may be connected to the source meanwhile.</summary>
    public static async Task<TestDatabase> CopyOfAsync(TestDatabase source)
    {
        if (source._sqliteFile is not null)
        {
            var copy = await CreateAsync(DatabaseProvider.Sqlite);
            File.Copy(source._sqliteFile, copy._sqliteFile!);
            return copy;
        }

        if (source.Settings.Provider != DatabaseProvider.Postgres)
        {
            throw new NotSupportedException("Databases are copied on SQLite and PostgreSQL only.");
        }

        var name = $"restart_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{source._serverName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return OnPostgres(name);
    }

    private static TestDatabase OnPostgres(string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false };
        return new TestDatabase(new DatabaseSettings { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ConnectionString }, null, name);
    }

    /// <summary>Folds the write-ahead log of a SQLite file into the file, so that the file alone is the whole database.</summary>
    public static async Task FoldLogAsync(string sqliteFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE)", connection);
        await checkpoint.ExecuteNonQueryAsync();
    }

    public RestartDbContext NewContext() =>
        new(Options);

    public DbContextOptions<RestartDbContext> Options => new DbContextOptionsBuilder<RestartDbContext>().UseRestartDatabase(Settings).Options;

    public async ValueTask DisposeAsync()
    {
        foreach (var folder in new[] { Keys.Checkpoints.Folder, DocumentsFolder, KeysFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_serverName is not null && Settings.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_serverName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (_serverName is not null && Settings.Provider == DatabaseProvider.SqlServer)
        {
            await using var connection = new SqlConnection(SqlServer);
            await connection.OpenAsync();
            await using var drop = new SqlCommand($"ALTER DATABASE [{_serverName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_serverName}]", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
