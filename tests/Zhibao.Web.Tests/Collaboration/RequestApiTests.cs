using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Collaboration;

/// <summary>
/// Requests between bodies: a technical opinion asked of the protection centre and answered by its user, both sides seeing the
/// status; a hard case escalated to the city bureau with the guidance recorded on the case; 京津冀协查 overdue; bad input.
/// </summary>
public abstract class RequestApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/requests", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    [Fact]
    public async Task A_technical_opinion_asked_of_the_protection_centre_is_answered_by_its_user_and_both_sides_see_the_status()
    {
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        var caseId = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZSCQ", "某公司假冒专利案", 8101, new DateOnly(2023, 9, 20));
        using var head = await App.ClientAsAsync("kezhang");
        var created = await CreateAsync(head, new
        {
            kind = "technicalOpinion", title = "请对涉案产品是否落入专利保护范围出具技术意见", content = "涉案产品照片及专利文件见附件。",
            senderUnitId = section, receiverUnitId = centre, caseId, sentOn = "2023-10-09", dueWorkingDays = 5,
        });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("技术咨询/技术调查", created.GetProperty("kindName").GetString());
        // Five working days from Monday 2023-10-09: 10, 11, 12, 13, 16 October.
        Assert.Equal("2023-10-16", created.GetProperty("dueOn").GetString());
        Assert.Equal("待处理", created.GetProperty("statusName").GetString());
        Assert.Equal("津辰市监知罚〔2023〕8101号", created.GetProperty("case").GetProperty("caseNumber").GetString());

        // The centre's liaison is told by 站内信.
        Assert.True(await CaseTestData.WithDbAsync(App, db =>
            db.Notifications.AnyAsync(n => n.DedupKey.StartsWith($"collab-request:{id}:") && n.Link == $"/collaboration/requests/{id}")));
        using var partner = await App.ClientAsAsync("xiezuo");
        var received = await GetJsonAsync(partner, "/api/requests?direction=received");
        var row = Assert.Single(received.GetProperty("items").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetInt32());
        Assert.Equal("pending", row.GetProperty("status").GetString());
        var seen = await GetJsonAsync(partner, $"/api/requests/{id}");
        Assert.True(seen.GetProperty("canReply").GetBoolean());
        Assert.False(seen.GetProperty("canEdit").GetBoolean());
        // The case the request names is not theirs to open.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/cases/{caseId}")).StatusCode);

        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent("%PDF-1.4 技术意见"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "技术调查意见书.pdf");
        var uploaded = await JsonAsync(await partner.PostAsync($"/api/requests/{id}/files", form));
        var file = Assert.Single(uploaded.GetProperty("files").EnumerateArray());
        Assert.Equal("天津市知识产权保护中心", file.GetProperty("unitName").GetString());

        await AssertFieldErrorAsync(await partner.PostAsJsonAsync($"/api/requests/{id}/reply", new { reply = "" }), "reply");
        var answered = await JsonAsync(await partner.PostAsJsonAsync($"/api/requests/{id}/reply",
            new { reply = "经比对，涉案产品技术特征落入ZL202010000001.X专利权利要求1的保护范围。", version = seen.GetProperty("version").GetInt32() }));
        Assert.Equal("已答复", answered.GetProperty("statusName").GetString());
        Assert.Equal("保护中心联络员", answered.GetProperty("repliedByName").GetString());

        var mine = await GetJsonAsync(head, $"/api/requests/{id}");
        Assert.Equal("answered", mine.GetProperty("status").GetString());
        Assert.Contains("落入", mine.GetProperty("reply").GetString());
        var stored = await head.GetByteArrayAsync($"/api/requests/{id}/files/{file.GetProperty("id").GetInt32()}");
        Assert.Equal("%PDF-1.4 技术意见"u8.ToArray(), stored);
        // Answered once: a second answer and an edit are refused.
        Assert.Equal(HttpStatusCode.Conflict, (await partner.PostAsJsonAsync($"/api/requests/{id}/reply", new { reply = "补充意见" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/requests/{id}", new
        {
            kind = "technicalOpinion", title = "改", content = "改", senderUnitId = section, receiverUnitId = centre, version = mine.GetProperty("version").GetInt32(),
        })).StatusCode);
        Assert.Equal(1, (await GetJsonAsync(head, "/api/requests?status=answered&kind=technicalOpinion")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_hard_case_escalated_to_the_city_bureau_is_flagged_and_its_guidance_goes_into_the_case_history()
    {
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var city = await CaseTestData.UnitIdAsync(App, "EX-TJSAMR");
        var caseId = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZSCQ", "某商行销售近似商标商品案", 8201, new DateOnly(2023, 9, 25));
        using var head = await App.ClientAsAsync("kezhang");
        Assert.False(await CollaborationTestData.IsDifficultAsync(App, caseId));

        // Guidance is asked about a case, of the city bureau.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/requests", new
        {
            kind = "guidance", title = "商标近似判断请示", content = "请示内容", senderUnitId = section, receiverUnitId = city,
        }), "caseId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/requests", new
        {
            kind = "报请市局指导", title = "商标近似判断请示", content = "请示内容", senderUnitId = section, receiverUnitId = await CaseTestData.UnitIdAsync(App, "BC-FZSH"), caseId,
        }), "receiverUnitId");

        var created = await CreateAsync(head, new
        {
            kind = "报请市局指导", title = "关于“桂发祥”与“桂发祥记”是否构成近似商标的请示", content = "当事人使用的标识与注册商标仅差一字，请予指导。",
            senderUnitId = section, receiverUnitId = city, caseId, dueOn = "2023-10-31",
        });
        var id = created.GetProperty("id").GetInt32();
        Assert.True(await CollaborationTestData.IsDifficultAsync(App, caseId));
        Assert.True(created.GetProperty("canReply").GetBoolean()); // the city bureau answers on paper; the section records it

        var answered = await JsonAsync(await head.PostAsJsonAsync($"/api/requests/{id}/reply",
            new { reply = "构成近似商标，可依商标法第五十七条第二项处理。", repliedOn = "2023-10-09" }));
        Assert.Equal("已答复", answered.GetProperty("statusName").GetString());
        var history = await CollaborationTestData.CaseEventTitlesAsync(App, caseId);
        Assert.Contains("疑难案件报请市局指导", history);
        Assert.Contains("天津市市场监督管理委员会指导意见", history);
    }

    [Fact]
    public async Task Bad_input_answers_400_and_writes_nothing_an_unanswered_request_past_its_deadline_is_overdue_and_a_stale_version_409()
    {
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var beijing = await CaseTestData.UnitIdAsync(App, "EX-BJCP");
        var hebei = await CaseTestData.UnitIdAsync(App, "EX-HBLF");
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        using var head = await App.ClientAsAsync("kezhang");
        var before = await CollaborationTestData.CountAsync<CollaborationRequest>(App);

        var bad = await head.PostAsJsonAsync("/api/requests", new
        {
            kind = "求助", title = "", content = "", senderUnitId = section, receiverUnitId = section, sentOn = "2023-12-01", dueOn = "2023-11-01", dueWorkingDays = 3,
        });
        Assert.Equal(["content", "dueOn", "kind", "receiverUnitId", "sentOn", "title"], Problems.Fields(await Problems.ErrorsAsync(bad)));
        // Between two outside bodies: not the bureau's business.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/requests", new
        {
            kind = "assistance", title = "协查", content = "协查内容", senderUnitId = beijing, receiverUnitId = hebei,
        }), "receiverUnitId");
        // A partner sends only as itself, to the bureau.
        using var partner = await App.ClientAsAsync("xiezuo");
        await AssertFieldErrorAsync(await partner.PostAsJsonAsync("/api/requests", new
        {
            kind = "notice", title = "通报", content = "通报内容", senderUnitId = section, receiverUnitId = beijing,
        }), "senderUnitId");
        // A read-only user sees requests but sends none.
        using var reader = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/requests", new
        {
            kind = "notice", title = "通报", content = "通报内容", senderUnitId = section, receiverUnitId = beijing,
        })).StatusCode);
        Assert.Equal(before, await CollaborationTestData.CountAsync<CollaborationRequest>(App));

        // An incoming 京津冀协查 from Beijing, registered late: unanswered past its deadline it shows 逾期 on both lists.
        var incoming = await CreateAsync(head, new
        {
            kind = "assistance", title = "协查北京市昌平区移交的网络售假线索", content = "请协查天津市北辰区某公司是否生产涉案商品。",
            senderUnitId = beijing, receiverUnitId = section, sentOn = "2023-09-01", dueOn = "2023-09-30",
        });
        var id = incoming.GetProperty("id").GetInt32();
        Assert.Equal("逾期", incoming.GetProperty("statusName").GetString());
        Assert.Contains((await GetJsonAsync(head, "/api/requests?status=overdue&kind=assistance")).GetProperty("items").EnumerateArray(),
            r => r.GetProperty("id").GetInt32() == id);
        // The partner is neither side: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/requests/{id}/reply", new { reply = "答复" })).StatusCode);
        Assert.DoesNotContain((await GetJsonAsync(partner, "/api/requests")).GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);

        var edit = new
        {
            kind = "assistance", title = "协查北京市昌平区移交的网络售假线索（补充）", content = "请协查。", senderUnitId = beijing, receiverUnitId = section,
            sentOn = "2023-09-01", dueOn = "2023-10-31", version = incoming.GetProperty("version").GetInt32(),
        };
        var saved = await JsonAsync(await head.PutAsJsonAsync($"/api/requests/{id}", edit));
        Assert.Equal("待处理", saved.GetProperty("statusName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/requests/{id}", edit)).StatusCode);

        // A request the partner sends to the bureau: theirs to edit, not theirs to answer.
        var sent = await CreateAsync(partner, new { kind = "caseFileHelp", title = "请提供案卷整理要求", content = "按市局案卷评查标准整理。", receiverUnitId = section });
        Assert.Equal(centre, sent.GetProperty("sender").GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync($"/api/requests/{sent.GetProperty("id").GetInt32()}/reply", new { reply = "自答" })).StatusCode);
    }
}

public sealed class RequestApiTests_Sqlite(SqliteApp app) : RequestApiTests<SqliteApp>(app);

public sealed class RequestApiTests_Postgres(PostgresApp app) : RequestApiTests<PostgresApp>(app);
