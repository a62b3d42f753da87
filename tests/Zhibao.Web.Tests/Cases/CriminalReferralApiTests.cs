using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>行刑衔接 over the API: amounts flag the case, a pending referral bars a penalty, each step is checked.</summary>
public abstract class CriminalReferralApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private string Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    /// <summary>A trademark case of the 天穆 station, filed with two brigade officers and notified, ready for a decision.</summary>
    private async Task<(HttpClient Head, int Id)> NotifiedCaseAsync()
    {
        var head = await App.ClientAsAsync("kezhang");
        var officers = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };
        var c = await JsonAsync(await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "某仓库储存假冒注册商标白酒案", subject = "商标侵权", source = "部门移送", leadReceivedOn = Today,
            unitId = await CaseTestData.UnitIdAsync(App, "BC-TM"), officerIds = officers,
        }));
        var id = c.GetProperty("id").GetInt32();
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { }));
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/review", new { }));
        using (var reviewer = await App.ClientAsAsync("fazhi"))
        {
            var approval = c.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("status").GetString() == "pending").GetProperty("id").GetInt32();
            await OkAsync(await reviewer.PostAsJsonAsync($"/api/cases/{id}/approvals/{approval}/approve", new { }));
        }
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/notify", new { proposedFine = 200000 }));
        return (head, id);
    }

    [Fact]
    public async Task Amounts_over_the_threshold_flag_the_case_and_a_pending_referral_bars_a_penalty_until_the_case_goes_to_the_police()
    {
        var (head, id) = await NotifiedCaseAsync();
        using var _ = head;

        var c = await OkAsync(await head.PutAsJsonAsync($"/api/cases/{id}/criminal-amounts", new { illegalBusinessVolume = 30000 }));
        Assert.Equal("possiblySuspected", c.GetProperty("criminal").GetProperty("status").GetString());
        c = await OkAsync(await head.PutAsJsonAsync($"/api/cases/{id}/criminal-amounts", new { illegalBusinessVolume = 60000 }));
        var criminal = c.GetProperty("criminal");
        Assert.Equal("meetsProsecution", criminal.GetProperty("status").GetString());
        Assert.Equal("法释〔2004〕19号", criminal.GetProperty("ruleSet").GetString()); // a 2023 lead: the rules in force then
        Assert.Contains(c.GetProperty("history").EnumerateArray(), h => h.GetProperty("comment").GetString()?.Contains("达到追诉标准") == true);
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/cases/{id}/criminal-amounts", new { illegalIncome = -1 }), "illegalIncome");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals", new { }), "suspectedOffence");
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals", new
        {
            suspectedOffence = "假冒注册商标罪", policeUnitId = await CaseTestData.UnitIdAsync(App, "EX-BCPSB"),
        }));
        var referral = c.GetProperty("referrals")[0];
        var rid = referral.GetProperty("id").GetInt32();
        Assert.Equal("Drafted", referral.GetProperty("status").GetString());
        Assert.Contains("3日", referral.GetProperty("clockBasis").GetString());

        // While the referral is pending, neither a penalty decision nor a 不予处罚 may replace it (国务院令第310号第十一条).
        var decide = await head.PostAsJsonAsync($"/api/cases/{id}/actions/decide", new { outcome = "penalty", fineAmount = 200000, statementReceived = true });
        Assert.Equal(HttpStatusCode.Conflict, decide.StatusCode);
        Assert.Contains("第十一条", (await JsonAsync(decide)).GetProperty("detail").GetString());

        // Only the principal head decides on the referral.
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/approve", new { })).StatusCode);
        using (var leader = await App.ClientAsAsync("lingdao"))
        {
            await OkAsync(await leader.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/approve", new { }));
        }
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/police-file", new { })).StatusCode);
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/transfer", new { }));
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/receive", new { }));
        await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/police-file", new { }));
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/referrals/{rid}/actions/hand-over-goods", new { }));
        Assert.True(c.GetProperty("referrals")[0].GetProperty("barsPenalty").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict,
            (await head.PostAsJsonAsync($"/api/cases/{id}/actions/decide", new { outcome = "penalty", fineAmount = 200000, statementReceived = true })).StatusCode);

        // The case ends as transferred to the judicial organs, and then closes.
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/decide", new { outcome = "transferToJudiciary", statementReceived = true }));
        Assert.Equal("Transferred", c.GetProperty("status").GetString());
        c = await OkAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/close", new { }));
        Assert.Equal("Closed", c.GetProperty("status").GetString());

        // The station whose case it is sees it, brigade officers included, though they are outside its registry scope.
        using var station = await App.ClientAsAsync("suo1");
        var seen = await GetJsonAsync(station, $"/api/cases/{id}");
        Assert.Equal(2, seen.GetProperty("officers").GetArrayLength());
    }
}

public sealed class CriminalReferralApiTests_Sqlite(SqliteApp app) : CriminalReferralApiTests<SqliteApp>(app);

public sealed class CriminalReferralApiTests_Postgres(PostgresApp app) : CriminalReferralApiTests<PostgresApp>(app);
