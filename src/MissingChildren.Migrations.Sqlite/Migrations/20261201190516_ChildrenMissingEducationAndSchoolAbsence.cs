using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChildrenMissingEducationAndSchoolAbsence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CmeInvestigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BorderAgencyReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BorderAgencyReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SafeguardingAdviceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SafeguardingAdvice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NoTraceReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoTracePoliceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundWhere = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmeInvestigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmeInvestigations_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolAbsenceMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DutyTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MonitorAttendance = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnInterviewOffered = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolAbsenceMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolAbsenceMeetings_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolAbsenceMeetings_Duties_DutyTaskId",
                        column: x => x.DutyTaskId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SchoolAbsences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    School = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Vulnerable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolAbsences_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmeEnquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestigationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskedOf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmeEnquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmeEnquiries_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CmeEnquiries_CmeInvestigations_InvestigationId",
                        column: x => x.InvestigationId,
                        principalTable: "CmeInvestigations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CmeEnquiries_ChildId",
                table: "CmeEnquiries",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CmeEnquiries_InvestigationId",
                table: "CmeEnquiries",
                column: "InvestigationId");

            migrationBuilder.CreateIndex(
                name: "IX_CmeInvestigations_ChildId_Status",
                table: "CmeInvestigations",
                columns: new[] { "ChildId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CmeInvestigations_Status_ReviewOn",
                table: "CmeInvestigations",
                columns: new[] { "Status", "ReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAbsenceMeetings_ChildId_HeldOn",
                table: "SchoolAbsenceMeetings",
                columns: new[] { "ChildId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAbsenceMeetings_DutyTaskId",
                table: "SchoolAbsenceMeetings",
                column: "DutyTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolAbsences_ChildId_School_Date",
                table: "SchoolAbsences",
                columns: new[] { "ChildId", "School", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CmeEnquiries");

            migrationBuilder.DropTable(
                name: "SchoolAbsenceMeetings");

            migrationBuilder.DropTable(
                name: "SchoolAbsences");

            migrationBuilder.DropTable(
                name: "CmeInvestigations");
        }
    }
}
