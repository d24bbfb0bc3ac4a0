using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlacesTaken",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OpeningsTaken",
                table: "JobPosts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Places already held by referrals (Referred, Accepted, Interview, Hired, Completed: ADR 0019), counted once;
            // from here on the context keeps the counters. Hand-written: keep it if this migration is regenerated.
            migrationBuilder.Sql("UPDATE \"Programmes\" SET \"PlacesTaken\" = (SELECT COUNT(*) FROM \"Referrals\" r WHERE r.\"ProgrammeId\" = \"Programmes\".\"Id\" AND r.\"Status\" IN (1, 2, 4, 5, 7));");
            migrationBuilder.Sql("UPDATE \"JobPosts\" SET \"OpeningsTaken\" = (SELECT COUNT(*) FROM \"Referrals\" r WHERE r.\"JobPostId\" = \"JobPosts\".\"Id\" AND r.\"Status\" IN (1, 2, 4, 5, 7));");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OneActivePerJobPost",
                table: "Referrals",
                columns: new[] { "CaseId", "JobPostId" },
                unique: true,
                filter: "\"Status\" <= 4 AND \"Status\" <> 3 AND \"JobPostId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OneActivePerProgramme",
                table: "Referrals",
                columns: new[] { "CaseId", "ProgrammeId" },
                unique: true,
                filter: "\"Status\" <= 4 AND \"Status\" <> 3 AND \"ProgrammeId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OneActivePerJobPost",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_OneActivePerProgramme",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "PlacesTaken",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "OpeningsTaken",
                table: "JobPosts");
        }
    }
}
