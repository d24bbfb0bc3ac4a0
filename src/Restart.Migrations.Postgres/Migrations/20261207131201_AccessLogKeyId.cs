using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Restart.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccessLogKeyId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "AccessLog",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "AccessLog");
        }
    }
}
