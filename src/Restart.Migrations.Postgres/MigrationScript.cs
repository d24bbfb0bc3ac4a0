namespace Restart.Migrations.Postgres;

/// <summary>Each migration runs a reviewed DDL script embedded from Scripts/ (ADR 0002).</summary>
internal static class MigrationScript
{
    public static string Read(string name)
    {
        using var stream = typeof(MigrationScript).Assembly.GetManifestResourceStream($"Restart.Migrations.Postgres.Scripts.{name}.sql")
            ?? throw new InvalidOperationException($"Migration script {name}.sql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
