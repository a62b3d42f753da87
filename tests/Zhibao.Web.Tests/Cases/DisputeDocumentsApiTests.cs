using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Zhibao.Documents.Tests;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>
/// The documents of a patent-infringement dispute adjudication (令第81号) and of a mediation, generated over the API from
/// cases worked through their actions, and read with LibreOffice.
/// </summary>
public abstract class DisputeDocumentsApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    // 2023 + 2 (实用新型) + serial; check digit by the CNIPA weights (PatentNumber.ComputeCheckDigit).
    private static readonly string UtilityModel = "ZL202321234567." + Zhibao.Domain.Identifiers.PatentNumber.ComputeCheckDigit("202321234567");

    private DateOnly Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    private static string Chinese(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    /// <summary>A 409 whose Chinese detail contains <paramref name="reason"/>: refused, not a half-empty file.</summary>
    private static async Task AssertRefusedAsync(HttpClient client, int id, string kind, string reason)
    {
        var response = await client.GetAsync($"/api/cases/{id}/documents/{kind}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await JsonAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, int id, string kind)
    {
        var response = await client.GetAsync($"/api/cases/{id}/documents/{kind}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task An_adjudication_worked_to_its_decision_yields_its_notices_and_the_decision_read_by_LibreOffice()
    {
        var requester = await CaseTestData.EnterpriseAsync(App, "天津某某折叠车科技有限公司", 3101);
        var respondent = await CaseTestData.EnterpriseAsync(App, "天津某某五金制品有限公司", 3102);
        var panel = new[]
        {
            await CaseTestData.OfficerIdAsync(App, "kezhang"), await CaseTestData.OfficerIdAsync(App, "zhifa1"),
            await CaseTestData.OfficerIdAsync(App, "zhifa2"),
        };
        using var head = await App.ClientAsAsync("kezhang");
        var received = Today.AddDays(-30);
        var created = await head.PostAsJsonAsync("/api/adjudication-cases", new
        {
            title = "天津某某折叠车科技有限公司与天津某某五金制品有限公司实用新型专利侵权纠纷案",
            patentNumber = UtilityModel, patentTitle = "一种折叠式自行车车架", requestReceivedOn = Day(received),
            requesterStanding = "patentee", summary = "请求责令被请求人立即停止制造、销售侵犯涉案实用新型专利权的折叠式自行车车架。",
            materials = new[] { "request", "identity", "copies" },
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        // Documents of another kind of case, and documents whose facts do not exist yet, are refused with the reason.
        await AssertRefusedAsync(head, id, "penaltyDecision", "行政处罚决定书是行政处罚案件的文书，本案为专利侵权纠纷行政裁决案件，可制作：受理通知书");
        await AssertRefusedAsync(head, id, "acceptanceNotice", "尚未立案");
        await AssertRefusedAsync(head, id, "correctionNotice", "未发出补正通知");
        await AssertRefusedAsync(head, id, "adjudicationDecision", "尚未结案，不能制作行政裁决书");

        await ActAsync(head, id, "request-correction", new
        {
            items = "1.提交专利登记簿副本；\n2.写明被请求人的住所和联系方式。", dueOn = Day(received.AddDays(10)), noticeOn = Day(received.AddDays(1)),
        });
        await ActAsync(head, id, "correct", new { correctedOn = Day(received.AddDays(3)), materials = new[] { "request", "identity", "register", "copies" } });
        var filed = await ActAsync(head, id, "file", new
        {
            filedOn = Day(received.AddDays(4)), officerIds = panel,
            conditions = new[] { "standing", "respondent", "claims", "jurisdiction", "noOtherProceedings" },
        });
        var number = filed.GetProperty("caseNumber").GetString()!;
        await AssertRefusedAsync(head, id, "nonAcceptanceNotice", "案件已立案，不适用不予受理通知书");
        await AssertRefusedAsync(head, id, "oralHearingNotice", "尚未安排口头审理");
        await AssertRefusedAsync(head, id, "suspensionNotice", "本案没有中止处理");
        await ActAsync(head, id, "serve-request", new { servedOn = Day(received.AddDays(5)) });
        await ActAsync(head, id, "pause", new { kind = "中止", reason = "被请求人申请宣告涉案实用新型专利权无效，国家知识产权局已受理", pausedOn = Day(received.AddDays(8)) });
        await ActAsync(head, id, "resume", new { resumedOn = Day(received.AddDays(12)) });
        await ActAsync(head, id, "receive-answer", new { receivedOn = Day(received.AddDays(13)) });
        await ActAsync(head, id, "schedule-hearing", new { notifiedOn = Day(received.AddDays(14)), hearingOn = Day(received.AddDays(20)) });
        await ActAsync(head, id, "hold-hearing", new
        {
            heldOn = Day(received.AddDays(20)), requesterAppeared = true, respondentAppeared = false,
            content = "被控侵权产品的技术特征与涉案专利权利要求1记载的全部技术特征相同。",
        });
        await ActAsync(head, id, "close", new
        {
            closure = "adjudication", infringementFound = true, closedOn = Day(Today),
            content = "被请求人未经专利权人许可，为生产经营目的制造、销售落入涉案专利权保护范围的产品，构成侵权。",
        });
        await AssertRefusedAsync(head, id, "revocationDecision", "本案的结案方式为“作出行政裁决”，不适用撤销案件决定书");
        await AssertRefusedAsync(head, id, "mediationAgreement", "不适用调解协议书");

        string[] kinds = ["correctionNotice", "acceptanceNotice", "answerNotice", "oralHearingNotice", "suspensionNotice", "adjudicationDecision"];
        var files = new List<byte[]>();
        foreach (var kind in kinds)
        {
            files.Add(await DownloadAsync(head, id, kind));
        }
        using var office = new LibreOffice();
        var texts = kinds.Zip(office.ToText(files)).ToDictionary(p => p.First, p => p.Second);
        Assert.All(texts.Values, text => Assert.DoesNotContain("{{", text));
        Assert.All(texts.Values, text => Assert.Contains("天津市北辰区市场监督管理局", text));

        var correction = texts["correctionNotice"];
        Assert.Contains("补正通知书", correction);
        Assert.Contains("1.提交专利登记簿副本；", correction);
        Assert.Contains($"请你方于{Chinese(received.AddDays(10))}前（含当日）", correction);
        Assert.Contains(Chinese(received.AddDays(1)), correction);

        var acceptance = texts["acceptanceNotice"];
        Assert.Contains("天津某某折叠车科技有限公司：", acceptance);
        Assert.Contains($"案号为{number}", acceptance);
        Assert.Contains("合议组由王科长（组长）、李执法、赵执法组成", acceptance);

        var answer = texts["answerNotice"];
        Assert.Contains("天津某某五金制品有限公司：", answer);
        Assert.Contains("自收到本通知书及请求书副本之日起十五日内", answer);
        Assert.Contains("第二十二条", answer);

        Assert.Contains($"定于{Chinese(received.AddDays(20))}在", texts["oralHearingNotice"]);
        Assert.Contains("因被请求人申请宣告涉案实用新型专利权无效，国家知识产权局已受理，根据《专利纠纷行政裁决和调解办法》第二十八条的规定，"
            + $"本局决定自{Chinese(received.AddDays(8))}起中止本案的处理", texts["suspensionNotice"]);

        var decision = texts["adjudicationDecision"];
        Assert.Contains("行政裁决书", decision);
        Assert.Contains(number, decision);
        Assert.Contains("请求人：天津某某折叠车科技有限公司", decision);
        Assert.Contains("被请求人：天津某某五金制品有限公司", decision);
        Assert.Contains($"侵犯其实用新型专利权（专利号：{UtilityModel}，专利名称：一种折叠式自行车车架）", decision);
        Assert.Contains($"{Chinese(received.AddDays(20))}，本局依法进行了口头审理，被请求人经依法通知无正当理由未到庭，本局依法缺席审理", decision);
        Assert.Contains("经审理查明：被控侵权产品的技术特征与涉案专利权利要求1记载的全部技术特征相同。", decision);
        Assert.Contains("《中华人民共和国专利法》第十一条第一款、第六十五条", decision);
        Assert.Contains($"责令被请求人天津某某五金制品有限公司立即停止侵犯请求人天津某某折叠车科技有限公司{UtilityModel}号实用新型专利权的行为。", decision);
        Assert.Contains("自收到本裁决书之日起十五日内", decision);
        Assert.Contains("合议组：王科长（组长）、李执法、赵执法", decision);
        Assert.Contains(Chinese(Today), decision);

        // 制作: filed with the case as a 文书 attachment whose hash is what was stored.
        var stored = await head.PostAsync($"/api/cases/{id}/documents/adjudicationDecision", null);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var attachment = (await JsonAsync(stored)).GetProperty("attachments").EnumerateArray()
            .Single(a => a.GetProperty("category").GetString() == "文书" && a.GetProperty("description").GetString() == "行政裁决书");
        Assert.EndsWith("-行政裁决书.docx", attachment.GetProperty("fileName").GetString());
        var content = await head.GetByteArrayAsync($"/api/cases/{id}/attachments/{attachment.GetProperty("id").GetInt32()}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), attachment.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_mediation_agreed_yields_the_agreement_with_its_amount_and_signing_date()
    {
        var requester = await CaseTestData.EnterpriseAsync(App, "天津某某照明科技有限公司", 3201);
        var respondent = await CaseTestData.EnterpriseAsync(App, "天津某某灯饰商行有限公司", 3202);
        using var head = await App.ClientAsAsync("kezhang");
        var received = Today.AddDays(-20);
        var created = await head.PostAsJsonAsync("/api/mediations", new
        {
            title = "天津某某照明科技有限公司与天津某某灯饰商行有限公司专利侵权赔偿数额纠纷调解", mediationType = "administrative",
            disputeType = "专利侵权赔偿数额", requestReceivedOn = Day(received), patentNumber = UtilityModel,
            officerIds = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") },
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        await AssertRefusedAsync(head, id, "mediationAgreement", "尚未达成调解协议");
        await AssertRefusedAsync(head, id, "adjudicationDecision", "行政裁决书是专利侵权纠纷行政裁决案件的文书，本案为调解案件，可制作：调解协议书");

        await ActAsync(head, id, "send-notice", new { sentOn = Day(received.AddDays(2)) });
        await ActAsync(head, id, "record-reply", new { repliedOn = Day(received.AddDays(6)), agreed = true });
        var filed = await ActAsync(head, id, "file", new { filedOn = Day(received.AddDays(8)) });
        var number = filed.GetProperty("caseNumber").GetString()!;
        await ActAsync(head, id, "record-session", new { heldOn = Day(received.AddDays(12)), place = "本局调解室", content = "双方就赔偿数额达成一致。" });
        var signed = Today.AddDays(-1);
        await ActAsync(head, id, "agree", new
        {
            signedOn = Day(signed), amount = 30000m, hasPaymentTerms = true,
            content = "1.被请求人自本协议签署之日起停止销售涉案灯具；\n2.被请求人于协议签署之日起十日内向请求人支付赔偿金人民币30,000.00元。",
        });

        using var office = new LibreOffice();
        var text = office.ToText(await DownloadAsync(head, id, "mediationAgreement"));
        Assert.DoesNotContain("{{", text);
        Assert.Contains("调解协议书", text);
        Assert.Contains(number, text);
        Assert.Contains("请求人：天津某某照明科技有限公司", text);
        Assert.Contains("被请求人：天津某某灯饰商行有限公司", text);
        Assert.Contains("纠纷类型：专利侵权赔偿数额", text);
        Assert.Contains($"专利号{UtilityModel}", text);
        Assert.Contains("调解人员：李执法、赵执法", text);
        Assert.Contains("《中华人民共和国专利法》第六十五条、《专利纠纷行政裁决和调解办法》第六十九条", text);
        Assert.Contains("1.被请求人自本协议签署之日起停止销售涉案灯具；", text);
        Assert.Contains("协议给付金额：人民币30,000.00元（叁万元整）。", text);
        Assert.Contains($"自{Chinese(signed)}起生效", text);
        Assert.Contains("《中华人民共和国民事诉讼法》第二百零五条", text);
        Assert.Contains("债权文书公证（《专利纠纷行政裁决和调解办法》第三十五条、第六十九条）", text);
        Assert.Contains("签署日期", text);
        Assert.Contains(Chinese(signed), text);

        var stored = await head.PostAsync($"/api/cases/{id}/documents/mediationAgreement", null);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Contains((await JsonAsync(stored)).GetProperty("attachments").EnumerateArray(),
            a => a.GetProperty("category").GetString() == "文书" && a.GetProperty("description").GetString() == "调解协议书");
    }
}

public sealed class DisputeDocumentsApiTests_Sqlite(SqliteApp app) : DisputeDocumentsApiTests<SqliteApp>(app);

public sealed class DisputeDocumentsApiTests_Postgres(PostgresApp app) : DisputeDocumentsApiTests<PostgresApp>(app);
