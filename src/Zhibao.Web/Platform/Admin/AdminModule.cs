using Zhibao.Data;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

/// <summary>系统管理: organisation, users, roles, dictionaries, settings — API beside the pages, same handlers.</summary>
public static class AdminModule
{
    public static IServiceCollection AddAdminModule(this IServiceCollection services)
    {
        services.AddScoped<OrgAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<RoleAdministration>();
        services.AddScoped<DictionaryAdministration>();
        services.AddScoped<SettingAdministration>();
        return services;
    }

    public static void MapAdminModule(this IEndpointRouteBuilder app)
    {
        MapOrg(app.MapGroup("/api/org-units").WithTags("组织机构"));
        MapUsers(app.MapGroup("/api/users").WithTags("用户"));
        MapRoles(app.MapGroup("/api/roles").WithTags("角色"));
        MapDictionaries(app.MapGroup("/api/dictionaries").WithTags("数据字典"));
        MapSettings(app.MapGroup("/api/settings").WithTags("系统设置"));
    }

    private static void MapOrg(RouteGroupBuilder api)
    {
        api.MapGet("/", (string? keyword, OrgAdministration org, CancellationToken ct) => org.ListAsync(keyword, ct))
            .RequirePermission(Permissions.OrgView).WithSummary("组织机构（平铺，含 parentId，可组装为树）");
        api.MapGet("/export", async (string? keyword, OrgAdministration org, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await org.ListAsync(keyword, ct), OrgAdministration.Columns, "组织机构", clock)).RequirePermission(Permissions.OrgView);
        api.MapPost("/", async (OrgUnitInput input, OrgAdministration org, CancellationToken ct) =>
            await org.CreateAsync(input, ct) is var (unit, errors) && unit is not null
                ? Results.Created($"/api/org-units/{unit.Id}", unit) : errors.ToProblem()).RequirePermission(Permissions.OrgEdit);
        api.MapPut("/{id:int}", async (int id, OrgUnitInput input, OrgAdministration org, CancellationToken ct) =>
            await org.UpdateAsync(id, input, ct) switch
            {
                (_, _, true) => NotFound("单位"),
                ({ } unit, _, _) => Results.Ok(unit),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.OrgEdit);
        api.MapDelete("/{id:int}", async (int id, int? version, OrgAdministration org, CancellationToken ct) =>
            await org.DeleteAsync(id, version, ct) switch
            {
                (_, true) => NotFound("单位"),
                ({ Any: true } errors, _) => errors.ToProblem(),
                _ => Results.NoContent(),
            }).RequirePermission(Permissions.OrgEdit);
    }

    private static void MapUsers(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] UserQuery q, UserAdministration users, CancellationToken ct) =>
            Paging.Validate(q.Page, q.PageSize) is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await users.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.UserView).WithSummary("用户列表（按数据权限过滤）");
        api.MapGet("/export", async ([AsParameters] UserQuery q, UserAdministration users, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await users.AllAsync(q.Filter, ct), UserAdministration.Columns, "用户列表", clock)).RequirePermission(Permissions.UserView);
        api.MapGet("/{id:int}", async (int id, UserAdministration users, CancellationToken ct) =>
            await users.GetAsync(id, ct) is { } user ? Results.Ok(user) : NotFound("用户")).RequirePermission(Permissions.UserView);
        api.MapPost("/", async (UserInput input, UserAdministration users, CancellationToken ct) =>
            await users.CreateAsync(input, ct) is var (user, errors) && user is not null
                ? Results.Created($"/api/users/{user.Id}", user) : errors.ToProblem()).RequirePermission(Permissions.UserEdit);
        api.MapPut("/{id:int}", async (int id, UserInput input, UserAdministration users, CancellationToken ct) =>
            await users.UpdateAsync(id, input, ct) switch
            {
                (_, _, true) => NotFound("用户"),
                ({ } user, _, _) => Results.Ok(user),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.UserEdit);
        api.MapPost("/{id:int}/reset-password", async (int id, ResetPasswordInput input, UserAdministration users, CancellationToken ct) =>
            await users.ResetPasswordAsync(id, input.Password, ct) switch
            {
                (_, true) => NotFound("用户"),
                ({ Any: true } errors, _) => errors.ToProblem(),
                _ => Results.NoContent(),
            }).RequirePermission(Permissions.UserEdit);
    }

    private static void MapRoles(RouteGroupBuilder api)
    {
        api.MapGet("/", (RoleAdministration roles, CancellationToken ct) => roles.ListAsync(ct)).RequirePermission(Permissions.RoleView);
        api.MapGet("/export", async (RoleAdministration roles, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await roles.ListAsync(ct), RoleAdministration.Columns, "角色权限", clock)).RequirePermission(Permissions.RoleView);
        api.MapGet("/permissions", () => Permissions.All.Select(p => new { p.Code, p.Name, p.Group }))
            .RequirePermission(Permissions.RoleView).WithSummary("可授予的权限");
        api.MapPost("/", async (RoleInput input, RoleAdministration roles, CancellationToken ct) =>
            await roles.CreateAsync(input, ct) is var (role, errors) && role is not null
                ? Results.Created($"/api/roles/{role.Id}", role) : errors.ToProblem()).RequirePermission(Permissions.RoleEdit);
        api.MapPut("/{id:int}", async (int id, RoleInput input, RoleAdministration roles, CancellationToken ct) =>
            await roles.UpdateAsync(id, input, ct) switch
            {
                (_, _, true) => NotFound("角色"),
                ({ } role, _, _) => Results.Ok(role),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.RoleEdit);
        api.MapDelete("/{id:int}", async (int id, int? version, RoleAdministration roles, CancellationToken ct) =>
            await roles.DeleteAsync(id, version, ct) switch
            {
                (_, true) => NotFound("角色"),
                ({ Any: true } errors, _) => errors.ToProblem(),
                _ => Results.NoContent(),
            }).RequirePermission(Permissions.RoleEdit);
    }

    private static void MapDictionaries(RouteGroupBuilder api)
    {
        // Every signed-in user reads dictionaries: forms of every module fill their pickers from them.
        api.MapGet("/", (DictionaryAdministration dict, CancellationToken ct) => dict.TypesAsync(ct)).RequireAuthorization();
        api.MapGet("/{code}/items", async (string code, string? keyword, bool? activeOnly, DictionaryAdministration dict, CancellationToken ct) =>
            await dict.ItemsAsync(code, keyword, activeOnly ?? false, ct) is { } items ? Results.Ok(items) : NotFound("字典类型")).RequireAuthorization();
        api.MapGet("/{code}/items/export", async (string code, DictionaryAdministration dict, TimeProvider clock, CancellationToken ct) =>
            await dict.ItemsAsync(code, null, false, ct) is { } items
                ? ExcelExport.File(items, DictionaryAdministration.Columns, $"数据字典_{code}", clock) : NotFound("字典类型"))
            .RequirePermission(Permissions.DictionaryView);
        api.MapPost("/{code}/items", async (string code, DictionaryItemInput input, DictionaryAdministration dict, CancellationToken ct) =>
            await dict.CreateAsync(code, input, ct) switch
            {
                (_, _, true) => NotFound("字典类型"),
                ({ } item, _, _) => Results.Created($"/api/dictionaries/{code}/items/{item.Id}", item),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.DictionaryEdit);
        api.MapPut("/{code}/items/{id:int}", async (string code, int id, DictionaryItemInput input, DictionaryAdministration dict, CancellationToken ct) =>
            await dict.UpdateAsync(code, id, input, ct) switch
            {
                (_, _, true) => NotFound("字典项"),
                ({ } item, _, _) => Results.Ok(item),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.DictionaryEdit);
    }

    private static void MapSettings(RouteGroupBuilder api)
    {
        api.MapGet("/", (string? keyword, SettingAdministration settings, CancellationToken ct) => settings.ListAsync(keyword, ct))
            .RequirePermission(Permissions.SettingView);
        api.MapGet("/export", async (string? keyword, SettingAdministration settings, TimeProvider clock, CancellationToken ct) =>
            ExcelExport.File(await settings.ListAsync(keyword, ct), SettingAdministration.Columns, "系统设置", clock)).RequirePermission(Permissions.SettingView);
        api.MapPut("/{key}", async (string key, SettingInput input, SettingAdministration settings, CancellationToken ct) =>
            await settings.UpdateAsync(key, input, ct) switch
            {
                (_, _, true) => NotFound("设置项"),
                ({ } setting, _, _) => Results.Ok(setting),
                (_, var errors, _) => errors.ToProblem(),
            }).RequirePermission(Permissions.SettingEdit);
    }

    internal static IResult NotFound(string what) => Results.Problem(title: "未找到", detail: $"{what}不存在或无权查看", statusCode: StatusCodes.Status404NotFound);

    public sealed record UserQuery(string? Keyword, int? OrgUnitId, string? Role, bool? IsActive, int? Page, int? PageSize)
    {
        public UserFilter Filter => new(Keyword, OrgUnitId, Role, IsActive);
    }
}
