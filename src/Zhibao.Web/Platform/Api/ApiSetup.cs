using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Zhibao.Web.Platform.Api;

public static class ApiSetup
{
    public static IServiceCollection AddZhibaoApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            // Chinese text stays readable in API answers (JSON, not HTML: no escaping needed).
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Titles in Chinese for the statuses the framework writes itself (401 from the auth handlers, 404, 405…).
            if (context.ProblemDetails.Status is { } status && ChineseTitles.TryGetValue(status, out var title)
                && (context.ProblemDetails.Title is null || context.ProblemDetails.Title == ReasonPhrase(status) || status == 500))
            {
                context.ProblemDetails.Title = title;
            }
        });
        services.AddExceptionHandler<ConflictExceptionHandler>();
        services.AddHttpContextAccessor();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "知保 Zhibao API";
            document.Info.Description = "知识产权行政保护平台接口。先调用 POST /api/auth/token 取得令牌，再以 Authorization: Bearer <令牌> 调用其他接口。";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "POST /api/auth/token 返回的 accessToken",
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    private static readonly Dictionary<int, string> ChineseTitles = new()
    {
        [400] = "请求有误",
        [401] = "未登录或登录已失效",
        [403] = "无权执行此操作",
        [404] = "未找到",
        [405] = "不支持的请求方法",
        [409] = "保存冲突",
        [415] = "不支持的内容类型，请使用 application/json",
        [500] = "服务器内部错误，请稍后重试",
    };

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    /// <summary>/openapi/v1.json and the browsable reference at /scalar, for signed-in users like every endpoint but health and token.</summary>
    public static void MapZhibaoApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().RequireAuthorization();
        app.MapScalarApiReference("/scalar", o => o.WithTitle("知保 Zhibao API")).RequireAuthorization();
    }
}

/// <summary>A stale save (optimistic concurrency) answers 409 with a Chinese message, never a silent overwrite.</summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string Message = "该记录已被他人修改，请刷新后重试";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateConcurrencyException)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = 409, Title = "保存冲突", Detail = Message },
            Exception = exception,
        });
    }
}
