using System.Net.Http.Json;
using System.Text.Json;

namespace Zhibao.Web.Tests.Infrastructure;

/// <summary>
/// Base of the integration tests: each test class is declared once per provider
/// (…_Sqlite, …_Postgres), so the same cases run against both databases.
/// </summary>
public abstract class ProviderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : ZhibaoApp
{
    protected TApp App { get; } = app;

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);

    protected static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    /// <summary>Runs a case action (<c>POST /api/cases/{id}/actions/{action}</c>) that must succeed; returns the updated case.</summary>
    protected static async Task<JsonElement> ActAsync(HttpClient client, int id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{id}/actions/{action}", body);
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    /// <summary>Asserts a 400 ProblemDetails whose errors name <paramref name="field"/>.</summary>
    protected static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {body}");
        Assert.All(messages.EnumerateArray(), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.GetString()!));
    }
}
