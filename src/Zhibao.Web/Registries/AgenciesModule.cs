using Zhibao.Data;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>代理机构: the register, credit commitments, breaches, inspections, coverage and submissions — API beside the pages.</summary>
public static class AgenciesModule
{
    public static IServiceCollection AddAgenciesModule(this IServiceCollection services)
    {
        services.AddScoped<AgencyRegistry>();
        services.AddScoped<AgencyCredit>();
        services.AddRegistryImport<AgencyImport>();
        services.AddSingleton<AgencyCommitmentReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<AgencyCommitmentReminders>());
        return services;
    }

    public static void MapAgenciesModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agencies").WithTags("代理机构").MapRegistryImport<AgencyImport>();
        api.MapGet("/", async ([AsParameters] AgencyQuery q, AgencyRegistry agencies, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await agencies.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("代理机构列表（kind=patent|trademark，commitment=signed|breached|missing|overdue，search 检索名称、代码、许可证号、备案号、代理师）");
        api.MapGet("/export", async ([AsParameters] AgencyQuery q, AgencyRegistry agencies, TimeProvider clock, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : ExcelExport.File(await agencies.AllAsync(q.Filter, ct), AgencyRegistry.Columns, "代理机构", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出代理机构（Excel，按列表条件）");
        api.MapGet("/{id:int}", async (int id, AgencyRegistry agencies, CancellationToken ct) =>
            await agencies.GetAsync(id, ct) is { } agency ? Results.Ok(agency) : AdminModule.NotFound("代理机构"))
            .RequirePermission(Permissions.RegistryView).WithSummary("详情：代理师、信用承诺与违诺记录、日常监管、失信记录、关联案件");
        api.MapGet("/{id:int}/history", async (int id, AgencyRegistry agencies, CancellationToken ct) =>
            await agencies.HistoryAsync(id, ct) is { } history ? Results.Ok(history) : AdminModule.NotFound("代理机构"))
            .RequirePermission(Permissions.RegistryView).WithSummary("修改记录（操作日志）");
        api.MapPost("/", async (AgencyInput input, AgencyRegistry agencies, CancellationToken ct) =>
            Saved(await agencies.CreateAsync(input, ct), created: true))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("登记代理机构（监管单位为本人所属区局；commitmentDueOn 可同时要求签署信用承诺书）；统一社会信用代码校验失败 400，重复 409");
        api.MapPut("/{id:int}", async (int id, AgencyInput input, AgencyRegistry agencies, CancellationToken ct) =>
            Saved(await agencies.UpdateAsync(id, input, ct), created: false))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("修改；version 过期 409");

        api.MapPost("/{id:int}/commitments", async (int id, CommitmentInput input, AgencyCredit credit, CancellationToken ct) =>
            Written(await credit.AddCommitmentAsync(id, input, ct), c => $"/api/agencies/{id}"))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("新增信用承诺：status=Unsigned（未签署，须 dueOn 应签署日期）或 Signed（已签署，须 signedOn）");
        api.MapPut("/{id:int}/commitments/{commitmentId:int}", async (int id, int commitmentId, CommitmentInput input, AgencyCredit credit, CancellationToken ct) =>
            Written(await credit.UpdateCommitmentAsync(id, commitmentId, input, ct), null))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("修改信用承诺（如登记签署）；已违反的承诺不能改回；version 过期 409");
        api.MapPost("/{id:int}/commitments/{commitmentId:int}/breaches", async (int id, int commitmentId, BreachInput input, AgencyCredit credit, CancellationToken ct) =>
            Written(await credit.AddBreachAsync(id, commitmentId, input, ct), b => $"/api/agencies/{id}"))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记违诺记录：承诺标记为已违反，记入代理机构失信记录");
        api.MapPost("/{id:int}/inspections", async (int id, InspectionInput input, AgencyCredit credit, CancellationToken ct) =>
            Written(await credit.AddInspectionAsync(id, input, ct), i => $"/api/agencies/{id}"))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记日常监管检查：日期、检查人员、检查情况、处理结果、后续处理");

        api.MapGet("/commitment-coverage", async (int? bureauId, AgencyCredit credit, CancellationToken ct) =>
            await credit.CoverageAsync(bureauId, ct) is { } coverage ? Results.Ok(coverage) : AdminModule.NotFound("区局"))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("代理机构信用承诺覆盖率：已签署且未违反的在业机构数 / 在业机构总数（默认本人所属区局）");
        api.MapGet("/commitments/missing", async (int? bureauId, AgencyCredit credit, CancellationToken ct) =>
            await credit.MissingAsync(bureauId, ct) is { } missing ? Results.Ok(missing) : AdminModule.NotFound("区局"))
            .RequirePermission(Permissions.RegistryView).WithSummary("尚未签署信用承诺书的在业代理机构（逾期者在前）");
        api.MapGet("/commitments/missing/export", async (int? bureauId, AgencyCredit credit, TimeProvider clock, CancellationToken ct) =>
            await credit.MissingAsync(bureauId, ct) is { } missing
                ? ExcelExport.File(missing, AgencyCredit.MissingColumns, "未签署信用承诺代理机构", clock)
                : AdminModule.NotFound("区局"))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出尚未签署信用承诺书的代理机构");
        api.MapGet("/commitments/submissions", async (AgencyCredit credit, CancellationToken ct) => Results.Ok(await credit.SubmissionsAsync(ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("信用承诺名单报送记录（本区局）");
        api.MapPost("/commitments/submissions", async (SubmissionInput input, AgencyCredit credit, CancellationToken ct) =>
                await credit.SubmitAsync(input, ct) switch
                {
                    ({ } submission, _) => Results.Created($"/api/agencies/commitments/submissions/{submission.Submission.Id}", submission),
                    (_, var errors) => errors.ToProblem(),
                })
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("登记向市局报送信用承诺名单：报送日期、接收单位（外部单位）、当时名单快照");
        api.MapGet("/commitments/submissions/{submissionId:int}", async (int submissionId, AgencyCredit credit, CancellationToken ct) =>
            await credit.SubmissionAsync(submissionId, ct) is { } submission ? Results.Ok(submission) : AdminModule.NotFound("报送记录"))
            .RequirePermission(Permissions.RegistryView).WithSummary("报送记录及其名单快照");
        api.MapGet("/commitments/submissions/{submissionId:int}/export", async (int submissionId, AgencyCredit credit, TimeProvider clock, CancellationToken ct) =>
            await credit.SubmissionAsync(submissionId, ct) is { } submission
                ? Results.File(ExcelExport.ToBytes(submission.Rows, AgencyCredit.SubmissionColumns, "信用承诺名单"), ExcelExport.ContentType,
                    $"代理机构信用承诺名单_{submission.Submission.SubmittedOn:yyyyMMdd}.xlsx")
                : AdminModule.NotFound("报送记录"))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出报送时的信用承诺名单（Excel）");
    }

    private static IResult Saved(AgencySaveResult result, bool created) => result switch
    {
        { NotFound: true } => AdminModule.NotFound("代理机构"),
        { Duplicate: { } duplicate } => RegistryText.Conflict("代理机构已存在", duplicate),
        { Agency: { } agency } => created ? Results.Created($"/api/agencies/{agency.Id}", agency) : Results.Ok(agency),
        _ => result.Errors.ToProblem(),
    };

    /// <summary>201 (with <paramref name="location"/>) or 200 with the item; 404; or 400 with the field errors.</summary>
    private static IResult Written<T>(AgencyWrite<T> result, Func<T, string>? location) where T : class => result switch
    {
        { NotFound: true } => AdminModule.NotFound("代理机构或信用承诺"),
        { Value: { } value } => location is null ? Results.Ok(value) : Results.Created(location(value), value),
        _ => result.Errors.ToProblem(),
    };

    public sealed record AgencyQuery(string? Kind, string? Search, string? Commitment, bool? Active, int? Page, int? PageSize)
    {
        public AgencyFilter Filter => new(AgencyRegistry.ParseKind(Kind), Search, CreditCommitmentRules.ParseState(Commitment), Active);

        public FieldErrors Validate()
        {
            var errors = Paging.Validate(Page, PageSize);
            if (!string.IsNullOrWhiteSpace(Kind) && AgencyRegistry.ParseKind(Kind) is null)
            {
                errors.Add("kind", $"代理机构类型“{Kind}”无效，应为 patent（专利代理机构）或 trademark（商标代理机构）");
            }
            if (!string.IsNullOrWhiteSpace(Commitment) && CreditCommitmentRules.ParseState(Commitment) is null)
            {
                errors.Add("commitment", $"信用承诺状态“{Commitment}”无效，可选：{string.Join("、", Enum.GetValues<CommitmentState>().Select(s => $"{s}（{CreditCommitmentRules.StateName(s)}）"))}");
            }
            return errors;
        }
    }
}
