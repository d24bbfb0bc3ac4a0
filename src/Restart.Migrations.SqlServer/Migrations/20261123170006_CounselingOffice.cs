using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CounselingOffice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt",
                table: "Cases");

            migrationBuilder.AddColumn<Guid>(
                name: "OfficeId",
                table: "CounselingSessions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // A session was held by the office that had the case then; before transfers, the case's office.
            migrationBuilder.Sql("""
                UPDATE "CounselingSessions" SET "OfficeId" = (SELECT c."RegionalOfficeId" FROM "Cases" c WHERE c."Id" = "CounselingSessions"."CaseId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_OfficeId_Mode_HeldAt",
                table: "CounselingSessions",
                columns: new[] { "OfficeId", "Mode", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt_Number",
                table: "Cases",
                columns: new[] { "AssignedCounselorId", "StatusChangedAt", "Number" });

            migrationBuilder.AddForeignKey(
                name: "FK_CounselingSessions_RegionalOffices_OfficeId",
                table: "CounselingSessions",
                column: "OfficeId",
                principalTable: "RegionalOffices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CounselingSessions_RegionalOffices_OfficeId",
                table: "CounselingSessions");

            migrationBuilder.DropIndex(
                name: "IX_CounselingSessions_OfficeId_Mode_HeldAt",
                table: "CounselingSessions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt_Number",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "OfficeId",
                table: "CounselingSessions");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt",
                table: "Cases",
                columns: new[] { "AssignedCounselorId", "StatusChangedAt" });
        }
    }
}
