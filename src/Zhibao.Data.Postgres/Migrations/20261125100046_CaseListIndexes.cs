using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhibao.Data.Postgres.Migrations
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
                    "OrgUnitId" integer NOT NULL,
                    "Kind" character varying(20) NOT NULL,
                    "Status" character varying(30) NOT NULL,
                    "Count" bigint NOT NULL,
                    CONSTRAINT "PK_CaseListCounts" PRIMARY KEY ("OrgUnitId", "Kind", "Status"));
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CaseListCounts" ("OrgUnitId", "Kind", "Status", "Count")
                SELECT "OrgUnitId", "Kind", "Status", COUNT(*) FROM "Cases" GROUP BY "OrgUnitId", "Kind", "Status";
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "CaseListCounts_Track"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        INSERT INTO "CaseListCounts" AS k ("OrgUnitId", "Kind", "Status", "Count") VALUES (NEW."OrgUnitId", NEW."Kind", NEW."Status", 1)
                        ON CONFLICT ("OrgUnitId", "Kind", "Status") DO UPDATE SET "Count" = k."Count" + 1;
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE "CaseListCounts" SET "Count" = "Count" - 1
                        WHERE ("OrgUnitId", "Kind", "Status") = (OLD."OrgUnitId", OLD."Kind", OLD."Status");
                    ELSE
                        INSERT INTO "CaseListCounts" ("OrgUnitId", "Kind", "Status", "Count") VALUES (NEW."OrgUnitId", NEW."Kind", NEW."Status", 0)
                        ON CONFLICT DO NOTHING;
                        -- Both rows locked in key order first, so two cases moving in opposite directions at once
                        -- (已告知 ⇄ 听证中) cannot deadlock on them.
                        PERFORM 1 FROM "CaseListCounts"
                        WHERE ("OrgUnitId", "Kind", "Status") IN ((OLD."OrgUnitId", OLD."Kind", OLD."Status"), (NEW."OrgUnitId", NEW."Kind", NEW."Status"))
                        ORDER BY "OrgUnitId", "Kind", "Status" FOR UPDATE;
                        UPDATE "CaseListCounts" SET "Count" = "Count" - 1
                        WHERE ("OrgUnitId", "Kind", "Status") = (OLD."OrgUnitId", OLD."Kind", OLD."Status");
                        UPDATE "CaseListCounts" SET "Count" = "Count" + 1
                        WHERE ("OrgUnitId", "Kind", "Status") = (NEW."OrgUnitId", NEW."Kind", NEW."Status");
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Cases_CaseListCounts_InsertDelete" AFTER INSERT OR DELETE ON "Cases"
                FOR EACH ROW EXECUTE FUNCTION "CaseListCounts_Track"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Cases_CaseListCounts_Update" AFTER UPDATE OF "OrgUnitId", "Kind", "Status" ON "Cases"
                FOR EACH ROW WHEN (OLD."OrgUnitId" IS DISTINCT FROM NEW."OrgUnitId" OR OLD."Kind" IS DISTINCT FROM NEW."Kind"
                    OR OLD."Status" IS DISTINCT FROM NEW."Status")
                EXECUTE FUNCTION "CaseListCounts_Track"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Cases_CaseListCounts_Update" ON "Cases";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Cases_CaseListCounts_InsertDelete" ON "Cases";""");
            migrationBuilder.Sql("""DROP FUNCTION "CaseListCounts_Track"();""");
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
