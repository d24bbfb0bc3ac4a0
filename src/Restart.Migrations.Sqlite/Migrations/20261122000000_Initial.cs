using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Restart.Core.Data;

namespace Restart.Migrations.Sqlite.Migrations;

/// <summary>
/// The first schema: Identity, reference data, organisations, offers, applicant profiles and the access log.
/// The script began as the provider's own GenerateCreateScript() output. Rolling back is done by restoring a
/// backup (docs/operations.md), so there is no Down step.
/// </summary>
[DbContext(typeof(RestartDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122000000_Initial"));
}
