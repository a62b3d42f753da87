using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Zhibao.E2E;

/// <summary>
/// The real app on a real socket (Kestrel on 127.0.0.1, a free port) with a fresh SQLite database in demo mode,
/// so a browser can reach it.
/// </summary>
public sealed class ZhibaoAppFactory : WebApplicationFactory<Program>
{
    public ZhibaoAppFactory(string dataFolder)
    {
        DataFolder = dataFolder;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "e2e.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Zhibao", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
