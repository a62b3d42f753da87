using Zhibao.Data;
using Zhibao.Domain.Markets;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Registries;

namespace Zhibao.Web.Markets;

/// <summary>
/// 名录管理 › 规范化市场. Reading needs registry.view, editing a market registry.edit; inspections, claims paid and
/// removals are field work recorded by officers, so they need case.handle.
/// </summary>
public static class MarketsModule
{
    public static IServiceCollection AddMarketsModule(this IServiceCollection services)
    {
        services.AddScoped<MarketRegistry>();
        services.AddRegistryImport<MarketImport>();
        return services;
    }

    public static void MapMarketsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/markets").WithTags("规范化市场").MapRegistryImport<MarketImport>();
        api.MapGet("/", async ([AsParameters] MarketQuery q, MarketRegistry markets, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : Results.Ok(await markets.ListAsync(filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("市场名录（search、kind、area、unitId、rating、standardised；含三项制度与规范化评定，按数据权限）");
        api.MapGet("/export", async ([AsParameters] MarketQuery q, MarketRegistry markets, TimeProvider clock, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await markets.AllAsync(filter, ct), MarketRegistry.Columns, "规范化市场", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出市场名录（Excel，按列表条件）");
        api.MapGet("/standardised-count", async (int? unitId, string? on, MarketRegistry markets, CancellationToken ct) =>
                !RegistryText.TryParseDate(on, out var day)
                    ? new FieldErrors().Add("on", "日期格式应为 yyyy-MM-dd").ToProblem()
                    : await markets.StandardisedCountAsync(unitId, day, ct) is { } count ? Results.Ok(count) : AdminModule.NotFound("单位"))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("规范化市场数（计划指标）：count 为评定为规范化（含示范）的市场数，total 为市场总数，另含三项制度已建立的市场数；不带 unitId 为全局");
        api.MapGet("/{id:int}", async (int id, MarketRegistry markets, CancellationToken ct) =>
                await markets.GetAsync(id, ct) is { } market ? Results.Ok(market) : AdminModule.NotFound("市场"))
            .RequirePermission(Permissions.RegistryView).WithSummary("市场详情：三项制度、检查、先行赔付、假冒离场记录、规范化评定及理由");
        api.MapPost("/", async (MarketInput input, MarketRegistry markets, CancellationToken ct) =>
                (await markets.CreateAsync(input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记市场；名称重复 409");
        api.MapPut("/{id:int}", async (int id, MarketInput input, MarketRegistry markets, CancellationToken ct) =>
                (await markets.UpdateAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.RegistryEdit).WithSummary("修改市场及三项制度状态（version 过期 409）");
        api.MapPost("/{id:int}/inspections", async (int id, InspectionInput input, MarketRegistry markets, CancellationToken ct) =>
                (await markets.AddInspectionAsync(id, input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.CaseHandle).WithSummary("登记检查及结果（合格、限期整改、不合格）");
        api.MapPost("/{id:int}/compensation-claims", async (int id, CompensationClaimInput input, MarketRegistry markets, CancellationToken ct) =>
                (await markets.AddClaimAsync(id, input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.CaseHandle).WithSummary("登记先行赔付（日期、金额）");
        api.MapPost("/{id:int}/removals", async (int id, RemovalInput input, MarketRegistry markets, CancellationToken ct) =>
                (await markets.AddRemovalAsync(id, input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.CaseHandle).WithSummary("登记假冒离场（清退经营户、日期）");
    }

    private static FieldErrors Validate(MarketQuery q, out MarketFilter filter)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        var kind = MarketKinds.Parse(q.Kind);
        if (!string.IsNullOrWhiteSpace(q.Kind) && kind is null)
        {
            errors.Add("kind", $"市场类型“{q.Kind}”无效，可选：{string.Join("、", Enum.GetValues<MarketKind>().Select(k => $"{k}（{MarketKinds.Name(k)}）"))}");
        }
        MarketRatingLevel? rating = null;
        if (!string.IsNullOrWhiteSpace(q.Rating))
        {
            rating = Enum.GetValues<MarketRatingLevel>().Cast<MarketRatingLevel?>().FirstOrDefault(l =>
                string.Equals(l.ToString(), q.Rating.Trim(), StringComparison.OrdinalIgnoreCase) || MarketRating.Name(l!.Value) == q.Rating.Trim());
            if (rating is null)
            {
                errors.Add("rating", $"评定“{q.Rating}”无效，可选：{string.Join("、", Enum.GetValues<MarketRatingLevel>().Select(l => $"{l}（{MarketRating.Name(l)}）"))}");
            }
        }
        filter = new MarketFilter(q.Search, kind, q.Area, q.UnitId, rating, q.Standardised);
        return errors;
    }
}
