using Zhibao.Data;
using Zhibao.Domain.Leads;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Leads;

/// <summary>
/// 线索管理: the lead entity shared by every kind of lead; this release registers and works the leads on abnormal patent
/// applications and malicious trademark registrations (seed task 4). Reading needs case.view, working them case.handle.
/// </summary>
public static class LeadsModule
{
    public static IServiceCollection AddLeadsModule(this IServiceCollection services)
    {
        services.AddScoped<LeadService>();
        services.AddRegistryImport<LeadImport>();
        return services;
    }

    public static void MapLeadsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/leads").WithTags("线索").MapRegistryImport<LeadImport>();
        api.MapGet("/", async ([AsParameters] LeadListQuery q, LeadService leads, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : Results.Ok(await leads.ListAsync(filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.CaseView)
            .WithSummary("线索列表（kind 可用逗号分隔多个；status、officerId、overdue、receivedFrom/receivedTo、search；按数据权限）");
        api.MapGet("/export", async ([AsParameters] LeadListQuery q, LeadService leads, TimeProvider clock, CancellationToken ct) =>
                Validate(q, out var filter) is { Any: true } errors ? errors.ToProblem()
                    : ExcelExport.File(await leads.AllAsync(filter, ct), LeadService.Columns, "线索", clock))
            .RequirePermission(Permissions.CaseView).WithSummary("导出线索（Excel，与列表相同的筛选）");
        api.MapGet("/categories", () => Results.Ok(new
            {
                abnormalPatentApplication = LeadCategories.AbnormalPatent,
                maliciousTrademarkApplication = LeadCategories.MaliciousTrademark,
            }))
            .RequirePermission(Permissions.CaseView)
            .WithSummary("核查认定情形：令第77号第三条八类非正常申请专利行为；总局令第17号第三条、第四条恶意商标注册情形（代码、名称、内容、依据）");
        api.MapGet("/abnormal-filings/monthly", async (int? year, string? kind, LeadService leads, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                var y = year ?? leads.Today.Year;
                if (y is < 2000 or > 2100)
                {
                    errors.Add("year", "年份须在2000到2100之间");
                }
                var kinds = ParseKinds(kind, errors);
                if (kinds.Any(k => !LeadWorkflow.AbnormalFilingKinds.Contains(k)))
                {
                    errors.Add("kind", "此统计只包括非正常专利申请和恶意商标注册线索");
                }
                return errors.Any ? errors.ToProblem()
                    : Results.Ok(await leads.MonthlyAsync(y, kinds.Count > 0 ? kinds : LeadWorkflow.AbnormalFilingKinds, ct));
            })
            .RequirePermission(Permissions.CaseView)
            .WithSummary("非正常专利申请和恶意商标注册线索按月统计：收到、核查、核查属实、反馈（按数据权限）");
        api.MapGet("/{id:int}", async (int id, LeadService leads, CancellationToken ct) =>
                await leads.GetAsync(id, ct) is { } lead ? Results.Ok(lead)
                    : Results.Problem(statusCode: 404, title: "未找到", detail: "线索不存在或不在您的数据权限范围内"))
            .RequirePermission(Permissions.CaseView).WithSummary("线索详情：反馈期限（含依据）、核查认定情形及依据、转立案件、处理记录");
        api.MapPost("/", async (LeadInput input, LeadService leads, CancellationToken ct) =>
                (await leads.CreateAsync(input, ct)).ToHttp(created: true))
            .RequirePermission(Permissions.CaseHandle)
            .WithSummary("登记非正常专利申请或恶意商标注册线索；同一交办单位的同一申请号重复登记 409（含 existingId）");
        api.MapPost("/{id:int}/actions/{action}", async (int id, string action, LeadActionInput? input, LeadService leads, CancellationToken ct) =>
                (await leads.RunAsync(id, action, input ?? new LeadActionInput(), ct)).ToHttp())
            .RequirePermission(Permissions.CaseHandle)
            .WithSummary("线索操作：assign（officerId）、check（result、categories、notes；属实须勾选认定情形）、report（reportedOn、replyNumber）、convert（转为行政处罚案件，核查属实后）");
    }

    private static FieldErrors Validate(LeadListQuery q, out LeadFilter filter)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        var kinds = ParseKinds(q.Kind, errors);
        LeadStatus? status = null;
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            if (LeadWorkflow.TryParse(q.Status, LeadWorkflow.Name, out LeadStatus parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add("status", $"未知的线索状态“{q.Status}”，可选：{string.Join("、", Enum.GetValues<LeadStatus>().Select(s => $"{s}（{LeadWorkflow.Name(s)}）"))}");
            }
        }
        if (q.ReceivedFrom > q.ReceivedTo)
        {
            errors.Add("receivedFrom", "起始日期不能晚于截止日期");
        }
        filter = new LeadFilter(kinds, status, q.OfficerId, q.Overdue, q.ReceivedFrom, q.ReceivedTo, q.Search);
        return errors;
    }

    private static List<LeadKind> ParseKinds(string? text, FieldErrors errors)
    {
        var kinds = new List<LeadKind>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LeadService.TryParseKind(part, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add("kind", $"未知的线索类型“{part}”，可选：{string.Join("、", Enum.GetValues<LeadKind>().Select(k => $"{k}（{LeadWorkflow.Name(k)}）"))}");
            }
        }
        return kinds;
    }
}
