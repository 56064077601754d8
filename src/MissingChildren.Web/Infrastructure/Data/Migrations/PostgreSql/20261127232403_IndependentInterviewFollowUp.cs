using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IndependentInterviewFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IndependentResponseAt",
                table: "ReturnHomeInterviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedInterviewDate",
                table: "ReturnHomeInterviews",
                type: "date",
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
