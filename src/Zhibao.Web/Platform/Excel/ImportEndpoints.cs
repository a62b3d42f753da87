using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Platform.Excel;

/// <summary>Registration of a registry's import: the definition as a service, and the five routes under the registry's API group.</summary>
public static class ImportEndpoints
{
    /// <summary>Registers the platform's import services once and <typeparamref name="TDefinition"/> as an import definition.</summary>
    public static IServiceCollection AddRegistryImport<TDefinition>(this IServiceCollection services) where TDefinition : class, IRegistryImport
    {
        if (!services.Any(s => s.ServiceType == typeof(RegistryImports)))
        {
            services.AddScoped<RegistryImports>();
            services.AddSingleton<ImportProgress>();
            services.AddSingleton<ImportRunner>();
            services.AddHostedService(sp => sp.GetRequiredService<ImportRunner>());
        }
        services.AddTransient<IRegistryImport, TDefinition>();
        services.AddTransient<TDefinition>();
        return services;
    }

    /// <summary>
    /// Maps GET import/template, POST import/preview, GET import/{importId}, GET import/{importId}/errors and
    /// POST import/{importId}/confirm under <paramref name="api"/> (e.g. /api/parties), all requiring the definition's permission.
    /// </summary>
    public static RouteGroupBuilder MapRegistryImport<TDefinition>(this RouteGroupBuilder api) where TDefinition : class, IRegistryImport
    {
        string registry, title, permission;
        using (var scope = ((IEndpointRouteBuilder)api).ServiceProvider.CreateScope())
        {
            var definition = scope.ServiceProvider.GetRequiredService<TDefinition>();
            (registry, title, permission) = (definition.Registry, definition.Title, definition.Permission);
        }
        var import = api.MapGroup("/import").RequirePermission(permission);
        import.MapGet("/template", (RegistryImports imports) =>
                Results.File(imports.Definition(registry)!.Template(), ExcelExport.ContentType, $"{title}导入模板.xlsx"))
            .WithSummary($"下载{title}导入模板（表头、示例行与填写说明）");
        import.MapPost("/preview", async (IFormFile? file, RegistryImports imports, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return Answer(await imports.PreviewAsync(registry, file?.FileName, stream, ct), Results.Ok);
            })
            .DisableAntiforgery()
            .WithSummary($"上传{title}Excel（multipart: file）并预览：逐行校验，返回导入编号、有效/有误/新增/无变化/更新行数及前{RegistryImports.PreviewRows}行的错误；不写入名录");
        import.MapGet("/{importId:guid}", async (Guid importId, RegistryImports imports, CancellationToken ct) =>
                Answer(await imports.GetAsync(registry, importId, ct), Results.Ok))
            .WithSummary($"{title}导入的状态与进度（已处理/总行数）");
        import.MapGet("/{importId:guid}/errors", async (Guid importId, RegistryImports imports, CancellationToken ct) =>
                Answer(await imports.ErrorWorkbookAsync(registry, importId, ct), f => Results.File(f.Content, ExcelExport.ContentType, f.FileName)))
            .WithSummary($"下载{title}导入的错误行（原样各列加“错误说明”列）");
        import.MapPost("/{importId:guid}/confirm", async (Guid importId, RegistryImports imports, CancellationToken ct) =>
                Answer(await imports.ConfirmAsync(registry, importId, ct), s => Results.Accepted($"/api/{registry}/import/{importId}", s)))
            .WithSummary($"确认导入{title}有效行（后台执行，有误行跳过；按唯一标识幂等，重复导入不重复登记）");
        return api;
    }

    private static IResult Answer<T>(ImportAnswer<T> answer, Func<T, IResult> ok) => answer.Problem switch
    {
        ImportProblem.None => ok(answer.Value!),
        ImportProblem.BadRequest => new FieldErrors().Add("file", answer.Message!).ToProblem(),
        ImportProblem.Conflict => Results.Problem(title: "导入状态冲突", detail: answer.Message, statusCode: StatusCodes.Status409Conflict),
        _ => Results.Problem(title: "未找到", detail: answer.Message, statusCode: StatusCodes.Status404NotFound),
    };
}
