using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseEventReasonCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArguments",
                table: "CaseEvents",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReasonCode",
                table: "CaseEvents",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Note",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "ReasonArguments",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "CaseEvents");
        }
    }
}
