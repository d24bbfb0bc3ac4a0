using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Restart.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Configuration section "Database" plus ConnectionStrings:Restart.</summary>
public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// An engine's settings for work that never connects: building the model, adding and scripting
    /// migrations (`dotnet ef`), translating queries. The address does not exist on purpose.
    /// </summary>
    public static DatabaseSettings Offline(DatabaseProvider provider) => new()
    {
        Provider = provider,
        ConnectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=offline.db",
            DatabaseProvider.Postgres => "Host=offline.invalid;Database=restart",
            _ => "Server=offline.invalid;Database=Restart;TrustServerCertificate=True",
        },
    };
}

public static class Database
{
    public const string SqliteMigrationsAssembly = "Restart.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Restart.Migrations.Postgres";
    public const string SqlServerMigrationsAssembly = "Restart.Migrations.SqlServer";

    /// <summary>Points a context at the configured engine, with that engine's own migration set (ADR 0002).</summary>
    public static DbContextOptionsBuilder UseRestartDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .EnableRetryOnFailure(maxRetryCount: 3)),
            DatabaseProvider.SqlServer => options.UseSqlServer(settings.ConnectionString, o => o
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .EnableRetryOnFailure(maxRetryCount: 3)),
            _ => throw new InvalidOperationException($"Unknown database provider {settings.Provider}."),
        };

    /// <summary>A context on <paramref name="provider"/> that never connects (see <see cref="DatabaseSettings.Offline"/>).</summary>
    public static RestartDbContext Offline(DatabaseProvider provider) =>
        new(new DbContextOptionsBuilder<RestartDbContext>().UseRestartDatabase(DatabaseSettings.Offline(provider)).Options);

    public static DbContextOptionsBuilder<TContext> UseRestartDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, DatabaseSettings settings)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseRestartDatabase(settings);
        return options;
    }

    /// <summary>Two writers saved the same unique value at once (a double tap, a second tab, a second instance).</summary>
    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 }
            or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
            or SqlException { Number: 2601 or 2627 };
}
