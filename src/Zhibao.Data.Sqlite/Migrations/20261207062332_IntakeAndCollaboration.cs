using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAndCollaboration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "Leads",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CloseNotes",
                table: "Leads",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConvertedTo",
                table: "Leads",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNotes",
                table: "Leads",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DisputeEscalated",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DisputeNotes",
                table: "Leads",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputeSettledOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputeStartedOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisputeWith",
                table: "Leads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Leads",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpSubject",
                table: "Leads",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAnonymous",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "KeySector",
                table: "Leads",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeadFoundOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MarkKey",
                table: "Leads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MediationEndedOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationNotes",
                table: "Leads",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationOutcome",
                table: "Leads",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextDueName",
                table: "Leads",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextDueOn",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "Leads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentKey",
                table: "Leads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentName",
                table: "Leads",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RespondentPartyId",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RewardRequested",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "VerificationExtended",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CollaborationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SenderUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiverUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepliedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollaborationRequests", x => x.Id);
                    table.CheckConstraint("CK_CollaborationRequests_Due", "\"DueOn\" IS NULL OR \"DueOn\" >= \"SentOn\"");
                    table.CheckConstraint("CK_CollaborationRequests_Sides", "\"SenderUnitId\" <> \"ReceiverUnitId\"");
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_OrgUnits_ReceiverUnitId",
                        column: x => x.ReceiverUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollaborationRequests_OrgUnits_SenderUnitId",
                        column: x => x.SenderUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Entrustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    TaskTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entrustments", x => x.Id);
                    table.CheckConstraint("CK_Entrustments_Subject", "\"CaseId\" IS NOT NULL OR \"TaskTitle\" IS NOT NULL");
                    table.CheckConstraint("CK_Entrustments_Term", "\"EndOn\" >= \"StartOn\"");
                    table.ForeignKey(
                        name: "FK_Entrustments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Entrustments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Entrustments_OrgUnits_PartnerUnitId",
                        column: x => x.PartnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OtherBodies = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperations", x => x.Id);
                    table.CheckConstraint("CK_JointOperations_Dates", "\"EndDate\" >= \"StartDate\"");
                    table.ForeignKey(
                        name: "FK_JointOperations_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeadAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "CollaborationRequestFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_CollaborationRequestFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollaborationRequestFiles_CollaborationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "CollaborationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollaborationRequestFiles_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollaborationRequestFiles_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EntrustmentFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntrustmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_EntrustmentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntrustmentFiles_Entrustments_EntrustmentId",
                        column: x => x.EntrustmentId,
                        principalTable: "Entrustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntrustmentFiles_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EntrustmentFiles_StoredFiles_StoredFileId",
                        column: x => x.StoredFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EntrustmentResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntrustmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntrustmentResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntrustmentResults_Entrustments_EntrustmentId",
                        column: x => x.EntrustmentId,
                        principalTable: "Entrustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntrustmentResults_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherBodies = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationMeetings_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CoordinationMeetings_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperationBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperationBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointOperationBodies_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOperationBodies_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperationResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspections = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsSeized = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherCasesOpened = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperationResults", x => x.Id);
                    table.CheckConstraint("CK_JointOperationResults_Counts", "\"Inspections\" >= 0 AND \"GoodsSeized\" >= 0 AND \"Referrals\" >= 0 AND \"OtherCasesOpened\" >= 0 AND (\"GoodsValue\" IS NULL OR \"GoodsValue\" >= 0)");
                    table.ForeignKey(
                        name: "FK_JointOperationResults_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOperationResults_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperationTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MarketId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProtectedMarkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperationTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointOperationTargets_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOperationTargets_Markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "Markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointOperationTargets_ProtectedMarks_ProtectedMarkId",
                        column: x => x.ProtectedMarkId,
                        principalTable: "ProtectedMarks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperationTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperationTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointOperationTasks_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOperationTasks_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationMeetingBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationMeetingBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationMeetingBodies_CoordinationMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CoordinationMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoordinationMeetingBodies_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingFollowUps_CoordinationMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CoordinationMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingFollowUps_OrgUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JointOperationCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOperationCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointOperationCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointOperationCases_JointOperationResults_ResultId",
                        column: x => x.ResultId,
                        principalTable: "JointOperationResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOperationCases_JointOperations_OperationId",
                        column: x => x.OperationId,
                        principalTable: "JointOperations",
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
                name: "IX_CollaborationRequestFiles_RequestId_Id",
                table: "CollaborationRequestFiles",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequestFiles_StoredFileId",
                table: "CollaborationRequestFiles",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequestFiles_UnitId",
                table: "CollaborationRequestFiles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_CaseId",
                table: "CollaborationRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_ReceiverUnitId_SentOn",
                table: "CollaborationRequests",
                columns: new[] { "ReceiverUnitId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_SenderUnitId_SentOn",
                table: "CollaborationRequests",
                columns: new[] { "SenderUnitId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CollaborationRequests_SentOn_Id",
                table: "CollaborationRequests",
                columns: new[] { "SentOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetingBodies_MeetingId_OrgUnitId",
                table: "CoordinationMeetingBodies",
                columns: new[] { "MeetingId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetingBodies_OrgUnitId",
                table: "CoordinationMeetingBodies",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetings_HeldOn_Id",
                table: "CoordinationMeetings",
                columns: new[] { "HeldOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetings_OperationId",
                table: "CoordinationMeetings",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationMeetings_OrgUnitId_HeldOn",
                table: "CoordinationMeetings",
                columns: new[] { "OrgUnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EntrustmentFiles_EntrustmentId_Id",
                table: "EntrustmentFiles",
                columns: new[] { "EntrustmentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EntrustmentFiles_StoredFileId",
                table: "EntrustmentFiles",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_EntrustmentFiles_UnitId",
                table: "EntrustmentFiles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EntrustmentResults_EntrustmentId_Id",
                table: "EntrustmentResults",
                columns: new[] { "EntrustmentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EntrustmentResults_UnitId",
                table: "EntrustmentResults",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Entrustments_CaseId",
                table: "Entrustments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Entrustments_OrgUnitId_StartOn",
                table: "Entrustments",
                columns: new[] { "OrgUnitId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Entrustments_PartnerUnitId_Status",
                table: "Entrustments",
                columns: new[] { "PartnerUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Entrustments_StartOn_Id",
                table: "Entrustments",
                columns: new[] { "StartOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationBodies_OperationId_OrgUnitId",
                table: "JointOperationBodies",
                columns: new[] { "OperationId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationBodies_OrgUnitId",
                table: "JointOperationBodies",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationCases_CaseId",
                table: "JointOperationCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationCases_OperationId_CaseId",
                table: "JointOperationCases",
                columns: new[] { "OperationId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationCases_ResultId",
                table: "JointOperationCases",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationResults_OperationId_ReportedOn",
                table: "JointOperationResults",
                columns: new[] { "OperationId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationResults_UnitId",
                table: "JointOperationResults",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperations_OrgUnitId_StartDate",
                table: "JointOperations",
                columns: new[] { "OrgUnitId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOperations_StartDate_Id",
                table: "JointOperations",
                columns: new[] { "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationTargets_MarketId",
                table: "JointOperationTargets",
                column: "MarketId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationTargets_OperationId",
                table: "JointOperationTargets",
                column: "OperationId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationTargets_ProtectedMarkId",
                table: "JointOperationTargets",
                column: "ProtectedMarkId");

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationTasks_OperationId_SortOrder",
                table: "JointOperationTasks",
                columns: new[] { "OperationId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOperationTasks_OwnerUnitId",
                table: "JointOperationTasks",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadAttachments_LeadId_Id",
                table: "LeadAttachments",
                columns: new[] { "LeadId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadAttachments_StoredFileId",
                table: "LeadAttachments",
                column: "StoredFileId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFollowUps_MeetingId_SortOrder",
                table: "MeetingFollowUps",
                columns: new[] { "MeetingId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingFollowUps_OwnerUnitId_DueOn",
                table: "MeetingFollowUps",
                columns: new[] { "OwnerUnitId", "DueOn" });

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
                name: "CollaborationRequestFiles");

            migrationBuilder.DropTable(
                name: "CoordinationMeetingBodies");

            migrationBuilder.DropTable(
                name: "EntrustmentFiles");

            migrationBuilder.DropTable(
                name: "EntrustmentResults");

            migrationBuilder.DropTable(
                name: "JointOperationBodies");

            migrationBuilder.DropTable(
                name: "JointOperationCases");

            migrationBuilder.DropTable(
                name: "JointOperationTargets");

            migrationBuilder.DropTable(
                name: "JointOperationTasks");

            migrationBuilder.DropTable(
                name: "LeadAttachments");

            migrationBuilder.DropTable(
                name: "LeadInformants");

            migrationBuilder.DropTable(
                name: "MeetingFollowUps");

            migrationBuilder.DropTable(
                name: "CollaborationRequests");

            migrationBuilder.DropTable(
                name: "Entrustments");

            migrationBuilder.DropTable(
                name: "JointOperationResults");

            migrationBuilder.DropTable(
                name: "CoordinationMeetings");

            migrationBuilder.DropTable(
                name: "JointOperations");

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
