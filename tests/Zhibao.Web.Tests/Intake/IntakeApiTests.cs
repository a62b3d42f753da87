using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Intake;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using Zhibao.Web.Tests.Registries;

namespace Zhibao.Web.Tests.Intake;

/// <summary>
/// 投诉举报 (/api/intake): registration with its checks, the statutory clocks on the holiday calendar, the actions,
/// conversion into a penalty case or a mediation with the link kept both ways, the reporter's confidentiality, duplicates,
/// the 12315 import, the counts by key sector and the reminders. The fake clock stands on Monday 2023-10-09.
/// </summary>
public abstract class IntakeApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static readonly string ReporterId = Person("12011319850101123");

    private static string Person(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private Task<int> UnitAsync(string code) => CaseTestData.UnitIdAsync(App, code);

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/intake", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/intake → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.NotNull(response.Headers.Location);
        return await JsonAsync(response);
    }

    private static Task<JsonElement> ComplaintAsync(HttpClient client, string respondent, string receivedOn = "2023-10-09", string? rightName = "金穗",
        string? sector = "种业", int? unitId = null, string? reference = null) =>
        CreateAsync(client, new
        {
            kind = "Complaint", channel = "Phone", receivedOn, receivedTime = "09:30", informantName = "张三", informantPhone = "13800000001",
            respondentName = respondent, subject = "Trademark", keySector = sector, rightName, description = "购买的种子疑似假冒注册商标",
            sourceReference = reference, unitId,
        });

    private static async Task<JsonElement> ItemActAsync(HttpClient client, int id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/intake/{id}/actions/{action}", body);
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string mentions)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(mentions, (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).GetString();

    private static JsonElement Clock(JsonElement item, string code) =>
        item.GetProperty("clocks").EnumerateArray().Single(c => Text(c, "code") == code);

    private static List<string?> Actions(JsonElement item) =>
        item.GetProperty("allowedActions").EnumerateArray().Select(a => Text(a, "action")).ToList();

    private static async Task<JsonElement> SectorAsync(HttpClient client, string sector, int year = 2023)
    {
        var counts = await GetJsonAsync(client, $"/api/intake/counts?year={year}");
        return counts.GetProperty("sectors").EnumerateArray().Single(s => Text(s, "sector") == sector);
    }

    [Fact]
    public async Task A_seed_complaint_received_before_national_day_is_accepted_converted_into_a_penalty_case_and_counted_under_its_sector()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var before = await SectorAsync(head, "种业");
        var party = await CaseTestData.EnterpriseAsync(App, "天津市北辰区金禾种业有限公司", 9101);
        var complaint = await CreateAsync(head, new
        {
            kind = "投诉", channel = "12315平台", receivedOn = "2023-09-28", receivedTime = "16:45", informantName = "王农户", informantPhone = "13900000002",
            informantAddress = "北辰区双街镇", respondentName = "天津市北辰区金禾种业有限公司", respondentPartyId = party, subject = "商标",
            keySector = "种业", rightName = "金穗", description = "在被投诉人处购买的“金穗”玉米种子包装粗糙，发芽率极低，疑似假冒",
            sourceReference = "1120230928000777", area = "双街镇",
        });
        var id = Id(complaint);
        Assert.Equal("待受理", Text(complaint, "statusName"));
        Assert.Equal("12315平台", Text(complaint, "channelName"));
        // Thursday 09-28, the day before the holiday: 7 working days end on Friday 10-13 (Saturday 10-07 and Sunday 10-08 worked).
        var acceptance = Clock(complaint, "acceptance");
        Assert.Equal("2023-10-13", Text(acceptance, "dueOn"));
        Assert.Equal("running", Text(acceptance, "status"));
        Assert.Contains("第十四条", Text(acceptance, "basis"));
        Assert.Contains(acceptance.GetProperty("steps").EnumerateArray(), s => Text(s, "date") == "2023-10-07");
        Assert.Equal("2023-10-13", Text(complaint, "nextDueOn"));
        Assert.Equal("王农户", Text(complaint.GetProperty("informant"), "name"));
        Assert.Equal(["accept", "refuse", "assign", "merge", "dispute"], Actions(complaint));

        var accepted = await ItemActAsync(head, id, "accept", new { date = "2023-10-09", version = complaint.GetProperty("version").GetInt32() });
        Assert.Equal("办理中", Text(accepted, "statusName"));
        Assert.Equal("done", Text(Clock(accepted, "acceptance"), "status"));
        // 45 working days of mediation from acceptance on 10-09 → 12-11.
        Assert.Equal("2023-12-11", Text(Clock(accepted, "mediation"), "dueOn"));

        var converted = await ItemActAsync(head, id, "convert", new { target = "Penalty" });
        var link = converted.GetProperty("case");
        var caseId = Id(link);
        Assert.Equal("penalty", Text(link, "kind"));
        Assert.Equal("2023-10-09", Text(converted, "convertedOn"));
        Assert.DoesNotContain("convert", Actions(converted));

        // The case knows where it came from, with the complaint's sector, source and respondent.
        var penalty = await GetJsonAsync(head, $"/api/cases/{caseId}");
        Assert.Equal("商标侵权", Text(penalty, "subject"));
        Assert.Equal("投诉", Text(penalty, "source"));
        Assert.Equal("种业", Text(penalty, "keySector"));
        Assert.Equal("2023-09-28", Text(penalty, "receivedOn"));
        Assert.Equal(party, penalty.GetProperty("parties")[0].GetProperty("partyId").GetInt32());
        var source = penalty.GetProperty("sourceLead");
        Assert.Equal(id, Id(source));
        Assert.Equal("投诉", Text(source, "kindName"));
        Assert.Contains("1120230928000777", Text(penalty, "summary"));

        // Converting twice is refused; the counts put it under 种业.
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{id}/actions/convert", new { target = "Penalty" }), "不能重复转立");
        var after = await SectorAsync(head, "种业");
        Assert.Equal(before.GetProperty("received").GetInt32() + 1, after.GetProperty("received").GetInt32());
        Assert.Equal(before.GetProperty("accepted").GetInt32() + 1, after.GetProperty("accepted").GetInt32());
        Assert.Equal(before.GetProperty("converted").GetInt32() + 1, after.GetProperty("converted").GetInt32());
        Assert.True(after.GetProperty("keySector").GetBoolean());

        // The list shows it with the sector filter, and the history records each step.
        var list = await GetJsonAsync(head, "/api/intake?sector=种业&subject=Trademark&kind=Complaint&search=金禾");
        var row = list.GetProperty("items").EnumerateArray().Single(r => Id(r) == id);
        Assert.Equal(caseId, row.GetProperty("caseId").GetInt32());
        var detail = await GetJsonAsync(head, $"/api/intake/{id}");
        Assert.Equal(["register", "accept", "convert"], detail.GetProperty("history").EnumerateArray().Select(h => Text(h, "action")));
    }

    [Fact]
    public async Task Bad_input_answers_400_with_chinese_field_errors_and_writes_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var count = await CaseTestData.WithDbAsync(App, db => db.Leads.CountAsync());

        var empty = await head.PostAsJsonAsync("/api/intake", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyErrors = (await JsonAsync(empty)).GetProperty("errors");
        foreach (var field in new[] { "kind", "receivedOn", "subject", "description" })
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", emptyErrors.GetProperty(field)[0].GetString()!);
        }
        var complaint = await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Complaint", channel = "上级交办", receivedOn = "2023-10-10", receivedTime = "25:99", anonymous = true, subject = "商标权",
            keySector = "化妆品", description = "x", informantIdNumber = "12345", area = "不存在的街道",
        });
        var body = await JsonAsync(complaint);
        foreach (var field in new[] { "channel", "receivedOn", "receivedTime", "anonymous", "subject", "keySector", "informantIdNumber", "area", "respondentName" })
        {
            Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {body}");
        }
        Assert.Contains("投诉须提供投诉人的姓名和联系方式", body.GetProperty("errors").GetProperty("anonymous")[0].GetString());
        Assert.Contains("收到日期不能晚于今天", body.GetProperty("errors").GetProperty("receivedOn")[0].GetString());

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Complaint", channel = "Counter", receivedOn = "2023-10-09", respondentName = "某公司", subject = "Trademark", description = "x",
        }), "informantPhone");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Assignment", receivedOn = "2023-10-09", subject = "Trademark", description = "x", senderDeadlineOn = "2023-10-01", senderDeadlineWorkingDays = 5,
        }), "sourceUnitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Report", channel = "Letter", receivedOn = "2023-10-09", respondentName = "某公司", subject = "Patent", description = "x",
            senderDeadlineWorkingDays = 5,
        }), "senderDeadlineOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "AbnormalPatentApplication", receivedOn = "2023-10-09", subject = "Patent", description = "x",
        }), "kind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Report", channel = "Letter", receivedOn = "2019-12-31", respondentName = "某公司", subject = "Patent", description = "x", anonymous = true,
        }), "receivedOn");

        Assert.Equal(count, await CaseTestData.WithDbAsync(App, db => db.Leads.CountAsync()));
    }

    [Fact]
    public async Task Complaint_mediation_ends_in_agreement_or_with_a_notice_to_both_parties_and_expires_after_45_working_days()
    {
        using var head = await App.ClientAsAsync("kezhang");
        // Agreement closes the complaint.
        var agreed = await ComplaintAsync(head, "调解成功商贸公司", rightName: "调解甲");
        await ItemActAsync(head, Id(agreed), "accept", new { });
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/intake/{Id(agreed)}/actions/mediate", new { outcome = "Agreed" }), "notes");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/intake/{Id(agreed)}/actions/mediate", new { outcome = "Expired", notes = "x" }), "outcome");
        var closed = await ItemActAsync(head, Id(agreed), "mediate", new { outcome = "Agreed", notes = "被投诉人退还货款并赔偿500元" });
        Assert.Equal("已办结", Text(closed, "statusName"));
        Assert.Equal("达成调解协议", Text(closed, "mediationOutcomeName"));
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("nextDueOn").ValueKind);
        Assert.DoesNotContain(Actions(closed), a => a is "mediate" or "close" or "convert");

        // No agreement: the parties are told within 7 working days, then it closes.
        var failed = await ComplaintAsync(head, "调解失败商贸公司", rightName: "调解乙");
        await ItemActAsync(head, Id(failed), "accept", new { });
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{Id(failed)}/actions/close", new { notes = "x" }), "调解尚未结束");
        var ended = await ItemActAsync(head, Id(failed), "mediate", new { outcome = "NotAgreed", notes = "被投诉人拒绝调解" });
        Assert.Equal("2023-10-18", Text(Clock(ended, "termination-notice"), "dueOn"));
        Assert.Equal("告知终止调解", Text(ended, "nextDueName"));
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{Id(failed)}/actions/close", new { notes = "x" }), "请先告知投诉人和被投诉人终止调解");
        var told = await ItemActAsync(head, Id(failed), "reply", new { notes = "电话告知双方终止调解，可依法向人民法院起诉" });
        Assert.Equal("done", Text(Clock(told, "termination-notice"), "status"));
        var done = await ItemActAsync(head, Id(failed), "close", new { notes = "终止调解，已告知" });
        Assert.Equal("已办结", Text(done, "statusName"));

        // Accepted on 2023-07-05 and never agreed: the job ends the mediation on the day after the 45th working day.
        var old = await ComplaintAsync(head, "调解期满商贸公司", receivedOn: "2023-07-03", rightName: "调解丙");
        await ItemActAsync(head, Id(old), "accept", new { date = "2023-07-05" });
        var dueOn = DateOnly.Parse(Text(Clock(await GetJsonAsync(head, $"/api/intake/{Id(old)}"), "mediation"), "dueOn")!, System.Globalization.CultureInfo.InvariantCulture);
        await App.Services.GetRequiredService<IntakeReminders>().RunAsync(default);
        var expired = await GetJsonAsync(head, $"/api/intake/{Id(old)}");
        Assert.Equal("expired", Text(expired, "mediationOutcome"));
        Assert.Equal(dueOn.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text(expired, "mediationEndedOn"));
        Assert.Equal("done", Text(Clock(expired, "mediation"), "status"));
        Assert.Equal("overdue", Text(Clock(expired, "termination-notice"), "status"));
        Assert.Contains(expired.GetProperty("history").EnumerateArray(), h => Text(h, "action") == "mediation-expired" && Text(h, "actorName") == "系统");
        // The red item is on the overdue filter.
        var overdue = await GetJsonAsync(head, "/api/intake?clock=overdue&pageSize=500");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), r => Id(r) == Id(old) && Text(r, "clockStatus") == "overdue");
    }

    [Fact]
    public async Task A_reporters_identity_shows_only_with_the_permission_and_never_in_lists_or_exports()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var report = await CreateAsync(head, new
        {
            kind = "Report", channel = "Letter", receivedOn = "2023-09-28", informantName = "李保密", informantPhone = "13700000003",
            informantIdNumber = ReporterId, informantAddress = "北辰区某小区8号楼", respondentName = "北辰某农资门市", subject = "Trademark",
            keySector = "种业", rightName = "丰收王", description = "门市销售假冒“丰收王”种子", rewardRequested = true, unitId = await UnitAsync("BC-ZFDD"),
        });
        var id = Id(report);
        Assert.Equal("李保密", Text(report.GetProperty("informant"), "name"));
        Assert.Equal(ReporterId, Text(report.GetProperty("informant"), "idNumber"));
        Assert.True(report.GetProperty("rewardRequested").GetBoolean());
        // 程序规定第十八条: 15 working days to verify from 09-28 → 10-25.
        Assert.Equal("2023-10-25", Text(Clock(report, "verification"), "dueOn"));

        using var reader = await App.ClientAsAsync("zhidu");
        var hidden = await GetJsonAsync(reader, $"/api/intake/{id}");
        var informant = hidden.GetProperty("informant");
        Assert.True(informant.GetProperty("hidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, informant.GetProperty("name").ValueKind);
        using var officer = await App.ClientAsAsync("zhifa1");
        var officerView = await GetJsonAsync(officer, $"/api/intake/{id}");
        Assert.True(officerView.GetProperty("informant").GetProperty("hidden").GetBoolean());
        Assert.DoesNotContain("李保密", officerView.ToString());

        foreach (var client in new[] { head, reader })
        {
            var list = await client.GetStringAsync("/api/intake?pageSize=500");
            Assert.Contains("北辰某农资门市", list);
            Assert.DoesNotContain("李保密", list);
            Assert.DoesNotContain("13700000003", list);
            var export = await client.GetAsync("/api/intake/export");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            var rows = ImportTestData.ReadRows(await export.Content.ReadAsByteArrayAsync());
            var row = rows.Single(r => r["编号"]?.ToString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("北辰某农资门市", row["被投诉（举报）人"]?.ToString());
            Assert.Equal("实名", row["实名/匿名"]?.ToString());
            var cells = rows.SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
            Assert.DoesNotContain(cells, c => c.Contains("李保密", StringComparison.Ordinal) || c.Contains("13700000003", StringComparison.Ordinal)
                || c.Contains(ReporterId, StringComparison.Ordinal));
        }
        // The operation log records that an informant was written, never who.
        var logged = await CaseTestData.WithDbAsync(App, db => db.OperationLogs.Where(l => l.EntityType == "LeadInformant").Select(l => l.Changes).ToListAsync());
        Assert.NotEmpty(logged);
        Assert.DoesNotContain(logged, c => c != null && (c.Contains("李保密", StringComparison.Ordinal) || c.Contains(ReporterId, StringComparison.Ordinal)));

        // Anonymous reports carry no informant at all.
        var anonymous = await CreateAsync(head, new
        {
            kind = "Report", channel = "Phone", receivedOn = "2023-10-09", anonymous = true, informantName = "不应保存", respondentName = "某匿名被举报公司",
            subject = "GeographicalIndication", description = "冒用地理标志",
        });
        Assert.True(anonymous.GetProperty("informant").GetProperty("anonymous").GetBoolean());
        Assert.False(await CaseTestData.WithDbAsync(App, db => db.LeadInformants.AnyAsync(i => i.LeadId == Id(anonymous))));
    }

    [Fact]
    public async Task A_real_name_report_owes_its_notice_once_the_case_it_became_is_filed()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var report = await CreateAsync(head, new
        {
            kind = "Report", channel = "Counter", receivedOn = "2023-09-28", informantName = "实名举报人", respondentName = "被举报立案公司",
            subject = "SpecialMark", description = "擅自使用特殊标志",
        });
        var id = Id(report);
        await ItemActAsync(head, id, "accept", new { date = "2023-09-28" });
        var extended = await ItemActAsync(head, id, "extend", new { notes = "需要权利人辨认" });
        Assert.Equal("2023-11-15", Text(Clock(extended, "verification"), "dueOn"));
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{id}/actions/extend", new { notes = "再次" }), "已延长过一次");
        var converted = await ItemActAsync(head, id, "convert", new { target = "Penalty" });
        Assert.Equal("特殊标志", Text(await GetJsonAsync(head, $"/api/cases/{Id(converted.GetProperty("case"))}"), "subject"));
        Assert.Equal(JsonValueKind.Null, converted.GetProperty("nextDueOn").ValueKind);
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{id}/actions/reply", new { }), "尚未作出是否立案的决定");
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{id}/actions/close", new { notes = "x" }), "转立的案件尚未作出是否立案的决定");

        // The case is filed on 10-09 (立案): the reporter is told within 5 working days, by 10-16.
        var caseId = Id(converted.GetProperty("case"));
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            c.FiledOn = new DateOnly(2023, 10, 9);
            return await db.SaveChangesAsync();
        });
        await App.Services.GetRequiredService<IntakeReminders>().RunAsync(default);
        var filed = await GetJsonAsync(head, $"/api/intake/{id}");
        Assert.Equal("2023-10-09", Text(filed, "filingDecidedOn"));
        Assert.Equal("2023-10-16", Text(Clock(filed, "reporter-notice"), "dueOn"));
        Assert.Equal("2023-10-16", Text(filed, "nextDueOn"));
        Assert.Equal(["2023-10-16"], (await GetJsonAsync(head, "/api/intake?kind=Report&clock=running&pageSize=500")).GetProperty("items").EnumerateArray()
            .Where(r => Id(r) == id).Select(r => Text(r, "nextDueOn")));
        var told = await ItemActAsync(head, id, "reply", new { replyNumber = "津辰市监举复〔2023〕3号", notes = "已告知立案" });
        Assert.Equal("done", Text(Clock(told, "reporter-notice"), "status"));
        Assert.Equal("已办结", Text(await ItemActAsync(head, id, "close", new { notes = "已立案查处" }), "statusName"));
    }

    [Fact]
    public async Task Duplicates_of_the_same_respondent_and_mark_are_suggested_and_merged()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var first = await ComplaintAsync(head, "北辰某重复种业有限公司", receivedOn: "2023-09-20", rightName: "金穗1号");
        var second = await ComplaintAsync(head, "北辰某重复种业 有限公司", receivedOn: "2023-10-09", rightName: "金穗１号");
        var far = await ComplaintAsync(head, "北辰某重复种业有限公司", receivedOn: "2023-07-01", rightName: "金穗1号");
        var other = await ComplaintAsync(head, "北辰某重复种业有限公司", receivedOn: "2023-10-09", rightName: "银穗");

        var suggested = second.GetProperty("possibleDuplicates").EnumerateArray().Select(Id).ToList();
        Assert.Equal([Id(first)], suggested);
        Assert.DoesNotContain(Id(far), suggested);
        Assert.DoesNotContain(Id(other), suggested);

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/intake/{Id(second)}/actions/merge", new { targetId = Id(second) }), "targetId");
        var merged = await ItemActAsync(head, Id(second), "merge", new { targetId = Id(first), notes = "同一消费者重复投诉" });
        Assert.Equal("已合并", Text(merged, "statusName"));
        Assert.Equal(Id(first), Id(merged.GetProperty("mergedInto")));
        Assert.Empty(Actions(merged));
        Assert.Equal(JsonValueKind.Null, merged.GetProperty("nextDueOn").ValueKind);
        var target = await GetJsonAsync(head, $"/api/intake/{Id(first)}");
        Assert.Equal([Id(second)], target.GetProperty("mergedItems").EnumerateArray().Select(Id));
        Assert.Contains(target.GetProperty("history").EnumerateArray(), h => Text(h, "action") == "merged");
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{Id(second)}/actions/accept", new { }), "已合并");
    }

    [Fact]
    public async Task An_assigned_lead_answers_by_the_senders_deadline_and_a_complaint_becomes_a_mediation_with_the_link_kept()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var assigned = await CreateAsync(head, new
        {
            kind = "Assignment", receivedOn = "2023-09-28", sourceUnitId = await UnitAsync("EX-TJSAMR"), sourceReference = "津市监交〔2023〕15号",
            senderDeadlineWorkingDays = 10, respondentName = "北辰某水泥厂", subject = "OfficialMark", keySector = "水泥", description = "涉嫌使用官方标志",
        });
        Assert.Equal("上级交办", Text(assigned, "channelName"));
        Assert.Equal("天津市市场监督管理委员会", Text(assigned, "sourceUnitName"));
        var sender = Clock(assigned, "sender");
        Assert.Equal("2023-10-18", Text(sender, "dueOn"));
        Assert.Equal("交办单位要求的反馈期限", Text(sender, "name"));
        // The same 来文文号 from the same sender twice: 409 with the first one's id.
        var again = await head.PostAsJsonAsync("/api/intake", new
        {
            kind = "Assignment", receivedOn = "2023-09-28", sourceUnitId = await UnitAsync("EX-TJSAMR"), sourceReference = "津市监交〔2023〕15号",
            respondentName = "北辰某水泥厂", subject = "OfficialMark", description = "重复",
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(Id(assigned), (await JsonAsync(again)).GetProperty("existingId").GetInt32());

        var officer = await CaseTestData.OfficerIdAsync(App, "zhifa1");
        var handed = await ItemActAsync(head, Id(assigned), "assign", new { officerId = officer });
        Assert.Equal("李执法", Text(handed, "officerName"));
        Assert.Equal("执法大队", Text(handed, "orgUnitName"));
        await ItemActAsync(head, Id(assigned), "accept", new { });
        var replied = await ItemActAsync(head, Id(assigned), "reply", new { replyNumber = "津辰市监函〔2023〕9号", notes = "核查未发现违法" });
        Assert.Equal("done", Text(Clock(replied, "sender"), "status"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/intake/{Id(assigned)}/actions/dispute", new { }), "counterpart");

        // A jurisdiction dispute: 7 working days, then escalated.
        var disputed = await ItemActAsync(head, Id(assigned), "dispute", new { counterpart = "天津市西青区市场监督管理局", date = "2023-09-28" });
        Assert.Equal("2023-10-13", Text(Clock(disputed, "jurisdiction"), "dueOn"));
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/intake/{Id(assigned)}/actions/close", new { notes = "x" }), "管辖争议尚未解决");
        var resolved = await ItemActAsync(head, Id(assigned), "resolve", new { escalated = true, notes = "报请市市场监管委指定管辖" });
        Assert.True(resolved.GetProperty("disputeEscalated").GetBoolean());

        // A trademark complaint becomes an administrative mediation; the mediation knows its source.
        var complaint = await ComplaintAsync(head, "北辰某调解转案公司", rightName: "调解转案");
        await ItemActAsync(head, Id(complaint), "accept", new { });
        var mediated = await ItemActAsync(head, Id(complaint), "convert", new { target = "Mediation" });
        var link = mediated.GetProperty("case");
        Assert.Equal("mediation", Text(link, "kind"));
        var mediation = await GetJsonAsync(head, $"/api/cases/{Id(link)}");
        Assert.Equal("商标侵权赔偿数额", Text(mediation.GetProperty("mediation"), "disputeType"));
        Assert.Equal(Id(complaint), Id(mediation.GetProperty("sourceLead")));
        // The complaint's mediation clock is handed over to the mediation case.
        Assert.Equal("done", Text(Clock(mediated, "mediation"), "status"));
    }

    [Fact]
    public async Task The_12315_export_is_imported_once_with_the_forms_checks()
    {
        using var head = await App.ClientAsAsync("kezhang");
        string[] headers = ["登记编号", "类型", "收到时间", "投诉人/举报人", "是否匿名", "联系电话", "证件号码", "联系地址", "被投诉（举报）人",
            "涉及客体", "商标/标志名称", "重点领域", "事项内容", "所属街镇", "申请举报奖励"];
        var workbook = ImportTestData.Workbook(headers,
        [
            ["1120230928012315", "投诉", "2023-09-28 10:15", "刘消费", "否", "13600000004", null, null, "北辰某食品店", "商标", "津味", "食品", "假冒“津味”商标食品", "天穆镇", null],
            ["1120230929012316", "举报", "2023-09-29", null, "是", null, null, null, "北辰某药店", "商标", null, "药品", "销售假冒品牌药品", null, "是"],
            ["1120230929012317", "投诉", "2023-09-29", null, "是", null, null, null, "北辰某商店", "商标", null, null, "匿名投诉", null, null],
            ["1120230929012318", "建议", "2023-09-29", "某人", "否", "1", null, null, "某店", "商标", null, "化妆品", "x", null, null],
        ]);
        var preview = await ImportTestData.PreviewAsync(head, "intake", workbook);
        Assert.Equal(4, preview.GetProperty("total").GetInt32());
        Assert.Equal(2, preview.GetProperty("new").GetInt32());
        Assert.Equal(2, preview.GetProperty("invalid").GetInt32());
        var result = await ImportTestData.ConfirmAsync(head, "intake", Text(preview, "importId")!);
        Assert.Equal(2, result.GetProperty("new").GetInt32());

        var list = await GetJsonAsync(head, "/api/intake?channel=Platform12315&search=11202309&pageSize=500");
        var complaint = list.GetProperty("items").EnumerateArray().Single(r => Text(r, "sourceReference") == "1120230928012315");
        var detail = await GetJsonAsync(head, $"/api/intake/{Id(complaint)}");
        Assert.Equal("2023-10-13", Text(Clock(detail, "acceptance"), "dueOn"));
        Assert.Equal("刘消费", Text(detail.GetProperty("informant"), "name"));
        Assert.Equal("食品", Text(detail, "keySector"));
        var report = list.GetProperty("items").EnumerateArray().Single(r => Text(r, "sourceReference") == "1120230929012316");
        Assert.True(report.GetProperty("anonymous").GetBoolean());

        // The same export again registers nothing.
        var again = await ImportTestData.PreviewAsync(head, "intake", workbook);
        Assert.Equal(0, again.GetProperty("new").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Reading_needs_case_view_working_needs_case_handle_and_other_lead_kinds_stay_apart()
    {
        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/intake")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/intake/counts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync("/api/intake", new { kind = "Complaint" })).StatusCode);
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/intake")).StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/intake")).StatusCode);

        using var head = await App.ClientAsAsync("kezhang");
        await AssertFieldErrorAsync(await head.GetAsync("/api/intake?clock=soonish&kind=Lead&status=Checked"), "clock");
        await AssertFieldErrorAsync(await head.GetAsync("/api/intake/counts?year=1999"), "year");
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync("/api/intake/999999/actions/accept", new { })).StatusCode);
        var complaint = await ComplaintAsync(head, "北辰某两边公司", rightName: "两边");
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/intake/{Id(complaint)}/actions/check", new { })).StatusCode);
        // The abnormal-filing workflow does not run on a complaint, and intake does not show abnormal-filing leads.
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{Id(complaint)}/actions/assign", new { }), "投诉举报");
        var abnormal = await CaseTestData.WithDbAsync(App, async db =>
        {
            var lead = new Zhibao.Data.Entities.Lead
            {
                Kind = Zhibao.Domain.Leads.LeadKind.AbnormalPatentApplication, ReceivedOn = new DateOnly(2023, 10, 9), Applicant = "某申请人",
                OrgUnitId = await db.OrgUnits.Where(u => u.Code == "BC-ZSCQ").Select(u => u.Id).SingleAsync(),
            };
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
            return lead.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/intake/{abnormal}")).StatusCode);
        Assert.DoesNotContain((await GetJsonAsync(head, "/api/intake?pageSize=500")).GetProperty("items").EnumerateArray(), r => Id(r) == abnormal);
    }

    [Fact]
    public async Task The_officer_handling_an_item_is_reminded_before_its_clock_runs_out()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var officer = await CaseTestData.OfficerIdAsync(App, "zhifa2");
        // Received Wednesday 09-27: acceptance due Thursday 10-12, 3 working days from Monday 10-09 — inside the window.
        var soon = await ComplaintAsync(head, "北辰某提醒公司", receivedOn: "2023-09-27", rightName: "提醒甲");
        // Received 09-28: due 10-13, 4 working days away — not yet.
        var later = await ComplaintAsync(head, "北辰某提醒公司", receivedOn: "2023-09-28", rightName: "提醒乙");
        await ItemActAsync(head, Id(soon), "assign", new { officerId = officer });
        await ItemActAsync(head, Id(later), "assign", new { officerId = officer });
        var userId = await CaseTestData.WithDbAsync(App, db => db.Users.Where(u => u.UserName == "zhifa2").Select(u => u.Id).SingleAsync());
        Task<List<string>> NoticesAsync(int id) => CaseTestData.WithDbAsync(App, db =>
            db.Notifications.Where(n => n.UserId == userId && n.Link == $"/intake/{id}").Select(n => n.Title).ToListAsync());

        var reminders = App.Services.GetRequiredService<IntakeReminders>();
        await reminders.RunAsync(default);
        await reminders.RunAsync(default);
        var notice = Assert.Single(await NoticesAsync(Id(soon)));
        Assert.Equal($"投诉受理决定将于2023-10-12到期：编号{Id(soon)}", notice);
        Assert.Empty(await NoticesAsync(Id(later)));
        Assert.Equal("dueSoon", Text((await GetJsonAsync(head, $"/api/intake?clock=soon&pageSize=500")).GetProperty("items").EnumerateArray()
            .Single(r => Id(r) == Id(soon)), "clockStatus"));
        // The officer's 工作台 lists both clocks, nearest first, each opening its item.
        using var officerClient = await App.ClientAsAsync("zhifa2");
        var todos = (await GetJsonAsync(officerClient, "/api/todos")).GetProperty("deadlines").EnumerateArray()
            .Where(d => Text(d, "link") is { } link && (link == $"/intake/{Id(soon)}" || link == $"/intake/{Id(later)}")).ToList();
        Assert.Equal(["2023-10-12", "2023-10-13"], todos.Select(d => Text(d, "dueOn")));
        Assert.All(todos, d => Assert.Equal("受理决定", Text(d, "deadlineName")));
    }
}

public sealed class IntakeApiTests_Sqlite(SqliteApp app) : IntakeApiTests<SqliteApp>(app);

public sealed class IntakeApiTests_Postgres(PostgresApp app) : IntakeApiTests<PostgresApp>(app);
