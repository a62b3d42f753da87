using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Sqlite.Migrations
{
    /// <summary>
    /// Puts back the triggers that keep "CaseListCounts" (migration CaseListIndexes) and recounts it. SQLite cannot alter
    /// a column, so DisputeCases rebuilt "Cases" (new table, copy, drop, rename) and dropping the old table dropped its
    /// triggers: from then on the case list's total for the unit / kind / status filters stayed at what it was (0 on a new
    /// database). A later rebuild of "Cases" must recreate them the same way.
    /// </summary>
    public partial class CaseListCountTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Update";""");
            migrationBuilder.Sql("""DELETE FROM "CaseListCounts";""");
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
            // The state DisputeCases left behind: the table without its triggers.
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_Cases_CaseListCounts_Insert";""");
        }
    }
}
