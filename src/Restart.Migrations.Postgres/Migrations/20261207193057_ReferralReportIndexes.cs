using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AgencyId_CreatedAt",
                table: "Referrals",
                columns: new[] { "AgencyId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CompanyId_CreatedAt",
                table: "Referrals",
                columns: new[] { "CompanyId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_AgencyId_CreatedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CompanyId_CreatedAt",
                table: "Referrals");
        }
    }
}
