using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartnerDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FamilyAuthorities",
                table: "Episodes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FamilyMissing",
                table: "Episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FoundInArea",
                table: "Episodes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissingFromArea",
                table: "Episodes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OtherAreasRecordedAt",
                table: "Episodes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraffickingGroundsDecidedBy",
                table: "Episodes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TraffickingGroundsOn",
                table: "Episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TraffickingGroundsRecordedAt",
                table: "Episodes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Partner",
                table: "Duties",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DutyTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonOrTeam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MadeBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerRecords_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRecords_Duties_DutyTaskId",
                        column: x => x.DutyTaskId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerRecords_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRecords_ChildId_At",
                table: "PartnerRecords",
                columns: new[] { "ChildId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRecords_DutyTaskId",
                table: "PartnerRecords",
                column: "DutyTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRecords_EpisodeId",
                table: "PartnerRecords",
                column: "EpisodeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerRecords");

            migrationBuilder.DropColumn(
                name: "FamilyAuthorities",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "FamilyMissing",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "FoundInArea",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "MissingFromArea",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "OtherAreasRecordedAt",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "TraffickingGroundsDecidedBy",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "TraffickingGroundsOn",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "TraffickingGroundsRecordedAt",
                table: "Episodes");

            migrationBuilder.DropColumn(
                name: "Partner",
                table: "Duties");
        }
    }
}
