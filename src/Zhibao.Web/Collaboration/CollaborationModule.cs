using Microsoft.AspNetCore.Mvc;
using Zhibao.Data;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// 协作 (issue 9, “Collaboration”): joint operations and campaigns (/api/operations), requests between bodies (/api/requests),
/// entrusted and joint handling with the protection centres (/api/entrustments) and coordination meetings (/api/meetings).
/// Partner bodies (role 协作单位) reach only what is shared with their unit (ADR 0012).
/// </summary>
public static class CollaborationModule
{
    public static IServiceCollection AddCollaborationModule(this IServiceCollection services)
    {
        services.AddScoped<CollaborationAccess>();
        services.AddScoped<JointOperations>();
        services.AddScoped<CollaborationRequests>();
        services.AddScoped<Entrustments>();
        services.AddScoped<CoordinationMeetings>();
        services.AddScoped<CollaborationStatistics>();
        services.AddScoped<CollaborationLookups>();
        // Staff of the bureau (collaboration.view) or a partner body's users (collaboration.partner): what each sees is the data scope's.
        services.AddAuthorizationBuilder().AddPolicy(CollaborationAccess.ReadPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(Permissions.ClaimType, Permissions.CollaborationView) || c.User.HasClaim(Permissions.ClaimType, Permissions.CollaborationPartner)));
        return services;
    }

    public static void MapCollaborationModule(this IEndpointRouteBuilder app)
    {
        MapOperations(app.MapGroup("/api/operations").WithTags("联合执法与专项行动"));
        MapRequests(app.MapGroup("/api/requests").WithTags("协作请求"));
        MapEntrustments(app.MapGroup("/api/entrustments").WithTags("委托执法与联合办案"));
        MapMeetings(app.MapGroup("/api/meetings").WithTags("协调会"));
    }

    private static TBuilder RequireShared<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(CollaborationAccess.ReadPolicy);

    private static void MapOperations(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] OperationQuery q, JointOperations operations, CancellationToken ct) =>
                operations.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await operations.ListAsync(q, ct)))
            .RequireShared()
            .WithSummary("联合执法与专项行动列表（kind 类别、year 年度、unitId 牵头或参与单位及下级、phase planned/running/ended、search；协作单位只见本单位参加的行动）");
        api.MapGet("/export", async ([AsParameters] OperationQuery q, JointOperations operations, TimeProvider clock, CancellationToken ct) =>
                operations.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await operations.AllAsync(q, ct), JointOperations.Columns, "联合执法与专项行动", clock))
            .RequirePermission(Permissions.CollaborationView).WithSummary("导出联合执法与专项行动（Excel，按列表条件）");
        api.MapGet("/counts", async ([AsParameters] CollaborationCountsQuery q, CollaborationStatistics statistics, CollaborationAccess access, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                access.ValidateYearAndUnit(q.Year, q.UnitId, errors);
                return errors.Any ? errors.ToProblem() : Results.Ok(await statistics.CountsAsync(q.Year, q.UnitId, ct));
            })
            .RequirePermission(Permissions.CollaborationView)
            .WithSummary("协作年度统计（供统计分析与实施方案）：行动次数与成果，委托执法、联合办案件数（按受托单位）及办理结果，协作请求按类别与状态，协调会及后续任务");
        api.MapGet("/{id:int}", async (int id, JointOperations operations, CancellationToken ct) =>
                await operations.GetAsync(id, ct) is { } o ? Results.Ok(o) : NotFound("行动"))
            .RequireShared().WithSummary("行动详情：参与单位、目标、任务分工、各单位成果与关联案件（协作单位只见立案数，不见案件）");
        api.MapPost("/", async (OperationInput? input, JointOperations operations, CancellationToken ct) =>
                (await operations.CreateAsync(input, ct)).ToHttp("行动", o => Results.Created($"/api/operations/{o.Id}", o)))
            .RequirePermission(Permissions.CollaborationEdit)
            .WithSummary("登记联合执法或专项行动（类别、期间、牵头单位、参与单位、目标：市场/重点保护商标/重点领域/街镇、任务分工）");
        api.MapPut("/{id:int}", async (int id, OperationInput? input, JointOperations operations, CancellationToken ct) =>
                (await operations.UpdateAsync(id, input, ct)).ToHttp("行动"))
            .RequirePermission(Permissions.CollaborationEdit).WithSummary("修改行动方案（牵头单位；version 过期时 409；tasks 带 id 保留原任务）");
        api.MapPut("/{id:int}/tasks/{taskId:int}", async (int id, int taskId, TaskStatusInput? input, JointOperations operations, CancellationToken ct) =>
                (await operations.UpdateTaskAsync(id, taskId, input, ct)).ToHttp("任务"))
            .RequireShared().WithSummary("更新任务状态（任务承担单位，含协作单位；或牵头单位）");
        api.MapPost("/{id:int}/results", async (int id, OperationResultInput? input, JointOperations operations, CancellationToken ct) =>
                (await operations.AddResultAsync(id, input, ct)).ToHttp("行动"))
            .RequireShared()
            .WithSummary("填报行动成果（检查家次、查扣商品件数与货值、移送数；caseIds 关联本局立案的案件，每件案件在一次行动中只计一次，且线索须发现于行动开始之后；协作单位以本单位名义填报）");
        api.MapDelete("/{id:int}/results/{resultId:int}", async (int id, int resultId, JointOperations operations, CancellationToken ct) =>
                (await operations.DeleteResultAsync(id, resultId, ct)).ToHttp("成果记录"))
            .RequirePermission(Permissions.CollaborationEdit).WithSummary("删除误报的成果记录（牵头单位）");
        api.MapGet("/{id:int}/report", async (int id, JointOperations operations, CancellationToken ct) =>
                (await operations.ReportAsync(id, ct)).ToHttp("行动", f => Results.File(f.Content, GeneratedDocument.ContentType, f.FileName)))
            .RequirePermission(Permissions.CollaborationView).WithSummary("行动工作总结（.docx）：方案、分工及完成情况、成果、立案查处的案件、总结");
    }

    private static void MapRequests(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] RequestQuery q, CollaborationRequests requests, CancellationToken ct) =>
                requests.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await requests.ListAsync(q, ct)))
            .RequireShared()
            .WithSummary("协作请求列表（kind 类别、status pending/answered/overdue、direction sent/received、year、unitId、search；双方均可见）");
        api.MapGet("/export", async ([AsParameters] RequestQuery q, CollaborationRequests requests, TimeProvider clock, CancellationToken ct) =>
                requests.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await requests.AllAsync(q, ct), CollaborationRequests.Columns, "协作请求", clock))
            .RequireShared().WithSummary("导出协作请求（Excel，按列表条件）");
        api.MapGet("/{id:int}", async (int id, CollaborationRequests requests, CancellationToken ct) =>
                await requests.GetAsync(id, ct) is { } r ? Results.Ok(r) : NotFound("请求"))
            .RequireShared().WithSummary("请求详情：双方、关联案件、答复期限及依据、状态（待处理/已答复/逾期）、答复、附件");
        api.MapPost("/", async (RequestInput? input, CollaborationRequests requests, CancellationToken ct) =>
                (await requests.CreateAsync(input, ct)).ToHttp("请求", r => Results.Created($"/api/requests/{r.Id}", r)))
            .RequireShared()
            .WithSummary("发出或登记请求：京津冀协查、移送、通报、报请市局指导（须关联案件，案件标记为疑难）、技术咨询/技术调查、协助整理案卷；答复期限为日期或工作日数");
        api.MapPut("/{id:int}", async (int id, RequestInput? input, CollaborationRequests requests, CancellationToken ct) =>
                (await requests.UpdateAsync(id, input, ct)).ToHttp("请求"))
            .RequireShared().WithSummary("修改未答复的请求（发出方；version 过期时 409）");
        api.MapPost("/{id:int}/reply", async (int id, ReplyInput? input, CollaborationRequests requests, CancellationToken ct) =>
                (await requests.ReplyAsync(id, input, ct)).ToHttp("请求"))
            .RequireShared().WithSummary("答复请求（接收方；外部单位的答复如市局指导意见由本局登记；version 过期时 409）");
        api.MapPost("/{id:int}/files", async (int id, IFormFile? file, [FromForm] string? description, CollaborationRequests requests, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return (await requests.UploadAsync(id, file?.FileName, stream, description, ct)).ToHttp("请求");
            })
            .RequireShared().DisableAntiforgery().WithSummary("上传请求或答复的附件（multipart: file, description；大小与类型上限见系统设置）");
        api.MapGet("/{id:int}/files/{fileId:int}", async (int id, int fileId, CollaborationRequests requests, CancellationToken ct) =>
                await requests.FileAsync(id, fileId, ct) is { } f ? UploadedFiles.Serve(f.FileName, f.ContentType, f.Content) : NotFound("附件"))
            .RequireShared().WithSummary("查看或下载附件");
    }

    private static void MapEntrustments(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] EntrustmentQuery q, Entrustments entrustments, CancellationToken ct) =>
                entrustments.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await entrustments.ListAsync(q, ct)))
            .RequireShared()
            .WithSummary("委托执法与联合办案列表（kind entrusted/joint、status active/expired/completed/revoked、partnerUnitId、year、unitId、search；受托单位只见委托本单位的事项）");
        api.MapGet("/export", async ([AsParameters] EntrustmentQuery q, Entrustments entrustments, TimeProvider clock, CancellationToken ct) =>
                entrustments.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await entrustments.AllAsync(q, ct), Entrustments.Columns, "委托执法与联合办案", clock))
            .RequireShared().WithSummary("导出委托执法与联合办案（Excel，按列表条件）");
        api.MapGet("/{id:int}", async (int id, Entrustments entrustments, CancellationToken ct) =>
                await entrustments.GetAsync(id, ct) is { } e ? Results.Ok(e) : NotFound("委托"))
            .RequireShared().WithSummary("委托详情：案件基本情况（不含身份证号码、住址、证据）、委托范围与期限、共享材料、办理结果");
        api.MapPost("/", async (EntrustmentInput? input, Entrustments entrustments, CancellationToken ct) =>
                (await entrustments.CreateAsync(input, ct)).ToHttp("委托", e => Results.Created($"/api/entrustments/{e.Id}", e)))
            .RequirePermission(Permissions.CollaborationEdit)
            .WithSummary("委托执法或联合办案：案件（caseId）或事项（taskTitle）委托外部单位（保护中心），写明范围和期限；同一案件对同一单位只有一项办理中的委托（409）");
        api.MapPut("/{id:int}", async (int id, EntrustmentInput? input, Entrustments entrustments, CancellationToken ct) =>
                (await entrustments.UpdateAsync(id, input, ct)).ToHttp("委托"))
            .RequirePermission(Permissions.CollaborationEdit).WithSummary("修改办理中的委托（范围、期限、方式、受托单位；version 过期时 409）");
        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, EntrustmentActionInput? input, Entrustments entrustments, CancellationToken ct) =>
                (await entrustments.ActAsync(id, action, input, ct)).ToHttp("委托或操作"))
            .RequirePermission(Permissions.CollaborationEdit)
            .WithSummary("complete 办结（outcome 办理结果、completedOn）；revoke 撤回（reason），撤回后受托单位不再可见");
        api.MapPost("/{id:int}/results", async (int id, EntrustmentResultInput? input, Entrustments entrustments, CancellationToken ct) =>
                (await entrustments.AddResultAsync(id, input, ct)).ToHttp("委托"))
            .RequireShared().WithSummary("补充办理结果（受托单位在委托期限内，或委托单位）");
        api.MapPost("/{id:int}/files", async (int id, IFormFile? file, [FromForm] string? description, Entrustments entrustments, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return (await entrustments.UploadAsync(id, file?.FileName, stream, description, ct)).ToHttp("委托");
            })
            .RequireShared().DisableAntiforgery().WithSummary("补充材料（multipart: file, description；受托单位在委托期限内，或委托单位）");
        api.MapGet("/{id:int}/files/{fileId:int}", async (int id, int fileId, Entrustments entrustments, CancellationToken ct) =>
                await entrustments.FileAsync(id, fileId, ct) is { } f ? UploadedFiles.Serve(f.FileName, f.ContentType, f.Content) : NotFound("材料"))
            .RequireShared().WithSummary("查看或下载共享材料");
    }

    private static void MapMeetings(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] MeetingQuery q, CoordinationMeetings meetings, CancellationToken ct) =>
                meetings.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await meetings.ListAsync(q, ct)))
            .RequirePermission(Permissions.CollaborationView).WithSummary("协调会列表（year、unitId 召集或参会单位及下级、search）");
        api.MapGet("/export", async ([AsParameters] MeetingQuery q, CoordinationMeetings meetings, TimeProvider clock, CancellationToken ct) =>
                meetings.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await meetings.AllAsync(q, ct), CoordinationMeetings.Columns, "协调会", clock))
            .RequirePermission(Permissions.CollaborationView).WithSummary("导出协调会（Excel）");
        api.MapGet("/{id:int}", async (int id, CoordinationMeetings meetings, CancellationToken ct) =>
                await meetings.GetAsync(id, ct) is { } m ? Results.Ok(m) : NotFound("会议"))
            .RequirePermission(Permissions.CollaborationView).WithSummary("协调会详情：参会单位、议定事项、后续任务（责任单位、责任人、期限、状态）");
        api.MapPost("/", async (MeetingInput? input, CoordinationMeetings meetings, CancellationToken ct) =>
                (await meetings.CreateAsync(input, ct)).ToHttp("会议", m => Results.Created($"/api/meetings/{m.Id}", m)))
            .RequirePermission(Permissions.CollaborationEdit).WithSummary("登记协调会（日期、参会单位、议定事项、后续任务）");
        api.MapPut("/{id:int}", async (int id, MeetingInput? input, CoordinationMeetings meetings, CancellationToken ct) =>
                (await meetings.UpdateAsync(id, input, ct)).ToHttp("会议"))
            .RequirePermission(Permissions.CollaborationEdit).WithSummary("修改协调会及后续任务进展（召集单位；version 过期时 409）");
    }

    private static IResult NotFound(string what) => Platform.Admin.AdminModule.NotFound(what);
}
