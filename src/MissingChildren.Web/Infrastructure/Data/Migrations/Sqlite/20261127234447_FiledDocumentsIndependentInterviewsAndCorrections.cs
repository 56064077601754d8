using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousVersionId",
                table: "ReturnHomeInterviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SupersededAt",
                table: "ReturnHomeInterviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "ReturnHomeInterviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FiledDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DutyTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AddressedTo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildLocalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FiledByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
