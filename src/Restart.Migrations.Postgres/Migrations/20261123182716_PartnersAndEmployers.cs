using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartnersAndEmployers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Programmes_Sidos_SidoCode",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_SidoCode",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_Status_SidoCode_ApplyUntil",
                table: "Programmes");

            migrationBuilder.AddColumn<long>(
                name: "BenefitAmount",
                table: "Programmes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Programmes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "InterestRate",
                table: "Programmes",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LoanLimit",
                table: "Programmes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LoanTermMonths",
                table: "Programmes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherConditions",
                table: "Programmes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnerCompanyId",
                table: "Programmes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PilotProjectId",
                table: "Programmes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Programmes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Programmes",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "JobPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmploymentType",
                table: "JobPosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ExperienceYears",
                table: "JobPosts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MiddleAgedWelcome",
                table: "JobPosts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Openings",
                table: "JobPosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "JobPosts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Shift",
                table: "JobPosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SidoCode",
                table: "JobPosts",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "JobPosts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "TrainingProvided",
                table: "JobPosts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "WageAmount",
                table: "JobPosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WageKind",
                table: "JobPosts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BusinessNumber",
                table: "Companies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Companies",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Companies",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAgreementCompany",
                table: "Companies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerifiedAt",
                table: "Companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerifiedByUserId",
                table: "Companies",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BusinessNumber",
                table: "Agencies",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Agencies",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Agencies",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Agencies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Agencies",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Agencies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyRegions",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SidoCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyRegions", x => new { x.AgencyId, x.SidoCode });
                    table.ForeignKey(
                        name: "FK_AgencyRegions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgencyRegions_Sidos_SidoCode",
                        column: x => x.SidoCode,
                        principalTable: "Sidos",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    RegionalOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => new { x.RegionalOfficeId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_CouncilMembers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_RegionalOffices_RegionalOfficeId",
                        column: x => x.RegionalOfficeId,
                        principalTable: "RegionalOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MinimumWages",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Hourly = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimumWages", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PilotProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionalOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlannedPlaces = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotProjects_RegionalOffices_RegionalOfficeId",
                        column: x => x.RegionalOfficeId,
                        principalTable: "RegionalOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeRegions",
                columns: table => new
                {
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SidoCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeRegions", x => new { x.ProgrammeId, x.SidoCode });
                    table.ForeignKey(
                        name: "FK_ProgrammeRegions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeRegions_Sidos_SidoCode",
                        column: x => x.SidoCode,
                        principalTable: "Sidos",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Series = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RegionalOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    JobPostId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ApplicantAcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    InterviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HiredMonthlyWage = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_JobPosts_JobPostId",
                        column: x => x.JobPostId,
                        principalTable: "JobPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PilotProjectMembers",
                columns: table => new
                {
                    PilotProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotProjectMembers", x => new { x.PilotProjectId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_PilotProjectMembers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PilotProjectMembers_PilotProjects_PilotProjectId",
                        column: x => x.PilotProjectId,
                        principalTable: "PilotProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobPostQualifications",
                columns: table => new
                {
                    JobPostId = table.Column<Guid>(type: "uuid", nullable: false),
                    QualificationCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobPostQualifications", x => new { x.JobPostId, x.QualificationCode });
                    table.ForeignKey(
                        name: "FK_JobPostQualifications_JobPosts_JobPostId",
                        column: x => x.JobPostId,
                        principalTable: "JobPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobPostQualifications_Qualifications_QualificationCode",
                        column: x => x.QualificationCode,
                        principalTable: "Qualifications",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralSteps_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing rows keep their meaning: a programme's one 시·도 becomes its one region, a post's
            // 시·도 comes from its 시·군·구, its posted wage is the monthly wage it had, and companies an
            // administrator created before verification existed count as verified.
            migrationBuilder.Sql(@"INSERT INTO ""ProgrammeRegions"" (""ProgrammeId"", ""SidoCode"") SELECT ""Id"", ""SidoCode"" FROM ""Programmes"" WHERE ""SidoCode"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ""JobPosts"" SET ""SidoCode"" = SUBSTRING(""SigunguCode"", 1, 2), ""WageAmount"" = ""MonthlyWage"", ""WageKind"" = 1, ""EmploymentType"" = 1, ""Shift"" = 1, ""Openings"" = 1;");
            migrationBuilder.Sql(@"UPDATE ""Companies"" SET ""VerifiedAt"" = ""CreatedAt"";");

            migrationBuilder.DropColumn(
                name: "SidoCode",
                table: "Programmes");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_PartnerCompanyId",
                table: "Programmes",
                column: "PartnerCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_PilotProjectId",
                table: "Programmes",
                column: "PilotProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Status_ApplyUntil_Kind",
                table: "Programmes",
                columns: new[] { "Status", "ApplyUntil", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPosts_SidoCode",
                table: "JobPosts",
                column: "SidoCode");

            migrationBuilder.CreateIndex(
                name: "IX_JobPosts_Status_ClosesOn",
                table: "JobPosts",
                columns: new[] { "Status", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPosts_Status_OccupationCode_ClosesOn",
                table: "JobPosts",
                columns: new[] { "Status", "OccupationCode", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPosts_Status_SidoCode_ClosesOn",
                table: "JobPosts",
                columns: new[] { "Status", "SidoCode", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_BusinessNumber",
                table: "Companies",
                column: "BusinessNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyRegions_SidoCode",
                table: "AgencyRegions",
                column: "SidoCode");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_AgencyId",
                table: "CouncilMembers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_JobPostQualifications_QualificationCode_JobPostId",
                table: "JobPostQualifications",
                columns: new[] { "QualificationCode", "JobPostId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotProjectMembers_AgencyId",
                table: "PilotProjectMembers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotProjects_RegionalOfficeId_StartsOn",
                table: "PilotProjects",
                columns: new[] { "RegionalOfficeId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeRegions_SidoCode_ProgrammeId",
                table: "ProgrammeRegions",
                columns: new[] { "SidoCode", "ProgrammeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_Name",
                table: "Qualifications",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AgencyId_Status_UpdatedAt",
                table: "Referrals",
                columns: new[] { "AgencyId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CaseId_CreatedAt",
                table: "Referrals",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CompanyId_Status_UpdatedAt",
                table: "Referrals",
                columns: new[] { "CompanyId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_JobPostId_Status",
                table: "Referrals",
                columns: new[] { "JobPostId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ProgrammeId_Status",
                table: "Referrals",
                columns: new[] { "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralSteps_ReferralId_At",
                table: "ReferralSteps",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_JobPosts_Sidos_SidoCode",
                table: "JobPosts",
                column: "SidoCode",
                principalTable: "Sidos",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Programmes_Companies_PartnerCompanyId",
                table: "Programmes",
                column: "PartnerCompanyId",
                principalTable: "Companies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Programmes_PilotProjects_PilotProjectId",
                table: "Programmes",
                column: "PilotProjectId",
                principalTable: "PilotProjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_JobPosts_Sidos_SidoCode",
                table: "JobPosts");

            migrationBuilder.DropForeignKey(
                name: "FK_Programmes_Companies_PartnerCompanyId",
                table: "Programmes");

            migrationBuilder.DropForeignKey(
                name: "FK_Programmes_PilotProjects_PilotProjectId",
                table: "Programmes");

            migrationBuilder.DropTable(
                name: "AgencyRegions");

            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "JobPostQualifications");

            migrationBuilder.DropTable(
                name: "MinimumWages");

            migrationBuilder.DropTable(
                name: "PilotProjectMembers");

            migrationBuilder.DropTable(
                name: "ProgrammeRegions");

            migrationBuilder.DropTable(
                name: "ReferralSteps");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "PilotProjects");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_PartnerCompanyId",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_PilotProjectId",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_Status_ApplyUntil_Kind",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_JobPosts_SidoCode",
                table: "JobPosts");

            migrationBuilder.DropIndex(
                name: "IX_JobPosts_Status_ClosesOn",
                table: "JobPosts");

            migrationBuilder.DropIndex(
                name: "IX_JobPosts_Status_OccupationCode_ClosesOn",
                table: "JobPosts");

            migrationBuilder.DropIndex(
                name: "IX_JobPosts_Status_SidoCode_ClosesOn",
                table: "JobPosts");

            migrationBuilder.DropIndex(
                name: "IX_Companies_BusinessNumber",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "BenefitAmount",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "InterestRate",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "LoanLimit",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "LoanTermMonths",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "OtherConditions",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "PartnerCompanyId",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "PilotProjectId",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "EmploymentType",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "ExperienceYears",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "MiddleAgedWelcome",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "Openings",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "Shift",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "SidoCode",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "TrainingProvided",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "WageAmount",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "WageKind",
                table: "JobPosts");

            migrationBuilder.DropColumn(
                name: "BusinessNumber",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "IsAgreementCompany",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "VerifiedByUserId",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "BusinessNumber",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Agencies");

            migrationBuilder.AddColumn<string>(
                name: "SidoCode",
                table: "Programmes",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_SidoCode",
                table: "Programmes",
                column: "SidoCode");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Status_SidoCode_ApplyUntil",
                table: "Programmes",
                columns: new[] { "Status", "SidoCode", "ApplyUntil" });

            migrationBuilder.AddForeignKey(
                name: "FK_Programmes_Sidos_SidoCode",
                table: "Programmes",
                column: "SidoCode",
                principalTable: "Sidos",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
