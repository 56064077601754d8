using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Web.Infrastructure.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Background = table.Column<string>(type: "TEXT", nullable: true),
                    IfMissing = table.Column<string>(type: "TEXT", nullable: true),
                    PoliceActions = table.Column<string>(type: "TEXT", nullable: true),
                    FrequentedPlaces = table.Column<string>(type: "TEXT", nullable: true),
                    LinesOfEnquiry = table.Column<string>(type: "TEXT", nullable: true),
                    KnownAssociates = table.Column<string>(type: "TEXT", nullable: true),
                    FamilyMembers = table.Column<string>(type: "TEXT", nullable: true),
                    Professionals = table.Column<string>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    SuggestedCategory = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssessorCategory = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CategoryRationale = table.Column<string>(type: "TEXT", nullable: true),
                    PrincipalConcern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AdditionalInformation = table.Column<string>(type: "TEXT", nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssessorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentForAuthorisationAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
