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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
