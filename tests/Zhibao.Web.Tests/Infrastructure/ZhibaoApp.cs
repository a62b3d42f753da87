using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Zhibao.Data;

namespace Zhibao.Web.Tests.Infrastructure;

/// <summary>The real app over a real, fresh database of one provider, in demo mode, with a controllable clock.</summary>
public class ZhibaoApp : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Zhibao#2023";

    private readonly Dictionary<string, string?> settings;

    public TestDatabase Database { get; }

    /// <summary>Starts at 2023-10-09 10:00 Beijing time; tests move it forward (lockout expiry, token expiry).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2023, 10, 9, 2, 0, 0, TimeSpan.Zero));

    public ZhibaoApp(DatabaseProvider provider, IDictionary<string, string?>? extraSettings = null)
    {
        Database = TestDatabase.Create(provider);
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Zhibao"] = Database.ConnectionString,
            ["Seed:Demo"] = "true",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> TokenAsync(string userName, string password = DemoPassword)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client that calls the API as <paramref name="userName"/> with a bearer token.</summary>
    public async Task<HttpClient> ClientAsAsync(string userName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

public sealed class SqliteApp() : ZhibaoApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : ZhibaoApp(DatabaseProvider.Postgres);
