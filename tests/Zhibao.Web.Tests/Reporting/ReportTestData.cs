using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Data;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Reporting;

/// <summary>Patent cases for the monthly report, registered and filed over the API as an officer would.</summary>
internal static class ReportTestData
{
    private static readonly string[] AllConditions = ["standing", "respondent", "claims", "jurisdiction", "noOtherProceedings"];
    private static readonly string[] AllMaterials = ["request", "identity", "register", "evaluation", "copies"];

    /// <summary>A valid ZL number from 12 digits.</summary>
    public static string Zl(string digits) => $"ZL{digits}.{PatentNumber.ComputeCheckDigit(digits)}";

    /// <summary>The same number with a wrong check digit.</summary>
    public static string Spoil(string number) => number[..^1] + (number[^1] == '1' ? '2' : '1');

    public static DateTimeOffset China(int y, int m, int d, int hour = 10, int minute = 0) => new(y, m, d, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>Moves the fake clock to a China time (forward only) and signs in again (tokens expire after 8 hours of fake time).</summary>
    public static async Task<HttpClient> AtAsync(ZhibaoApp app, DateTimeOffset china, string userName)
    {
        if (app.Clock.GetUtcNow() < china)
        {
            app.Clock.SetUtcNow(china);
        }
        return await app.ClientAsAsync(userName);
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);

    /// <summary>A penalty case filed on <paramref name="filedOn"/> with one respondent and one patent; returns its id.</summary>
    public static async Task<int> PenaltyAsync(ZhibaoApp app, HttpClient client, string title, string subject, string patent, string leadOn, string filedOn, int seed)
    {
        var respondent = await CaseTestData.EnterpriseAsync(app, $"{title}当事人", seed);
        var created = await client.PostAsJsonAsync("/api/penalty-cases", new
        {
            title, subject, source = "监督检查", leadReceivedOn = leadOn,
            parties = new[] { new { partyId = respondent, role = "respondent" } },
            rights = new[] { new { kind = "patent", number = patent, name = "一种保温杯", holder = "天津某科技有限公司" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonOf(created)).GetProperty("id").GetInt32();
        var officers = new[] { await CaseTestData.OfficerIdAsync(app, "zhifa1"), await CaseTestData.OfficerIdAsync(app, "zhifa2") };
        await ActAsync(client, id, "file", new { filedOn, officerIds = officers });
        return id;
    }

    /// <summary>A utility-model infringement request received and filed (立案) with a panel of three; returns its id.</summary>
    public static async Task<int> AdjudicationAsync(ZhibaoApp app, HttpClient client, string title, string receivedOn, string filedOn, int seed)
    {
        var requester = await CaseTestData.EnterpriseAsync(app, $"{title}请求人", seed);
        var respondent = await CaseTestData.EnterpriseAsync(app, $"{title}被请求人", seed + 1);
        var created = await client.PostAsJsonAsync("/api/adjudication-cases", new
        {
            title, patentNumber = Zl("202320123456"), patentKind = "utilityModel", patentTitle = "一种折叠式自行车车架",
            requestReceivedOn = receivedOn, knewOn = receivedOn, jurisdictionBasis = "entrusted", jurisdictionNote = "天津市知识产权局委托承办",
            materials = AllMaterials,
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonOf(created)).GetProperty("id").GetInt32();
        var panel = new[]
        {
            await CaseTestData.OfficerIdAsync(app, "kezhang"), await CaseTestData.OfficerIdAsync(app, "zhifa1"), await CaseTestData.OfficerIdAsync(app, "zhifa2"),
        };
        await ActAsync(client, id, "file", new { filedOn, officerIds = panel, conditions = AllConditions });
        return id;
    }

    public static async Task<JsonElement> ActAsync(HttpClient client, int caseId, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/actions/{action}", body);
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonOf(response);
    }

    /// <summary>A report action that must succeed; returns the report.</summary>
    public static async Task<JsonElement> ReportActAsync(HttpClient client, string period, string action, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/reports/monthly/{period}/actions/{action}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{action} {period} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonOf(response);
    }

    /// <summary>prepare (kezhang) → check (kezhang) → approve (lingdao) → submit (kezhang, with the receipt number).</summary>
    public static async Task<JsonElement> SignOffAsync(ZhibaoApp app, string period, string receipt)
    {
        using var section = await app.ClientAsAsync("kezhang");
        using var leader = await app.ClientAsAsync("lingdao");
        await ReportActAsync(section, period, "prepare");
        await ReportActAsync(section, period, "check");
        await ReportActAsync(leader, period, "approve");
        return await ReportActAsync(section, period, "submit", new { receiptNumber = receipt });
    }

    public static IEnumerable<(string Code, int? CaseId)> Problems(JsonElement report) =>
        report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("code").GetString()!,
            p.GetProperty("caseId").ValueKind == JsonValueKind.Number ? p.GetProperty("caseId").GetInt32() : (int?)null));
}
