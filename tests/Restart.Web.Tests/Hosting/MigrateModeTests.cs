using Microsoft.Data.Sqlite;
using Restart.Core.Domain;
using Restart.Web.Tests.Infrastructure;

namespace Restart.Web.Tests.Hosting;

/// <summary>`--migrate` as a deployment step of its own.</summary>
public sealed class MigrateModeTests
{
    [Fact]
    public async Task Migrate_mode_prepares_the_database_and_exits_even_with_settings_after_the_flag()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "restart-migrate-" + Guid.NewGuid().ToString("N"));
        var roles = -1L;

        // The setting after the flag must still count: the database is made in that folder, not the default one.
        var (exitCode, log) = await PortalProcess.RunAsync(["--migrate", "--DataFolder", dataFolder], new Dictionary<string, string>(), dataFolder,
            afterExit: () =>
            {
                using var db = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "restart.db")};Mode=ReadOnly;Pooling=False");
                db.Open();
                using var count = db.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM \"AspNetRoles\"";
                roles = (long)count.ExecuteScalar()!;
            });

        exitCode.ShouldBe(0, log);
        roles.ShouldBe(Roles.All.Count, "migrations applied and roles seeded before the process exited");
        log.ShouldNotContain("Now listening", customMessage: "the migrate step does not start serving");
    }
}
