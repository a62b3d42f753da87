using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CreditSchemeSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditSchemeSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeriousViolationListings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartyId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeavierPenalty = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedRemovalOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RemovalKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RemovalNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriousViolationListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeriousViolationListings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeriousViolationListings_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SeriousViolationListings_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CreditRepairApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartyId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ListingId = table.Column<int>(type: "integer", nullable: true),
                    PenaltyCaseId = table.Column<int>(type: "integer", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CommitmentSubmitted = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRepairApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditRepairApplications_Cases_PenaltyCaseId",
                        column: x => x.PenaltyCaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRepairApplications_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRepairApplications_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditRepairApplications_SeriousViolationListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "SeriousViolationListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointPunishments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ListingId = table.Column<int>(type: "integer", nullable: false),
                    Measure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImplementingUnitId = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointPunishments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointPunishments_OrgUnits_ImplementingUnitId",
                        column: x => x.ImplementingUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointPunishments_SeriousViolationListings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "SeriousViolationListings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairApplications_ListingId",
                table: "CreditRepairApplications",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairApplications_OrgUnitId",
                table: "CreditRepairApplications",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairApplications_PartyId_AppliedOn",
                table: "CreditRepairApplications",
                columns: new[] { "PartyId", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRepairApplications_PenaltyCaseId",
                table: "CreditRepairApplications",
                column: "PenaltyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JointPunishments_ImplementingUnitId",
                table: "JointPunishments",
                column: "ImplementingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_JointPunishments_ListingId",
                table: "JointPunishments",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_SeriousViolationListings_CaseId",
                table: "SeriousViolationListings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SeriousViolationListings_DecisionNumber",
                table: "SeriousViolationListings",
                column: "DecisionNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriousViolationListings_ListedOn",
                table: "SeriousViolationListings",
                column: "ListedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SeriousViolationListings_OrgUnitId",
                table: "SeriousViolationListings",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SeriousViolationListings_PartyId_ListedOn",
                table: "SeriousViolationListings",
                columns: new[] { "PartyId", "ListedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditRepairApplications");

            migrationBuilder.DropTable(
                name: "CreditSchemeSettings");

            migrationBuilder.DropTable(
                name: "JointPunishments");

            migrationBuilder.DropTable(
                name: "SeriousViolationListings");
        }
    }
}
