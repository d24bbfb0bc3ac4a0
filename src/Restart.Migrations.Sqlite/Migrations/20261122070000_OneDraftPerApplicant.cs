using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Restart.Core.Data;

namespace Restart.Migrations.Sqlite.Migrations;

/// <summary>A filtered unique index: at most one draft per applicant.</summary>
[DbContext(typeof(RestartDbContext))]
[Migration("20261122070000_OneDraftPerApplicant")]
public sealed class OneDraftPerApplicant : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122070000_OneDraftPerApplicant"));
}
