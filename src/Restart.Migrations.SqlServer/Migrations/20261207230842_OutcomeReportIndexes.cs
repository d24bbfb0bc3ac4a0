using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OutcomeReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Referrals_RegionalOfficeId_CreatedAt",
                table: "Referrals",
                columns: new[] { "RegionalOfficeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionalOfficeId_Status_AssignedCounselorId",
                table: "Cases",
                columns: new[] { "RegionalOfficeId", "Status", "AssignedCounselorId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_Month_RecordedAt_CaseId_StillWorking",
                table: "CaseFollowUps",
                columns: new[] { "Month", "RecordedAt", "CaseId", "StillWorking" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_RegionalOfficeId_CreatedAt",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionalOfficeId_Status_AssignedCounselorId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseFollowUps_Month_RecordedAt_CaseId_StillWorking",
                table: "CaseFollowUps");
        }
    }
}
