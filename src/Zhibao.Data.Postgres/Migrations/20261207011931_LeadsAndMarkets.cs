using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeadsAndMarkets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NaturalKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SourceUnitId = table.Column<int>(type: "integer", nullable: true),
                    SourceReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BatchReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SenderDeadlineOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SenderDeadlineWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Subject = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OtherNumbers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RightName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NiceClasses = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Applicant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApplicantPartyId = table.Column<int>(type: "integer", nullable: true),
                    AgencyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    AssignedOfficerId = table.Column<int>(type: "integer", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Categories = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TransferredToUnitId = table.Column<int>(type: "integer", nullable: true),
                    TransferredTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CheckNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CheckedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReportNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    ConvertedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_Officers_AssignedOfficerId",
                        column: x => x.AssignedOfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_OrgUnits_SourceUnitId",
                        column: x => x.SourceUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_OrgUnits_TransferredToUnitId",
                        column: x => x.TransferredToUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leads_Parties_ApplicantPartyId",
                        column: x => x.ApplicantPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Markets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OperatorPartyId = table.Column<int>(type: "integer", nullable: true),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OperatorUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StallCount = table.Column<int>(type: "integer", nullable: false),
                    Contact = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    EntryCommitmentStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CommitmentCount = table.Column<int>(type: "integer", nullable: false),
                    AdvanceCompensationStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CompensationFund = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CounterfeitExitStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Remark = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Markets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Markets_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Markets_Parties_OperatorPartyId",
                        column: x => x.OperatorPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LeadEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeadId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadEvents_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketCompensationClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MarketId = table.Column<int>(type: "integer", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Claimant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketCompensationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketCompensationClaims_Markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "Markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MarketId = table.Column<int>(type: "integer", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketInspections_Markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "Markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketRemovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MarketId = table.Column<int>(type: "integer", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StallHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StallNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketRemovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketRemovals_Markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "Markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LeadEvents_LeadId_Id",
                table: "LeadEvents",
                columns: new[] { "LeadId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ApplicantPartyId",
                table: "Leads",
                column: "ApplicantPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ApplicationNumber",
                table: "Leads",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AssignedOfficerId",
                table: "Leads",
                column: "AssignedOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CaseId",
                table: "Leads",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Kind_Status_Id",
                table: "Leads",
                columns: new[] { "Kind", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_NaturalKey",
                table: "Leads",
                column: "NaturalKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OrgUnitId_Id",
                table: "Leads",
                columns: new[] { "OrgUnitId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ReceivedOn",
                table: "Leads",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ReplyDueOn",
                table: "Leads",
                column: "ReplyDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_SourceUnitId",
                table: "Leads",
                column: "SourceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_TransferredToUnitId",
                table: "Leads",
                column: "TransferredToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketCompensationClaims_MarketId_PaidOn",
                table: "MarketCompensationClaims",
                columns: new[] { "MarketId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketInspections_MarketId_InspectedOn",
                table: "MarketInspections",
                columns: new[] { "MarketId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketRemovals_MarketId_RemovedOn",
                table: "MarketRemovals",
                columns: new[] { "MarketId", "RemovedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Markets_Name",
                table: "Markets",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Markets_OperatorPartyId",
                table: "Markets",
                column: "OperatorPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Markets_OrgUnitId_Id",
                table: "Markets",
                columns: new[] { "OrgUnitId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeadEvents");

            migrationBuilder.DropTable(
                name: "MarketCompensationClaims");

            migrationBuilder.DropTable(
                name: "MarketInspections");

            migrationBuilder.DropTable(
                name: "MarketRemovals");

            migrationBuilder.DropTable(
                name: "Leads");

            migrationBuilder.DropTable(
                name: "Markets");
        }
    }
}
