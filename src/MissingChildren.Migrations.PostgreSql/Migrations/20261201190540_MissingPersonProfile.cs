using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MissingChildren.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MissingPersonProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MissingPersonProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Height = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Build = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Hair = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Eyes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Ethnicity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdentifyingFeatures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Associates = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlacesFrequented = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PhoneNumbers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SocialMedia = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Medication = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MedicalConditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Photo = table.Column<byte[]>(type: "bytea", nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Clothing = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LastSeenWhere = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSeenWith = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MissingCircumstances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WhileMissingEpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissingPersonProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MissingPersonProfiles_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MissingPersonProfiles_ChildId_VersionNumber",
                table: "MissingPersonProfiles",
                columns: new[] { "ChildId", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MissingPersonProfiles");
        }
    }
}
