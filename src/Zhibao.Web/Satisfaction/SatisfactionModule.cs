using Zhibao.Data;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Satisfaction;

/// <summary>
/// 满意度: surveys of closed cases (a single-use link or a phone call) and their statistics. The party answers on the
/// public page /survey/{token} (SurveyPage.razor), outside /api and without an account.
/// </summary>
public static class SatisfactionModule
{
    public static IServiceCollection AddSatisfactionModule(this IServiceCollection services)
    {
        services.AddScoped<SatisfactionService>();
        services.AddScoped<SurveyAnswers>();
        services.AddScoped<SatisfactionStatistics>();
        return services;
    }

    public static void MapSatisfactionModule(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases/{id:int}/surveys", async (int id, SurveyLinkInput? input, HttpRequest request, SatisfactionService surveys, CancellationToken ct) =>
                (await surveys.CreateLinkAsync(id, input, $"{request.Scheme}://{request.Host}{request.PathBase}", ct))
                    .ToHttp(created => Results.Created(created.Link, created)))
            .RequirePermission(Permissions.CaseHandle).WithTags("满意度")
            .WithSummary("生成满意度调查链接（仅结案后；一次性，返回的 link 只显示这一次，有效期见系统设置）");
        app.MapPost("/api/cases/{id:int}/surveys/phone", async (int id, PhoneSurveyInput? input, SatisfactionService surveys, CancellationToken ct) =>
                (await surveys.RecordPhoneAsync(id, input, ct)).ToHttp(survey => Results.Created($"/api/cases/{id}/surveys", survey)))
            .RequirePermission(Permissions.CaseHandle).WithTags("满意度").WithSummary("记录电话回访（score 1–5, comment, partyId）");
        app.MapGet("/api/cases/{id:int}/surveys", async (int id, SatisfactionService surveys, CancellationToken ct) =>
                await surveys.ListAsync(id, ct) is { } list
                    ? Results.Ok(list) : Results.Problem(statusCode: 404, title: "未找到", detail: "案件不存在或不在您的数据权限范围内"))
            .RequirePermission(Permissions.CaseView).WithTags("满意度").WithSummary("案件的满意度调查（链接与电话回访）");
        app.MapGet("/api/satisfaction/stats", async ([AsParameters] SatisfactionStatsQuery q, SatisfactionStatistics stats, CancellationToken ct) =>
                stats.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await stats.GetAsync(q, ct)))
            .RequirePermission(Permissions.CaseView).WithTags("满意度").WithSummary("满意度统计：按单位、案件类型、途径（调解类型、裁决结案方式），按数据权限");
        app.MapGet("/api/satisfaction/stats/export", async ([AsParameters] SatisfactionStatsQuery q, SatisfactionStatistics stats, TimeProvider clock, CancellationToken ct) =>
                stats.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(SatisfactionStatistics.Lines(await stats.GetAsync(q, ct)), SatisfactionStatistics.Columns, "满意度统计", clock))
            .RequirePermission(Permissions.CaseView).WithTags("满意度").WithSummary("导出满意度统计（Excel）");
    }
}
