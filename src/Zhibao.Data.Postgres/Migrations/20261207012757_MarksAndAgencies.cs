using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MarksAndAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProtectedMarkId",
                table: "CaseRights",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnifiedSocialCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PatentLicenceNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TrademarkFilingNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceiverUnitId = table.Column<int>(type: "integer", nullable: false),
                    AgencyCount = table.Column<int>(type: "integer", nullable: false),
                    CoveredCount = table.Column<int>(type: "integer", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentSubmissions_OrgUnits_ReceiverUnitId",
                        column: x => x.ReceiverUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NaturalKey = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NiceClass = table.Column<int>(type: "integer", nullable: true),
                    Tags = table.Column<int>(type: "integer", nullable: false),
                    GiCategory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ProtectedArea = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OwnerPartyId = table.Column<int>(type: "integer", nullable: true),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    GoodsOrServices = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AuthenticationGuide = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectedMarks_Parties_OwnerPartyId",
                        column: x => x.OwnerPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgencyAttorneys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyAttorneys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyAttorneys_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Officers = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyInspections_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CreditCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditCommitments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GiAuthorisedUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtectedMarkId = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnifiedSocialCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    AuthorisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiAuthorisedUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiAuthorisedUsers_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GiAuthorisedUsers_ProtectedMarks_ProtectedMarkId",
                        column: x => x.ProtectedMarkId,
                        principalTable: "ProtectedMarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedMarkPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProtectedMarkId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Caption = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedMarkPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProtectedMarkPhotos_ProtectedMarks_ProtectedMarkId",
                        column: x => x.ProtectedMarkId,
                        principalTable: "ProtectedMarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProtectedMarkPhotos_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentBreaches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreditCommitmentId = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentBreaches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentBreaches_CreditCommitments_CreditCommitmentId",
                        column: x => x.CreditCommitmentId,
                        principalTable: "CreditCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRights_ProtectedMarkId",
                table: "CaseRights",
                column: "ProtectedMarkId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_OrgUnitId_IsActive",
                table: "Agencies",
                columns: new[] { "OrgUnitId", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_PatentLicenceNumber",
                table: "Agencies",
                column: "PatentLicenceNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_TrademarkFilingNumber",
                table: "Agencies",
                column: "TrademarkFilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_UnifiedSocialCreditCode",
                table: "Agencies",
                column: "UnifiedSocialCreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyAttorneys_AgencyId",
                table: "AgencyAttorneys",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyInspections_AgencyId",
                table: "AgencyInspections",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentBreaches_CreditCommitmentId",
                table: "CommitmentBreaches",
                column: "CreditCommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentSubmissions_BureauId_SubmittedOn",
                table: "CommitmentSubmissions",
                columns: new[] { "BureauId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentSubmissions_ReceiverUnitId",
                table: "CommitmentSubmissions",
                column: "ReceiverUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditCommitments_AgencyId_Status",
                table: "CreditCommitments",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GiAuthorisedUsers_PartyId",
                table: "GiAuthorisedUsers",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_GiAuthorisedUsers_ProtectedMarkId",
                table: "GiAuthorisedUsers",
                column: "ProtectedMarkId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedMarkPhotos_ProtectedMarkId",
                table: "ProtectedMarkPhotos",
                column: "ProtectedMarkId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedMarkPhotos_StoredFileId",
                table: "ProtectedMarkPhotos",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedMarks_NaturalKey",
                table: "ProtectedMarks",
                column: "NaturalKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedMarks_OwnerPartyId",
                table: "ProtectedMarks",
                column: "OwnerPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedMarks_RegistrationNumber",
                table: "ProtectedMarks",
                column: "RegistrationNumber");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseRights_ProtectedMarks_ProtectedMarkId",
                table: "CaseRights",
                column: "ProtectedMarkId",
                principalTable: "ProtectedMarks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseRights_ProtectedMarks_ProtectedMarkId",
                table: "CaseRights");

            migrationBuilder.DropTable(
                name: "AgencyAttorneys");

            migrationBuilder.DropTable(
                name: "AgencyInspections");

            migrationBuilder.DropTable(
                name: "CommitmentBreaches");

            migrationBuilder.DropTable(
                name: "CommitmentSubmissions");

            migrationBuilder.DropTable(
                name: "GiAuthorisedUsers");

            migrationBuilder.DropTable(
                name: "ProtectedMarkPhotos");

            migrationBuilder.DropTable(
                name: "CreditCommitments");

            migrationBuilder.DropTable(
                name: "ProtectedMarks");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_CaseRights_ProtectedMarkId",
                table: "CaseRights");

            migrationBuilder.DropColumn(
                name: "ProtectedMarkId",
                table: "CaseRights");
        }
    }
}
