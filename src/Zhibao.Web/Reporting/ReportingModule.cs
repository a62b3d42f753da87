using Zhibao.Data;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Reporting;

/// <summary>统计报表 › 专利执法月报: the monthly report to the national patent enforcement system and its reminders.</summary>
public static class ReportingModule
{
    public static IServiceCollection AddReportingModule(this IServiceCollection services)
    {
        services.AddScoped<MonthlyReports>();
        services.AddSingleton<MonthlyReportSource>();
        services.AddSingleton<MonthlyReportReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<MonthlyReportReminders>());
        return services;
    }

    public static void MapReportingModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports/monthly").WithTags("专利执法月报");
        api.MapGet("/", async (int? year, MonthlyReports reports, TimeProvider clock, CancellationToken ct) =>
                year is < 1985 or > 9998 ? YearError() : Results.Ok(await reports.YearAsync(year ?? Platform.Clock.Today(clock).Year, ct)))
            .RequirePermission(Permissions.ReportView)
            .WithSummary("各月月报：状态、报送截止日、是否按时；本年月报按时上报率与迟报、错报、漏报次数（?year=，默认今年）");
        api.MapGet("/{period}", async (string period, MonthlyReports reports, CancellationToken ct) =>
                ReportPeriod.TryParse(period, out var p) ? Results.Ok(await reports.GetAsync(p, ct)) : PeriodError(period))
            .RequirePermission(Permissions.ReportView)
            .WithSummary("某月月报（yyyy-MM）：period、dueDate、status、rows、totals、problems（每个问题附案件链接）与版本历史");
        api.MapPost("/{period}/actions/{action}", async (string period, string action, ReportActionInput? input, MonthlyReports reports, CancellationToken ct) =>
                ReportPeriod.TryParse(period, out var p) ? (await reports.ActAsync(p, action, input ?? new ReportActionInput(), ct)).ToHttp() : PeriodError(period))
            .RequirePermission(Permissions.ReportView)
            .WithSummary("月报操作：prepare（生成，知识产权科）、check（审核，知识产权科负责人）、approve（审批，局领导）、submit（报送，须 receiptNumber 回执号）、"
                + "correct（报送后更正，须 reason，生成新版本）；存在问题时审核、审批返回409并列出 problems");
        api.MapGet("/{period}/export", async (string period, string? format, int? version, MonthlyReports reports, CancellationToken ct) =>
            {
                if (!ReportPeriod.TryParse(period, out var p))
                {
                    return PeriodError(period);
                }
                if (format is not (null or "xlsx" or "csv"))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["导出格式须为 xlsx 或 csv"] }, title: "输入有误");
                }
                var (snapshot, number, error) = await reports.SnapshotAsync(p, version, ct);
                if (snapshot is null)
                {
                    return Results.Problem(statusCode: 404, title: "未找到", detail: error);
                }
                var file = format == "csv" ? MonthlyReportExport.Csv(snapshot, number) : MonthlyReportExport.Xlsx(snapshot, await reports.GetAsync(p, ct), number);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .RequirePermission(Permissions.ReportView)
            .WithSummary("导出月报（format=xlsx 按国家系统格式，或 csv：UTF-8 带BOM）；已生成的版本导出其冻结数据，已报送的即报送快照；version= 指定版本");
        api.MapGet("/{period}/versions/{number:int}/snapshot", async (string period, int number, MonthlyReports reports, CancellationToken ct) =>
                !ReportPeriod.TryParse(period, out var p) ? PeriodError(period)
                : await reports.SnapshotJsonAsync(p, number, ct) is { } json ? Results.Text(json, "application/json", System.Text.Encoding.UTF8)
                : Results.Problem(statusCode: 404, title: "未找到", detail: $"第{number}版不存在或尚未生成"))
            .RequirePermission(Permissions.ReportView)
            .WithSummary("某版本冻结数据的原文（JSON），其UTF-8字节的SHA-256即版本的 sha256");
    }

    private static IResult PeriodError(string period) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["period"] = [$"月份“{period}”格式应为 yyyy-MM，例如 2023-10"] }, title: "输入有误");

    private static IResult YearError() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = ["年份须在1985至9998之间"] }, title: "输入有误");
}
