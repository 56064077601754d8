using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Background = table.Column<string>(type: "text", nullable: true),
                    IfMissing = table.Column<string>(type: "text", nullable: true),
                    PoliceActions = table.Column<string>(type: "text", nullable: true),
                    FrequentedPlaces = table.Column<string>(type: "text", nullable: true),
                    LinesOfEnquiry = table.Column<string>(type: "text", nullable: true),
                    KnownAssociates = table.Column<string>(type: "text", nullable: true),
                    FamilyMembers = table.Column<string>(type: "text", nullable: true),
                    Professionals = table.Column<string>(type: "text", nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    SuggestedCategory = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssessorCategory = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CategoryRationale = table.Column<string>(type: "text", nullable: true),
                    PrincipalConcern = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "text", nullable: true),
                    AssessedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AssessorUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentForAuthorisationAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_ChildId_OccurredAt",
                table: "CaseNotes",
                columns: new[] { "ChildId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ChildId_Type_VersionNumber",
                table: "Plans",
                columns: new[] { "ChildId", "Type", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_ChildId_IsCurrent",
                table: "RiskAssessments",
                columns: new[] { "ChildId", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_SeriesId_VersionNumber",
                table: "RiskAssessments",
                columns: new[] { "SeriesId", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "RiskAssessments");
        }
    }
}
