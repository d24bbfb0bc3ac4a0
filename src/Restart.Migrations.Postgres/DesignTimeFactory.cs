using Microsoft.EntityFrameworkCore.Design;
using Restart.Core.Data;

namespace Restart.Migrations.Postgres;

/// <summary>
/// What `dotnet ef` builds the model with: this project is its own start-up project, so adding a migration
/// needs neither the web host nor a running database.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RestartDbContext>
{
    public RestartDbContext CreateDbContext(string[] args) => Database.Offline(DatabaseProvider.Postgres);
}
