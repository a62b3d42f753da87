using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhibao.Data;
using Zhibao.Data.Auditing;
using Zhibao.Data.Seeding;
using Zhibao.Data.Statistics;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Platform.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Zhibao";
    private const string DefaultSqlite = "Data Source=data/zhibao.db";

    public static IServiceCollection AddZhibaoDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<SeedSettings>()
            .Bind(configuration.GetSection(SeedSettings.Section))
            .PostConfigure(s => s.Provider = database.Provider)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                throw new OptionsValidationException(ConnectionStringName, typeof(DatabaseOptions),
                    ["使用 PostgreSQL 时必须配置连接串 ConnectionStrings:Zhibao（环境变量 ConnectionStrings__Zhibao）。"]);
            }
            connectionString = DefaultSqlite;
        }
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            DatabaseProviderSetup.EnsureSqliteFolder(connectionString);
        }

        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<CaseStatisticsInterceptor>();
        // Scoped factory: each context gets the data scope of the request or Blazor circuit that made it. The statistics
        // interceptor comes first: it recomputes inside the transaction the audit interceptor commits (ADR 0008).
        services.AddDbContextFactory<ZhibaoDb>((sp, options) => options
            .UseZhibaoProvider(database.Provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<CaseStatisticsInterceptor>(), sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Scoped);
        // Identity's stores and the seeder: one context per scope, unfiltered (see UnfilteredActorScope).
        services.AddScoped(sp => new ZhibaoDb(
            sp.GetRequiredService<DbContextOptions<ZhibaoDb>>(),
            new UnfilteredActorScope(sp.GetRequiredService<CurrentUser>())));
        services.AddScoped<DatabaseSeeder>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Applies migrations and seeds reference (and, in demo mode, demo) data before serving.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = provider.GetRequiredService<ZhibaoDb>();
        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync(ct);
        }
        var seed = provider.GetRequiredService<IOptions<SeedSettings>>().Value;
        await provider.GetRequiredService<DatabaseSeeder>().SeedAsync(new SeedOptions
        {
            Demo = seed.IsDemo,
            AdminPassword = seed.IsDemo ? SeedOptions.DemoPassword : seed.AdminPassword!,
            BureauName = seed.BureauName,
        }, ct);
    }
}
