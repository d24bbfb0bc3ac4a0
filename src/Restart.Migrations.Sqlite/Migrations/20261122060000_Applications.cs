using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Restart.Core.Data;

namespace Restart.Migrations.Sqlite.Migrations;

/// <summary>Online applications: cases (draft to closed) with their timeline, documents and supplement requests, consent records and the eligibility rules.</summary>
[DbContext(typeof(RestartDbContext))]
[Migration("20261122060000_Applications")]
public sealed class Applications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("20261122060000_Applications"));
}
