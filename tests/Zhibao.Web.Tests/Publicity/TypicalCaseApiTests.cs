using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Documents.Tests;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Publicity;

/// <summary>
/// 典型案例 (issue 9, done means: “a typical case is published from a closed case with no personal data left”): drafted from
/// a closed penalty case whose party is a person, reviewed, published, recommended, exported and counted.
/// </summary>
public abstract class TypicalCaseApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private const string Address = "天津市北辰区果园新村街示范路8号";

    private static readonly string[] Blocks = ["title", "facts", "handling", "result", "significance"];

    /// <summary>A closed penalty case of <paramref name="unitCode"/> against the person <paramref name="name"/>, whose summary holds all their data.</summary>
    private async Task<(int CaseId, string IdNumber, string Phone)> ClosedCaseOfAsync(string name, int seq, string unitCode = "BC-ZSCQ")
    {
        var id = PublicityTestData.IdNumber(seq);
        var phone = $"13900{seq:D6}";
        var party = await PublicityTestData.PersonAsync(App, name, id, Address, phone);
        var caseId = await PublicityTestData.ClosedPenaltyCaseAsync(App, unitCode, party, $"{name}销售侵犯注册商标专用权商品案",
            $"当事人{name}（身份证号码{id}，住所{Address}，联系电话{phone}）在其经营的店铺内销售侵犯“桂发祥”注册商标专用权的麻花。{name}对违法事实无异议。",
            900 + seq);
        return (caseId, id, phone);
    }

    private static async Task<JsonElement> DraftAsync(HttpClient client, int caseId)
    {
        var response = await client.PostAsJsonAsync("/api/typical-cases", new { caseId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private static string AllText(JsonElement t) => string.Join("\n", Blocks.Select(b => t.GetProperty(b).GetString()));

    private static object Edit(JsonElement t, string? facts = null) => new
    {
        title = t.GetProperty("title").GetString(), facts = facts ?? t.GetProperty("facts").GetString(), handling = t.GetProperty("handling").GetString(),
        result = t.GetProperty("result").GetString(), significance = t.GetProperty("significance").GetString(), isFineCase = true,
        version = t.GetProperty("version").GetInt32(),
    };

    private static async Task<JsonElement> TypicalActAsync(HttpClient client, int id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/typical-cases/{id}/actions/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    [Fact]
    public async Task A_draft_from_a_closed_penalty_case_holds_neither_the_id_number_nor_the_name_nor_the_address_nor_the_phone()
    {
        var (caseId, id, phone) = await ClosedCaseOfAsync("张三丰", 101);
        using var head = await App.ClientAsAsync("kezhang");

        var draft = await DraftAsync(head, caseId);

        var text = AllText(draft);
        Assert.DoesNotContain(id, text);
        Assert.DoesNotContain("张三丰", text);
        Assert.DoesNotContain("示范路", text);
        Assert.DoesNotContain(phone, text);
        Assert.Equal("张某销售侵犯注册商标专用权商品案", draft.GetProperty("title").GetString());
        Assert.Contains("当事人张某在其经营的店铺内销售侵犯“桂发祥”注册商标专用权的麻花", draft.GetProperty("facts").GetString());
        Assert.Contains("注册商标“桂发祥”（第1234567号，第30类）", draft.GetProperty("facts").GetString());
        Assert.Contains("2023年9月4日，天津市北辰区市场监督管理局依法立案调查", draft.GetProperty("handling").GetString());
        Assert.Contains("罚款5000元", draft.GetProperty("result").GetString());
        Assert.False(string.IsNullOrWhiteSpace(draft.GetProperty("significance").GetString()));
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Empty(draft.GetProperty("problems").EnumerateArray());
        Assert.Contains("submit", draft.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Putting_the_id_number_back_makes_approval_fail_with_409_naming_it_then_return_fix_approve_publish_and_count()
    {
        var (caseId, id, _) = await ClosedCaseOfAsync("欧阳娜娜", 102, "BC-YXB");
        var unit = await CaseTestData.UnitIdAsync(App, "BC-YXB");
        using var head = await App.ClientAsAsync("kezhang");
        using var leader = await App.ClientAsAsync("lingdao");
        var draft = await DraftAsync(head, caseId);
        var typicalId = draft.GetProperty("id").GetInt32();
        Assert.Contains("欧阳某", draft.GetProperty("facts").GetString());

        // The author types the number back in: the editor shows it at once.
        var edited = await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", Edit(draft, draft.GetProperty("facts").GetString() + $"经查，当事人身份证号码为{id}。"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var withNumber = await JsonAsync(edited);
        var problem = Assert.Single(withNumber.GetProperty("problems").EnumerateArray());
        Assert.Equal("facts", problem.GetProperty("block").GetString());
        Assert.Equal(id, problem.GetProperty("value").GetString());
        Assert.True(withNumber.GetProperty("isFineCase").GetBoolean());

        var submitted = await TypicalActAsync(head, typicalId, "submit", new { });
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        // The text is fixed while it waits for review.
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", Edit(submitted))).StatusCode);

        var refused = await leader.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/approve", new { comment = "同意" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await JsonAsync(refused);
        Assert.Contains(id, body.GetProperty("detail").GetString());
        Assert.Equal(id, Assert.Single(body.GetProperty("problems").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal("submitted", (await GetJsonAsync(head, $"/api/typical-cases/{typicalId}")).GetProperty("status").GetString());

        // Returned with a comment (required), fixed, submitted again, approved.
        await AssertFieldErrorAsync(await leader.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/return", new { }), "comment");
        var returned = await TypicalActAsync(leader, typicalId, "return", new { comment = "删除身份证号码" });
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        Assert.Equal("删除身份证号码", returned.GetProperty("reviewComment").GetString());
        var fixedText = await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", Edit(returned, draft.GetProperty("facts").GetString()));
        Assert.Empty((await JsonAsync(fixedText)).GetProperty("problems").EnumerateArray());
        await TypicalActAsync(head, typicalId, "submit", new { });
        var approved = await TypicalActAsync(leader, typicalId, "approve", new { comment = "同意发布" });
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("刘局长", approved.GetProperty("reviewedByName").GetString());

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/publish", new { channel = "微博", publishedOn = "2023-10-09" }), "channel");
        var published = await TypicalActAsync(head, typicalId, "publish",
            new { channel = "新媒体", outlet = "北辰融媒", publishedOn = "2023-10-09", link = "https://example.cn/typical/1", views = 3200 });
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal("新媒体", published.GetProperty("publishChannel").GetString());
        Assert.Equal("2023-10-09", published.GetProperty("publishedOn").GetString());
        Assert.Equal(3200, Assert.Single(published.GetProperty("mediaReports").EnumerateArray()).GetProperty("views").GetInt32());
        // A second channel is one more media report; the first publication stays the typical case's.
        var again = await TypicalActAsync(head, typicalId, "publish", new { channel = "报刊", outlet = "天津日报", publishedOn = "2023-10-09" });
        Assert.Equal(2, again.GetProperty("mediaReports").GetArrayLength());
        Assert.Equal("新媒体", again.GetProperty("publishChannel").GetString());

        var counts = await GetJsonAsync(head, $"/api/typical-cases/counts?year=2023&unitId={unit}");
        Assert.Equal(1, counts.GetProperty("drafted").GetInt32());
        Assert.Equal(1, counts.GetProperty("approved").GetInt32());
        Assert.Equal(1, counts.GetProperty("published").GetInt32());
        Assert.Equal(1, counts.GetProperty("fineCases").GetInt32());
        Assert.Equal(0, counts.GetProperty("recommended").GetInt32());
        Assert.Equal(0, (await GetJsonAsync(head, $"/api/typical-cases/counts?year=2022&unitId={unit}")).GetProperty("published").GetInt32());
    }

    [Fact]
    public async Task The_published_typical_case_exports_as_a_docx_in_which_libreoffice_finds_no_personal_data()
    {
        var (caseId, id, phone) = await ClosedCaseOfAsync("司马相如", 103);
        using var head = await App.ClientAsAsync("kezhang");
        var typicalId = (await DraftAsync(head, caseId)).GetProperty("id").GetInt32();
        // Not before approval: the text may still hold personal data.
        Assert.Equal(HttpStatusCode.Conflict, (await head.GetAsync($"/api/typical-cases/{typicalId}/document")).StatusCode);
        await TypicalActAsync(head, typicalId, "submit", new { });
        await TypicalActAsync(head, typicalId, "approve", new { });
        await TypicalActAsync(head, typicalId, "publish", new { channel = "门户网站", publishedOn = "2023-10-09", link = "http://scjg.tjbc.gov.cn/dxal/1.html" });

        var download = await head.GetAsync($"/api/typical-cases/{typicalId}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        using var office = new LibreOffice();
        var text = office.ToText(await download.Content.ReadAsByteArrayAsync());

        Assert.Contains("司马某销售侵犯注册商标专用权商品案", text);
        Assert.Contains("一、基本案情", text);
        Assert.Contains("四、典型意义", text);
        Assert.Contains("天津市北辰区市场监督管理局", text);
        Assert.DoesNotContain(id, text);
        Assert.DoesNotContain("司马相如", text);
        Assert.DoesNotContain(phone, text);
        Assert.DoesNotContain("示范路", text);
    }

    [Fact]
    public async Task Only_a_closed_case_in_scope_gives_one_typical_case()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await PublicityTestData.PersonAsync(App, "李未结", PublicityTestData.IdNumber(104), Address, "13900000104");
        var open = await PublicityTestData.ClosedPenaltyCaseAsync(App, "BC-ZSCQ", party, "李未结案", "案情", 1104, status: "Decided");
        var open409 = await head.PostAsJsonAsync("/api/typical-cases", new { caseId = open });
        Assert.Equal(HttpStatusCode.Conflict, open409.StatusCode);
        Assert.Contains("尚未结案", (await JsonAsync(open409)).GetProperty("detail").GetString());

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/typical-cases", new { }), "caseId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/typical-cases", new { caseId = 999999 }), "caseId");

        var (caseId, _, _) = await ClosedCaseOfAsync("王重复", 105);
        var first = await DraftAsync(head, caseId);
        var second = await head.PostAsJsonAsync("/api/typical-cases", new { caseId });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(first.GetProperty("id").GetInt32(), (await JsonAsync(second)).GetProperty("existingId").GetInt32());

        // A station officer drafts only from cases of their own station, and sees only its typical cases.
        var (tianmuCase, _, _) = await ClosedCaseOfAsync("赵天穆", 106, "BC-TM");
        using var tianmu = await App.ClientAsAsync("suo1");
        using var beicang = await App.ClientAsAsync("suo2");
        await AssertFieldErrorAsync(await beicang.PostAsJsonAsync("/api/typical-cases", new { caseId = tianmuCase }), "caseId");
        var own = await DraftAsync(tianmu, tianmuCase);
        Assert.Equal(HttpStatusCode.NotFound, (await beicang.GetAsync($"/api/typical-cases/{own.GetProperty("id").GetInt32()}")).StatusCode);
        var search = $"search={Uri.EscapeDataString("赵某销售")}";
        Assert.Equal(0, (await GetJsonAsync(beicang, "/api/typical-cases?" + search)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await GetJsonAsync(tianmu, "/api/typical-cases?" + search)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Review_needs_the_section_head_or_a_leader_and_a_stale_edit_answers_409()
    {
        var (caseId, _, _) = await ClosedCaseOfAsync("钱审核", 107);
        using var head = await App.ClientAsAsync("kezhang");
        using var readOnly = await App.ClientAsAsync("zhidu"); // sees every unit, reviews nothing
        var draft = await DraftAsync(head, caseId);
        var typicalId = draft.GetProperty("id").GetInt32();

        var saved = await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", Edit(draft));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", Edit(draft));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/typical-cases/{typicalId}", new { title = "", version = 0 }), "title");

        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/publish", new { channel = "报刊", publishedOn = "2023-10-09" })).StatusCode);
        await TypicalActAsync(head, typicalId, "submit", new { });
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/delete", new { })).StatusCode);
    }

    [Fact]
    public async Task A_recommendation_to_the_city_bureau_is_tracked_to_its_result_and_counted()
    {
        var (caseId, _, _) = await ClosedCaseOfAsync("孙推荐", 108, "BC-XD");
        var unit = await CaseTestData.UnitIdAsync(App, "BC-XD");
        using var head = await App.ClientAsAsync("kezhang");
        var typicalId = (await DraftAsync(head, caseId)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/recommend",
            new { recommendationKind = "guidingCase", recommendedOn = "2023-10-08" })).StatusCode); // not approved yet
        await TypicalActAsync(head, typicalId, "submit", new { });
        await TypicalActAsync(head, typicalId, "approve", new { });

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/recommend", new { recommendedOn = "2023-10-08" }), "recommendationKind");
        var pending = await TypicalActAsync(head, typicalId, "recommend", new { recommendationKind = "指导案例", recommendedOn = "2023-10-08", isFineCase = true });
        Assert.Equal("待反馈", pending.GetProperty("recommendation").GetProperty("resultName").GetString());
        Assert.True(pending.GetProperty("isFineCase").GetBoolean());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/recommend", new { result = "adopted" }), "resultOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/typical-cases/{typicalId}/actions/recommend", new { result = "adopted", resultOn = "2023-10-07" }), "resultOn");
        var adopted = await TypicalActAsync(head, typicalId, "recommend", new { result = "采纳", resultOn = "2023-10-09", comment = "市局采纳为指导案例" });
        Assert.Equal("guidingCase", adopted.GetProperty("recommendation").GetProperty("kind").GetString());
        Assert.Equal("采纳", adopted.GetProperty("recommendation").GetProperty("resultName").GetString());
        Assert.Equal("approved", adopted.GetProperty("status").GetString());

        var counts = await GetJsonAsync(head, $"/api/typical-cases/counts?year=2023&unitId={unit}");
        Assert.Equal(1, counts.GetProperty("recommended").GetInt32());
        Assert.Equal(1, counts.GetProperty("recommendedGuiding").GetInt32());
        Assert.Equal(1, counts.GetProperty("adopted").GetInt32());
        Assert.Equal(0, counts.GetProperty("awaitingResult").GetInt32());
        Assert.Equal(1, counts.GetProperty("fineCases").GetInt32());
        Assert.Equal(0, counts.GetProperty("published").GetInt32());

        var list = await head.GetAsync($"/api/typical-cases/export?unitId={unit}");
        using var stream = new MemoryStream(await list.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("采纳", row["推荐结果"]?.ToString());
        Assert.Equal("是", row["精品案件"]?.ToString());
    }

    [Fact]
    public async Task An_enterprise_keeps_its_name_while_its_penalty_is_published_and_is_masked_in_a_mediation()
    {
        using var head = await App.ClientAsAsync("kezhang");
        // 5,000 yuan is a 较低数额 fine: published for three months from 2023-09-25, still running on 2023-10-09.
        var company = await CaseTestData.EnterpriseAsync(App, "天津公示商贸有限公司", 7101);
        var penalty = await PublicityTestData.ClosedPenaltyCaseAsync(App, "BC-ZSCQ", company, "天津公示商贸有限公司销售侵权商品案",
            "天津公示商贸有限公司（法定代表人张三）销售侵权商品。", 1201);
        var named = await DraftAsync(head, penalty);
        Assert.Equal("天津公示商贸有限公司销售侵权商品案", named.GetProperty("title").GetString());
        Assert.Contains("法定代表人张某", named.GetProperty("facts").GetString());
        Assert.Contains("第十三条", named.GetProperty("namingNote").GetString());

        // Published on 2023-06-01: the three months ended on 2023-09-01, so the name is masked.
        var expired = await CaseTestData.EnterpriseAsync(App, "天津过期商贸有限公司", 7102);
        var old = await PublicityTestData.ClosedPenaltyCaseAsync(App, "BC-ZSCQ", expired, "天津过期商贸有限公司销售侵权商品案", "天津过期商贸有限公司销售侵权商品。", 1202,
            publishedOn: new DateOnly(2023, 6, 1));
        var masked = await DraftAsync(head, old);
        Assert.Equal("某公司销售侵权商品案", masked.GetProperty("title").GetString());
        Assert.Contains("届满", masked.GetProperty("namingNote").GetString());

        var requester = await CaseTestData.EnterpriseAsync(App, "天津调解甲有限公司", 7103);
        var respondent = await CaseTestData.EnterpriseAsync(App, "天津调解乙有限公司", 7104);
        var mediation = await PublicityTestData.AgreedMediationAsync(App, "BC-ZSCQ", requester, respondent, "天津调解甲有限公司与天津调解乙有限公司商标侵权纠纷调解");
        var mediated = await DraftAsync(head, mediation);
        var text = AllText(mediated);
        Assert.DoesNotContain("天津调解", text);
        Assert.Equal("甲公司与乙公司商标侵权纠纷调解", mediated.GetProperty("title").GetString());
        Assert.Contains("双方自愿达成调解协议", mediated.GetProperty("result").GetString());
    }
}

public sealed class TypicalCaseApiTests_Sqlite(SqliteApp app) : TypicalCaseApiTests<SqliteApp>(app);

public sealed class TypicalCaseApiTests_Postgres(PostgresApp app) : TypicalCaseApiTests<PostgresApp>(app);
