using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RetentionFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR 0026): the daily figures gain the 6-month follow-ups recorded and still working. The marker
            // row (Metric 0) makes the next start count every case's figures again from its rows, these included; a
            // database whose marker is still waiting (a new one, migrated in one go) keeps the one it has.
            migrationBuilder.Sql("""
                INSERT INTO [DailyFigures] ([OfficeId], [Metric], [Day], [Dimension], [Count])
                SELECT '00000000-0000-0000-0000-000000000000', 0, '2000-01-01', N'', 1
                WHERE NOT EXISTS (SELECT 1 FROM [DailyFigures] WHERE [Metric] = 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM [DailyFigures] WHERE [Metric] IN (7, 8);""");
        }
    }
}
