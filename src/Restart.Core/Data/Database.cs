using Microsoft.EntityFrameworkCore;

namespace Restart.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section "Database" plus ConnectionStrings:Restart.</summary>
public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "";
}

public static class Database
{
    public const string SqliteMigrationsAssembly = "Restart.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Restart.Migrations.Postgres";

    /// <summary>Points a context at the configured engine, with that engine's own migration set.</summary>
    public static DbContextOptionsBuilder UseRestartDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .EnableRetryOnFailure(maxRetryCount: 3)),
            _ => throw new InvalidOperationException($"Unknown database provider {settings.Provider}."),
        };

    public static DbContextOptionsBuilder<TContext> UseRestartDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, DatabaseSettings settings)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseRestartDatabase(settings);
        return options;
    }
}
