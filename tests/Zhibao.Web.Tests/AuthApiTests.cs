using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

public abstract class AuthApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task Health_answers_without_sign_in_and_ready_checks_the_database()
    {
        using var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Demo_admin_gets_a_bearer_token_that_opens_the_api()
    {
        using var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = ZhibaoApp.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        var token = body.GetProperty("accessToken").GetString();
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.True(expiresAt > App.Clock.GetUtcNow());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await GetJsonAsync(client, "/api/auth/me");
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Contains("系统管理员", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wrong_password_answers_401_problem_details_in_chinese()
    {
        using var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "kezhang", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("用户名或密码错误", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "whatever" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("用户名或密码错误", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Missing_credentials_answer_400_naming_each_field()
    {
        using var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { });
        await AssertFieldErrorAsync(response, "userName");
        var again = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin" });
        await AssertFieldErrorAsync(again, "password");
    }

    [Theory]
    [InlineData("/api/users")]
    [InlineData("/api/calendar/2023-10-07")]
    [InlineData("/api/logs/operations")]
    [InlineData("/api/dictionaries")]
    public async Task The_api_answers_401_without_a_token(string url)
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused()
    {
        using var client = await App.ClientAsAsync("zhidu");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_answers_401()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task An_officer_without_the_permission_gets_403()
    {
        using var client = await App.ClientAsAsync("zhifa1");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/settings/Reporting.MonthlyDueDay", new { value = "6", version = 0 })).StatusCode);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_for_fifteen_minutes()
    {
        using var client = App.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { userName = "zhifa2", password = "wrong" });
        }
        // Four failures are still under the limit: the right password works and resets the count.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "zhifa2", password = ZhibaoApp.DemoPassword })).StatusCode);

        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/token", new { userName = "zhifa2", password = "wrong" });
        }
        var locked = await client.PostAsJsonAsync("/api/auth/token", new { userName = "zhifa2", password = ZhibaoApp.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", (await JsonAsync(locked)).GetProperty("detail").GetString());

        // Identity stamps the lockout with the system clock (it takes no TimeProvider), so check the stored end.
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Zhibao.Data.Entities.User>>();
        var end = await users.GetLockoutEndDateAsync((await users.FindByNameAsync("zhifa2"))!);
        Assert.NotNull(end);
        Assert.InRange((end.Value - DateTimeOffset.UtcNow).TotalMinutes, 14.5, 15.0);
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        using var client = await App.ClientAsAsync("fazhi");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        App.Clock.Advance(TimeSpan.FromHours(8.1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Every_sign_in_attempt_is_in_the_sign_in_log()
    {
        using var anonymous = App.CreateClient();
        await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "lingdao", password = "bad" });
        using var admin = await App.ClientAsAsync("admin");
        var log = await GetJsonAsync(admin, "/api/logs/sign-ins?userName=lingdao");
        var rows = log.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(rows, r => !r.GetProperty("succeeded").GetBoolean() && r.GetProperty("result").GetString() == "用户名或密码错误" && r.GetProperty("channel").GetString() == "接口");
    }

    [Fact]
    public async Task The_openapi_document_and_reference_are_served_to_signed_in_users()
    {
        // Outside /api an anonymous caller is a person: sent to the sign-in page.
        using var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirected = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/account/login", redirected.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var client = await App.ClientAsAsync("zhidu");
        var doc = await GetJsonAsync(client, "/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/auth/token", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/calendar/deadline", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar")).StatusCode);
    }
}

/// <summary>Provider-independent: the route table itself.</summary>
public sealed class EndpointSecurityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Anonymous = ["/health", "/health/ready", "/api/auth/token", "/account/login"];

    /// <summary>The reference page's own scripts and icon carry no data.</summary>
    private static bool IsScalarAsset(string route) => route.StartsWith("/scalar/", StringComparison.Ordinal) && Path.HasExtension(route);

    [Fact]
    public void Every_endpoint_but_health_token_and_sign_in_requires_a_signed_in_user()
    {
        using var client = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && (route.StartsWith("/api", StringComparison.Ordinal) || route.StartsWith("/openapi", StringComparison.Ordinal) || route.StartsWith("/scalar", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(endpoints);
        var open = endpoints
            .Where(e => !Anonymous.Contains(e.RoutePattern.RawText))
            .Where(e => !IsScalarAsset(e.RoutePattern.RawText!))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null
                        || !e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.Empty(open);
    }
}

public sealed class AuthApiTests_Sqlite(SqliteApp app) : AuthApiTests<SqliteApp>(app);

public sealed class AuthApiTests_Postgres(PostgresApp app) : AuthApiTests<PostgresApp>(app);
