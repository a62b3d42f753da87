using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Collaboration;

/// <summary>
/// 委托执法 / 联合办案 (issue 9, done means: “a partner user of the protection centre sees an entrusted case and nothing else”):
/// what the partner sees and may do, bad input, stale versions, revocation, the term, and the counts statistics read.
/// </summary>
public abstract class EntrustmentApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> EntrustAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/entrustments", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());

    [Fact]
    public async Task A_partner_user_sees_the_case_entrusted_to_its_centre_and_gets_404_or_empty_lists_for_everything_else()
    {
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        var binhai = await CaseTestData.UnitIdAsync(App, "EX-BHIPPC");
        var police = await CaseTestData.UnitIdAsync(App, "EX-BCPSB");
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var entrustedCase = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某电商平台店铺销售侵犯专利权商品案", 9101, new DateOnly(2023, 9, 28));
        var otherCase = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某五金店销售假冒注册商标商品案", 9102, new DateOnly(2023, 9, 29));
        using var head = await App.ClientAsAsync("kezhang");

        var shared = await EntrustAsync(head, new
        {
            kind = "entrusted", partnerUnitId = centre, caseId = entrustedCase, scope = "对涉案商品进行技术比对，协助调取电商平台交易数据",
            startOn = "2023-10-09", endOn = "2023-12-31",
        });
        var sharedId = shared.GetProperty("id").GetInt32();
        Assert.Equal("执法大队", shared.GetProperty("unit").GetProperty("name").GetString()); // the case's unit entrusts
        var toBinhai = await EntrustAsync(head, new { kind = "joint", partnerUnitId = binhai, caseId = otherCase, scope = "联合办案", startOn = "2023-10-09", endOn = "2023-12-31" });
        var task = await EntrustAsync(head, new { kind = "entrusted", partnerUnitId = binhai, taskTitle = "滨海新区跨区线索核查", scope = "核查", startOn = "2023-10-09", endOn = "2023-11-30", unitId = section });
        var operation = await JsonAsync(await head.PostAsJsonAsync("/api/operations", new
        {
            kind = "jointEnforcement", name = "与公安联合检查", startDate = "2023-10-01", endDate = "2023-10-31", leadUnitId = section, bodyUnitIds = new[] { police },
        }));
        var request = await JsonAsync(await head.PostAsJsonAsync("/api/requests", new
        {
            kind = "assistance", title = "滨海协查", content = "协查内容", senderUnitId = section, receiverUnitId = binhai,
        }));
        var meeting = await JsonAsync(await head.PostAsJsonAsync("/api/meetings", new
        {
            title = "知识产权保护协作联席会议", heldOn = "2023-10-09", unitId = section, bodyUnitIds = new[] { centre }, decisions = "建立委托执法工作机制",
        }));

        using var partner = await App.ClientAsAsync("xiezuo");
        // The entrusted case: its basic facts, not its file.
        // (Other tests of this class entrust to the centre too: every row is the centre's, none of the others.)
        var list = await GetJsonAsync(partner, "/api/entrustments?pageSize=500");
        Assert.Contains(sharedId, Ids(list));
        Assert.DoesNotContain(toBinhai.GetProperty("id").GetInt32(), Ids(list));
        Assert.DoesNotContain(task.GetProperty("id").GetInt32(), Ids(list));
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal(centre, i.GetProperty("partnerUnitId").GetInt32()));
        Assert.Equal("某电商平台店铺销售侵犯专利权商品案",
            list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == sharedId).GetProperty("subject").GetString());
        var seen = await GetJsonAsync(partner, $"/api/entrustments/{sharedId}");
        Assert.Equal("津辰市监知罚〔2023〕9101号", seen.GetProperty("case").GetProperty("caseNumber").GetString());
        Assert.Contains("当事人：某电商平台店铺销售侵犯专利权商品案当事人有限公司", seen.GetProperty("case").GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.True(seen.GetProperty("canContribute").GetBoolean());
        Assert.False(seen.GetProperty("canEdit").GetBoolean());
        var raw = seen.GetRawText();
        Assert.DoesNotContain("120113199001011234", raw);
        Assert.DoesNotContain("秘密路", raw);

        // Everything else: 404 one by one, absent from every list.
        foreach (var url in new[]
        {
            $"/api/entrustments/{toBinhai.GetProperty("id").GetInt32()}", $"/api/entrustments/{task.GetProperty("id").GetInt32()}",
            $"/api/operations/{operation.GetProperty("id").GetInt32()}", $"/api/requests/{request.GetProperty("id").GetInt32()}",
            $"/api/entrustments/{toBinhai.GetProperty("id").GetInt32()}/files/1",
        })
        {
            Assert.True((await partner.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/entrustments/{toBinhai.GetProperty("id").GetInt32()}/results", new { content = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/operations/{operation.GetProperty("id").GetInt32()}/results",
            new { reportedOn = "2023-10-09", inspections = 1 })).StatusCode);
        Assert.Empty((await GetJsonAsync(partner, "/api/operations")).GetProperty("items").EnumerateArray());
        Assert.Empty((await GetJsonAsync(partner, "/api/requests")).GetProperty("items").EnumerateArray());
        Assert.Equal([sharedId], Ids(await GetJsonAsync(partner, "/api/entrustments?search=" + Uri.EscapeDataString("电商平台店铺"))));
        Assert.Empty(Ids(await GetJsonAsync(partner, "/api/entrustments?search=" + Uri.EscapeDataString("五金店"))));
        // The case module, the meetings and the counts are the bureau's: the partner's role holds none of their permissions.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/cases/{entrustedCase}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/meetings/{meeting.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/operations/counts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PutAsJsonAsync($"/api/entrustments/{sharedId}", new { })).StatusCode);

        // The partner adds material and a result; the bureau sees both.
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(photo, "file", "技术比对照片.png");
        form.Add(new StringContent("比对现场照片"), "description");
        var withFile = await JsonAsync(await partner.PostAsync($"/api/entrustments/{sharedId}/files", form));
        Assert.Equal("天津市知识产权保护中心", Assert.Single(withFile.GetProperty("files").EnumerateArray()).GetProperty("unitName").GetString());
        await AssertFieldErrorAsync(await partner.PostAsJsonAsync($"/api/entrustments/{sharedId}/results", new { content = "" }), "content");
        var withResult = await JsonAsync(await partner.PostAsJsonAsync($"/api/entrustments/{sharedId}/results",
            new { content = "技术比对结论：涉案商品技术方案落入专利权保护范围。" }));
        var result = Assert.Single(withResult.GetProperty("results").EnumerateArray());
        Assert.Equal("保护中心联络员", result.GetProperty("createdByName").GetString());
        Assert.Equal("2023-10-09", result.GetProperty("reportedOn").GetString());
        var bureauView = await GetJsonAsync(head, $"/api/entrustments/{sharedId}");
        Assert.Equal(1, bureauView.GetProperty("results").GetArrayLength());
        Assert.Contains("委托执法：天津市知识产权保护中心", await CollaborationTestData.CaseEventTitlesAsync(App, entrustedCase));

        // Revoked, it is gone for the partner.
        var revoked = await head.PostAsJsonAsync($"/api/entrustments/{sharedId}/actions/revoke", new { reason = "案件改由本局直接办理" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/entrustments/{sharedId}")).StatusCode);
        Assert.DoesNotContain(sharedId, Ids(await GetJsonAsync(partner, "/api/entrustments?pageSize=500")));
    }

    [Fact]
    public async Task Bad_input_answers_400_and_writes_nothing_a_duplicate_or_a_stale_version_answers_409_and_the_term_binds_the_partner()
    {
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        var stationUnit = await CaseTestData.UnitIdAsync(App, "BC-TM");
        var open = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某商场销售假冒商品案", 9201, new DateOnly(2023, 9, 1));
        var closed = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某商店已结案案件", 9202, new DateOnly(2023, 6, 1), closed: true);
        using var head = await App.ClientAsAsync("kezhang");
        var before = await CollaborationTestData.CountAsync<Entrustment>(App);

        var bad = await head.PostAsJsonAsync("/api/entrustments", new { kind = "外包", partnerUnitId = stationUnit, scope = "", startOn = "2023-10-10", endOn = "2023-10-01" });
        Assert.Equal(["caseId", "endOn", "kind", "partnerUnitId", "scope"], Problems.Fields(await Problems.ErrorsAsync(bad)));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/entrustments",
            new { kind = "entrusted", partnerUnitId = centre, caseId = closed, scope = "核查", startOn = "2023-10-09", endOn = "2023-10-31" }), "caseId");
        // A station officer cannot entrust a case outside their scope.
        using var station = await App.ClientAsAsync("suo1");
        await AssertFieldErrorAsync(await station.PostAsJsonAsync("/api/entrustments",
            new { kind = "entrusted", partnerUnitId = centre, caseId = open, scope = "核查", startOn = "2023-10-09", endOn = "2023-10-31" }), "caseId");
        Assert.Equal(before, await CollaborationTestData.CountAsync<Entrustment>(App));

        var created = await EntrustAsync(head, new { kind = "joint", partnerUnitId = centre, caseId = open, scope = "联合调查取证", startOn = "2023-10-09", endOn = "2023-10-31" });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/entrustments",
            new { kind = "entrusted", partnerUnitId = centre, caseId = open, scope = "再次委托", startOn = "2023-10-09", endOn = "2023-10-31" })).StatusCode);

        var edit = new { kind = "joint", partnerUnitId = centre, caseId = open, scope = "联合调查取证及技术比对", startOn = "2023-10-09", endOn = "2023-11-30", version = created.GetProperty("version").GetInt32() };
        Assert.Equal("2023-11-30", (await JsonAsync(await head.PutAsJsonAsync($"/api/entrustments/{id}", edit))).GetProperty("endOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/entrustments/{id}", edit)).StatusCode);
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/entrustments/{id}", edit with { caseId = closed }), "caseId");

        // Past its term the partner adds nothing more (409); the bureau completes it with the outcome.
        var expired = await EntrustAsync(head, new { kind = "entrusted", partnerUnitId = centre, taskTitle = "市场巡查", scope = "巡查", startOn = "2023-09-01", endOn = "2023-09-30" });
        var expiredId = expired.GetProperty("id").GetInt32();
        Assert.Equal("已到期", expired.GetProperty("stateName").GetString());
        using var partner = await App.ClientAsAsync("xiezuo");
        var late = await partner.PostAsJsonAsync($"/api/entrustments/{expiredId}/results", new { content = "巡查结果" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("2023-09-30", (await JsonAsync(late)).GetProperty("detail").GetString());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/entrustments/{expiredId}/actions/complete", new { }), "outcome");
        var completed = await JsonAsync(await head.PostAsJsonAsync($"/api/entrustments/{expiredId}/actions/complete", new { outcome = "巡查商户40家，发现线索2条" }));
        Assert.Equal("已完成", completed.GetProperty("stateName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/entrustments/{expiredId}/actions/revoke", new { reason = "撤回" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/entrustments/{expiredId}/actions/archive", new { })).StatusCode);
    }

    [Fact]
    public async Task The_counts_give_entrusted_and_joint_cases_by_partner_and_how_they_ended()
    {
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        var binhai = await CaseTestData.UnitIdAsync(App, "EX-BHIPPC");
        var unit = await CaseTestData.UnitIdAsync(App, "BC-XD");
        var first = await CollaborationTestData.PenaltyCaseAsync(App, "BC-XD", "小淀某店案一", 9301, new DateOnly(2023, 5, 1));
        var second = await CollaborationTestData.PenaltyCaseAsync(App, "BC-XD", "小淀某店案二", 9302, new DateOnly(2023, 5, 2));
        using var head = await App.ClientAsAsync("kezhang");
        await EntrustAsync(head, new { kind = "entrusted", partnerUnitId = centre, caseId = first, scope = "委托调查", startOn = "2023-05-10", endOn = "2023-12-31" });
        await EntrustAsync(head, new { kind = "joint", partnerUnitId = binhai, caseId = second, scope = "联合办案", startOn = "2023-05-10", endOn = "2023-12-31" });
        await EntrustAsync(head, new { kind = "entrusted", partnerUnitId = centre, taskTitle = "小淀镇商超巡查", scope = "巡查", startOn = "2023-05-10", endOn = "2023-06-30", unitId = unit });
        // The first case is then closed with a fine.
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var c = (PenaltyCase)(await db.Cases.FindAsync(first))!;
            c.ClosedOn = new DateOnly(2023, 9, 1);
            c.Outcome = Zhibao.Domain.Cases.DecisionOutcome.Penalty;
            c.FineAmount = 8000m;
            await db.SaveChangesAsync();
            return 0;
        });

        var counts = (await GetJsonAsync(head, $"/api/operations/counts?year=2023&unitId={unit}")).GetProperty("entrustments");
        Assert.Equal(3, counts.GetProperty("total").GetInt32());
        Assert.Equal(2, counts.GetProperty("entrusted").GetInt32());
        Assert.Equal(1, counts.GetProperty("joint").GetInt32());
        Assert.Equal(2, counts.GetProperty("active").GetInt32());
        Assert.Equal(1, counts.GetProperty("expired").GetInt32());
        Assert.Equal(2, counts.GetProperty("cases").GetInt32());
        Assert.Equal(1, counts.GetProperty("casesClosed").GetInt32());
        Assert.Equal(1, counts.GetProperty("penaltyDecisions").GetInt32());
        Assert.Equal(8000m, counts.GetProperty("fines").GetDecimal());
        var byPartner = counts.GetProperty("byPartner").EnumerateArray().ToDictionary(p => p.GetProperty("unitName").GetString()!);
        Assert.Equal(2, byPartner["天津市知识产权保护中心"].GetProperty("entrusted").GetInt32());
        Assert.Equal(1, byPartner["滨海新区知识产权保护中心"].GetProperty("joint").GetInt32());
    }
}

public sealed class EntrustmentApiTests_Sqlite(SqliteApp app) : EntrustmentApiTests<SqliteApp>(app);

public sealed class EntrustmentApiTests_Postgres(PostgresApp app) : EntrustmentApiTests<PostgresApp>(app);
