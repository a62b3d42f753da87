using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zhibao.Data.Postgres;

/// <summary>Used by `dotnet ef migrations add … --project src/Zhibao.Data.Postgres` (no server needed to add one).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ZhibaoDb>
{
    public ZhibaoDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ZhibaoDb>();
        options.UseZhibaoProvider(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=zhibao_design");
        return new ZhibaoDb(options.Options);
    }
}
