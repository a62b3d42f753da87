using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SatisfactionSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SatisfactionSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id);
                    table.CheckConstraint("CK_SatisfactionSurveys_Score", "\"Score\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_CaseId_Id",
                table: "SatisfactionSurveys",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_CreatedAt",
                table: "SatisfactionSurveys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_PartyId",
                table: "SatisfactionSurveys",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_TokenHash",
                table: "SatisfactionSurveys",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");
        }
    }
}
