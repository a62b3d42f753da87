using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RegistriesReportingPlansPublicity : Migration
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
                name: "CaseDayStats",
                columns: table => new
                {
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Filed = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    HandlingDaysSum = table.Column<long>(type: "bigint", nullable: false),
                    HandlingDays = table.Column<string>(type: "text", nullable: false),
                    FiledBySector = table.Column<string>(type: "text", nullable: false),
                    CaseValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Fines = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Referrals = table.Column<int>(type: "integer", nullable: false),
                    MediationsAgreed = table.Column<int>(type: "integer", nullable: false),
                    MediationsConfirmed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDayStats", x => new { x.OrgUnitId, x.Day, x.Kind });
                    table.ForeignKey(
                        name: "FK_CaseDayStats_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseMonthStats",
                columns: table => new
                {
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Filed = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    HandlingDaysSum = table.Column<long>(type: "bigint", nullable: false),
                    HandlingDays = table.Column<string>(type: "text", nullable: false),
                    FiledBySector = table.Column<string>(type: "text", nullable: false),
                    CaseValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Fines = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Referrals = table.Column<int>(type: "integer", nullable: false),
                    MediationsAgreed = table.Column<int>(type: "integer", nullable: false),
                    MediationsConfirmed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMonthStats", x => new { x.OrgUnitId, x.Month, x.Kind });
                    table.ForeignKey(
                        name: "FK_CaseMonthStats_OrgUnits_OrgUnitId",
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
                name: "NationalReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalReports", x => x.Id);
                    table.CheckConstraint("CK_NationalReports_Month", "\"Month\" BETWEEN 1 AND 12");
                    table.ForeignKey(
                        name: "FK_NationalReports_OrgUnits_BureauId",
                        column: x => x.BureauId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Preamble = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GuidingPrinciples = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Cadence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CopiedFromId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
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
                name: "PublicityEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DateNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    AudienceCount = table.Column<int>(type: "integer", nullable: false),
                    EnterprisesReached = table.Column<int>(type: "integer", nullable: false),
                    Visitors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "RegistryImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Registry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    SeesAllUnits = table.Column<bool>(type: "boolean", nullable: false),
                    VisibleUnitIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Valid = table.Column<int>(type: "integer", nullable: false),
                    Invalid = table.Column<int>(type: "integer", nullable: false),
                    New = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistryImports", x => x.Id);
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
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Organiser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TypicalCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Facts = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Result = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Significance = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IsFineCase = table.Column<bool>(type: "boolean", nullable: false),
                    NamingNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishChannel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PublishOutlet = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecommendationKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecommendationResult = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecommendationResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecommendationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "NationalReportVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CorrectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CorrectionKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CorrectionByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PreparedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PreparedById = table.Column<int>(type: "integer", nullable: true),
                    PreparedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedById = table.Column<int>(type: "integer", nullable: true),
                    CheckedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedById = table.Column<int>(type: "integer", nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedById = table.Column<int>(type: "integer", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReceiptNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: true),
                    SnapshotSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalReportVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalReportVersions_NationalReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "NationalReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalAdjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ById = table.Column<int>(type: "integer", nullable: false),
                    ByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalAdjustments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalAdjustments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalAdjustments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalBonuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalBonuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalBonuses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AppraisalBonuses_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AppraisalBonuses_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppraisalBonuses_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    MetRate = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    PartlyRate = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    NotMetRate = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ModelCaseRecommended = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ModelCaseAdopted = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    TypicalCaseRecommended = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    TypicalCaseAdopted = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    GuidingCaseRecommended = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    GuidingCaseAdopted = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    DifficultCase = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    BonusCap = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSchemes_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTasks_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkSummaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkSummaries_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
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
                name: "PublicityEventFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<int>(type: "integer", nullable: true),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TrainingAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrainingSessionId = table.Column<int>(type: "integer", nullable: false),
                    OfficerId = table.Column<int>(type: "integer", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    HoursCredited = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_TrainingSessions_TrainingSessionId",
                        column: x => x.TrainingSessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Outlet = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Views = table.Column<int>(type: "integer", nullable: true),
                    EventId = table.Column<int>(type: "integer", nullable: true),
                    TypicalCaseId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PlanMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ResponsibleUnitId = table.Column<int>(type: "integer", nullable: false),
                    ResponsiblePersonId = table.Column<int>(type: "integer", nullable: true),
                    TimeFrame = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Schedule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanMeasures_AspNetUsers_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlanMeasures_OrgUnits_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanMeasures_PlanTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "PlanTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkSummaryBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkSummaryId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkSummaryBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkSummaryBlocks_WorkSummaries_WorkSummaryId",
                        column: x => x.WorkSummaryId,
                        principalTable: "WorkSummaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    FormulaCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Comparison = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanIndicators_PlanMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PlanMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedById = table.Column<int>(type: "integer", nullable: false),
                    SubmittedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedById = table.Column<int>(type: "integer", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_PlanMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PlanMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgressReportId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoredFileId = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressAttachments_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgressAttachments_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgressReportId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressFigures_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriminalReferrals_TransferredAt",
                table: "CriminalReferrals",
                column: "TransferredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgreementSignedOn",
                table: "Cases",
                column: "AgreementSignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CourtRuledOn",
                table: "Cases",
                column: "CourtRuledOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrgUnitId_ClosedOn",
                table: "Cases",
                columns: new[] { "OrgUnitId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrgUnitId_FiledOn",
                table: "Cases",
                columns: new[] { "OrgUnitId", "FiledOn" });

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
                name: "IX_AppraisalAdjustments_OrgUnitId",
                table: "AppraisalAdjustments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAdjustments_PlanId",
                table: "AppraisalAdjustments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalAdjustments_UserId",
                table: "AppraisalAdjustments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalBonuses_CaseId",
                table: "AppraisalBonuses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalBonuses_OrgUnitId",
                table: "AppraisalBonuses",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalBonuses_PlanId",
                table: "AppraisalBonuses",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalBonuses_UserId",
                table: "AppraisalBonuses",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSchemes_PlanId",
                table: "AppraisalSchemes",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDayStats_Day",
                table: "CaseDayStats",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMonthStats_Month",
                table: "CaseMonthStats",
                column: "Month");

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
                name: "IX_GiAuthorisedUsers_PartyId",
                table: "GiAuthorisedUsers",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_GiAuthorisedUsers_ProtectedMarkId",
                table: "GiAuthorisedUsers",
                column: "ProtectedMarkId");

            migrationBuilder.CreateIndex(
                name: "IX_JointPunishments_ImplementingUnitId",
                table: "JointPunishments",
                column: "ImplementingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_JointPunishments_ListingId",
                table: "JointPunishments",
                column: "ListingId");

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
                name: "IX_NationalReports_BureauId_Year_Month",
                table: "NationalReports",
                columns: new[] { "BureauId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NationalReportVersions_ReportId_Number",
                table: "NationalReportVersions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanIndicators_MeasureId",
                table: "PlanIndicators",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_ResponsiblePersonId",
                table: "PlanMeasures",
                column: "ResponsiblePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_ResponsibleUnitId",
                table: "PlanMeasures",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeasures_TaskId",
                table: "PlanMeasures",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_OrgUnitId_Year",
                table: "Plans",
                columns: new[] { "OrgUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTasks_PlanId_Section_Number",
                table: "PlanTasks",
                columns: new[] { "PlanId", "Section", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressAttachments_ProgressReportId",
                table: "ProgressAttachments",
                column: "ProgressReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressAttachments_StoredFileId",
                table: "ProgressAttachments",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressFigures_ProgressReportId",
                table: "ProgressFigures",
                column: "ProgressReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_MeasureId_PeriodKey",
                table: "ProgressReports",
                columns: new[] { "MeasureId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_PlanId_Status",
                table: "ProgressReports",
                columns: new[] { "PlanId", "Status" });

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
                name: "IX_RegistryImports_Status_ExpiresAt",
                table: "RegistryImports",
                columns: new[] { "Status", "ExpiresAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_OfficerId",
                table: "TrainingAttendances",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_TrainingSessionId_OfficerId",
                table: "TrainingAttendances",
                columns: new[] { "TrainingSessionId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_HeldOn",
                table: "TrainingSessions",
                column: "HeldOn");

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

            migrationBuilder.CreateIndex(
                name: "IX_WorkSummaries_PlanId_Period",
                table: "WorkSummaries",
                columns: new[] { "PlanId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkSummaryBlocks_WorkSummaryId_Key",
                table: "WorkSummaryBlocks",
                columns: new[] { "WorkSummaryId", "Key" },
                unique: true);

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
                name: "AppraisalAdjustments");

            migrationBuilder.DropTable(
                name: "AppraisalBonuses");

            migrationBuilder.DropTable(
                name: "AppraisalSchemes");

            migrationBuilder.DropTable(
                name: "CaseDayStats");

            migrationBuilder.DropTable(
                name: "CaseMonthStats");

            migrationBuilder.DropTable(
                name: "CommitmentBreaches");

            migrationBuilder.DropTable(
                name: "CommitmentSubmissions");

            migrationBuilder.DropTable(
                name: "CreditRepairApplications");

            migrationBuilder.DropTable(
                name: "CreditSchemeSettings");

            migrationBuilder.DropTable(
                name: "GiAuthorisedUsers");

            migrationBuilder.DropTable(
                name: "JointPunishments");

            migrationBuilder.DropTable(
                name: "MediaReports");

            migrationBuilder.DropTable(
                name: "NationalReportVersions");

            migrationBuilder.DropTable(
                name: "PlanIndicators");

            migrationBuilder.DropTable(
                name: "ProgressAttachments");

            migrationBuilder.DropTable(
                name: "ProgressFigures");

            migrationBuilder.DropTable(
                name: "ProtectedMarkPhotos");

            migrationBuilder.DropTable(
                name: "PublicityEventFiles");

            migrationBuilder.DropTable(
                name: "PublicityEventParties");

            migrationBuilder.DropTable(
                name: "PublicityEventPartners");

            migrationBuilder.DropTable(
                name: "PublicityVisitQuestions");

            migrationBuilder.DropTable(
                name: "RegistryImports");

            migrationBuilder.DropTable(
                name: "TrainingAttendances");

            migrationBuilder.DropTable(
                name: "WorkSummaryBlocks");

            migrationBuilder.DropTable(
                name: "CreditCommitments");

            migrationBuilder.DropTable(
                name: "SeriousViolationListings");

            migrationBuilder.DropTable(
                name: "TypicalCases");

            migrationBuilder.DropTable(
                name: "NationalReports");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "ProtectedMarks");

            migrationBuilder.DropTable(
                name: "PublicityEvents");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "WorkSummaries");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "PlanMeasures");

            migrationBuilder.DropTable(
                name: "PlanTasks");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_CriminalReferrals_TransferredAt",
                table: "CriminalReferrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AgreementSignedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CourtRuledOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrgUnitId_ClosedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrgUnitId_FiledOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseRights_ProtectedMarkId",
                table: "CaseRights");

            migrationBuilder.DropColumn(
                name: "ProtectedMarkId",
                table: "CaseRights");
        }
    }
}
