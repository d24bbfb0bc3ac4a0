using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Restart.Core.Data.Seeding;

/// <summary>
/// On the embedded file EF applies a migration that rebuilds a table in three transactions (SQLite cannot turn
/// foreign keys off inside one), so a start stopped between them leaves a half-applied migration the next start
/// cannot finish. Before migrations are applied the file is therefore copied (VACUUM INTO a temporary name, then
/// renamed: only a whole copy ever carries the final name); a start that finds the copy knows the last one
/// stopped midway and puts the copy back first. The copy goes once the migrations are applied.
/// </summary>
internal static partial class SqliteMigrationSnapshot
{
    public static async Task RestoreIfInterruptedAsync(RestartDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (PathFor(db) is not { } path || !File.Exists(path))
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await copy.OpenAsync(cancellationToken);
            copy.BackupDatabase((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        LogRestored(logger, path);
    }

    public static async Task TakeAsync(RestartDbContext db, CancellationToken cancellationToken)
    {
        if (PathFor(db) is not { } path)
        {
            return;
        }

        var partial = path + ".partial";
        File.Delete(partial);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO $path", [new SqliteParameter("$path", partial)], cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public static void Discard(RestartDbContext db)
    {
        if (PathFor(db) is { } path)
        {
            File.Delete(path);
        }
    }

    private static string? PathFor(RestartDbContext db)
    {
        if (!db.Database.IsSqlite() || db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }

        var source = new SqliteConnectionStringBuilder(connection.ConnectionString);
        return source.Mode == SqliteOpenMode.Memory || source.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(source.DataSource) + ".before-migration";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last start stopped while migrating the database; it was put back from {Copy} and is migrated again")]
    private static partial void LogRestored(ILogger logger, string copy);
}
