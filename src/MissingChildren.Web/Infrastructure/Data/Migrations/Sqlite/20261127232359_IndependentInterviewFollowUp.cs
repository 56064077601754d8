using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndependentInterviewFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "IndependentResponseAt",
                table: "ReturnHomeInterviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedInterviewDate",
                table: "ReturnHomeInterviews",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndependentResponseAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "PlannedInterviewDate",
                table: "ReturnHomeInterviews");
        }
    }
}
