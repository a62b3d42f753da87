using Zhibao.Data;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Cases;

/// <summary>案件办理: the case core and penalty cases — API beside the pages, same services.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCasesModule(this IServiceCollection services)
    {
        services.AddScoped<CaseService>();
        services.AddScoped<CaseList>();
        services.AddScoped<CaseActions>();
        services.AddScoped<PenaltyActionRules>();
        services.AddScoped<ICaseKind, PenaltyKind>();
        services.AddScoped<ICaseKind, AdjudicationKind>();
        services.AddScoped<ICaseKind, MediationKind>();
        services.AddScoped<CaseKinds>();
        services.AddScoped<AdjudicationService>();
        services.AddScoped<MediationService>();
        services.AddScoped<CaseLookups>();
        services.AddScoped<CaseAttachments>();
        services.AddScoped<Todos>();
        services.AddScoped<CaseDocuments>();
        services.AddScoped<CaseReferrals>();
        services.AddScoped<CaseMembers>();
        services.AddSingleton<DeadlineReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineReminders>());
        return services;
    }

    public static void MapCasesModule(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/penalty-cases", async (PenaltyCaseInput input, CaseService cases, CancellationToken ct) =>
                await cases.CreatePenaltyAsync(input, ct) is var (created, errors) && created is not null
                    ? Results.Created($"/api/cases/{created.Id}", created) : errors.ToProblem())
            .RequirePermission(Permissions.CaseHandle).WithTags("案件").WithSummary("登记行政处罚案件线索");

        app.MapPost("/api/adjudication-cases", async (AdjudicationCaseInput input, AdjudicationService adjudications, CancellationToken ct) =>
                await adjudications.CreateAsync(input, ct) is var (created, errors) && created is not null
                    ? Results.Created($"/api/cases/{created.Id}", created) : errors.ToProblem())
            .RequirePermission(Permissions.CaseHandle).WithTags("专利纠纷行政裁决").WithSummary("登记专利侵权纠纷处理请求（令第81号第十五条）");
        app.MapGet("/api/adjudication-cases/backlog", async (int? year, AdjudicationService adjudications, CancellationToken ct) =>
                Results.Ok(await adjudications.BacklogAsync(year, ct)))
            .RequirePermission(Permissions.CaseView).WithTags("专利纠纷行政裁决").WithSummary("“消零”看板：积案、逾期、临期、案龄、结案率、平均和P90办理天数");
        app.MapPost("/api/mediations", async (MediationInput input, MediationService mediations, CancellationToken ct) =>
                await mediations.CreateAsync(input, ct) is var (created, errors) && created is not null
                    ? Results.Created($"/api/mediations/{created.Id}", created) : errors.ToProblem())
            .RequirePermission(Permissions.CaseHandle).WithTags("调解").WithSummary("登记调解申请（行政调解、人民调解、行业调解、司法调解）");
        app.MapGet("/api/mediations/{id:int}", async (int id, CaseService cases, CancellationToken ct) =>
                await cases.GetAsync(id, ct) is { Kind: Zhibao.Data.Entities.CaseKind.Mediation } c ? Results.Ok(c) : NotFound())
            .RequirePermission(Permissions.CaseView).WithTags("调解").WithSummary("调解详情（含 mediation.judicialConfirmation 的期限）；操作走 /api/cases/{id}/actions/{action}");

        app.MapGet("/api/todos", async (int? take, Todos todos, CancellationToken ct) => Results.Ok(await todos.GetAsync(Math.Clamp(take ?? 20, 1, 100), ct)))
            .RequireAuthorization().WithTags("待办").WithSummary("我的待办：待我审批、我的案件期限、未读站内信");
        app.MapPost("/api/notifications/{id:long}/read", async (long id, Todos todos, CancellationToken ct) =>
                await todos.MarkReadAsync(id, ct) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "未找到", detail: "消息不存在"))
            .RequireAuthorization().WithTags("待办").WithSummary("标记站内信已读");

        var api = app.MapGroup("/api/cases").WithTags("案件");
        api.MapGet("/", async ([AsParameters] CaseListQuery q, CaseList list, CancellationToken ct) =>
                CaseList.Validate(q) is { Any: true } errors ? errors.ToProblem() : Results.Ok(await list.ListAsync(q, ct)))
            .RequirePermission(Permissions.CaseView).WithSummary("案件列表（筛选、搜索、分页，按数据权限）");
        api.MapGet("/export", async ([AsParameters] CaseListQuery q, CaseList list, TimeProvider clock, CancellationToken ct) =>
                CaseList.Validate(q) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await list.AllAsync(q, ct), CaseList.Columns, "案件列表", clock))
            .RequirePermission(Permissions.CaseView).WithSummary("导出案件列表（与列表相同的筛选）");
        api.MapGet("/{id:int}", async (int id, CaseService cases, CancellationToken ct) =>
                await cases.GetAsync(id, ct) is { } c ? Results.Ok(c) : NotFound())
            .RequirePermission(Permissions.CaseView).WithSummary("案件详情：期限（含依据）、审批、证据、流程记录");
        api.MapPut("/{id:int}", async (int id, CaseEditInput input, CaseService cases, CancellationToken ct) =>
                await cases.EditAsync(id, input, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ } c, _, _) => Results.Ok(c),
                    (_, var errors, _) => errors.ToProblem(),
                })
            .RequirePermission(Permissions.CaseHandle).WithSummary("修改案件基本信息（version 过期时 409）");
        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, CaseActionInput? input, CaseActions actions, CancellationToken ct) =>
                (await actions.RunAsync(id, action, input ?? new CaseActionInput(), ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle)
            .WithSummary("办案操作。行政处罚：file、decline、pause、resume、extend、review、notify、request-hearing、end-hearing、decide、serve、record-payment、publish、close、archive；专利纠纷行政裁决：request-correction、correct、file、decline、pause、resume、extend、serve-request、receive-answer、serve-answer、schedule-hearing、hold-hearing、close、serve-decision、record-lawsuit、apply-enforcement、publish；调解：send-notice、record-reply、file、decline、record-session、agree、fail、apply-confirmation、court-accept、court-extend、court-rule、notarise、close");
        api.MapPost("/{id:int}/approvals/{approvalId:int}/approve", async (int id, int approvalId, ApprovalDecisionInput? input, CaseActions actions, CancellationToken ct) =>
                (await actions.ApproveAsync(id, approvalId, input ?? new ApprovalDecisionInput(null, null), ct)).ToHttp())
            .RequirePermission(Permissions.CaseView).WithSummary("审批通过（执行所审批的操作）");
        api.MapPost("/{id:int}/approvals/{approvalId:int}/return", async (int id, int approvalId, ApprovalDecisionInput? input, CaseActions actions, CancellationToken ct) =>
                (await actions.ReturnAsync(id, approvalId, input ?? new ApprovalDecisionInput(null, null), ct)).ToHttp())
            .RequirePermission(Permissions.CaseView).WithSummary("审批退回（须填写意见）");
        MapAttachments(api);
        api.MapPost("/{id:int}/parties", async (int id, CasePartyInput input, CaseMembers members, CancellationToken ct) =>
                (await members.AddPartyAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("添加当事人/权利人/投诉人（从当事人名录选择）");
        api.MapDelete("/{id:int}/parties/{casePartyId:int}", async (int id, int casePartyId, CaseMembers members, CancellationToken ct) =>
                (await members.RemovePartyAsync(id, casePartyId, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("移除当事人");
        api.MapPost("/{id:int}/rights", async (int id, CaseRightInput input, CaseMembers members, CancellationToken ct) =>
                (await members.AddRightAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("添加涉案权利（商标注册号与类别、专利号校验）");
        api.MapDelete("/{id:int}/rights/{rightId:int}", async (int id, int rightId, CaseMembers members, CancellationToken ct) =>
                (await members.RemoveRightAsync(id, rightId, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("移除涉案权利");
        api.MapPut("/{id:int}/officers", async (int id, CaseOfficersInput input, CaseMembers members, CancellationToken ct) =>
                (await members.SetOfficersAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("调整办案人员（持有效执法证，立案后不少于两名）");
        api.MapPut("/{id:int}/criminal-amounts", async (int id, CriminalAmountsInput input, CaseReferrals referrals, CancellationToken ct) =>
                await referrals.SaveAmountsAsync(id, input, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ } c, _, _) => Results.Ok(c),
                    (_, var errors, _) => errors.ToProblem(),
                })
            .RequirePermission(Permissions.CaseHandle).WithSummary("登记涉案数额（法释〔2025〕5号），返回涉刑研判");
        api.MapPost("/{id:int}/referrals", async (int id, ReferralInput input, CaseReferrals referrals, CancellationToken ct) =>
                (await referrals.ReportAsync(id, input, ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle).WithSummary("报请移送涉嫌犯罪案件（国务院令第310号）");
        api.MapPost("/{id:int}/referrals/{referralId:int}/actions/{action}",
                async (int id, int referralId, string action, ReferralActionInput? input, CaseReferrals referrals, CancellationToken ct) =>
                (await referrals.ActAsync(id, referralId, action, input ?? new ReferralActionInput(null, null, null, null), ct)).ToHttp())
            .RequirePermission(Permissions.CaseView) // approve/refuse need case.referral-approve, the other steps case.handle
            .WithSummary("移送各环节：approve、refuse、transfer、receive、police-file、police-decline、request-reconsideration、reconsideration-file、reconsideration-decline、request-supervision、supervision-file、hand-over-goods、return、conclude");
        MapDocuments(app, api);
    }

    private static void MapAttachments(RouteGroupBuilder api)
    {
        api.MapPost("/{id:int}/attachments", async (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? category,
                [Microsoft.AspNetCore.Mvc.FromForm] string? description, CaseAttachments attachments, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return await attachments.UploadAsync(id, file?.FileName, file?.ContentType, stream, category, description, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ } c, _, _) => Results.Ok(c),
                    (_, var errors, _) => errors.ToProblem(),
                };
            })
            .RequirePermission(Permissions.CaseHandle).DisableAntiforgery().WithSummary("上传证据或附件（multipart: file, category, description），记录SHA-256");
        api.MapGet("/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, CaseAttachments attachments, CancellationToken ct) =>
                await attachments.GetAsync(id, attachmentId, ct) is { } a
                    // Images and PDFs open in the browser (preview); other files download under their name.
                    ? Results.File(a.Content, a.ContentType, CaseAttachments.Previewable(a.ContentType) ? null : a.FileName, enableRangeProcessing: true)
                    : NotFound())
            .RequirePermission(Permissions.CaseView).WithSummary("下载或预览附件");
        api.MapDelete("/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, string? reason, CaseAttachments attachments, CancellationToken ct) =>
                await attachments.DeleteAsync(id, attachmentId, reason, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ } c, _, _) => Results.Ok(c),
                    (_, var errors, _) => errors.ToProblem(),
                })
            .RequirePermission(Permissions.CaseHandle).WithSummary("删除附件（仅标记删除并记录原因，?reason=）");
    }

    private static void MapDocuments(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        static IResult UnknownKind(string kind) => Results.Problem(statusCode: 404, title: "未找到",
            detail: $"未知的文书种类“{kind}”，可选：{string.Join("、", Enum.GetNames<Zhibao.Documents.CaseDocumentKind>())}");

        api.MapGet("/{id:int}/documents/{kind}", async (int id, string kind, CaseDocuments documents, CancellationToken ct) =>
                !CaseDocuments.TryParseKind(kind, out var k) ? UnknownKind(kind)
                : await documents.GenerateAsync(id, k, file: false, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ } d, _, _) => Results.File(d.Content, GeneratedDocument.ContentType, d.FileName),
                    (_, var error, _) => Results.Problem(statusCode: 409, title: "暂不能制作该文书", detail: error),
                })
            .RequirePermission(Permissions.CaseView).WithSummary("按当前案情生成文书（.docx，不存档）");
        api.MapPost("/{id:int}/documents/{kind}", async (int id, string kind, CaseDocuments documents, CaseService cases, CancellationToken ct) =>
                !CaseDocuments.TryParseKind(kind, out var k) ? UnknownKind(kind)
                : await documents.GenerateAsync(id, k, file: true, ct) switch
                {
                    (_, _, true) => NotFound(),
                    ({ }, _, _) => Results.Ok(await cases.GetAsync(id, ct)),
                    (_, var error, _) => Results.Problem(statusCode: 409, title: "暂不能制作该文书", detail: error),
                })
            .RequirePermission(Permissions.CaseHandle).WithSummary("制作文书并归入案卷（文书类附件，记录SHA-256）");

        var templates = app.MapGroup("/api/document-templates").WithTags("文书模板");
        templates.MapGet("/", (CaseDocuments documents, CancellationToken ct) => documents.TemplatesAsync(ct))
            .RequirePermission(Permissions.CaseView).WithSummary("文书模板及其占位符");
        templates.MapGet("/{kind}", async (string kind, CaseDocuments documents, CancellationToken ct) =>
                !CaseDocuments.TryParseKind(kind, out var k) ? UnknownKind(kind)
                : await documents.TemplateFileAsync(k, ct) is var d ? Results.File(d.Content, GeneratedDocument.ContentType, d.FileName) : null)
            .RequirePermission(Permissions.CaseView).WithSummary("下载当前模板");
        templates.MapGet("/{kind}/preview", async (string kind, CaseDocuments documents, CancellationToken ct) =>
                !CaseDocuments.TryParseKind(kind, out var k) ? UnknownKind(kind)
                : await documents.PreviewAsync(k, ct) is var d ? Results.File(d.Content, GeneratedDocument.ContentType, d.FileName) : null)
            .RequirePermission(Permissions.CaseView).WithSummary("用样例数据预览模板");
        templates.MapPut("/{kind}", async (string kind, IFormFile? file, CaseDocuments documents, CancellationToken ct) =>
            {
                if (!CaseDocuments.TryParseKind(kind, out var k))
                {
                    return UnknownKind(kind);
                }
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                var errors = await documents.UploadAsync(k, file?.FileName, stream, ct);
                return errors.Any ? errors.ToProblem() : Results.NoContent();
            })
            .RequirePermission(Permissions.DocumentTemplateEdit).DisableAntiforgery().WithSummary("上传替换模板（multipart: file，.docx，占位符须可识别）");
        templates.MapDelete("/{kind}", async (string kind, CaseDocuments documents, CancellationToken ct) =>
            {
                if (!CaseDocuments.TryParseKind(kind, out var k))
                {
                    return UnknownKind(kind);
                }
                await documents.ResetAsync(k, ct);
                return Results.NoContent();
            })
            .RequirePermission(Permissions.DocumentTemplateEdit).WithSummary("恢复系统默认模板");
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "未找到", detail: "案件不存在或不在您的数据权限范围内");
}
