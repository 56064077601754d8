using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReturnInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CeScreenCompletedAt",
                table: "ReturnHomeInterviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CeScreenOutcome",
                table: "ReturnHomeInterviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChildAccount",
                table: "ReturnHomeInterviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsentToShare",
                table: "ReturnHomeInterviews",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IndependentPersonChosenAt",
                table: "ReturnHomeInterviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IndependentRequestDueAt",
                table: "ReturnHomeInterviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IndependentRequestedAt",
                table: "ReturnHomeInterviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterpreterLanguage",
                table: "ReturnHomeInterviews",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InterpreterNeeded",
                table: "ReturnHomeInterviews",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterviewLocation",
                table: "ReturnHomeInterviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterviewerChoice",
                table: "ReturnHomeInterviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotHeldReasons",
                table: "ReturnHomeInterviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentsCarersViews",
                table: "ReturnHomeInterviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PeoplePresent",
                table: "ReturnHomeInterviews",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RisksIdentified",
                table: "ReturnHomeInterviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SentForAuthorisationAt",
                table: "ReturnHomeInterviews",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportOffered",
                table: "ReturnHomeInterviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RhiFormReceivedAt",
                table: "Episodes",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RhiLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReturnHomeInterviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Recipients = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LivingIndependently = table.Column<bool>(type: "bit", nullable: false),
                    Salutation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AddressedTo = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ChildName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ServiceName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RhiLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RhiLetters_ReturnHomeInterviews_ReturnHomeInterviewId",
                        column: x => x.ReturnHomeInterviewId,
                        principalTable: "ReturnHomeInterviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RhiLetters_ReturnHomeInterviewId",
                table: "RhiLetters",
                column: "ReturnHomeInterviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RhiLetters");

            migrationBuilder.DropColumn(
                name: "CeScreenCompletedAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "CeScreenOutcome",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "ChildAccount",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "ConsentToShare",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "IndependentPersonChosenAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "IndependentRequestDueAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "IndependentRequestedAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "InterpreterLanguage",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "InterpreterNeeded",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "InterviewLocation",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "InterviewerChoice",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "NotHeldReasons",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "ParentsCarersViews",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "PeoplePresent",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "RisksIdentified",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "SentForAuthorisationAt",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "SupportOffered",
                table: "ReturnHomeInterviews");

            migrationBuilder.DropColumn(
                name: "RhiFormReceivedAt",
                table: "Episodes");
        }
    }
}
