using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FiledDocumentsIndependentInterviewsAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "ReturnHomeInterviews",
                type: "text",
                nullable: true);

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

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousVersionId",
                table: "ReturnHomeInterviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "ReturnHomeInterviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "ReturnHomeInterviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FiledDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DutyTaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AddressedTo = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChildName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChildLocalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Actions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedAs = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FiledByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiledDocuments_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FiledDocuments_Duties_DutyTaskId",
                        column: x => x.DutyTaskId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FiledDocuments_ChildId_FiledAt",
                table: "FiledDocuments",
                columns: new[] { "ChildId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FiledDocuments_DutyTaskId",
                table: "FiledDocuments",
                column: "DutyTaskId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FiledDocuments");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "IndependentResponseAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "PlannedInterviewDate",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "PreviousVersionId",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "ReturnHomeInterviews");
        }
    }
}
