using Zhibao.Data;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Intake;

/// <summary>
/// 线索管理 › 投诉举报 (ADR 0011): complaints, reports, assigned leads and transfers with their statutory clocks, actions,
/// conversion into cases, duplicates, the 12315 import and the counts by key sector. Reading needs case.view, working
/// them case.handle; a reporter's identity needs intake.informant.view.
/// </summary>
public static class IntakeModule
{
    public static IServiceCollection AddIntakeModule(this IServiceCollection services)
    {
        services.AddScoped<IntakeService>();
        services.AddScoped<IntakeActions>();
        services.AddRegistryImport<Intake12315Import>();
        services.AddSingleton<IntakeReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<IntakeReminders>());
        return services;
    }

    public static void MapIntakeModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/intake").WithTags("投诉举报");
        api.MapGet("/", async ([AsParameters] IntakeListQuery q, IntakeService intake, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : Results.Ok(await intake.ListAsync(filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.CaseView)
            .WithSummary("投诉举报列表（kind 可用逗号分隔多个；channel、sector、subject、status、clock=overdue|soon|running|none、receivedFrom/receivedTo、search；按数据权限；不含投诉人、举报人信息）");
        api.MapGet("/export", async ([AsParameters] IntakeListQuery q, IntakeService intake, TimeProvider clock, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await intake.AllAsync(filter, ct), IntakeService.Columns, "投诉举报", clock))
            .RequirePermission(Permissions.CaseView).WithSummary("导出投诉举报（Excel，与列表相同的筛选；不含投诉人、举报人身份信息）");
        api.MapGet("/counts", async (int? year, string? kind, IntakeService intake, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                var y = year ?? intake.Today.Year;
                if (y is < 2000 or > 2100)
                {
                    errors.Add("year", "年份须在2000到2100之间");
                }
                var kinds = ParseKinds(kind, errors);
                return errors.Any ? errors.ToProblem()
                    : Results.Ok(await intake.CountsAsync(y, kinds.Count > 0 ? kinds : IntakeTerms.ComplaintsAndReports, ct));
            })
            .RequirePermission(Permissions.CaseView)
            .WithSummary("按重点领域统计当年收到的投诉举报：收到、受理、不予受理、办结、转立案件、办结率（办结÷受理；kind 省略时为投诉和举报；按数据权限）");
        api.MapGet("/{id:int}", async (int id, IntakeService intake, CancellationToken ct) =>
                await intake.GetAsync(id, ct) is { } item ? Results.Ok(item)
                    : Results.Problem(statusCode: 404, title: "未找到", detail: "该件不存在或不在您的数据权限范围内"))
            .RequirePermission(Permissions.CaseView)
            .WithSummary("投诉举报详情：法定期限（含依据和计算过程）、可执行的操作、可能重复的件、转立案件、处理记录；举报人身份须有查看权限");
        api.MapPost("/", async (IntakeInput input, IntakeService intake, CancellationToken ct) =>
                (await intake.CreateAsync(input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.CaseHandle)
            .WithSummary("登记投诉、举报、上级交办或部门移送事项；同一文号/12315登记编号重复登记 409（含 existingId）");
        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, IntakeActionInput? input, IntakeActions actions, CancellationToken ct) =>
                (await actions.RunAsync(id, action, input ?? new IntakeActionInput(), ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle)
            .WithSummary("操作：accept（受理）、refuse（不予受理/不予立案，notes 为理由）、assign（officerId）、mediate（outcome=Agreed|NotAgreed）、found-lead、extend、convert（target=Penalty|Mediation）、merge（targetId）、reply（告知/反馈）、dispute（counterpart）、resolve（escalated）、close");
        api.MapPost("/{id:int}/files", async (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? description, IntakeActions actions,
                CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return (await actions.UploadAsync(id, file?.FileName, stream, description, ct)).ToHttp();
            })
            .RequirePermission(Permissions.CaseHandle).DisableAntiforgery()
            .WithSummary("上传材料（multipart: file, description；大小与类型上限见系统设置）");
        api.MapGet("/{id:int}/files/{fileId:int}", async (int id, int fileId, IntakeActions actions, CancellationToken ct) =>
                await actions.FileAsync(id, fileId, ct) is { } f ? UploadedFiles.Serve(f.FileName, f.ContentType, f.Content)
                    : Results.Problem(statusCode: 404, title: "未找到", detail: "材料不存在或不在您的数据权限范围内"))
            .RequirePermission(Permissions.CaseView).WithSummary("查看或下载材料");
        api.MapRegistryImport<Intake12315Import>();
    }

    internal static FieldErrors Validate(IntakeListQuery q, out IntakeFilter filter)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        var kinds = ParseKinds(q.Kind, errors);
        IntakeChannel? channel = null;
        if (!string.IsNullOrWhiteSpace(q.Channel))
        {
            if (IntakeTerms.TryParse(q.Channel, IntakeTerms.Name, out IntakeChannel c))
            {
                channel = c;
            }
            else
            {
                errors.Add("channel", $"未知的登记渠道“{q.Channel}”，可选：{Options<IntakeChannel>(IntakeTerms.Name)}");
            }
        }
        IntakeSubject? subject = null;
        if (!string.IsNullOrWhiteSpace(q.Subject))
        {
            if (IntakeTerms.TryParse(q.Subject, IntakeTerms.Name, out IntakeSubject s))
            {
                subject = s;
            }
            else
            {
                errors.Add("subject", $"未知的涉及客体“{q.Subject}”，可选：{Options<IntakeSubject>(IntakeTerms.Name)}");
            }
        }
        LeadStatus? status = null;
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            if (IntakeTerms.TryParse(q.Status, IntakeTerms.StatusName, out LeadStatus st) && IntakeStatuses.Contains(st))
            {
                status = st;
            }
            else
            {
                errors.Add("status", $"未知的状态“{q.Status}”，可选：{string.Join("、", IntakeStatuses.Select(x => $"{x}（{IntakeTerms.StatusName(x)}）"))}");
            }
        }
        ClockFilter? clockFilter = null;
        if (!string.IsNullOrWhiteSpace(q.Clock))
        {
            if (IntakeTerms.TryParse(q.Clock, ClockName, out ClockFilter cf))
            {
                clockFilter = cf;
            }
            else
            {
                errors.Add("clock", $"未知的期限状态“{q.Clock}”，可选：{Options<ClockFilter>(ClockName)}");
            }
        }
        if (q.ReceivedFrom > q.ReceivedTo)
        {
            errors.Add("receivedFrom", "起始日期不能晚于截止日期");
        }
        filter = new IntakeFilter(kinds, channel, LeadsBlank(q.Sector), subject, status, clockFilter, q.ReceivedFrom, q.ReceivedTo, q.Search);
        return errors;
    }

    /// <summary>The statuses intake items take (the abnormal-filing ones are not theirs).</summary>
    public static readonly LeadStatus[] IntakeStatuses = [LeadStatus.Received, LeadStatus.Accepted, LeadStatus.Refused, LeadStatus.Closed, LeadStatus.Merged];

    public static string ClockName(ClockFilter f) => f switch
    {
        ClockFilter.Overdue => "逾期",
        ClockFilter.Soon => "临期",
        ClockFilter.Running => "正常",
        _ => "无计时",
    };

    private static string Options<T>(Func<T, string> name) where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{v}（{name(v)}）"));

    private static string? LeadsBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static List<LeadKind> ParseKinds(string? text, FieldErrors errors)
    {
        var kinds = new List<LeadKind>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IntakeService.TryParseKind(part, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add("kind", $"未知的类型“{part}”，可选：{string.Join("、", IntakeTerms.Kinds.Select(k => $"{k}（{LeadWorkflow.Name(k)}）"))}");
            }
        }
        return kinds;
    }
}
