using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Database;

internal sealed class DatabaseHealthCheck(IDbContextFactory<ZhibaoDb> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("数据库可用")
            : HealthCheckResult.Unhealthy("数据库无法连接");
    }
}

public static class HealthEndpoints
{
    /// <summary>/health answers once the app serves (liveness); /health/ready also checks the database.</summary>
    public static void MapZhibaoHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
