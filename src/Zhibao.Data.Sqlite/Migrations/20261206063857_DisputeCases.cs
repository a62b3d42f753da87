using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DisputeCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "LeadReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "AgreedAmount",
                table: "Cases",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgreementContent",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreementEffectiveOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AgreementSignedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosingDueOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosingExtensions",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Closure",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureContent",
                table: "Cases",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionClaims",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionJurisdiction",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionNoOtherProceedings",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionRespondent",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConditionStanding",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Confirmation",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmationAppliedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CorrectedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CorrectionDueOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionItems",
                table: "Cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CorrectionNoticeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CourtAcceptedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CourtExtended",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtName",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CourtOrgUnitId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CourtRuledOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtRulingNote",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtRulingNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisputeType",
                table: "Cases",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EnforcementAppliedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FilingExtensions",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasPaymentTerms",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingHeldOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HearingNotifiedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HearingRecord",
                table: "Cases",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HigherApprovalNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InfringementFound",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JurisdictionBasis",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JurisdictionNote",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KnewOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LawsuitFiledOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LicenseeAuthorised",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Materials",
                table: "Cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediationType",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediatorName",
                table: "Cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MediatorOrgUnitId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotFiledReason",
                table: "Cases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotarisedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticeSentOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentCaseId",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatentKind",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatentNumber",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatentTitle",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RepeatInfringer",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RequestServedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequesterAppeared",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequesterStanding",
                table: "Cases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondentAgreed",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondentAppeared",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondentRepliedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondentWithoutDomicile",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationGround",
                table: "Cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WilfulInfringement",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediationSessions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosingDueOn",
                table: "Cases",
                column: "ClosingDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CourtOrgUnitId",
                table: "Cases",
                column: "CourtOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MediatorOrgUnitId",
                table: "Cases",
                column: "MediatorOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ParentCaseId",
                table: "Cases",
                column: "ParentCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSessions_CaseId",
                table: "MediationSessions",
                column: "CaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Cases_ParentCaseId",
                table: "Cases",
                column: "ParentCaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_OrgUnits_CourtOrgUnitId",
                table: "Cases",
                column: "CourtOrgUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_OrgUnits_MediatorOrgUnitId",
                table: "Cases",
                column: "MediatorOrgUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Cases_ParentCaseId",
                table: "Cases");

            migrationBuilder.DropForeignKey(
                name: "FK_Cases_OrgUnits_CourtOrgUnitId",
                table: "Cases");

            migrationBuilder.DropForeignKey(
                name: "FK_Cases_OrgUnits_MediatorOrgUnitId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "MediationSessions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosingDueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CourtOrgUnitId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_MediatorOrgUnitId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ParentCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgreedAmount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgreementContent",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgreementEffectiveOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AgreementSignedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnswerReceivedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AnswerServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosingDueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosingExtensions",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Closure",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosureContent",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConditionClaims",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConditionJurisdiction",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConditionNoOtherProceedings",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConditionRespondent",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConditionStanding",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Confirmation",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ConfirmationAppliedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectionDueOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectionItems",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CorrectionNoticeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtAcceptedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtExtended",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtOrgUnitId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtRuledOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtRulingNote",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CourtRulingNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DisputeType",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EnforcementAppliedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FilingExtensions",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HasPaymentTerms",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingHeldOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingNotifiedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HearingRecord",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "HigherApprovalNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "InfringementFound",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "JurisdictionBasis",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "JurisdictionNote",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "KnewOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LawsuitFiledOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LicenseeAuthorised",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Materials",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediationType",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediatorName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MediatorOrgUnitId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotFiledReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NotarisedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NoticeSentOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ParentCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PatentKind",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PatentNumber",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PatentTitle",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RepeatInfringer",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RequestServedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RequesterAppeared",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RequesterStanding",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondentAgreed",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondentAppeared",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondentRepliedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondentWithoutDomicile",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RevocationGround",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WilfulInfringement",
                table: "Cases");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "LeadReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");
        }
    }
}
