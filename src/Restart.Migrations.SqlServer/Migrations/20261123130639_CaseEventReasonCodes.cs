using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
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
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArguments",
                table: "CaseEvents",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReasonCode",
                table: "CaseEvents",
                type: "int",
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
