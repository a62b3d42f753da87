using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Platform.Auth;

public sealed record TokenRequest(
    [property: Required(ErrorMessage = "请输入用户名")] string? UserName,
    [property: Required(ErrorMessage = "请输入密码")] string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

public sealed record MeResponse(int Id, string UserName, string DisplayName, int OrgUnitId, string DataScope, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("认证");
        api.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .WithSummary("用用户名和密码换取访问令牌（Bearer）")
            .Produces<TokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesValidationProblem();
        api.MapGet("/me", Me).RequireAuthorization().WithSummary("当前用户");

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<User> signIn) =>
        {
            // The antiforgery middleware only records its verdict; an endpoint without form binding must read it.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(title: "请求已失效", detail: "页面已过期，请刷新后重试", statusCode: StatusCodes.Status400BadRequest);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization();
    }

    private static async Task<IResult> IssueTokenAsync(
        TokenRequest request, SignInService signIn, SignInManager<User> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct)
    {
        if (Validation.Check(request) is { } invalid)
        {
            return invalid;
        }
        var attempt = await signIn.CheckAsync(request.UserName!, request.Password!, SignInChannel.Api, ct);
        if (!attempt.Succeeded)
        {
            return Results.Problem(title: "登录失败", detail: attempt.Message, statusCode: StatusCodes.Status401Unauthorized);
        }
        var principal = await signInManager.CreateUserPrincipalAsync(attempt.User!);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        return Results.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
    }

    private static MeResponse Me(CurrentUser user) => new(
        user.UserId ?? 0, user.UserName ?? "", user.DisplayName ?? "", user.OrgUnitId ?? 0, user.DataScope.ToString(),
        user.Principal.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList(),
        user.Principal.FindAll(Zhibao.Data.Permissions.ClaimType).Select(c => c.Value).ToList());
}
