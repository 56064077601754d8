using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Authorisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConcludedAs",
                table: "ReturnHomeInterviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnedReason",
                table: "ReturnHomeInterviews",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RiskAssessmentId",
                table: "Duties",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuthorisationDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DutyTaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReturnHomeInterviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RiskAssessmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorisationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuthorisationDecisions_Duties_DutyTaskId",
                        column: x => x.DutyTaskId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Duties_RiskAssessmentId",
                table: "Duties",
                column: "RiskAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_ChildId_DecidedAt",
                table: "AuthorisationDecisions",
                columns: new[] { "ChildId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuthorisationDecisions_DutyTaskId",
                table: "AuthorisationDecisions",
                column: "DutyTaskId");

            migrationBuilder.AddForeignKey(
                name: "FK_Duties_RiskAssessments_RiskAssessmentId",
                table: "Duties",
                column: "RiskAssessmentId",
                principalTable: "RiskAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Duties_RiskAssessments_RiskAssessmentId",
                table: "Duties");

            migrationBuilder.DropTable(
                name: "AuthorisationDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Duties_RiskAssessmentId",
                table: "Duties");

            migrationBuilder.DropColumn(
                name: "ConcludedAs",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "ReturnedReason",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "RiskAssessmentId",
                table: "Duties");
        }
    }
}
