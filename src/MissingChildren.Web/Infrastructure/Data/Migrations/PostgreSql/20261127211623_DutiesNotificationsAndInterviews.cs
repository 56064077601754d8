using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DutiesNotificationsAndInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Function",
                table: "Teams",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NotifiedAt",
                table: "Episodes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "ReturnHomeInterviewId",
                table: "Episodes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReturnKnownAt",
                table: "Episodes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EpisodeCategoryChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpisodeCategoryChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EpisodeCategoryChanges_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedFrom = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ChildLocalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChildFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChildLastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    MissingFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RelatesTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PoliceRiskLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastSeenLocation = table.Column<string>(type: "text", nullable: true),
                    FoundLocation = table.Column<string>(type: "text", nullable: true),
                    Circumstances = table.Column<string>(type: "text", nullable: true),
                    Triage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notifications_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notifications_Notifications_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReturnHomeInterviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OfferDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AllocateDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AllocatedTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    AllocatedWorkerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompleteDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InterviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnHomeInterviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnHomeInterviews_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnHomeInterviews_Teams_AllocatedTeamId",
                        column: x => x.AllocatedTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnHomeInterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Consented = table.Column<bool>(type: "boolean", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_ReturnHomeInterviews_ReturnHomeInterviewId",
                        column: x => x.ReturnHomeInterviewId,
                        principalTable: "ReturnHomeInterviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnHomeInterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Contacted = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactAttempts_ReturnHomeInterviews_ReturnHomeInterviewId",
                        column: x => x.ReturnHomeInterviewId,
                        principalTable: "ReturnHomeInterviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Duties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnHomeInterviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RuleId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssigneeRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssigneeTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    EscalationLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Duties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Duties_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Duties_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Duties_ReturnHomeInterviews_ReturnHomeInterviewId",
                        column: x => x.ReturnHomeInterviewId,
                        principalTable: "ReturnHomeInterviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Duties_Teams_AssigneeTeamId",
                        column: x => x.AssigneeTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DutyTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attendees = table.Column<string>(type: "text", nullable: true),
                    RiskFactors = table.Column<string>(type: "text", nullable: true),
                    Actions = table.Column<string>(type: "text", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Duties_DutyTaskId",
                        column: x => x.DutyTaskId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Function",
                table: "Teams",
                column: "Function");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReturnHomeInterviewId",
                table: "Episodes",
                column: "ReturnHomeInterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ReturnHomeInterviewId",
                table: "ConsentRecords",
                column: "ReturnHomeInterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactAttempts_ReturnHomeInterviewId",
                table: "ContactAttempts",
                column: "ReturnHomeInterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_AssigneeTeamId",
                table: "Duties",
                column: "AssigneeTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_ChildId",
                table: "Duties",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_DedupeKey",
                table: "Duties",
                column: "DedupeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Duties_EpisodeId",
                table: "Duties",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_ReturnHomeInterviewId",
                table: "Duties",
                column: "ReturnHomeInterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Duties_Status_DueAt",
                table: "Duties",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeCategoryChanges_EpisodeId",
                table: "EpisodeCategoryChanges",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ChildId_HeldAt",
                table: "Meetings",
                columns: new[] { "ChildId", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_DutyTaskId",
                table: "Meetings",
                column: "DutyTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_EpisodeId",
                table: "Meetings",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ChildId",
                table: "Notifications",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DuplicateOfId",
                table: "Notifications",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EpisodeId",
                table: "Notifications",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Source_SourceReference_Kind",
                table: "Notifications",
                columns: new[] { "Source", "SourceReference", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Triage_ReceivedAt",
                table: "Notifications",
                columns: new[] { "Triage", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnHomeInterviews_AllocatedTeamId",
                table: "ReturnHomeInterviews",
                column: "AllocatedTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnHomeInterviews_ChildId_Status",
                table: "ReturnHomeInterviews",
                columns: new[] { "ChildId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnHomeInterviews_Status_OfferDueAt",
                table: "ReturnHomeInterviews",
                columns: new[] { "Status", "OfferDueAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Episodes_ReturnHomeInterviews_ReturnHomeInterviewId",
                table: "Episodes",
                column: "ReturnHomeInterviewId",
                principalTable: "ReturnHomeInterviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Episodes_ReturnHomeInterviews_ReturnHomeInterviewId",
                table: "Episodes");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "ContactAttempts");

            migrationBuilder.DropTable(
                name: "EpisodeCategoryChanges");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Duties");

            migrationBuilder.DropTable(
                name: "ReturnHomeInterviews");

            migrationBuilder.DropIndex(
                name: "IX_Teams_Function",
                table: "Teams");

            migrationBuilder.DropIndex(
                name: "IX_Episodes_ReturnHomeInterviewId",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "Function",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "NotifiedAt",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "ReturnHomeInterviewId",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "ReturnKnownAt",
                table: "Episodes");
        }
    }
}
