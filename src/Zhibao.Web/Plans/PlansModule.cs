using Microsoft.AspNetCore.Mvc;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Cases;
using Zhibao.Web.Plans.Indicators;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Plans;

/// <summary>
/// 年度实施方案: the plan tree with live indicators, progress reports and their review, the appraisal, the work summary
/// (.docx), copying to a new year and comparing years — API beside the pages, same services.
/// </summary>
public static class PlansModule
{
    public static IServiceCollection AddPlansModule(this IServiceCollection services)
    {
        services.AddIndicatorFormulas();
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanEvaluator>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanProgress>();
        services.AddScoped<PlanAppraisal>();
        services.AddScoped<PlanSummaries>();
        services.AddSingleton<PlanReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanReminders>());
        return services;
    }

    public static void MapPlansModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("年度实施方案");
        MapPlans(api);
        MapStructure(api);
        MapProgress(api);
        MapAppraisal(api);
        MapSummaries(api);
    }

    private static void MapPlans(RouteGroupBuilder api)
    {
        api.MapGet("/", async (int? year, PlanService plans, CancellationToken ct) => Results.Ok(await plans.ListAsync(year, ct)))
            .RequirePermission(Permissions.PlanView).WithSummary("实施方案列表（本局及数据权限内各局，可按年度筛选）");
        api.MapGet("/formulas", (PlanService plans) => Results.Ok(plans.Formulas()))
            .RequirePermission(Permissions.PlanView).WithSummary("指标公式目录：编码、名称、单位、数据来源，connected=false 表示数据源未接入");
        api.MapGet("/compare", async (string? ids, PlanService plans, CancellationToken ct) => (await plans.CompareAsync(ids, ct)).ToHttp())
            .RequirePermission(Permissions.PlanView).WithSummary("年度对比：各方案（ids=1,2）同一指标的实时值、目标与状态");
        api.MapGet("/{id:int}", async (int id, PlanService plans, CancellationToken ct) =>
                await plans.GetAsync(id, ct) is { } plan ? Results.Ok(plan) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("实施方案详情：任务、措施、责任部门与责任人、时间安排、指标实时值与目标、红黄绿状态");
        api.MapPut("/{id:int}", async (int id, PlanEditInput input, PlanService plans, CancellationToken ct) => (await plans.UpdateAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("修改方案名称、引言、总体要求、报送周期（version 过期时 409）");
        api.MapPost("/{id:int}/publish", async (int id, VersionInput input, PlanService plans, CancellationToken ct) => (await plans.PublishAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("发布方案（草稿 → 已发布；已发布的 409）");
        api.MapPost("/{id:int}/copy", async (int id, CopyInput input, PlanService plans, CancellationToken ct) =>
                (await plans.CopyAsync(id, input, ct)).ToHttp(copy => Results.Created($"/api/plans/{copy.Id}", copy)))
            .RequirePermission(Permissions.PlanEdit).WithSummary("复制为新年度方案（{\"year\":2024}）：复制任务、措施与指标绑定，不复制工作进展；同局同年度已有方案时 409");
    }

    private static void MapStructure(RouteGroupBuilder api)
    {
        api.MapPost("/{id:int}/tasks", async (int id, TaskInput input, PlanService plans, CancellationToken ct) =>
                (await plans.AddTaskAsync(id, input, ct)).ToHttp(t => Results.Created($"/api/plans/{id}", t)))
            .RequirePermission(Permissions.PlanEdit).WithSummary("新增重点任务或工作要求（section: keyTask / requirement）");
        api.MapPut("/{id:int}/tasks/{taskId:int}", async (int id, int taskId, TaskInput input, PlanService plans, CancellationToken ct) =>
                (await plans.UpdateTaskAsync(id, taskId, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("修改任务（version 过期时 409）");
        api.MapDelete("/{id:int}/tasks/{taskId:int}", async (int id, int taskId, int? version, PlanService plans, CancellationToken ct) =>
                (await plans.DeleteTaskAsync(id, taskId, version, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("删除任务及其措施（?version=；已有工作进展的 409）");
        api.MapPost("/{id:int}/tasks/{taskId:int}/measures", async (int id, int taskId, MeasureInput input, PlanService plans, CancellationToken ct) =>
                (await plans.AddMeasureAsync(id, taskId, input, ct)).ToHttp(m => Results.Created($"/api/plans/{id}", m)))
            .RequirePermission(Permissions.PlanEdit)
            .WithSummary("新增工作措施：责任部门（本局单位或外部单位）、责任人、时间安排（schedule: year、monthly:5、quarterly、day:03-15、week:04-26、by:06-30，分号分隔）、权重");
        api.MapPut("/{id:int}/measures/{measureId:int}", async (int id, int measureId, MeasureInput input, PlanService plans, CancellationToken ct) =>
                (await plans.UpdateMeasureAsync(id, measureId, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("修改工作措施（含状态：notStarted、inProgress、completed、suspended；version 过期时 409）");
        api.MapDelete("/{id:int}/measures/{measureId:int}", async (int id, int measureId, int? version, PlanService plans, CancellationToken ct) =>
                (await plans.DeleteMeasureAsync(id, measureId, version, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("删除工作措施（?version=；已有工作进展的 409）");
        api.MapPost("/{id:int}/measures/{measureId:int}/indicators", async (int id, int measureId, IndicatorInput input, PlanService plans, CancellationToken ct) =>
                (await plans.AddIndicatorAsync(id, measureId, input, ct)).ToHttp(m => Results.Created($"/api/plans/{id}", m)))
            .RequirePermission(Permissions.PlanEdit).WithSummary("为措施绑定指标：公式编码（见 /api/plans/formulas）、目标值与比较方式（atLeast ≥、atMost ≤、equal =），不设目标为仅统计");
        api.MapPut("/{id:int}/indicators/{indicatorId:int}", async (int id, int indicatorId, IndicatorInput input, PlanService plans, CancellationToken ct) =>
                (await plans.UpdateIndicatorAsync(id, indicatorId, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("修改指标绑定（公式、目标、比较方式、名称、单位；version 过期时 409）");
        api.MapDelete("/{id:int}/indicators/{indicatorId:int}", async (int id, int indicatorId, int? version, PlanService plans, CancellationToken ct) =>
                (await plans.DeleteIndicatorAsync(id, indicatorId, version, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("解除指标绑定（?version=）");
    }

    private static void MapProgress(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/progress", async (int id, string? status, PlanProgress progress, CancellationToken ct) =>
                !string.IsNullOrWhiteSpace(status) && !Enum.TryParse<ProgressStatus>(status, ignoreCase: true, out _)
                    ? new FieldErrors().Add("status", "状态应为 submitted（待审核）、approved（审核通过）或 returned（已退回）").ToProblem()
                    : await progress.ListAsync(id, string.IsNullOrWhiteSpace(status) ? null : Enum.Parse<ProgressStatus>(status, ignoreCase: true), ct) is { } list
                        ? Results.Ok(list) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("方案的工作进展（status=submitted 为待审核）");
        api.MapGet("/{id:int}/measures/{measureId:int}/progress", async (int id, int measureId, PlanProgress progress, CancellationToken ct) =>
                await progress.ForMeasureAsync(id, measureId, ct) is { } list ? Results.Ok(list) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("措施的工作进展、可报送的期间、本人是否可报送");
        api.MapPost("/{id:int}/measures/{measureId:int}/progress", async (int id, int measureId, ProgressInput input, PlanProgress progress, CancellationToken ct) =>
                (await progress.SubmitAsync(id, measureId, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanReport)
            .WithSummary("报送工作进展（period: 2023-09 或 2023-Q3，text，figures[{name,value,unit}]）；修改待审核或被退回的进展须带 version");
        api.MapPost("/{id:int}/progress/{progressId:int}/review", async (int id, int progressId, ReviewInput input, PlanProgress progress, CancellationToken ct) =>
                (await progress.ReviewAsync(id, progressId, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanReview).WithSummary("审核工作进展（decision: approve 通过 / return 退回，退回须填写 comment）");
        api.MapPost("/{id:int}/progress/{progressId:int}/attachments", async (int id, int progressId, IFormFile? file, PlanProgress progress, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return (await progress.UploadAsync(id, progressId, file?.FileName, file?.ContentType, stream, ct)).ToHttp();
            })
            .RequirePermission(Permissions.PlanReport).DisableAntiforgery().WithSummary("上传工作进展附件（multipart: file），记录SHA-256");
        api.MapGet("/{id:int}/progress/{progressId:int}/attachments/{attachmentId:int}",
                async (int id, int progressId, int attachmentId, PlanProgress progress, CancellationToken ct) =>
                await progress.AttachmentAsync(id, progressId, attachmentId, ct) is { } a
                    ? Results.File(a.Content, a.ContentType, CaseAttachments.Previewable(a.ContentType) ? null : a.FileName)
                    : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("下载或预览工作进展附件");
    }

    private static void MapAppraisal(RouteGroupBuilder api)
    {
        api.MapGet("/{id:int}/appraisal", async (int id, PlanAppraisal appraisal, CancellationToken ct) =>
                await appraisal.GetAsync(id, ct) is { } view ? Results.Ok(view) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("绩效考核：各单位、各责任人得分及每一分的依据（指标值、工作进展、加分项、疑难案件报请市局指导、领导调整）");
        api.MapPut("/{id:int}/appraisal/scheme", async (int id, SchemeInput input, PlanAppraisal appraisal, CancellationToken ct) =>
                (await appraisal.UpdateSchemeAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("修改考核方案：完成/部分完成/未完成的得分比例、加分分值与上限（version 过期时 409）");
        api.MapPost("/{id:int}/appraisal/bonuses", async (int id, BonusInput input, PlanAppraisal appraisal, CancellationToken ct) =>
                (await appraisal.AddBonusAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("登记加分项：精品案件、典型案例、指导案例（推荐或采用）");
        api.MapPost("/{id:int}/appraisal/adjustments", async (int id, AdjustmentInput input, PlanAppraisal appraisal, CancellationToken ct) =>
                (await appraisal.AdjustAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanAppraise).WithSummary("局领导调整单位或个人得分（±20分以内，须填写理由，记入操作日志）");
    }

    private static void MapSummaries(RouteGroupBuilder api)
    {
        static IResult UnknownPeriod(string period) =>
            Results.Problem(statusCode: 404, title: "未找到", detail: $"未知的总结期间“{period}”，可选：year（年度）、mid-year（半年）");

        api.MapGet("/{id:int}/summaries/{period}", async (int id, string period, PlanSummaries summaries, CancellationToken ct) =>
                !PlanSummaries.IsPeriod(period) ? UnknownPeriod(period)
                : await summaries.GetAsync(id, period, ct) is { } view ? Results.Ok(view) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("工作总结（year 年度 / mid-year 半年）：按数据预填、已编辑的文本块保留");
        api.MapPut("/{id:int}/summaries/{period}", async (int id, string period, SummaryInput input, PlanSummaries summaries, CancellationToken ct) =>
                !PlanSummaries.IsPeriod(period) ? UnknownPeriod(period) : (await summaries.SaveAsync(id, period, input, ct)).ToHttp())
            .RequirePermission(Permissions.PlanEdit).WithSummary("保存工作总结文本块（空文本恢复为按数据生成；version 过期时 409）");
        api.MapGet("/{id:int}/summaries/{period}/document", async (int id, string period, PlanSummaries summaries, CancellationToken ct) =>
                !PlanSummaries.IsPeriod(period) ? UnknownPeriod(period)
                : await summaries.DocumentAsync(id, period, ct) is { } d ? Results.File(d.Content, GeneratedDocument.ContentType, d.FileName) : NotFound())
            .RequirePermission(Permissions.PlanView).WithSummary("生成工作总结（.docx，公文格式）");
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "未找到", detail: "实施方案或其内容不存在，或不在您的数据权限范围内");
}
