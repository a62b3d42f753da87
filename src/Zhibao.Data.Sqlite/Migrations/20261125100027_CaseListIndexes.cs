using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseApprovals_Status_RequiredPermission",
                table: "CaseApprovals");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrgUnitId_Status_Id",
                table: "Cases",
                columns: new[] { "OrgUnitId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseApprovals_Status_RequiredPermission_RequestedAt",
                table: "CaseApprovals",
                columns: new[] { "Status", "RequiredPermission", "RequestedAt" });

            // Cases per unit, kind and status, kept by triggers in the same transaction as the change: the case list's
            // total for those filters is a sum over a few rows instead of a COUNT over every case (Zhibao.Web.Cases.CaseList).
            // Outside the EF model on purpose: only that list reads it, nothing writes it but these triggers.
            migrationBuilder.Sql("""
                CREATE TABLE "CaseListCounts" (
                    "OrgUnitId" INTEGER NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "Status" TEXT NOT NULL,
                    "Count" INTEGER NOT NULL,
                    CONSTRAINT "PK_CaseListCounts" PRIMARY KEY ("OrgUnitId", "Kind", "Status"));
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaseListCounts" ("OrgUnitId", "Kind", "Status", "Count")
                SELECT "OrgUnitId", "Kind", "Status", COUNT(*) FROM "Cases" GROUP BY "OrgUnitId", "Kind", "Status";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Cases_CaseListCounts_Insert" AFTER INSERT ON "Cases"
                BEGIN
                    INSERT INTO "CaseListCounts" ("OrgUnitId", "Kind", "Status", "Count") VALUES (NEW."OrgUnitId", NEW."Kind", NEW."Status", 1)
                    ON CONFLICT ("OrgUnitId", "Kind", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Cases_CaseListCounts_Delete" AFTER DELETE ON "Cases"
                BEGIN
                    UPDATE "CaseListCounts" SET "Count" = "Count" - 1
                    WHERE "OrgUnitId" = OLD."OrgUnitId" AND "Kind" = OLD."Kind" AND "Status" = OLD."Status";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Cases_CaseListCounts_Update" AFTER UPDATE OF "OrgUnitId", "Kind", "Status" ON "Cases"
                WHEN OLD."OrgUnitId" IS NOT NEW."OrgUnitId" OR OLD."Kind" IS NOT NEW."Kind" OR OLD."Status" IS NOT NEW."Status"
                BEGIN
                    UPDATE "CaseListCounts" SET "Count" = "Count" - 1
                    WHERE "OrgUnitId" = OLD."OrgUnitId" AND "Kind" = OLD."Kind" AND "Status" = OLD."Status";
                    INSERT INTO "CaseListCounts" ("OrgUnitId", "Kind", "Status", "Count") VALUES (NEW."OrgUnitId", NEW."Kind", NEW."Status", 1)
                    ON CONFLICT ("OrgUnitId", "Kind", "Status") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Cases_CaseListCounts_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Cases_CaseListCounts_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Cases_CaseListCounts_Insert";""");
            migrationBuilder.Sql("""DROP TABLE "CaseListCounts";""");

            migrationBuilder.DropIndex(
                name: "IX_Cases_OrgUnitId_Status_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseApprovals_Status_RequiredPermission_RequestedAt",
                table: "CaseApprovals");

            migrationBuilder.CreateIndex(
                name: "IX_CaseApprovals_Status_RequiredPermission",
                table: "CaseApprovals",
                columns: new[] { "Status", "RequiredPermission" });
        }
    }
}
