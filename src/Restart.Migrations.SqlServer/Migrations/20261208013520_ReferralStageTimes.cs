using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReferralStageTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AcceptedAt",
                table: "Referrals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InterviewRecordedAt",
                table: "Referrals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReferredAt",
                table: "Referrals",
                type: "datetime2",
                nullable: true);

            // The referrals made before these columns: each stage's time is its step's (Referred 1, Accepted 2, Interview 4),
            // as Referral.MoveTo sets it from now on. Read along the steps' (ReferralId, Status) index, dropped after: the
            // reports no longer ask the steps.
            migrationBuilder.Sql("""
                UPDATE [Referrals] SET
                    [ReferredAt] = (SELECT MIN(s.[At]) FROM [ReferralSteps] s WHERE s.[ReferralId] = [Referrals].[Id] AND s.[Status] = 1),
                    [AcceptedAt] = (SELECT MIN(s.[At]) FROM [ReferralSteps] s WHERE s.[ReferralId] = [Referrals].[Id] AND s.[Status] = 2),
                    [InterviewRecordedAt] = (SELECT MIN(s.[At]) FROM [ReferralSteps] s WHERE s.[ReferralId] = [Referrals].[Id] AND s.[Status] = 4);
                """);

            migrationBuilder.DropIndex(
                name: "IX_ReferralSteps_ReferralId_Status",
                table: "ReferralSteps");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "InterviewRecordedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ReferredAt",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralSteps_ReferralId_Status",
                table: "ReferralSteps",
                columns: new[] { "ReferralId", "Status" });
        }
    }
}
