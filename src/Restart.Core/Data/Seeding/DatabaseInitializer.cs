using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Restart.Core.Domain;

namespace Restart.Core.Data.Seeding;

/// <summary>Brings a database up to date at start-up: migrations, roles, reference data, and demo data when asked.</summary>
public sealed partial class DatabaseInitializer(
    RestartDbContext db,
    RoleManager<IdentityRole> roles,
    ReferenceDataSeeder referenceData,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await referenceData.SeedAsync(cancellationToken);
        if (seedDemoData)
        {
            await demoData.SeedAsync(cancellationToken);
        }

        LogReady(logger, db.Database.ProviderName ?? "?", seedDemoData);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready on {Provider} (demo data: {Demo})")]
    private static partial void LogReady(ILogger logger, string provider, bool demo);
}
