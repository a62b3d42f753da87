using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Audit;

public sealed record OperationLogFilter(string? UserName, string? EntityType, string? Action, DateOnly? From, DateOnly? To, string? Keyword);

public sealed record OperationLogRow(long Id, DateTime At, string? UserName, string Action, string EntityType, string EntityKey, string Changes)
{
    /// <summary>What staff call the record (用户, 组织机构…); the type name where no Chinese name is known.</summary>
    public string EntityName => EntityNames.GetValueOrDefault(EntityType, EntityType);

    public static readonly IReadOnlyDictionary<string, string> EntityNames = new Dictionary<string, string>
    {
        ["User"] = "用户",
        ["Role"] = "角色",
        ["OrgUnit"] = "组织机构",
        ["DictionaryType"] = "字典类型",
        ["DictionaryItem"] = "字典项",
        ["SystemSetting"] = "系统设置",
        ["CalendarDayRecord"] = "节假日",
        ["CalendarYear"] = "年度节假日安排",
        ["IdentityUserRole<int>"] = "用户角色",
        ["IdentityRoleClaim<int>"] = "角色权限",
        ["IdentityUserClaim<int>"] = "用户声明",
        ["ProtectedMark"] = "重点保护商标/标志",
        ["ProtectedMarkPhoto"] = "辨别指引照片",
        ["GiAuthorisedUser"] = "专用标志使用人",
        ["Agency"] = "代理机构",
        ["AgencyAttorney"] = "代理师",
        ["CreditCommitment"] = "信用承诺",
        ["CommitmentBreach"] = "违诺记录",
        ["AgencyInspection"] = "代理机构监管检查",
        ["CommitmentSubmission"] = "信用承诺报送",
    };
}

public sealed record SignInLogFilter(string? UserName, bool? Succeeded, DateOnly? From, DateOnly? To);

public sealed record SignInLogRow(long Id, DateTime At, string UserName, bool Succeeded, string Result, string Channel, string? IpAddress);

/// <summary>操作日志 and 登录日志: read-only lists with search, paging and Excel export.</summary>
public sealed class AuditQueries(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<Page<OperationLogRow>> OperationsAsync(OperationLogFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        return new Page<OperationLogRow>(
            await query.OrderByDescending(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize).Select(ToRow).ToListAsync(ct),
            await query.CountAsync(ct), page, pageSize);
    }

    public async Task<List<OperationLogRow>> AllOperationsAsync(OperationLogFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Filter(db, filter).OrderByDescending(l => l.Id).Take(50_000).Select(ToRow).ToListAsync(ct);
    }

    private static readonly System.Linq.Expressions.Expression<Func<OperationLog, OperationLogRow>> ToRow =
        l => new OperationLogRow(l.Id, l.At, l.UserName, l.Action, l.EntityType, l.EntityKey, l.Changes);

    private static readonly System.Linq.Expressions.Expression<Func<SignInLog, SignInLogRow>> ToSignInRow =
        l => new SignInLogRow(l.Id, l.At, l.UserName, l.Succeeded, l.Result, l.Channel, l.IpAddress);

    private static IQueryable<OperationLog> Filter(ZhibaoDb db, OperationLogFilter f)
    {
        var query = db.OperationLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.UserName))
        {
            query = query.Where(l => l.UserName != null && l.UserName.Contains(f.UserName.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(f.EntityType))
        {
            query = query.Where(l => l.EntityType == f.EntityType.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            query = query.Where(l => l.Action == f.Action.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            query = query.Where(l => l.Changes.Contains(f.Keyword.Trim()) || l.EntityKey == f.Keyword.Trim());
        }
        if (f.From is { } from)
        {
            var start = StartOfChinaDay(from);
            query = query.Where(l => l.At >= start);
        }
        if (f.To is { } to)
        {
            var end = StartOfChinaDay(to.AddDays(1));
            query = query.Where(l => l.At < end);
        }
        return query;
    }

    public async Task<Page<SignInLogRow>> SignInsAsync(SignInLogFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        return new Page<SignInLogRow>(
            await query.OrderByDescending(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize).Select(ToSignInRow).ToListAsync(ct),
            await query.CountAsync(ct), page, pageSize);
    }

    public async Task<List<SignInLogRow>> AllSignInsAsync(SignInLogFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Filter(db, filter).OrderByDescending(l => l.Id).Take(50_000).Select(ToSignInRow).ToListAsync(ct);
    }

    private static IQueryable<SignInLog> Filter(ZhibaoDb db, SignInLogFilter f)
    {
        var query = db.SignInLogs.AsNoTracking();
        if (!db.Scope.SeesAllUnits)
        {
            // Sign-ins are not unit-owned rows; the scoped Users set limits them to people the caller may see.
            query = query.Where(l => l.UserId != null && db.Users.Any(u => u.Id == l.UserId));
        }
        if (!string.IsNullOrWhiteSpace(f.UserName))
        {
            query = query.Where(l => l.UserName.Contains(f.UserName.Trim()));
        }
        if (f.Succeeded is { } ok)
        {
            query = query.Where(l => l.Succeeded == ok);
        }
        if (f.From is { } from)
        {
            var start = StartOfChinaDay(from);
            query = query.Where(l => l.At >= start);
        }
        if (f.To is { } to)
        {
            var end = StartOfChinaDay(to.AddDays(1));
            query = query.Where(l => l.At < end);
        }
        return query;
    }

    private static DateTime StartOfChinaDay(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Clock.ChinaOffset;

    public static readonly ExcelColumn<OperationLogRow>[] OperationColumns =
    [
        new("时间", r => Clock.Format(r.At)), new("操作人", r => r.UserName), new("操作", r => r.Action),
        new("对象", r => r.EntityName), new("主键", r => r.EntityKey), new("变更内容", r => r.Changes),
    ];

    public static readonly ExcelColumn<SignInLogRow>[] SignInColumns =
    [
        new("时间", r => Clock.Format(r.At)), new("用户名", r => r.UserName), new("结果", r => r.Result),
        new("是否成功", r => r.Succeeded ? "是" : "否"), new("渠道", r => r.Channel), new("IP地址", r => r.IpAddress),
    ];
}

public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services) => services.AddScoped<AuditQueries>();

    public static void MapAuditModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/logs").WithTags("日志").RequirePermission(Permissions.LogView);
        api.MapGet("/operations", async ([AsParameters] OperationLogQuery q, AuditQueries queries, CancellationToken ct) =>
            Paging.Validate(q.Page, q.PageSize) is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await queries.OperationsAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .WithSummary("操作日志（按数据权限过滤）");
        api.MapGet("/operations/export", async ([AsParameters] OperationLogQuery q, AuditQueries queries, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await queries.AllOperationsAsync(q.Filter, ct), AuditQueries.OperationColumns, "操作日志", clock))
            .WithSummary("导出操作日志 Excel");
        api.MapGet("/sign-ins", async ([AsParameters] SignInLogQuery q, AuditQueries queries, CancellationToken ct) =>
            Paging.Validate(q.Page, q.PageSize) is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await queries.SignInsAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .WithSummary("登录日志");
        api.MapGet("/sign-ins/export", async ([AsParameters] SignInLogQuery q, AuditQueries queries, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await queries.AllSignInsAsync(q.Filter, ct), AuditQueries.SignInColumns, "登录日志", clock))
            .WithSummary("导出登录日志 Excel");
    }

    public sealed record OperationLogQuery(string? UserName, string? EntityType, string? Action, DateOnly? From, DateOnly? To, string? Keyword, int? Page, int? PageSize)
    {
        public OperationLogFilter Filter => new(UserName, EntityType, Action, From, To, Keyword);
    }

    public sealed record SignInLogQuery(string? UserName, bool? Succeeded, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    {
        public SignInLogFilter Filter => new(UserName, Succeeded, From, To);
    }
}
