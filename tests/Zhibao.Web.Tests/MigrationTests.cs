using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

/// <summary>Each provider's migration set builds an empty database, and the model has nothing unmigrated.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_apply_to_an_empty_database_and_leave_no_pending_model_changes(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var options = new DbContextOptionsBuilder<ZhibaoDb>();
        options.UseZhibaoProvider(provider, database.ConnectionString);
        await using var db = new ZhibaoDb(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes without a migration: run dotnet ef migrations add for both providers");
        Assert.Equal(0, await db.OrgUnits.CountAsync());
    }
}
