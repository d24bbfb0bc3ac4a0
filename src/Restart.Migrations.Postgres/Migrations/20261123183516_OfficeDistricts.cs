using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OfficeDistricts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegionalOfficeDistricts",
                columns: table => new
                {
                    RegionalOfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SigunguCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionalOfficeDistricts", x => new { x.RegionalOfficeId, x.SigunguCode });
                    table.ForeignKey(
                        name: "FK_RegionalOfficeDistricts_RegionalOffices_RegionalOfficeId",
                        column: x => x.RegionalOfficeId,
                        principalTable: "RegionalOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionalOfficeDistricts_Sigungus_SigunguCode",
                        column: x => x.SigunguCode,
                        principalTable: "Sigungus",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegionalOfficeDistricts_SigunguCode",
                table: "RegionalOfficeDistricts",
                column: "SigunguCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegionalOfficeDistricts");
        }
    }
}
