using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralOfficeFunnelIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_RegionalOfficeId_CreatedAt",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OfficeFunnel",
                table: "Referrals",
                columns: new[] { "RegionalOfficeId", "CreatedAt", "ReferredAt", "Status", "AgencyId", "ProgrammeId", "CompanyId", "JobPostId", "AcceptedAt", "InterviewRecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_OfficeFunnel",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RegionalOfficeId_CreatedAt",
                table: "Referrals",
                columns: new[] { "RegionalOfficeId", "CreatedAt" });
        }
    }
}
