using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Leads",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CloseNotes",
                table: "Leads",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConvertedTo",
                table: "Leads",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNotes",
                table: "Leads",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DisputeEscalated",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DisputeNotes",
                table: "Leads",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputeSettledOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputeStartedOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisputeWith",
                table: "Leads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Leads",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpSubject",
                table: "Leads",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymous",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "KeySector",
                table: "Leads",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeadFoundOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MarkKey",
                table: "Leads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MediationEndedOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationNotes",
                table: "Leads",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationOutcome",
                table: "Leads",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Leads",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextDueName",
                table: "Leads",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDueOn",
                table: "Leads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "Leads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentKey",
                table: "Leads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentName",
                table: "Leads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RespondentPartyId",
                table: "Leads",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RewardRequested",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "VerificationExtended",
                table: "Leads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "LeadAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeadId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadAttachments_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LeadAttachments_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeadInformants",
                columns: table => new
                {
                    LeadId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadInformants", x => x.LeadId);
                    table.ForeignKey(
                        name: "FK_LeadInformants_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_MarkKey_RespondentKey_ReceivedOn",
                table: "Leads",
                columns: new[] { "MarkKey", "RespondentKey", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_MergedIntoId",
                table: "Leads",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_NextDueOn",
                table: "Leads",
                column: "NextDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_RespondentPartyId",
                table: "Leads",
                column: "RespondentPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadAttachments_LeadId_Id",
                table: "LeadAttachments",
                columns: new[] { "LeadId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadAttachments_StoredFileId",
                table: "LeadAttachments",
                column: "StoredFileId");

            migrationBuilder.AddForeignKey(
                name: "FK_Leads_Leads_MergedIntoId",
                table: "Leads",
                column: "MergedIntoId",
                principalTable: "Leads",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Leads_Parties_RespondentPartyId",
                table: "Leads",
                column: "RespondentPartyId",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Leads_Leads_MergedIntoId",
                table: "Leads");

            migrationBuilder.DropForeignKey(
                name: "FK_Leads_Parties_RespondentPartyId",
                table: "Leads");

            migrationBuilder.DropTable(
                name: "LeadAttachments");

            migrationBuilder.DropTable(
                name: "LeadInformants");

            migrationBuilder.DropIndex(
                name: "IX_Leads_MarkKey_RespondentKey_ReceivedOn",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_MergedIntoId",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_NextDueOn",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_RespondentPartyId",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "CloseNotes",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ConvertedTo",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DecisionNotes",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DisputeEscalated",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DisputeNotes",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DisputeSettledOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DisputeStartedOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "DisputeWith",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "IpSubject",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "IsAnonymous",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "KeySector",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "LeadFoundOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "MarkKey",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "MediationEndedOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "MediationNotes",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "MediationOutcome",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "NextDueName",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "NextDueOn",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RespondentKey",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RespondentName",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RespondentPartyId",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "RewardRequested",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "VerificationExtended",
                table: "Leads");
        }
    }
}
