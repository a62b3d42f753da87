using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseDayStats",
                columns: table => new
                {
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Filed = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlingDaysSum = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingDays = table.Column<string>(type: "TEXT", nullable: false),
                    FiledBySector = table.Column<string>(type: "TEXT", nullable: false),
                    CaseValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Fines = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    MediationsAgreed = table.Column<int>(type: "INTEGER", nullable: false),
                    MediationsConfirmed = table.Column<int>(type: "INTEGER", nullable: false)
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
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Filed = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlingDaysSum = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingDays = table.Column<string>(type: "TEXT", nullable: false),
                    FiledBySector = table.Column<string>(type: "TEXT", nullable: false),
                    CaseValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Fines = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Confiscations = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    MediationsAgreed = table.Column<int>(type: "INTEGER", nullable: false),
                    MediationsConfirmed = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_CaseDayStats_Day",
                table: "CaseDayStats",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMonthStats_Month",
                table: "CaseMonthStats",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDayStats");

            migrationBuilder.DropTable(
                name: "CaseMonthStats");

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
        }
    }
}
