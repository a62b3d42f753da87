using Zhibao.Data;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>名录: officers (执法人员) and parties (当事人) — API beside the pages, same handlers.</summary>
public static class RegistriesModule
{
    public static IServiceCollection AddRegistriesModule(this IServiceCollection services)
    {
        services.AddScoped<OfficerRegistry>();
        services.AddScoped<PartyRegistry>();
        services.AddScoped<TrainingRegistry>();
        services.AddSingleton<CertificateExpiryWarnings>();
        services.AddHostedService(sp => sp.GetRequiredService<CertificateExpiryWarnings>());
        services.AddRegistryImport<PartyImport>();
        services.AddRegistryImport<OfficerImport>();
        return services;
    }

    public static void MapRegistriesModule(this IEndpointRouteBuilder app)
    {
        MapOfficers(app.MapGroup("/api/officers").WithTags("执法人员").MapRegistryImport<OfficerImport>());
        MapParties(app.MapGroup("/api/parties").WithTags("当事人").MapRegistryImport<PartyImport>());
        MapTrainings(app.MapGroup("/api/trainings").WithTags("业务培训"));
    }

    private static void MapTrainings(RouteGroupBuilder api)
    {
        api.MapGet("/", async (string? keyword, int? page, int? pageSize, TrainingRegistry trainings, CancellationToken ct) =>
            Paging.Validate(page, pageSize) is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await trainings.ListAsync(keyword, page ?? 1, pageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("业务培训列表（名称或主办单位检索；含报名、出勤人数与记入学时）");
        api.MapGet("/{id:int}", async (int id, TrainingRegistry trainings, CancellationToken ct) =>
            await trainings.GetAsync(id, ct) is { } training ? Results.Ok(training) : AdminModule.NotFound("培训"))
            .RequirePermission(Permissions.RegistryView).WithSummary("培训详情：参训人员、出勤与记入学时");
        api.MapPost("/", async (TrainingInput input, TrainingRegistry trainings, CancellationToken ct) =>
            await trainings.CreateAsync(input, ct) is var (training, errors) && training is not null
                ? Results.Created($"/api/trainings/{training.Session.Id}", training) : errors.ToProblem())
            .RequirePermission(Permissions.RegistryEdit).WithSummary("安排培训（名称、日期、学时、主办单位），可同时报名执法人员 officerIds");
        api.MapPost("/{id:int}/enrolments", async (int id, EnrolmentInput input, TrainingRegistry trainings, CancellationToken ct) =>
            Training(await trainings.EnrolAsync(id, input, ct)))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("为培训报名执法人员（已报名的不变）");
        api.MapPost("/{id:int}/attendance", async (int id, AttendanceInput input, TrainingRegistry trainings, CancellationToken ct) =>
            Training(await trainings.RecordAttendanceAsync(id, input, ct)))
            .RequirePermission(Permissions.RegistryEdit)
            .WithSummary("培训举行后登记出勤：records [{officerId, attended, hours?, certificateNumber?}]，出勤者记入学时（默认为培训学时），缺勤记0");
    }

    private static IResult Training((TrainingDetail? Training, FieldErrors Errors, bool NotFound) result) => result switch
    {
        (_, _, true) => AdminModule.NotFound("培训"),
        ({ } training, _, _) => Results.Ok(training),
        (_, var errors, _) => errors.ToProblem(),
    };

    private static void MapOfficers(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] OfficerQuery q, OfficerRegistry officers, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await officers.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("执法人员列表（按数据权限过滤，含执法证状态）");
        api.MapGet("/export", async ([AsParameters] OfficerQuery q, OfficerRegistry officers, TimeProvider clock, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : ExcelExport.File(await officers.AllAsync(q.Filter, ct), OfficerRegistry.Columns, "执法人员", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出执法人员（Excel，按列表条件）");
        api.MapGet("/qualified-count", async (int? unitId, string? on, OfficerRegistry officers, CancellationToken ct) =>
            !RegistryText.TryParseDate(on, out var day)
                ? new FieldErrors().Add("on", "日期格式应为 yyyy-MM-dd").ToProblem()
                : await officers.QualifiedCountAsync(unitId, day, ct) is { } count ? Results.Ok(count) : AdminModule.NotFound("单位"))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("具备知识产权执法资格人数：不带 unitId 为全局（含目标≥5），带 unitId 为该单位及下级（不设目标）");
        api.MapGet("/assignable", async (string? on, int? unitId, OfficerRegistry officers, CancellationToken ct) =>
            !RegistryText.TryParseDate(on, out var day)
                ? new FieldErrors().Add("on", "日期格式应为 yyyy-MM-dd").ToProblem()
                : Results.Ok(await officers.AssignableAsync(day ?? officers.Today, unitId, ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("当日持有效执法证、可承办案件的执法人员");
        api.MapGet("/{id:int}", async (int id, OfficerRegistry officers, CancellationToken ct) =>
            await officers.GetAsync(id, ct) is { } officer ? Results.Ok(officer) : AdminModule.NotFound("执法人员"))
            .RequirePermission(Permissions.RegistryView);
        api.MapPost("/", async (OfficerInput input, OfficerRegistry officers, CancellationToken ct) =>
            await officers.CreateAsync(input, ct) is var (officer, errors) && officer is not null
                ? Results.Created($"/api/officers/{officer.Id}", officer) : errors.ToProblem())
            .RequirePermission(Permissions.RegistryEdit);
        api.MapPut("/{id:int}", async (int id, OfficerInput input, OfficerRegistry officers, CancellationToken ct) =>
            await officers.UpdateAsync(id, input, ct) switch
            {
                (_, _, true) => AdminModule.NotFound("执法人员"),
                ({ } officer, _, _) => Results.Ok(officer),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.RegistryEdit);
    }

    private static void MapParties(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] PartyQuery q, PartyRegistry parties, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await parties.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView).WithSummary("当事人列表（检索名称、代码、法定代表人；身份证号码按权限脱敏）");
        api.MapGet("/export", async ([AsParameters] PartyQuery q, PartyRegistry parties, TimeProvider clock, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : ExcelExport.File(await parties.AllAsync(q.Filter, ct), PartyRegistry.Columns, "当事人", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出当事人（Excel，按列表条件）");
        api.MapGet("/{id:int}", async (int id, PartyRegistry parties, CancellationToken ct) =>
            await parties.GetAsync(id, ct) is { } party ? Results.Ok(party) : AdminModule.NotFound("当事人"))
            .RequirePermission(Permissions.RegistryView).WithSummary("当事人详情：信用等级及理由、关联案件");
        api.MapPost("/", async (PartyInput input, PartyRegistry parties, CancellationToken ct) =>
            Saved(await parties.CreateAsync(input, ct), created: true))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记当事人；代码校验失败 400，代码重复 409");
        api.MapPut("/{id:int}", async (int id, PartyInput input, PartyRegistry parties, CancellationToken ct) =>
            Saved(await parties.UpdateAsync(id, input, ct), created: false))
            .RequirePermission(Permissions.RegistryEdit);
    }

    private static IResult Saved(PartySaveResult result, bool created) => result switch
    {
        { NotFound: true } => AdminModule.NotFound("当事人"),
        { Duplicate: { } duplicate } => RegistryText.Conflict("当事人已存在", duplicate.Message, duplicate.ExistingId, duplicate.ExistingName),
        { Party: { } party } => created ? Results.Created($"/api/parties/{party.Id}", party) : Results.Ok(party),
        _ => result.Errors.ToProblem(),
    };

    public sealed record OfficerQuery(string? Keyword, int? UnitId, bool? Qualified, string? Status, int? Page, int? PageSize)
    {
        public OfficerFilter Filter => new(Keyword, UnitId, Qualified, ParseStatus(Status));

        public FieldErrors Validate()
        {
            var errors = Paging.Validate(Page, PageSize);
            if (!string.IsNullOrWhiteSpace(Status) && ParseStatus(Status) is null)
            {
                errors.Add("status", $"未知的执法证状态“{Status}”，可选：{string.Join("、", Enum.GetValues<CertificateStatus>().Select(s => $"{s}（{OfficerRegistry.StatusName(s)}）"))}");
            }
            return errors;
        }

        /// <summary>valid / expiringSoon / expired / notYetValid / none, or the Chinese names.</summary>
        public static CertificateStatus? ParseStatus(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null
            : Enum.GetValues<CertificateStatus>().Cast<CertificateStatus?>().FirstOrDefault(s =>
                string.Equals(s.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase) || OfficerRegistry.StatusName(s!.Value) == text.Trim());
    }

    public sealed record PartyQuery(string? Search, string? Kind, int? Page, int? PageSize)
    {
        public PartyFilter Filter => new(Search, PartyRegistry.ParseKind(Kind));

        public FieldErrors Validate()
        {
            var errors = Paging.Validate(Page, PageSize);
            if (!string.IsNullOrWhiteSpace(Kind) && PartyRegistry.ParseKind(Kind) is null)
            {
                errors.Add("kind", $"当事人类型“{Kind}”无效，应为企业（Enterprise）或个人（Person）");
            }
            return errors;
        }
    }
}
