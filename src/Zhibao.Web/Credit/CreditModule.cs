using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Credit;

/// <summary>
/// 信用监管: grades (信用分级分类) computed from each party's records, the serious-violation list (严重违法失信名单) with its
/// 联合惩戒 measures, credit repair (信用修复) and the grading scheme. Reads need registry.view, changes registry.edit,
/// the scheme system.setting.edit.
/// </summary>
public static class CreditModule
{
    public static IServiceCollection AddCreditModule(this IServiceCollection services)
    {
        services.AddScoped<CreditSchemeStore>();
        services.AddScoped<PartyCredit>();
        services.AddScoped<SeriousViolationService>();
        services.AddScoped<CreditRepairService>();
        services.AddScoped<CreditGradeService>();
        return services;
    }

    public static void MapCreditModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/credit").WithTags("信用监管");
        MapListings(api);
        MapRepairs(api);

        api.MapGet("/grades", async ([AsParameters] GradeQuery q, CreditGradeService grades, CancellationToken ct) =>
                await q.ValidateAsync(grades, ct) is { Any: true } errors
                    ? errors.ToProblem()
                    : Results.Ok(await grades.ListAsync(q.Grade?.Trim(), q.Search, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("信用分级：按等级列出当事人及建议检查频次（不带 grade 时列出有扣分记录的当事人，按记分从高到低；counts 为各等级人数）");
        api.MapGet("/grades/export", async ([AsParameters] GradeQuery q, CreditGradeService grades, TimeProvider clock, CancellationToken ct) =>
                await q.ValidateAsync(grades, ct) is { Any: true } errors
                    ? errors.ToProblem()
                    : ExcelExport.File((await grades.ListAsync(q.Grade?.Trim(), q.Search, 1, ExcelExport.MaxRows, ct)).Items, CreditGradeService.Columns, "信用分级", clock))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("导出信用分级（Excel，按列表条件：等级、检索；含记分、建议检查频次与主要理由）");
        api.MapGet("/parties/{id:int}", async (int id, CreditGradeService grades, CancellationToken ct) =>
                await grades.PartyAsync(id, ct) is { } view ? Results.Ok(view) : AdminModule.NotFound("当事人"))
            .RequirePermission(Permissions.RegistryView).WithSummary("当事人信用：等级、理由（记录及记分）、建议检查频次、名单记录、信用修复");
        api.MapGet("/scheme", async (CreditSchemeStore schemes, CancellationToken ct) => Results.Ok(await schemes.GetViewAsync(ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("信用评价方案：等级及起始记分、各类记录的记分与计分年限、名单与修复期限");
        api.MapPut("/scheme", async (CreditSchemeInput? input, CreditSchemeStore schemes, CancellationToken ct) =>
                (await schemes.UpdateAsync(input, ct)).ToHttp(Results.Ok))
            .RequirePermission(Permissions.SettingEdit).WithSummary("修改信用评价方案（整体提交，带 version；校验失败 400 指明字段，版本过期 409）");
    }

    private static void MapListings(RouteGroupBuilder api)
    {
        api.MapGet("/serious-violations", async ([AsParameters] ListingQuery q, SeriousViolationService listings, CancellationToken ct) =>
                q.Validate() is { Any: true } errors ? errors.ToProblem() : Results.Ok(await listings.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("严重违法失信名单（检索当事人、代码、决定书文号；status：listed 列入中 / dueForRemoval 届满待移出 / removed 已移出；按数据权限）");
        api.MapGet("/serious-violations/export", async ([AsParameters] ListingQuery q, SeriousViolationService listings, TimeProvider clock, CancellationToken ct) =>
                q.Validate() is { Any: true } errors
                    ? errors.ToProblem()
                    : ExcelExport.File(await listings.AllAsync(q.Filter, ct), SeriousViolationService.Columns, "严重违法失信名单", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出严重违法失信名单（Excel，按列表条件）");
        api.MapGet("/serious-violations/{id:int}", async (int id, SeriousViolationService listings, CancellationToken ct) =>
                await listings.GetAsync(id, ct) is { } listing ? Results.Ok(listing) : AdminModule.NotFound("严重违法失信名单记录"))
            .RequirePermission(Permissions.RegistryView).WithSummary("名单记录详情，含联合惩戒措施");
        api.MapPost("/serious-violations", async (ListingInput? input, SeriousViolationService listings, CancellationToken ct) =>
                (await listings.CreateAsync(input, ct)).ToHttp(l => Results.Created($"/api/credit/serious-violations/{l.Id}", l)))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("列入严重违法失信名单（总局令第44号）：列入情形、较重行政处罚、决定书文号、列入日期；届满移出日期按列入满3年计算；文号重复 409");
        api.MapPost("/serious-violations/{id:int}/remove", async (int id, RemovalInput? input, SeriousViolationService listings, CancellationToken ct) =>
                (await listings.RemoveAsync(id, input, ct)).ToHttp(Results.Ok))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("移出名单：expired 列入满3年、early 列入满1年提前移出、revoked 处罚决定被撤销；早于列入或未满期限 400（引用条文）");
        api.MapGet("/serious-violations/{id:int}/joint-punishments", async (int id, SeriousViolationService listings, CancellationToken ct) =>
                await listings.JointPunishmentsAsync(id, ct) is { } list ? Results.Ok(list) : AdminModule.NotFound("严重违法失信名单记录"))
            .RequirePermission(Permissions.RegistryView).WithSummary("联合惩戒措施");
        api.MapPost("/serious-violations/{id:int}/joint-punishments", async (int id, JointPunishmentInput? input, SeriousViolationService listings, CancellationToken ct) =>
                (await listings.AddJointPunishmentAsync(id, input, ct)).ToHttp(j => Results.Created($"/api/credit/serious-violations/{id}/joint-punishments", j)))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记联合惩戒措施：措施、实施单位（外部单位）、实施日期");
    }

    private static void MapRepairs(RouteGroupBuilder api)
    {
        api.MapGet("/repairs", async ([AsParameters] RepairQuery q, CreditRepairService repairs, CancellationToken ct) =>
                q.Validate() is { Any: true } errors ? errors.ToProblem() : Results.Ok(await repairs.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("信用修复申请（decision：pending 待审核 / approved 准予修复 / rejected 不予修复；按数据权限）");
        api.MapGet("/repairs/{id:int}", async (int id, CreditRepairService repairs, CancellationToken ct) =>
                await repairs.GetAsync(id, ct) is { } repair ? Results.Ok(repair) : AdminModule.NotFound("信用修复申请"))
            .RequirePermission(Permissions.RegistryView).WithSummary("信用修复申请详情");
        api.MapPost("/repairs", async (RepairInput? input, CreditRepairService repairs, CancellationToken ct) =>
                (await repairs.ApplyAsync(input, ct)).ToHttp(r => Results.Created($"/api/credit/repairs/{r.Id}", r)))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("登记信用修复申请：行政处罚信息公示满6个月、名单列入满1年（提前移出）方可申请，须已履行处罚并提交守信承诺书");
        api.MapPost("/repairs/{id:int}/decide", async (int id, RepairDecisionInput? input, CreditRepairService repairs, CancellationToken ct) =>
                (await repairs.DecideAsync(id, input, ct)).ToHttp(Results.Ok))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("审核信用修复申请：准予（名单记录即提前移出；处罚记录不再计入信用等级）或不予修复");
    }

    /// <summary>A query filter naming an enum value: blank, its API name or its Chinese name; otherwise a field error listing the choices.</summary>
    private static FieldErrors KnownOrBlank<T>(FieldErrors errors, string field, string what, string? text, Func<T, string> chinese) where T : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(text) && CreditText.Parse(text, chinese) is null)
        {
            errors.Add(field, $"未知的{what}“{text}”，可选：{CreditText.Choices(chinese)}");
        }
        return errors;
    }

    public sealed record ListingQuery(string? Search, string? Status, int? Page, int? PageSize)
    {
        public ListingFilter Filter => new(Search, CreditText.Parse<ListingStatus>(Status, SeriousViolationList.StatusName));

        public FieldErrors Validate() => KnownOrBlank<ListingStatus>(Paging.Validate(Page, PageSize), "status", "名单状态", Status, SeriousViolationList.StatusName);
    }

    public sealed record RepairQuery(string? Search, string? Decision, int? Page, int? PageSize)
    {
        public RepairFilter Filter => new(Search, CreditText.Parse<RepairDecision>(Decision, CreditText.DecisionName));

        public FieldErrors Validate() => KnownOrBlank<RepairDecision>(Paging.Validate(Page, PageSize), "decision", "审核结果", Decision, CreditText.DecisionName);
    }

    public sealed record GradeQuery(string? Grade, string? Search, int? Page, int? PageSize)
    {
        public async Task<FieldErrors> ValidateAsync(CreditGradeService grades, CancellationToken ct)
        {
            var errors = Paging.Validate(Page, PageSize);
            if (!string.IsNullOrWhiteSpace(Grade))
            {
                var levels = await grades.GradesAsync(ct);
                if (!levels.Any(l => string.Equals(l.Code, Grade.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add("grade", $"未知的信用等级“{Grade}”，可选：{string.Join("、", levels.Select(l => $"{l.Code}（{l.Name}）"))}");
                }
            }
            return errors;
        }
    }
}
