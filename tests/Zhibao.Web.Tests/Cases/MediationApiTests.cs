using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>Mediation through to judicial confirmation over the API, dates worked out by hand on the holiday calendar.</summary>
public abstract class MediationApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private async Task<HttpClient> HeadAsync()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        return await App.ClientAsAsync("kezhang");
    }

    private async Task<int> MediationAsync(HttpClient client, string title, string disputeType, int seed)
    {
        var requester = await CaseTestData.EnterpriseAsync(App, $"{title}申请人", seed);
        var respondent = await CaseTestData.EnterpriseAsync(App, $"{title}被申请人", seed + 1);
        var created = await client.PostAsJsonAsync("/api/mediations", new
        {
            title, mediationType = "administrative", disputeType, requestReceivedOn = "2025-11-03",
            patentNumber = AdjudicationApiTests<TApp>.UtilityModel, mediatorName = "王科长",
            officerIds = new[] { await CaseTestData.OfficerIdAsync(App, "kezhang"), await CaseTestData.OfficerIdAsync(App, "zhifa1") },
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await JsonAsync(created)).GetProperty("id").GetInt32();
    }

    private static JsonElement Confirmation(JsonElement c) => c.GetProperty("mediation").GetProperty("judicialConfirmation");

    private static string Due(JsonElement c, string code) =>
        c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code).GetProperty("dueDate").GetString()!;

    [Fact]
    public async Task A_patent_damages_mediation_ends_in_an_agreement_that_a_court_confirms()
    {
        using var head = await HeadAsync();
        var id = await MediationAsync(head, "某公司与某商行专利侵权赔偿纠纷调解", "专利侵权赔偿数额", 6001);
        var m = await GetJsonAsync(head, $"/api/mediations/{id}");
        // 令第81号第六十五条: the 陈述意见通知书 within 5 working days of Mon 2025-11-03 → Mon 11-10.
        Assert.Equal("2025-11-10", Due(m, "notice"));

        m = await ActAsync(head, id, "send-notice", new { sentOn = "2025-11-05" });
        // The respondent has 15 days from Wed 11-05 → Thu 11-20.
        Assert.Equal("2025-11-20", Due(m, "reply"));
        m = await ActAsync(head, id, "record-reply", new { repliedOn = "2025-11-12", agreed = true });
        // 立案 within 5 working days of Wed 11-12 → Wed 11-19.
        Assert.Equal("2025-11-19", Due(m, "filing"));
        await ActAsync(head, id, "file", new { filedOn = "2025-11-14" });
        await ActAsync(head, id, "record-session", new { heldOn = "2025-11-20", place = "知识产权科调解室", content = "双方就赔偿数额达成一致意见" });
        m = await ActAsync(head, id, "agree", new { signedOn = "2025-11-28", content = "被申请人赔偿申请人经济损失人民币三万元", amount = 30000 });
        Assert.Equal("Agreed", m.GetProperty("status").GetString());
        // Joint application within 30 days of Fri 11-28 → Sun 12-28 → Mon 12-29 (民事诉讼法第二百零五条).
        Assert.Equal("2025-12-29", Due(m, "confirmationApplication"));
        var confirmation = Confirmation(m);
        Assert.True(confirmation.GetProperty("possible").GetBoolean());
        Assert.Contains("中级人民法院", confirmation.GetProperty("courtHint").GetString());
        Assert.Contains(confirmation.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("code").GetString() == "confirmationApplication");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/apply-confirmation", new { appliedOn = "2025-12-10" }), "court");
        m = await ActAsync(head, id, "apply-confirmation", new { appliedOn = "2025-12-10", court = "天津市第三中级人民法院" });
        // Acceptance within 3 days of Wed 12-10 → Sat 12-13 → Mon 12-15.
        Assert.Equal("2025-12-15", Due(m, "confirmationAcceptance"));
        m = await ActAsync(head, id, "court-accept", new { acceptedOn = "2025-12-12" });
        // Ruling within 15 days of Fri 12-12 → Sat 12-27 → Mon 12-29.
        Assert.Equal("2025-12-29", Due(m, "confirmationRuling"));
        m = await ActAsync(head, id, "court-rule", new { ruledOn = "2025-12-26", confirmed = true, rulingNumber = "（2025）津03民特12号" });
        Assert.Equal("confirmed", Confirmation(m).GetProperty("status").GetString());
        m = await ActAsync(head, id, "close", new { closedOn = "2025-12-26" });
        Assert.Equal("Closed", m.GetProperty("status").GetString());
        Assert.Equal("2025-12-26", m.GetProperty("mediation").GetProperty("closedOn").GetString());

        // The list filters by a mediation's own statuses and names them in Chinese.
        var list = await GetJsonAsync(head, "/api/cases?kind=mediation&status=closed&pageSize=100");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("已结束", row.GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task An_agreement_on_patent_ownership_cannot_be_judicially_confirmed()
    {
        using var head = await HeadAsync();
        var id = await MediationAsync(head, "某研究所与某公司专利权权属纠纷调解", "专利申请权或者专利权权属", 6101);
        await ActAsync(head, id, "send-notice", new { sentOn = "2025-11-05" });
        await ActAsync(head, id, "record-reply", new { repliedOn = "2025-11-12", agreed = true });
        await ActAsync(head, id, "file", new { filedOn = "2025-11-14" });
        var m = await ActAsync(head, id, "agree", new { signedOn = "2025-11-28", content = "专利权归申请人所有" });
        var confirmation = Confirmation(m);
        Assert.False(confirmation.GetProperty("possible").GetBoolean());
        Assert.Contains("第三百五十五条", confirmation.GetProperty("blocked").GetString());
        var refused = await head.PostAsJsonAsync($"/api/cases/{id}/actions/apply-confirmation", new { appliedOn = "2025-12-10", court = "天津市第三中级人民法院" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("第三百五十五条", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_mediation_request_without_a_dispute_type_or_in_the_future_is_refused()
    {
        using var head = await HeadAsync();
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/mediations", new { title = "无类型", requestReceivedOn = "2025-11-03" }), "disputeType");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/mediations",
            new { title = "未来", disputeType = "商标侵权赔偿数额", requestReceivedOn = "2026-03-03" }), "requestReceivedOn");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/mediations/999999")).StatusCode);
    }
}

public sealed class MediationApiTests_Sqlite(SqliteApp app) : MediationApiTests<SqliteApp>(app);

public sealed class MediationApiTests_Postgres(PostgresApp app) : MediationApiTests<PostgresApp>(app);
