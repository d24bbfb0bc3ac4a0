using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StaffCasework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionalOfficeId_Status_SubmittedAt",
                table: "Cases");

            migrationBuilder.AddColumn<string>(
                name: "AssignedCounselorId",
                table: "Cases",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoundedBusinessNumber",
                table: "Cases",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FoundedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IneligibleReason",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacedEmployer",
                table: "Cases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacedMonthlyWage",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlacedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementEvidenceId",
                table: "Cases",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusChangedAt",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "AccessLog",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // A case entered its current status with its latest timeline entry (or, a draft, when it was started).
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "StatusChangedAt" = COALESCE((SELECT MAX(e."At") FROM "CaseEvents" e WHERE e."CaseId" = "Cases"."Id"), "CreatedAt")
                """);

            migrationBuilder.CreateTable(
                name: "CaseFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    StillWorking = table.Column<bool>(type: "bit", nullable: true),
                    MonthlyWage = table.Column<int>(type: "int", nullable: true),
                    NeedsMoreHelp = table.Column<bool>(type: "bit", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFollowUps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePlans",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Track = table.Column<int>(type: "int", nullable: false),
                    Goals = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AgreedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePlans", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CasePlans_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTransfers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromOfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToOfficeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_RegionalOffices_FromOfficeId",
                        column: x => x.FromOfficeId,
                        principalTable: "RegionalOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseTransfers_RegionalOffices_ToOfficeId",
                        column: x => x.ToOfficeId,
                        principalTable: "RegionalOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    Topics = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NextAppointmentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CorrectsSessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitSigunguCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    BusinessStage = table.Column<int>(type: "int", nullable: true),
                    NeedsFound = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IntakeOnSite = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselingSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CounselingSessions_CounselingSessions_CorrectsSessionId",
                        column: x => x.CorrectsSessionId,
                        principalTable: "CounselingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselingSessions_Sigungus_VisitSigunguCode",
                        column: x => x.VisitSigunguCode,
                        principalTable: "Sigungus",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseActionItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseActionItems_CounselingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CounselingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt",
                table: "Cases",
                columns: new[] { "AssignedCounselorId", "StatusChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PlacementEvidenceId",
                table: "Cases",
                column: "PlacementEvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionalOfficeId_Status_StatusChangedAt_Number",
                table: "Cases",
                columns: new[] { "RegionalOfficeId", "Status", "StatusChangedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionalOfficeId_StatusChangedAt_Number",
                table: "Cases",
                columns: new[] { "RegionalOfficeId", "StatusChangedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionalOfficeId_SubmittedAt_Number",
                table: "Cases",
                columns: new[] { "RegionalOfficeId", "SubmittedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseActionItems_CaseId_DueOn",
                table: "CaseActionItems",
                columns: new[] { "CaseId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseActionItems_DoneOn_DueOn",
                table: "CaseActionItems",
                columns: new[] { "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseActionItems_SessionId",
                table: "CaseActionItems",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_CaseId_Month",
                table: "CaseFollowUps",
                columns: new[] { "CaseId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFollowUps_RecordedAt_DueOn",
                table: "CaseFollowUps",
                columns: new[] { "RecordedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_CaseId",
                table: "CaseTransfers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_FromOfficeId_Id",
                table: "CaseTransfers",
                columns: new[] { "FromOfficeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransfers_ToOfficeId",
                table: "CaseTransfers",
                column: "ToOfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_AuthorUserId_HeldAt",
                table: "CounselingSessions",
                columns: new[] { "AuthorUserId", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_AuthorUserId_NextAppointmentAt",
                table: "CounselingSessions",
                columns: new[] { "AuthorUserId", "NextAppointmentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_CaseId_HeldAt",
                table: "CounselingSessions",
                columns: new[] { "CaseId", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_CorrectsSessionId",
                table: "CounselingSessions",
                column: "CorrectsSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselingSessions_VisitSigunguCode",
                table: "CounselingSessions",
                column: "VisitSigunguCode");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_AspNetUsers_AssignedCounselorId",
                table: "Cases",
                column: "AssignedCounselorId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_CaseDocuments_PlacementEvidenceId",
                table: "Cases",
                column: "PlacementEvidenceId",
                principalTable: "CaseDocuments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_AspNetUsers_AssignedCounselorId",
                table: "Cases");

            migrationBuilder.DropForeignKey(
                name: "FK_Cases_CaseDocuments_PlacementEvidenceId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "CaseActionItems");

            migrationBuilder.DropTable(
                name: "CaseFollowUps");

            migrationBuilder.DropTable(
                name: "CasePlans");

            migrationBuilder.DropTable(
                name: "CaseTransfers");

            migrationBuilder.DropTable(
                name: "CounselingSessions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedCounselorId_StatusChangedAt",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PlacementEvidenceId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionalOfficeId_Status_StatusChangedAt_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionalOfficeId_StatusChangedAt_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionalOfficeId_SubmittedAt_Number",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AssignedCounselorId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FoundedBusinessNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FoundedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IneligibleReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlacedEmployer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlacedMonthlyWage",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlacedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlacementEvidenceId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "AccessLog");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionalOfficeId_Status_SubmittedAt",
                table: "Cases",
                columns: new[] { "RegionalOfficeId", "Status", "SubmittedAt" });
        }
    }
}
