using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DailyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyFigures",
                columns: table => new
                {
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Metric = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyFigures", x => new { x.OfficeId, x.Metric, x.Day, x.Dimension });
                });

            // Hand-written (ADR 0026): the marker row (Metric 0) by which the next start fills the table from the existing
            // cases with the same function that keeps it current (DatabaseInitializer, FigureKeeper.RebuildAsync).
            migrationBuilder.InsertData(
                table: "DailyFigures",
                columns: new[] { "OfficeId", "Metric", "Day", "Dimension", "Count" },
                values: new object[] { Guid.Empty, 0, new DateOnly(2000, 1, 1), "", 1 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyFigures");
        }
    }
}
