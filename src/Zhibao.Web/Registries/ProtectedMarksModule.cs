using Zhibao.Data;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Registries;

/// <summary>重点保护商标/标志: the register, its photos and history — API beside the pages, same services.</summary>
public static class ProtectedMarksModule
{
    public static IServiceCollection AddProtectedMarksModule(this IServiceCollection services)
    {
        services.AddScoped<ProtectedMarkRegistry>();
        services.AddScoped<ProtectedMarkPhotos>();
        services.AddRegistryImport<ProtectedMarkImport>();
        return services;
    }

    public static void MapProtectedMarksModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/protected-marks").WithTags("重点保护商标/标志").MapRegistryImport<ProtectedMarkImport>();
        api.MapGet("/", async ([AsParameters] ProtectedMarkQuery q, ProtectedMarkRegistry marks, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : Results.Ok(await marks.ListAsync(q.Filter, q.Page ?? 1, q.PageSize ?? 20, ct)))
            .RequirePermission(Permissions.RegistryView)
            .WithSummary("重点保护商标/标志列表（kind 类型、tag 保护类别、giCategory 地理标志产品类别、search 检索名称/注册号/权利人）");
        api.MapGet("/export", async ([AsParameters] ProtectedMarkQuery q, ProtectedMarkRegistry marks, TimeProvider clock, CancellationToken ct) =>
            q.Validate() is { Any: true } errors
                ? errors.ToProblem()
                : ExcelExport.File(await marks.AllAsync(q.Filter, ct), ProtectedMarkRegistry.Columns, "重点保护商标标志", clock))
            .RequirePermission(Permissions.RegistryView).WithSummary("导出重点保护商标/标志（Excel，按列表条件）");
        api.MapGet("/{id:int}", async (int id, ProtectedMarkRegistry marks, CancellationToken ct) =>
            await marks.GetAsync(id, ct) is { } mark ? Results.Ok(mark) : AdminModule.NotFound("重点保护商标/标志"))
            .RequirePermission(Permissions.RegistryView).WithSummary("详情：权利人联系方式、真伪辨别指引与照片、专用标志使用人、关联案件");
        api.MapGet("/{id:int}/history", async (int id, ProtectedMarkRegistry marks, CancellationToken ct) =>
            await marks.HistoryAsync(id, ct) is { } history ? Results.Ok(history) : AdminModule.NotFound("重点保护商标/标志"))
            .RequirePermission(Permissions.RegistryView).WithSummary("修改记录（操作日志）");
        api.MapPost("/", async (ProtectedMarkInput input, ProtectedMarkRegistry marks, CancellationToken ct) =>
            Saved(await marks.CreateAsync(input, ct), created: true))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("登记重点保护商标/标志；校验失败 400，注册号（或地理标志名称+地域）重复 409");
        api.MapPut("/{id:int}", async (int id, ProtectedMarkInput input, ProtectedMarkRegistry marks, CancellationToken ct) =>
            Saved(await marks.UpdateAsync(id, input, ct), created: false))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("修改；version 过期 409");
        api.MapPost("/{id:int}/photos", async (int id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? caption,
                ProtectedMarkPhotos photos, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return await photos.UploadAsync(id, file?.FileName, stream, caption, ct) switch
                {
                    (_, _, true) => AdminModule.NotFound("重点保护商标/标志"),
                    ({ } photo, _, _) => Results.Created(photo.Url, photo),
                    (_, var errors, _) => errors.ToProblem(),
                };
            })
            .RequirePermission(Permissions.RegistryEdit).DisableAntiforgery()
            .WithSummary("上传辨别指引照片（multipart: file, caption；JPG/PNG，大小上限见系统设置 Marks.PhotoMaxSizeMb）");
        api.MapGet("/{id:int}/photos/{photoId:int}", async (int id, int photoId, ProtectedMarkPhotos photos, CancellationToken ct) =>
            await photos.GetAsync(id, photoId, ct) is { } p
                ? Results.File(p.Content, p.ContentType, Uploads.Previewable(p.ContentType) ? null : p.FileName)
                : AdminModule.NotFound("照片"))
            .RequirePermission(Permissions.RegistryView).WithSummary("照片（浏览器内预览）");
        api.MapDelete("/{id:int}/photos/{photoId:int}", async (int id, int photoId, ProtectedMarkPhotos photos, CancellationToken ct) =>
            await photos.DeleteAsync(id, photoId, ct) ? Results.NoContent() : AdminModule.NotFound("照片"))
            .RequirePermission(Permissions.RegistryEdit).WithSummary("删除照片");
    }

    private static IResult Saved(ProtectedMarkSaveResult result, bool created) => result switch
    {
        { NotFound: true } => AdminModule.NotFound("重点保护商标/标志"),
        { Duplicate: { } duplicate } => RegistryText.Conflict("重点保护商标/标志已存在", duplicate),
        { Mark: { } mark } => created ? Results.Created($"/api/protected-marks/{mark.Id}", mark) : Results.Ok(mark),
        _ => result.Errors.ToProblem(),
    };

    public sealed record ProtectedMarkQuery(string? Kind, string? Tag, string? GiCategory, string? Search, int? Page, int? PageSize)
    {
        public ProtectedMarkFilter Filter => new(ProtectedMarkRules.ParseKind(Kind), ProtectedMarkRules.ParseTag(Tag), Search,
            ProtectedMarkRules.ParseCategory(GiCategory));

        public FieldErrors Validate()
        {
            var errors = Paging.Validate(Page, PageSize);
            if (!string.IsNullOrWhiteSpace(Kind) && ProtectedMarkRules.ParseKind(Kind) is null)
            {
                errors.Add("kind", $"类型“{Kind}”无效，可选：Trademark（注册商标）、GeographicalIndication（地理标志）、OfficialMark（官方标志）、SpecialMark（特殊标志）");
            }
            if (!string.IsNullOrWhiteSpace(Tag) && ProtectedMarkRules.ParseTag(Tag) is null)
            {
                errors.Add("tag", $"保护类别“{Tag}”无效，可选：{string.Join("、", ProtectedMarkRules.Tags.Select(t => $"{t}（{ProtectedMarkRules.TagName(t)}）"))}、Ordinary（{ProtectedMarkRules.OrdinaryName}）");
            }
            if (!string.IsNullOrWhiteSpace(GiCategory) && ProtectedMarkRules.ParseCategory(GiCategory) is null)
            {
                errors.Add("giCategory", $"地理标志产品类别“{GiCategory}”无效，可选：{string.Join("、", Enum.GetValues<GiCategory>().Select(ProtectedMarkRules.CategoryName))}");
            }
            return errors;
        }
    }
}
