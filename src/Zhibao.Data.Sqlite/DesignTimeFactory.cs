using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zhibao.Data.Sqlite;

/// <summary>Used by `dotnet ef migrations add … --project src/Zhibao.Data.Sqlite`.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ZhibaoDb>
{
    public ZhibaoDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ZhibaoDb>();
        options.UseZhibaoProvider(DatabaseProvider.Sqlite, "Data Source=design.db");
        return new ZhibaoDb(options.Options);
    }
}
