using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Statistics;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Statistics;

/// <summary>
/// 统计分析: the leaders' dashboard (/statistics), the section's statistics (/statistics/section), their API, the chart
/// exports and the periodic tables. Figures come from the pre-aggregated case tables (ADR 0008).
/// </summary>
public static class StatisticsModule
{
    public static IServiceCollection AddStatisticsModule(this IServiceCollection services)
    {
        services.AddScoped<StatisticsService>();
        services.AddScoped<StatisticsReports>();
        return services;
    }

    public static void MapStatisticsModule(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/statistics/summary", async ([AsParameters] StatisticsQuery q, StatisticsService statistics, CancellationToken ct) =>
            {
                var (filter, errors) = await statistics.ValidateAsync(q, ct);
                return filter is null ? errors.ToProblem() : Results.Ok(await statistics.SummaryAsync(filter, ct));
            })
            .RequirePermission(Permissions.CaseView).WithTags("统计分析")
            .WithSummary("统计分析：立案结案（按月、按类型、按单位）、结案率、平均与P90办理天数、案值与罚没金额（万元）、移送司法机关、调解与司法确认、"
                + "重点领域、满意度、执法资格人数及上年同期（from、to 为 yyyy-MM-dd，默认本年初至今日；unitId 含下级单位；按数据权限）");
        app.MapGet("/api/statistics/export", async (string? chart, [AsParameters] StatisticsQuery q, StatisticsReports reports, CancellationToken ct) =>
                await reports.ExportAsync(chart, q, ct))
            .RequirePermission(Permissions.CaseView).WithTags("统计分析")
            .WithSummary("导出图表数据（Excel）：chart 为图表或表格名（monthly、kinds、handling、units、amounts、sectors、complaints、mediation、indicators），省略或 all 时每个表一个工作表");
        app.MapGet("/api/statistics/periodic", async (string? period, string? format, string? unitId, StatisticsReports reports, CancellationToken ct) =>
                await reports.PeriodicAsync(period, format, unitId, ct))
            .RequirePermission(Permissions.CaseView).WithTags("统计分析")
            .WithSummary("定期统计报表：period 为 2023（年报）、2023-Q3（季报）或 2023-10（月报），format 为 xlsx 或 docx，unitId 可选");
        app.MapPost("/api/statistics/rebuild", async (IDbContextFactory<ZhibaoDb> factory, CancellationToken ct) =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                return Results.Ok(new { unitMonths = await CaseStatistics.RebuildAsync(db, ct) });
            })
            .RequirePermission(Permissions.SettingEdit).WithTags("统计分析")
            .WithSummary("按案件数据重新计算全部统计汇总表（批量导入案件后使用；平时随案件变更自动维护）");
    }

    /// <summary>
    /// On the first start after the statistics tables were added to a database that already holds cases, fills them
    /// (afterwards every case change keeps them current).
    /// </summary>
    public static async Task FillStatisticsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        if (!await db.CaseMonthStats.AnyAsync(ct) && await db.Cases.AnyAsync(c => c.FiledOn != null, ct))
        {
            await CaseStatistics.RebuildAsync(db, ct);
        }
    }
}
