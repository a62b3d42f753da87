using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Publicity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublicityEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AudienceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterprisesReached = table.Column<int>(type: "INTEGER", nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityEvents", x => x.Id);
                    table.CheckConstraint("CK_PublicityEvents_Counts", "\"AudienceCount\" >= 0 AND \"EnterprisesReached\" >= 0");
                    table.CheckConstraint("CK_PublicityEvents_Dates", "\"EndDate\" >= \"StartDate\"");
                    table.ForeignKey(
                        name: "FK_PublicityEvents_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TypicalCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Significance = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IsFineCase = table.Column<bool>(type: "INTEGER", nullable: false),
                    NamingNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishChannel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PublishOutlet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecommendationKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendationResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecommendationResultOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TypicalCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TypicalCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TypicalCases_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicityEventFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StoredFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityEventFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicityEventFiles_PublicityEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PublicityEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PublicityEventFiles_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublicityEventParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityEventParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicityEventParties_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicityEventParties_PublicityEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PublicityEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicityEventPartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityEventPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicityEventPartners_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublicityEventPartners_PublicityEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PublicityEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublicityVisitQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicityVisitQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicityVisitQuestions_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PublicityVisitQuestions_PublicityEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PublicityEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Views = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    TypicalCaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaReports", x => x.Id);
                    table.CheckConstraint("CK_MediaReports_Views", "\"Views\" IS NULL OR \"Views\" >= 0");
                    table.ForeignKey(
                        name: "FK_MediaReports_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaReports_PublicityEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PublicityEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MediaReports_TypicalCases_TypicalCaseId",
                        column: x => x.TypicalCaseId,
                        principalTable: "TypicalCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaReports_EventId",
                table: "MediaReports",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaReports_OrgUnitId_PublishedOn",
                table: "MediaReports",
                columns: new[] { "OrgUnitId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaReports_PublishedOn_Id",
                table: "MediaReports",
                columns: new[] { "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaReports_TypicalCaseId",
                table: "MediaReports",
                column: "TypicalCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventFiles_EventId_Id",
                table: "PublicityEventFiles",
                columns: new[] { "EventId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventFiles_StoredFileId",
                table: "PublicityEventFiles",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventParties_EventId_PartyId",
                table: "PublicityEventParties",
                columns: new[] { "EventId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventParties_PartyId",
                table: "PublicityEventParties",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventPartners_EventId_OrgUnitId",
                table: "PublicityEventPartners",
                columns: new[] { "EventId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEventPartners_OrgUnitId",
                table: "PublicityEventPartners",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEvents_OrgUnitId_StartDate",
                table: "PublicityEvents",
                columns: new[] { "OrgUnitId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEvents_StartDate_Id",
                table: "PublicityEvents",
                columns: new[] { "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityEvents_Type_StartDate",
                table: "PublicityEvents",
                columns: new[] { "Type", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityVisitQuestions_EventId_SortOrder",
                table: "PublicityVisitQuestions",
                columns: new[] { "EventId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicityVisitQuestions_PartyId",
                table: "PublicityVisitQuestions",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_CaseId",
                table: "TypicalCases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_OrgUnitId_Id",
                table: "TypicalCases",
                columns: new[] { "OrgUnitId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_PublishedOn",
                table: "TypicalCases",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_RecommendedOn",
                table: "TypicalCases",
                column: "RecommendedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TypicalCases_Status_Id",
                table: "TypicalCases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaReports");

            migrationBuilder.DropTable(
                name: "PublicityEventFiles");

            migrationBuilder.DropTable(
                name: "PublicityEventParties");

            migrationBuilder.DropTable(
                name: "PublicityEventPartners");

            migrationBuilder.DropTable(
                name: "PublicityVisitQuestions");

            migrationBuilder.DropTable(
                name: "TypicalCases");

            migrationBuilder.DropTable(
                name: "PublicityEvents");
        }
    }
}
