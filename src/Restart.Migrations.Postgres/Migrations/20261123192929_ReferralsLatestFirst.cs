using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsLatestFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AgencyId_UpdatedAt",
                table: "Referrals",
                columns: new[] { "AgencyId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CompanyId_UpdatedAt",
                table: "Referrals",
                columns: new[] { "CompanyId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_AgencyId_UpdatedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_CompanyId_UpdatedAt",
                table: "Referrals");
        }
    }
}
