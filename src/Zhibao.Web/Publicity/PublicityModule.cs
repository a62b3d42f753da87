using Zhibao.Data;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Publicity;

/// <summary>
/// 宣传 (issue 9, “Publicity”): events and trainings with photos, typical cases drafted from closed cases with personal data
/// removed, and the media log. The plan's indicators read <see cref="PublicityEvents.CountsAsync"/> and
/// <see cref="TypicalCases.CountsAsync"/> (or the /counts endpoints).
/// </summary>
public static class PublicityModule
{
    public static IServiceCollection AddPublicityModule(this IServiceCollection services)
    {
        services.AddScoped<PublicityEvents>();
        services.AddScoped<TypicalCases>();
        services.AddScoped<MediaReports>();
        return services;
    }

    public static void MapPublicityModule(this IEndpointRouteBuilder app)
    {
        MapEvents(app.MapGroup("/api/publicity/events").WithTags("宣传活动"));
        MapMedia(app.MapGroup("/api/publicity/media").WithTags("媒体报道"));
        MapTypicalCases(app.MapGroup("/api/typical-cases").WithTags("典型案例"));
    }

    private static void MapEvents(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] PublicityEventQuery q, PublicityEvents events, CancellationToken ct) =>
                events.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await events.ListAsync(q, ct)))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("宣传活动列表（type 活动类型、year 年度、unitId 单位及下级、search 名称/地点/总结，按数据权限）");
        api.MapGet("/export", async ([AsParameters] PublicityEventQuery q, PublicityEvents events, TimeProvider clock, CancellationToken ct) =>
                events.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await events.AllAsync(q, ct), PublicityEvents.Columns, "宣传活动", clock))
            .RequirePermission(Permissions.PublicityView).WithSummary("导出宣传活动（Excel，按列表条件）");
        api.MapGet("/counts", async ([AsParameters] CountsQuery q, PublicityEvents events, CurrentUser user, CancellationToken ct) =>
                YearAndUnit(q, user) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await events.CountsAsync(q.Year, q.UnitId, ct)))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("宣传活动年度统计（供实施方案指标）：按类型场次与人数、是否开展3·15和4·26宣传周活动、参加人数、覆盖企业数、走访问答数、媒体报道数与阅读量");
        api.MapGet("/{id:int}", async (int id, PublicityEvents events, CancellationToken ct) =>
                await events.GetAsync(id, ct) is { } e ? Results.Ok(e) : NotFound())
            .RequirePermission(Permissions.PublicityView).WithSummary("宣传活动详情：合办单位、覆盖企业、走访问答、照片与资料、媒体报道");
        api.MapPost("/", async (PublicityEventInput? input, PublicityEvents events, CancellationToken ct) =>
                (await events.CreateAsync(input, ct)).ToHttp("宣传活动", e => Results.Created($"/api/publicity/events/{e.Id}", e)))
            .RequirePermission(Permissions.PublicityEdit)
            .WithSummary("登记宣传活动或培训（3·15须在3月15日或注明系列活动；4·26宣传周为4月26日至5月2日；走访企业须记录走访人员和问答）");
        api.MapPut("/{id:int}", async (int id, PublicityEventInput? input, PublicityEvents events, CancellationToken ct) =>
                (await events.UpdateAsync(id, input, ct)).ToHttp("宣传活动"))
            .RequirePermission(Permissions.PublicityEdit).WithSummary("修改宣传活动（version 过期时 409）");
        api.MapPost("/{id:int}/files", async (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? kind,
                [Microsoft.AspNetCore.Mvc.FromForm] string? description, PublicityEvents events, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return (await events.UploadAsync(id, file?.FileName, stream, kind, description, ct)).ToHttp("宣传活动");
            })
            .RequirePermission(Permissions.PublicityEdit).DisableAntiforgery()
            .WithSummary("上传活动照片或资料（multipart: file, kind=photo|material, description；照片限 jpg/png，大小与类型上限见系统设置）");
        api.MapGet("/{id:int}/files/{fileId:int}", async (int id, int fileId, PublicityEvents events, CancellationToken ct) =>
                await events.FileAsync(id, fileId, ct) is { } f ? UploadedFiles.Serve(f.FileName, f.ContentType, f.Content) : NotFound())
            .RequirePermission(Permissions.PublicityView).WithSummary("查看或下载活动照片、资料");
        api.MapDelete("/{id:int}/files/{fileId:int}", async (int id, int fileId, PublicityEvents events, CancellationToken ct) =>
                (await events.DeleteFileAsync(id, fileId, ct)).ToHttp("照片或资料"))
            .RequirePermission(Permissions.PublicityEdit).WithSummary("删除活动照片或资料");
    }

    private static void MapMedia(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] MediaReportQuery q, MediaReports media, CancellationToken ct) =>
                media.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await media.ListAsync(q, ct)))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("媒体报道列表（year、channel 宣传渠道、eventId、typicalCaseId、unitId、search）");
        api.MapGet("/export", async ([AsParameters] MediaReportQuery q, MediaReports media, TimeProvider clock, CancellationToken ct) =>
                media.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await media.AllAsync(q, ct), MediaReports.Columns, "媒体报道", clock))
            .RequirePermission(Permissions.PublicityView).WithSummary("导出媒体报道（Excel）");
        api.MapPost("/", async (MediaReportInput? input, MediaReports media, CancellationToken ct) =>
                (await media.CreateAsync(input, ct)).ToHttp("媒体报道", r => Results.Created($"/api/publicity/media?eventId={r.EventId}", r)))
            .RequirePermission(Permissions.PublicityEdit)
            .WithSummary("登记媒体报道（渠道取数据字典“宣传渠道”：报刊、电视、广播、新媒体、门户网站…；可关联宣传活动或已发布的典型案例）");
    }

    private static void MapTypicalCases(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] TypicalCaseQuery q, TypicalCases cases, CancellationToken ct) =>
                cases.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await cases.ListAsync(q, ct)))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("典型案例列表（status 草稿/待审核/已退回/已审核/已发布、year 起草年度、unitId、search 标题或案号）");
        api.MapGet("/export", async ([AsParameters] TypicalCaseQuery q, TypicalCases cases, TimeProvider clock, CancellationToken ct) =>
                cases.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await cases.AllAsync(q, ct), TypicalCases.Columns, "典型案例", clock))
            .RequirePermission(Permissions.PublicityView).WithSummary("导出典型案例列表（Excel）");
        api.MapGet("/counts", async ([AsParameters] CountsQuery q, TypicalCases cases, CurrentUser user, CancellationToken ct) =>
                YearAndUnit(q, user) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await cases.CountsAsync(q.Year, q.UnitId, ct)))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("典型案例年度统计（供实施方案指标）：起草、审核通过、发布数，精品案件，向市局推荐典型案例/指导案例数及采纳数");
        api.MapGet("/{id:int}", async (int id, TypicalCases cases, CancellationToken ct) =>
                await cases.GetAsync(id, ct) is { } t ? Results.Ok(t) : NotFound())
            .RequirePermission(Permissions.PublicityView).WithSummary("典型案例详情：各部分文本、仍存在的个人信息（problems）、可执行的操作、发布与推荐情况");
        api.MapPost("/", async (TypicalCaseCreateInput? input, TypicalCases cases, CancellationToken ct) =>
                (await cases.CreateAsync(input, ct)).ToHttp("典型案例", t => Results.Created($"/api/typical-cases/{t.Id}", t)))
            .RequirePermission(Permissions.PublicityEdit)
            .WithSummary("由已结案的案件生成典型案例草稿（{\"caseId\":…}）：自然人姓名隐去为“张某”，删除身份证号码、住址和电话，企业名称依处罚信息公示规则保留或隐去");
        api.MapPut("/{id:int}", async (int id, TypicalCaseInput? input, TypicalCases cases, CancellationToken ct) =>
                (await cases.UpdateAsync(id, input, ct)).ToHttp("典型案例"))
            .RequirePermission(Permissions.PublicityEdit).WithSummary("修改典型案例文本（仅草稿或已退回；version 过期时 409）");
        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, TypicalCaseActionInput? input, TypicalCases cases, CancellationToken ct) =>
                (await cases.ActAsync(id, action, input, ct)).ToHttp("典型案例或操作"))
            .RequirePermission(Permissions.PublicityView)
            .WithSummary("典型案例操作：submit 提交审核；approve 审核通过、return 退回（须 comment），由知识产权科负责人或局领导进行；"
                + "publish 登记发布（channel、outlet、publishedOn、link、views）；recommend 推荐市局（recommendationKind、recommendedOn、result、resultOn、isFineCase）。"
                + "审核通过和发布前重新检查全文，仍有身份证号码、电话、地址、当事人姓名等个人信息时 409 并列出 problems");
        api.MapGet("/{id:int}/document", async (int id, TypicalCases cases, CancellationToken ct) =>
                (await cases.DocumentAsync(id, ct)).ToHttp("典型案例", f => Results.File(f.Content, GeneratedDocument.ContentType, f.FileName)))
            .RequirePermission(Permissions.PublicityView).WithSummary("导出典型案例（.docx，审核通过后）");
    }

    private static FieldErrors YearAndUnit(CountsQuery q, CurrentUser user)
    {
        var errors = new FieldErrors();
        PublicityScope.ValidateYearAndUnit(q.Year, q.UnitId, user, errors);
        return errors;
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "未找到", detail: "记录不存在或不在您的数据权限范围内");
}
