using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Plans;

/// <summary>Reading the demo plan over the API.</summary>
internal static class PlanTestData
{
    public const string BureauName = "天津市北辰区市场监督管理局";

    public static async Task<int> DemoPlanIdAsync(HttpClient client)
    {
        var plans = await client.GetFromJsonAsync<JsonElement>("/api/plans", ZhibaoApp.Json);
        return plans.EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == 2023 && p.GetProperty("orgUnitName").GetString() == BureauName)
            .GetProperty("id").GetInt32();
    }

    /// <summary>The 知识产权科 head (王科长) signed in, and the demo plan's id.</summary>
    public static async Task<(HttpClient Client, int PlanId)> HeadAsync(ZhibaoApp app)
    {
        var client = await app.ClientAsAsync("kezhang");
        return (client, await DemoPlanIdAsync(client));
    }

    public static async Task<JsonElement> PlanAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/plans/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET plan {id} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);
    }

    public static IEnumerable<JsonElement> Measures(JsonElement plan) =>
        plan.GetProperty("tasks").EnumerateArray().SelectMany(t => t.GetProperty("measures").EnumerateArray());

    public static JsonElement Measure(JsonElement plan, string textPart) =>
        Measures(plan).First(m => m.GetProperty("text").GetString()!.Contains(textPart, StringComparison.Ordinal));

    /// <summary>The first binding of a formula in the plan.</summary>
    public static JsonElement Indicator(JsonElement plan, string code) =>
        Measures(plan).SelectMany(m => m.GetProperty("indicators").EnumerateArray()).First(i => i.GetProperty("formulaCode").GetString() == code);

    public static decimal? Value(JsonElement indicator) =>
        indicator.GetProperty("value").ValueKind == JsonValueKind.Null ? null : indicator.GetProperty("value").GetDecimal();

    public static string Rag(JsonElement element) => element.GetProperty("rag").GetString()!;

    /// <summary>Asserts a 400 and returns the names of the fields in error, Chinese messages checked.</summary>
    public static async Task<List<string>> FieldErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(400, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);
        var errors = body.GetProperty("errors").EnumerateObject().ToList();
        Assert.All(errors, e => Assert.All(e.Value.EnumerateArray(), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.GetString()!)));
        return errors.Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
    }

    public static DateOnly Today(ZhibaoApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
