using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ApplicantInterestAndReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "InterestedAt",
                table: "Referrals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ApplicantUserId_CreatedAt",
                table: "Referrals",
                columns: new[] { "ApplicantUserId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ApplicantUserId_CreatedAt",
                table: "Referrals");


            migrationBuilder.DropColumn(
                name: "InterestedAt",
                table: "Referrals");
        }
    }
}
