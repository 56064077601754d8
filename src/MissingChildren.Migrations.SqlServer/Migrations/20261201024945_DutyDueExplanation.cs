using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DutyDueExplanation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DueExplanation",
                table: "Duties",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueExplanation",
                table: "Duties");
        }
    }
}
