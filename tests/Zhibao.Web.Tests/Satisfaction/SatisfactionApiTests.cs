using System.Net;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Satisfaction;

/// <summary>满意度: single-use links answered without an account, phone answers, statistics, and the data scope.</summary>
public abstract partial class SatisfactionApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private string Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    private int Year => App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;

    /// <summary>A mediation registered by 王科长 for <paramref name="unitCode"/>; closed (调解不成) unless asked otherwise.</summary>
    private async Task<(int Id, int PartyId)> MediationAsync(string title, string unitCode, int seed, string type = "peoples", bool close = true)
    {
        var party = await CaseTestData.EnterpriseAsync(App, $"{title}申请公司", seed);
        using var head = await App.ClientAsAsync("kezhang");
        var response = await head.PostAsJsonAsync("/api/mediations", new
        {
            title, mediationType = type, disputeType = "其他知识产权纠纷", requestReceivedOn = Today, mediatorName = "北辰区人民调解委员会 李调解",
            unitId = await CaseTestData.UnitIdAsync(App, unitCode), parties = new[] { new { partyId = party, role = "requester" } },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await JsonAsync(response)).GetProperty("id").GetInt32();
        if (close)
        {
            Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { filedOn = Today })).StatusCode);
            var failed = await head.PostAsJsonAsync($"/api/cases/{id}/actions/fail", new { closedOn = Today, ground = "双方未达成协议" });
            Assert.True(failed.StatusCode == HttpStatusCode.OK, await failed.Content.ReadAsStringAsync());
            Assert.Equal(nameof(MediationStatus.Closed), (await JsonAsync(failed)).GetProperty("status").GetString());
        }
        return (id, party);
    }

    private static async Task<(string Link, string Token)> LinkAsync(HttpClient client, int caseId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{caseId}/surveys", body ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var link = (await JsonAsync(response)).GetProperty("link").GetString()!;
        Assert.Equal(link, response.Headers.Location?.OriginalString);
        return (link, link["/survey/".Length..]);
    }

    private Task<SatisfactionSurvey> SurveyAsync(string token) => CaseTestData.WithDbAsync(App, db =>
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
        return db.SatisfactionSurveys.AsNoTracking().SingleAsync(s => s.TokenHash == hash);
    });

    /// <summary>The public page as a browser sees it: decoded text, and the antiforgery token its form carries.</summary>
    private static async Task<(string Text, string? Antiforgery)> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var input = AntiforgeryInput().Match(html);
        var token = input.Success ? Regex.Match(input.Value, "value=\"([^\"]+)\"").Groups[1].Value : null;
        return (WebUtility.HtmlDecode(html), token is null ? null : WebUtility.HtmlDecode(token));
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient anonymous, string link, string antiforgery, string score, string comment = "") =>
        anonymous.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = antiforgery, ["Input.Score"] = score, ["Input.Comment"] = comment,
        }));

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [Fact]
    public async Task An_open_case_gets_no_survey_409_in_chinese()
    {
        var (id, _) = await MediationAsync("某商贸公司商标侵权赔偿纠纷调解", "BC-ZSCQ", 5101, close: false);
        using var head = await App.ClientAsAsync("kezhang");
        var link = await head.PostAsJsonAsync($"/api/cases/{id}/surveys", new { });
        Assert.Equal(HttpStatusCode.Conflict, link.StatusCode);
        Assert.Contains("尚未结案", (await JsonAsync(link)).GetProperty("detail").GetString());
        var phone = await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 5 });
        Assert.Equal(HttpStatusCode.Conflict, phone.StatusCode);
        Assert.Empty((await GetJsonAsync(head, $"/api/cases/{id}/surveys")).EnumerateArray());
    }

    [Fact]
    public async Task A_closed_case_gets_a_link_that_a_party_answers_once_without_an_account()
    {
        const string title = "某电器行专利侵权赔偿纠纷调解";
        var (id, party) = await MediationAsync(title, "BC-ZSCQ", 5102);
        using var head = await App.ClientAsAsync("kezhang");
        var (link, token) = await LinkAsync(head, id, new { partyId = party });
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);

        // Only the hash is stored.
        var stored = await SurveyAsync(token);
        Assert.Equal(SurveyChannel.Link, stored.Channel);
        Assert.Equal($"{title}申请公司", stored.PartyName);
        Assert.Null(stored.Score);
        Assert.Equal(TimeSpan.FromDays(30), stored.ExpiresAt!.Value - stored.CreatedAt);

        using var anonymous = App.CreateClient();
        var (page, antiforgery) = await PageAsync(await anonymous.GetAsync(link));
        Assert.Contains(title, page);
        Assert.Contains("很满意", page);
        Assert.DoesNotContain("申请公司", page); // the case title, never the parties
        Assert.NotNull(antiforgery);

        // A score outside 1–5 is refused, naming the field, and nothing is saved.
        var (refused, _) = await PageAsync(await AnswerAsync(anonymous, link, antiforgery!, "9", "态度很好"));
        Assert.Contains("请选择满意度评分（1至5分）", refused);
        Assert.Null((await SurveyAsync(token)).Score);

        var (answered, _) = await PageAsync(await AnswerAsync(anonymous, link, antiforgery!, "5", "办事高效，态度很好"));
        Assert.Contains("提交成功", answered);
        var saved = await SurveyAsync(token);
        Assert.Equal(5, saved.Score);
        Assert.Equal("办事高效，态度很好", saved.Comment);
        Assert.NotNull(saved.AnsweredAt);

        // The second use is refused and changes nothing.
        var (again, _) = await PageAsync(await AnswerAsync(anonymous, link, antiforgery!, "1", "改主意了"));
        Assert.Contains("已经提交过", again);
        Assert.DoesNotContain("提交成功", again);
        var unchanged = await SurveyAsync(token);
        Assert.Equal(5, unchanged.Score);
        Assert.Equal("办事高效，态度很好", unchanged.Comment);
        Assert.Equal(saved.AnsweredAt, unchanged.AnsweredAt);
        Assert.Contains("已经提交过", (await PageAsync(await anonymous.GetAsync(link))).Text);

        var list = (await GetJsonAsync(head, $"/api/cases/{id}/surveys")).EnumerateArray().Single();
        Assert.Equal("answered", list.GetProperty("status").GetString());
        Assert.Equal(5, list.GetProperty("score").GetInt32());
        Assert.Equal("link", list.GetProperty("channel").GetString());
        Assert.False(list.TryGetProperty("tokenHash", out _));

        // An unknown token says so.
        Assert.Contains("链接无效", (await PageAsync(await anonymous.GetAsync("/survey/" + new string('A', 43)))).Text);
        Assert.Contains("链接无效", (await PageAsync(await anonymous.GetAsync("/survey/not-a-token"))).Text);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_changes_nothing()
    {
        var (id, _) = await MediationAsync("某五金店商标侵权赔偿纠纷调解", "BC-ZSCQ", 5103);
        string link, token;
        using (var head = await App.ClientAsAsync("kezhang"))
        {
            (link, token) = await LinkAsync(head, id);
        }
        using var anonymous = App.CreateClient();
        var (_, antiforgery) = await PageAsync(await anonymous.GetAsync(link));
        Assert.NotNull(antiforgery);

        App.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains("已过期", (await PageAsync(await anonymous.GetAsync(link))).Text);
        var (refused, _) = await PageAsync(await AnswerAsync(anonymous, link, antiforgery!, "4"));
        Assert.Contains("已过期", refused);
        var survey = await SurveyAsync(token);
        Assert.Null(survey.Score);
        Assert.Null(survey.AnsweredAt);
        using var later = await App.ClientAsAsync("kezhang");
        Assert.Equal("expired", (await GetJsonAsync(later, $"/api/cases/{id}/surveys")).EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_phone_answer_is_recorded_by_the_officer_and_a_bad_score_names_the_field()
    {
        var (id, party) = await MediationAsync("某餐饮店商标侵权赔偿纠纷调解", "BC-ZSCQ", 5104);
        using var head = await App.ClientAsAsync("kezhang");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 0 }), "score");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 6 }), "score");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { comment = "没有评分" }), "score");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 4, partyId = party + 100000 }), "partyId");

        var response = await head.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 4, comment = "电话回访：基本满意，希望加快进度", partyId = party });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var survey = await JsonAsync(response);
        Assert.Equal("phone", survey.GetProperty("channel").GetString());
        Assert.Equal("电话", survey.GetProperty("channelName").GetString());
        Assert.Equal(4, survey.GetProperty("score").GetInt32());
        Assert.Equal("满意", survey.GetProperty("scoreName").GetString());
        Assert.Equal("王科长", survey.GetProperty("recordedByName").GetString());
        Assert.Equal("answered", survey.GetProperty("status").GetString());
        var list = (await GetJsonAsync(head, $"/api/cases/{id}/surveys")).EnumerateArray().ToList();
        Assert.Single(list);
        Assert.Equal("某餐饮店商标侵权赔偿纠纷调解申请公司", list[0].GetProperty("partyName").GetString());

        // The case page's section (placed there by the case page) shows the answer and, for a handler, both buttons.
        var section = await RenderSectionAsync(id);
        Assert.Contains("生成满意度调查链接", section);
        Assert.Contains("记录电话回访", section);
        Assert.Contains("4分 · 满意", section);
        Assert.Contains("电话回访：基本满意，希望加快进度", section);
    }

    /// <summary>Renders <see cref="Zhibao.Web.Satisfaction.CaseSatisfaction"/> as 王科长 would see it before it turns interactive.</summary>
    private async Task<string> RenderSectionAsync(int caseId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Zhibao.Web.Platform.Auth.CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "1"), new Claim(ClaimTypes.Name, "kezhang"),
            new Claim(Zhibao.Web.Platform.Auth.ZhibaoClaimTypes.DataScope, "All"),
            new Claim(Zhibao.Data.Permissions.ClaimType, Zhibao.Data.Permissions.CaseView), new Claim(Zhibao.Data.Permissions.ClaimType, Zhibao.Data.Permissions.CaseHandle),
        ], "test")));
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return WebUtility.HtmlDecode(await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<Zhibao.Web.Satisfaction.CaseSatisfaction>(ParameterView.FromDictionary(
                new Dictionary<string, object?> { ["CaseId"] = caseId }))).ToHtmlString()));
    }

    [Fact]
    public async Task Statistics_count_and_average_by_unit_kind_and_path_within_the_data_scope()
    {
        // 瑞景所 and 宜兴埠所 are used by no other test of this class.
        var ruijing = await CaseTestData.UnitIdAsync(App, "BC-RJ");
        var yixingbu = await CaseTestData.UnitIdAsync(App, "BC-YXB");
        using var head = await App.ClientAsAsync("kezhang");
        var (peoples, _) = await MediationAsync("瑞景甲公司商标侵权赔偿纠纷调解", "BC-RJ", 5105, "peoples");
        var (administrative, _) = await MediationAsync("瑞景乙公司商标侵权赔偿纠纷调解", "BC-RJ", 5106, "administrative");
        var penalty = await ClosedCaseAsync(new PenaltyCase
        {
            Kind = CaseKind.Penalty, Title = "瑞景某超市销售侵权商品案", Subject = "商标侵权", Source = "投诉", Status = nameof(PenaltyCaseStatus.Closed), OrgUnitId = ruijing,
        });
        var adjudication = await ClosedCaseAsync(new AdjudicationCase
        {
            Kind = CaseKind.Adjudication, Title = "宜兴埠某公司专利侵权纠纷案", Subject = "专利侵权纠纷", Source = "当事人请求", Status = nameof(AdjudicationStatus.Closed),
            OrgUnitId = yixingbu, PatentNumber = "ZL201920000001.X", Closure = AdjudicationClosure.Mediation,
        });
        foreach (var (caseId, score) in new[] { (peoples, 5), (peoples, 3), (administrative, 4), (penalty, 2), (adjudication, 5) })
        {
            Assert.Equal(HttpStatusCode.Created, (await head.PostAsJsonAsync($"/api/cases/{caseId}/surveys/phone", new { score })).StatusCode);
        }
        await LinkAsync(head, peoples); // sent, not answered

        var stats = await GetJsonAsync(head, $"/api/satisfaction/stats?year={Year}&unitId={ruijing}");
        AssertRow(stats.GetProperty("total"), 5, 4, 3.5, [0, 1, 1, 1, 1]);
        var unit = stats.GetProperty("byUnit").EnumerateArray().Single();
        Assert.Equal("瑞景市场监督管理所", unit.GetProperty("name").GetString());
        AssertRow(unit, 5, 4, 3.5, [0, 1, 1, 1, 1]);
        var kinds = stats.GetProperty("byKind").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        AssertRow(kinds["Mediation"], 4, 3, 4.0, [0, 0, 1, 1, 1]);
        AssertRow(kinds["Penalty"], 1, 1, 2.0, [0, 1, 0, 0, 0]);
        AssertRow(kinds["Adjudication"], 0, 0, null, [0, 0, 0, 0, 0]);
        var paths = stats.GetProperty("byPath").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        AssertRow(paths["mediation.Peoples"], 3, 2, 4.0, [0, 0, 1, 0, 1]);
        Assert.Equal("调解·人民调解", paths["mediation.Peoples"].GetProperty("name").GetString());
        AssertRow(paths["mediation.Administrative"], 1, 1, 4.0, [0, 0, 0, 1, 0]);
        AssertRow(paths["penalty"], 1, 1, 2.0, [0, 1, 0, 0, 0]);

        using var leader = await App.ClientAsAsync("lingdao");
        var other = await GetJsonAsync(leader, $"/api/satisfaction/stats?year={Year}&unitId={yixingbu}");
        var closure = other.GetProperty("byPath").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "adjudication.Mediation");
        Assert.Equal("行政裁决·调解结案", closure.GetProperty("name").GetString());
        AssertRow(closure, 1, 1, 5.0, [0, 0, 0, 0, 1]);
        AssertRow(other.GetProperty("byKind").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "Adjudication"), 1, 1, 5.0, [0, 0, 0, 0, 1]);

        // A station sees its own unit only: another unit is refused as a filter and absent from its totals.
        using var station = await App.ClientAsAsync("suo2");
        await AssertFieldErrorAsync(await station.GetAsync($"/api/satisfaction/stats?year={Year}&unitId={ruijing}"), "unitId");
        var own = await GetJsonAsync(station, $"/api/satisfaction/stats?year={Year}");
        Assert.DoesNotContain(own.GetProperty("byUnit").EnumerateArray(), r => r.GetProperty("name").GetString() is "瑞景市场监督管理所" or "宜兴埠市场监督管理所");

        var export = await head.GetAsync($"/api/satisfaction/stats/export?year={Year}&unitId={ruijing}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var total = rows.First(r => (string)r["统计维度"] == "合计");
        Assert.Equal(5d, Convert.ToDouble(total["调查数"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3.5d, Convert.ToDouble(total["平均分"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => (string)r["名称"] == "调解·人民调解");
        Assert.Contains(rows, r => (string)r["统计维度"] == "按单位" && (string)r["名称"] == "瑞景市场监督管理所");

        // The 满意度统计 page renders the same figures (prerendered, as the browser first receives it).
        var page = await head.GetAsync("/statistics/satisfaction");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("满意度统计", html);
        Assert.Contains("调解·人民调解", html);
        Assert.Contains("瑞景市场监督管理所", html);
    }

    [Fact]
    public async Task Another_station_can_neither_see_nor_make_surveys_of_a_case_outside_its_scope()
    {
        var (id, _) = await MediationAsync("天穆某商店商标侵权赔偿纠纷调解", "BC-TM", 5107);
        using var own = await App.ClientAsAsync("suo1");
        Assert.Equal(HttpStatusCode.Created, (await own.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 5 })).StatusCode);
        Assert.Single((await GetJsonAsync(own, $"/api/cases/{id}/surveys")).EnumerateArray());

        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}/surveys")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{id}/surveys", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{id}/surveys/phone", new { score = 1 })).StatusCode);
        Assert.Equal(1, await CaseTestData.WithDbAsync(App, db => db.SatisfactionSurveys.CountAsync(s => s.CaseId == id)));

        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/cases/{id}/surveys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/satisfaction/stats")).StatusCode);
    }

    private Task<int> ClosedCaseAsync(Case c) => CaseTestData.WithDbAsync(App, async db =>
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        c.ReceivedOn = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture);
        c.ClosedOn = c.ReceivedOn;
        c.CreatedAt = c.UpdatedAt = now;
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    private static void AssertRow(JsonElement row, int surveys, int answered, double? average, int[] distribution)
    {
        Assert.Equal(surveys, row.GetProperty("surveys").GetInt32());
        Assert.Equal(answered, row.GetProperty("answered").GetInt32());
        var actual = row.GetProperty("averageScore");
        Assert.Equal(average, actual.ValueKind == JsonValueKind.Null ? null : actual.GetDouble());
        Assert.Equal(distribution, row.GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()).ToArray());
    }
}

public sealed class SatisfactionApiTests_Sqlite(SqliteApp app) : SatisfactionApiTests<SqliteApp>(app);

public sealed class SatisfactionApiTests_Postgres(PostgresApp app) : SatisfactionApiTests<PostgresApp>(app);
