using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EpisodeClosedCondition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedAs",
                table: "Episodes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Episodes",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedAs",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Episodes");
        }
    }
}
