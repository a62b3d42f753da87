using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Leads;

/// <summary>
/// 非正常专利申请/恶意商标注册线索: registration, assign → check (categories of 令第77号 / 总局令第17号) → report back, the
/// reply clock, turning a confirmed lead into a penalty case with the link kept both ways, monthly counts, data scope.
/// The fake clock stands on Monday 2023-10-09.
/// </summary>
public abstract class LeadApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    /// <summary>A valid 专利申请号 (12 digits + check digit) with serial <paramref name="serial"/>.</summary>
    private static string PatentApplication(int serial, int year = 2023)
    {
        var digits = $"{year}1{serial:D7}";
        return $"{digits}.{PatentNumber.ComputeCheckDigit(digits)}";
    }

    private Task<int> UnitAsync(string code) => CaseTestData.UnitIdAsync(App, code);

    private Task<int> OfficerAsync(string userName) => CaseTestData.OfficerIdAsync(App, userName);

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/leads", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/leads → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.NotNull(response.Headers.Location);
        return await JsonAsync(response);
    }

    private async Task<JsonElement> PatentLeadAsync(HttpClient client, int serial, string receivedOn = "2023-10-09", int? workingDays = 10,
        string applicant = "天津某科技有限公司", int? unitId = null) =>
        await CreateAsync(client, new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = await UnitAsync("EX-CNIPA"), sourceReference = $"国知保交〔2023〕{serial}号",
            batchReference = "2023-第3批", receivedOn, senderDeadlineWorkingDays = workingDays, applicationNumber = PatentApplication(serial),
            rightName = "一种自行车车铃", applicant, agencyName = "天津某专利代理事务所", area = "天穆镇", unitId,
        });

    private static async Task<JsonElement> LeadActAsync(HttpClient client, int id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/leads/{id}/actions/{action}", body);
        Assert.True(response.IsSuccessStatusCode, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string mentions)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    /// <summary>A 400 naming <paramref name="field"/>: its first message.</summary>
    private static async Task<string> FieldMessageAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {body}");
        return messages[0].GetString()!;
    }

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).GetString();

    [Fact]
    public async Task A_patent_lead_goes_from_registration_through_assignment_and_check_to_the_reply()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var lead = await PatentLeadAsync(head, 1001);
        var id = Id(lead);
        Assert.Equal("abnormalPatentApplication", Text(lead, "kind"));
        Assert.Equal("非正常专利申请", Text(lead, "kindName"));
        Assert.Equal("待分派", Text(lead, "statusName"));
        Assert.Equal("国家知识产权局", Text(lead, "sourceUnitName"));
        Assert.Equal(PatentApplication(1001), Text(lead, "applicationNumber"));
        Assert.Equal("非正常专利申请", Text(lead, "subject"));
        // 10 working days from Monday 2023-10-09: the day of receipt not counted.
        Assert.Equal("2023-10-23", Text(lead, "replyDueOn"));
        Assert.Contains("10个工作日", Text(lead, "replyBasis"));
        Assert.Equal("正常", Text(lead, "replyStatusName"));
        Assert.Equal(["assign"], lead.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        var officer = await OfficerAsync("zhifa1");
        var assigned = await LeadActAsync(head, id, "assign", new { officerId = officer, version = lead.GetProperty("version").GetInt32() });
        Assert.Equal("核查中", Text(assigned, "statusName"));
        Assert.Equal("李执法", Text(assigned, "officerName"));
        Assert.Equal("执法大队", Text(assigned, "orgUnitName"));
        Assert.Equal("2023-10-09", Text(assigned, "assignedOn"));

        var checkedLead = await LeadActAsync(head, id, "check", new
        {
            result = "Confirmed", categories = new[] { "P5", "P1" }, notes = "申请人无研发场所和人员，三个月内提交相似申请47件",
        });
        Assert.Equal("已核查", Text(checkedLead, "statusName"));
        Assert.Equal("核查属实", Text(checkedLead, "resultName"));
        var categories = checkedLead.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(["P1", "P5"], categories.Select(c => Text(c, "code")));
        Assert.Contains("第三条第（一）项", Text(categories[0], "basis"));
        Assert.Contains("无实际研发活动", Text(categories[1], "text"));
        Assert.Equal("王科长", Text(checkedLead, "checkedByName"));
        Assert.Contains("convert", checkedLead.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        var reported = await LeadActAsync(head, id, "report", new { replyNumber = "津辰市监知函〔2023〕8号", notes = "已核查并立案调查" });
        Assert.Equal("已反馈", Text(reported, "statusName"));
        Assert.Equal("2023-10-09", Text(reported, "reportedOn"));
        Assert.Equal("津辰市监知函〔2023〕8号", Text(reported, "replyNumber"));
        Assert.Equal("replied", Text(reported, "replyStatus"));
        Assert.Equal("按期反馈", Text(reported, "replyStatusName"));
        Assert.Equal(["register", "assign", "check", "report"],
            reported.GetProperty("history").EnumerateArray().Select(h => Text(h, "action")));

        // A trademark lead cites the grounds of 总局令第17号 (第三条 and the agency's 第四条).
        var trademark = await CreateAsync(head, new
        {
            kind = "恶意商标注册", sourceUnitId = await UnitAsync("EX-TJIPA"), receivedOn = "2023-10-09", senderDeadlineOn = "2023-10-31",
            applicationNumber = "第 61234567 号", rightName = "飞鸽", niceClasses = "12", applicant = "北辰某商贸有限公司", agencyName = "某商标代理公司",
        });
        Assert.Equal("61234567", Text(trademark, "applicationNumber"));
        Assert.Equal("2023-10-31", Text(trademark, "replyDueOn"));
        await LeadActAsync(head, Id(trademark), "assign", new { officerId = officer });
        var wrongKind = await head.PostAsJsonAsync($"/api/leads/{Id(trademark)}/actions/check", new { result = "Confirmed", categories = new[] { "P1" }, notes = "x" });
        await AssertFieldErrorAsync(wrongKind, "categories");
        var trademarkChecked = await LeadActAsync(head, Id(trademark), "check", new { result = "Confirmed", categories = new[] { "T2", "A1" }, notes = "摹仿驰名商标，代理机构明知仍代理" });
        Assert.Equal(["T2", "A1"], trademarkChecked.GetProperty("categories").EnumerateArray().Select(c => Text(c, "code")));
    }

    [Fact]
    public async Task Checking_as_confirmed_without_a_category_answers_400_and_changes_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var lead = await PatentLeadAsync(head, 1002);
        var assigned = await LeadActAsync(head, Id(lead), "assign", new { officerId = await OfficerAsync("zhifa2") });

        var response = await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { result = "Confirmed", categories = Array.Empty<string>(), notes = "属实" });
        Assert.Contains("令第77号第三条", await FieldMessageAsync(response, "categories"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { categories = new[] { "P1" }, notes = "属实" }), "result");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { result = "Confirmed", categories = new[] { "P1" } }), "notes");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { result = "NotConfirmed", categories = new[] { "P1" }, notes = "不属实" }), "categories");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { result = "Transferred", notes = "移交" }), "transferredTo");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(lead)}/actions/check", new { result = "Confirmed", categories = new[] { "P1" }, notes = "x", checkedOn = "2030-01-01" }), "checkedOn");

        var after = await GetJsonAsync(head, $"/api/leads/{Id(lead)}");
        Assert.Equal("核查中", Text(after, "statusName"));
        Assert.Equal(JsonValueKind.Null, after.GetProperty("result").ValueKind);
        Assert.Equal(assigned.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());

        // 移交 names the receiving body.
        var transferred = await LeadActAsync(head, Id(lead), "check", new { result = "Transferred", transferredToUnitId = await UnitAsync("EX-TJIPPC"), notes = "涉及外省代理机构，移交市保护中心" });
        Assert.Equal("移交", Text(transferred, "resultName"));
        Assert.Equal("天津市知识产权保护中心", Text(transferred, "transferredTo"));
    }

    [Fact]
    public async Task Actions_out_of_order_answer_409_with_the_reason()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var lead = await PatentLeadAsync(head, 1003);
        var id = Id(lead);
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/report", new { replyNumber = "x" }), "尚未核查");
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/check", new { result = "NotConfirmed", notes = "x" }), "尚未分派");
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/convert", new { }), "尚未核查");

        var assigned = await LeadActAsync(head, id, "assign", new { officerId = await OfficerAsync("zhifa1") });
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/report", new { replyNumber = "x" }), "尚未核查");
        // A stale version is refused too.
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/check",
            new { result = "NotConfirmed", notes = "x", version = assigned.GetProperty("version").GetInt32() - 1 }), "已被他人修改");

        await LeadActAsync(head, id, "check", new { result = "NotConfirmed", notes = "申请人有真实研发活动" });
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/convert", new { }), "只有核查属实");
        await LeadActAsync(head, id, "report", new { });
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/report", new { }), "不能重复反馈");
        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/check", new { result = "Confirmed", categories = new[] { "P1" }, notes = "x" }), "已反馈");

        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/leads/{id}/actions/close", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync("/api/leads/999999/actions/assign", new { })).StatusCode);
    }

    [Fact]
    public async Task A_confirmed_lead_becomes_a_penalty_case_with_the_link_kept_both_ways()
    {
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var subjects = await db.DictionaryItems.Where(i => i.DictionaryType!.Code == "case_subject").Select(i => i.Label).ToListAsync();
            Assert.Contains("非正常专利申请", subjects);
            Assert.Contains("恶意商标注册", subjects);
            Assert.Contains("代理违法", subjects);
            return 0;
        });
        using var head = await App.ClientAsAsync("kezhang");
        var party = await CaseTestData.EnterpriseAsync(App, "天津转立案科技有限公司", 4101);
        var lead = await CreateAsync(head, new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = await UnitAsync("EX-TJIPA"), sourceReference = "津知交〔2023〕21号",
            receivedOn = "2023-10-09", applicationNumber = PatentApplication(1004), applicant = "天津转立案科技有限公司", applicantPartyId = party,
        });
        var id = Id(lead);
        await LeadActAsync(head, id, "assign", new { officerId = await OfficerAsync("zhifa1") });
        await LeadActAsync(head, id, "check", new { result = "Confirmed", categories = new[] { "P2" }, notes = "实验数据系编造" });

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/convert", new { subject = "不存在的类型" }), "subject");
        var converted = await LeadActAsync(head, id, "convert", new { });
        var link = converted.GetProperty("case");
        var caseId = Id(link);
        Assert.Equal("2023-10-09", Text(converted, "convertedOn"));
        Assert.Equal("线索核查", Text(link, "statusName"));
        Assert.DoesNotContain("convert", converted.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        var penalty = await GetJsonAsync(head, $"/api/cases/{caseId}");
        Assert.Equal("penalty", Text(penalty, "kind"));
        Assert.Equal("非正常专利申请", Text(penalty, "subject"));
        Assert.Equal("上级交办", Text(penalty, "source"));
        Assert.Equal("天津转立案科技有限公司非正常专利申请案", Text(penalty, "title"));
        Assert.Contains("编造、伪造或抄袭拼凑", Text(penalty, "summary"));
        Assert.Equal(party, penalty.GetProperty("parties")[0].GetProperty("partyId").GetInt32());
        Assert.Equal("李执法", Text(penalty.GetProperty("officers")[0], "name"));
        var source = penalty.GetProperty("sourceLead");
        Assert.Equal(id, Id(source));
        Assert.Equal("非正常专利申请", Text(source, "kindName"));
        Assert.Equal("津知交〔2023〕21号", Text(source, "sourceReference"));
        Assert.Contains(penalty.GetProperty("history").EnumerateArray(), h => Text(h, "action") == "from-lead");

        await AssertRefusedAsync(await head.PostAsJsonAsync($"/api/leads/{id}/actions/convert", new { }), "不能重复转立");
        // Still reported back afterwards, with the case linked.
        var reported = await LeadActAsync(head, id, "report", new { replyNumber = "津辰市监知函〔2023〕9号" });
        Assert.Equal(caseId, Id(reported.GetProperty("case")));

        // A malicious-registration lead about an agency may be filed as 代理违法.
        var trademark = await CreateAsync(head, new
        {
            kind = "MaliciousTrademarkApplication", sourceUnitId = await UnitAsync("EX-TJIPA"), receivedOn = "2023-10-09",
            applicationNumber = "71234567", applicant = "某商标代理有限公司",
        });
        await LeadActAsync(head, Id(trademark), "assign", new { officerId = await OfficerAsync("zhifa2") });
        await LeadActAsync(head, Id(trademark), "check", new { result = "Confirmed", categories = new[] { "A2" }, notes = "代理机构申请注册代理服务以外的商标" });
        var agencyCase = await LeadActAsync(head, Id(trademark), "convert", new { subject = "代理违法", title = "某商标代理有限公司违法申请注册商标案" });
        Assert.Equal("代理违法", Text(await GetJsonAsync(head, $"/api/cases/{Id(agencyCase.GetProperty("case"))}"), "subject"));
        // An ordinary penalty case has no source lead.
        var plain = await head.PostAsJsonAsync("/api/penalty-cases", new { title = "普通案件", subject = "商标侵权", source = "投诉", leadReceivedOn = "2023-10-09" });
        Assert.Equal(JsonValueKind.Null, (await JsonAsync(plain)).GetProperty("sourceLead").ValueKind);
    }

    [Fact]
    public async Task Monthly_counts_show_received_checked_confirmed_and_reported_back()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var officer = await OfficerAsync("zhifa1");
        // 2022 is left to this test: each count lands in its own month.
        var a = await CreateAsync(head, new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = await UnitAsync("EX-CNIPA"), receivedOn = "2022-03-10",
            applicationNumber = PatentApplication(2001, 2022), applicant = "甲公司",
        });
        var b = await CreateAsync(head, new
        {
            kind = "MaliciousTrademarkApplication", sourceUnitId = await UnitAsync("EX-CNIPA"), receivedOn = "2022-03-20",
            applicationNumber = "52001", applicant = "乙公司",
        });
        await CreateAsync(head, new
        {
            kind = "MaliciousTrademarkApplication", sourceUnitId = await UnitAsync("EX-CNIPA"), receivedOn = "2022-05-02",
            applicationNumber = "52002", applicant = "丙公司",
        });
        foreach (var lead in new[] { a, b })
        {
            await LeadActAsync(head, Id(lead), "assign", new { officerId = officer, assignedOn = "2022-03-25" });
        }
        await LeadActAsync(head, Id(a), "check", new { result = "Confirmed", categories = new[] { "P3" }, notes = "计算机生成", checkedOn = "2022-04-02" });
        await LeadActAsync(head, Id(b), "check", new { result = "NotConfirmed", notes = "有使用意图", checkedOn = "2022-04-20" });
        await LeadActAsync(head, Id(a), "report", new { reportedOn = "2022-05-06" });
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/leads/{Id(b)}/actions/report", new { reportedOn = "2022-04-01" }), "reportedOn");

        var counts = await GetJsonAsync(head, "/api/leads/abnormal-filings/monthly?year=2022");
        Assert.Equal(2022, counts.GetProperty("year").GetInt32());
        var months = counts.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        int M(int month, string field) => months[month - 1].GetProperty(field).GetInt32();
        Assert.Equal(2, M(3, "received"));
        Assert.Equal(1, M(5, "received"));
        Assert.Equal(2, M(4, "checked"));
        Assert.Equal(1, M(4, "confirmed"));
        Assert.Equal(1, M(5, "reportedBack"));
        Assert.Equal(0, M(6, "received"));
        var total = counts.GetProperty("total");
        Assert.Equal([3, 2, 1, 1], new[] { "received", "checked", "confirmed", "reportedBack" }.Select(f => total.GetProperty(f).GetInt32()));

        var trademarks = await GetJsonAsync(head, "/api/leads/abnormal-filings/monthly?year=2022&kind=MaliciousTrademarkApplication");
        Assert.Equal(2, trademarks.GetProperty("total").GetProperty("received").GetInt32());
        Assert.Equal(0, trademarks.GetProperty("total").GetProperty("confirmed").GetInt32());
        await AssertFieldErrorAsync(await head.GetAsync("/api/leads/abnormal-filings/monthly?year=1900"), "year");
        await AssertFieldErrorAsync(await head.GetAsync("/api/leads/abnormal-filings/monthly?kind=Complaint"), "kind");

        // Another station sees none of them (they belong to the brigade).
        using var station = await App.ClientAsAsync("suo2");
        Assert.Equal(0, (await GetJsonAsync(station, "/api/leads/abnormal-filings/monthly?year=2022")).GetProperty("total").GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task A_station_user_does_not_see_another_stations_leads()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var lead = await PatentLeadAsync(head, 1005, applicant: "天穆数据权限测试公司");
        var id = Id(lead);
        var assigned = await LeadActAsync(head, id, "assign", new { officerId = await OfficerAsync("suo1") });
        Assert.Equal("天穆市场监督管理所", Text(assigned, "orgUnitName"));

        using var own = await App.ClientAsAsync("suo1");
        Assert.Equal("天穆数据权限测试公司", Text(await GetJsonAsync(own, $"/api/leads/{id}"), "applicant"));
        Assert.Contains(id, (await GetJsonAsync(own, $"/api/leads?search={Uri.EscapeDataString("天穆数据权限")}")).GetProperty("items").EnumerateArray().Select(Id));
        // The assigned station checks it itself.
        await LeadActAsync(own, id, "check", new { result = "NotConfirmed", notes = "经核查不属实" });

        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/leads/{id}")).StatusCode);
        Assert.Equal(0, (await GetJsonAsync(other, $"/api/leads?search={Uri.EscapeDataString("天穆数据权限")}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/leads/{id}/actions/report", new { })).StatusCode);
        // Nor can a station give a lead to another station's officer or register one for another unit.
        var mine = await PatentLeadAsync(other, 1006, unitId: await UnitAsync("BC-BC"));
        await AssertFieldErrorAsync(await other.PostAsJsonAsync($"/api/leads/{Id(mine)}/actions/assign", new { officerId = await OfficerAsync("suo1") }), "officerId");
        await AssertFieldErrorAsync(await other.PostAsJsonAsync("/api/leads", new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = await UnitAsync("EX-CNIPA"), receivedOn = "2023-10-09",
            applicationNumber = PatentApplication(1007), applicant = "某公司", unitId = await UnitAsync("BC-TM"),
        }), "unitId");
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/api/leads/{Id(mine)}")).StatusCode);
    }

    [Fact]
    public async Task Registration_checks_every_field_in_Chinese_and_refuses_a_duplicate_with_409()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var cnipa = await UnitAsync("EX-CNIPA");
        object Body(string? kind = "AbnormalPatentApplication", int? source = -1, string? number = null, string receivedOn = "2023-10-09",
            string? deadlineOn = null, int? days = null, string? applicant = "某公司") => new
        {
            kind, sourceUnitId = source == -1 ? cnipa : source, receivedOn, senderDeadlineOn = deadlineOn, senderDeadlineWorkingDays = days,
            applicationNumber = number ?? PatentApplication(1010), applicant,
        };
        var before = (await GetJsonAsync(head, "/api/leads?pageSize=1")).GetProperty("total").GetInt32();

        var digits = "202310001010";
        var wrongCheck = digits + "." + (PatentNumber.ComputeCheckDigit(digits) == '0' ? '1' : '0');
        var badNumber = await head.PostAsJsonAsync("/api/leads", Body(number: wrongCheck));
        Assert.Contains("专利申请号校验位错误", await FieldMessageAsync(badNumber, "applicationNumber"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(source: null)), "sourceUnitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(source: await UnitAsync("BC-TM"))), "sourceUnitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(kind: "Complaint")), "kind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(kind: "Something")), "kind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(receivedOn: "2023-10-10")), "receivedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(deadlineOn: "2023-10-20", days: 5)), "senderDeadlineOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(deadlineOn: "2023-10-01")), "senderDeadlineOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(days: 0)), "senderDeadlineWorkingDays");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(applicant: " ")), "applicant");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/leads", Body(kind: "MaliciousTrademarkApplication", number: "12AB")), "applicationNumber");
        Assert.Equal(before, (await GetJsonAsync(head, "/api/leads?pageSize=1")).GetProperty("total").GetInt32());

        // The natural key: the same application from the same sender is one lead, however it is written.
        var first = await CreateAsync(head, Body());
        var again = await head.PostAsJsonAsync("/api/leads", Body(number: "ZL" + PatentApplication(1010)));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await JsonAsync(again);
        Assert.Contains("不能重复登记", problem.GetProperty("detail").GetString());
        Assert.Equal(Id(first), problem.GetProperty("existingId").GetInt32());
        // From another sender it is another lead.
        await CreateAsync(head, Body(source: await UnitAsync("EX-TJIPA")));
    }

    [Fact]
    public async Task The_list_filters_by_kind_status_officer_overdue_dates_and_text_and_exports_the_same()
    {
        using var head = await App.ClientAsAsync("kezhang");
        // Received 2023-09-01 with 5 working days: due 2023-09-08, long past on 2023-10-09 and never reported.
        var late = await PatentLeadAsync(head, 1020, receivedOn: "2023-09-01", workingDays: 5, applicant: "列表筛选逾期公司");
        var fresh = await PatentLeadAsync(head, 1021, applicant: "列表筛选正常公司");
        var officer = await OfficerAsync("zhifa2");
        await LeadActAsync(head, Id(fresh), "assign", new { officerId = officer });

        static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(Id);
        var search = Uri.EscapeDataString("列表筛选");
        var lateRow = (await GetJsonAsync(head, $"/api/leads?search={search}&overdue=true")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(Id(late), Id(lateRow));
        Assert.Equal("2023-09-08", Text(lateRow, "replyDueOn"));
        Assert.Equal("逾期", Text(lateRow, "replyStatusName"));
        Assert.Equal("overdue", Text(lateRow, "deadlineStatus"));
        Assert.Equal([Id(fresh)], Ids(await GetJsonAsync(head, $"/api/leads?search={search}&overdue=false")));
        Assert.Equal([Id(fresh)], Ids(await GetJsonAsync(head, $"/api/leads?search={search}&status=Assigned")));
        Assert.Equal([Id(fresh)], Ids(await GetJsonAsync(head, $"/api/leads?search={search}&status={Uri.EscapeDataString("核查中")}&officerId={officer}")));
        Assert.Equal([Id(late)], Ids(await GetJsonAsync(head, $"/api/leads?search={search}&receivedFrom=2023-08-01&receivedTo=2023-09-30")));
        Assert.Equal([Id(fresh), Id(late)], Ids(await GetJsonAsync(head, $"/api/leads?search={search}&kind=AbnormalPatentApplication,MaliciousTrademarkApplication")));
        Assert.Empty(Ids(await GetJsonAsync(head, $"/api/leads?search={search}&kind=MaliciousTrademarkApplication")));
        Assert.Equal([Id(late)], Ids(await GetJsonAsync(head, $"/api/leads?search={PatentApplication(1020)}")));
        await AssertFieldErrorAsync(await head.GetAsync("/api/leads?status=Archived"), "status");
        await AssertFieldErrorAsync(await head.GetAsync("/api/leads?kind=Other"), "kind");
        await AssertFieldErrorAsync(await head.GetAsync("/api/leads?receivedFrom=2023-10-01&receivedTo=2023-09-01"), "receivedFrom");

        var response = await head.GetAsync($"/api/leads/export?search={search}&overdue=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("非正常专利申请", row["线索类型"]?.ToString());
        Assert.Equal("国家知识产权局", row["交办单位"]?.ToString());
        Assert.Equal(PatentApplication(1020), row["申请号/注册号"]?.ToString());
        Assert.Equal("列表筛选逾期公司", row["申请人"]?.ToString());
        Assert.Equal("2023-09-08", row["反馈期限"]?.ToString());
        Assert.Equal("逾期", row["期限状态"]?.ToString());
    }

    [Fact]
    public async Task Reading_needs_case_view_and_working_leads_needs_case_handle()
    {
        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/leads")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/leads/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync("/api/leads", new { kind = "AbnormalPatentApplication" })).StatusCode);
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/leads")).StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/leads")).StatusCode);

        var categories = await GetJsonAsync(readOnly, "/api/leads/categories");
        Assert.Equal(8, categories.GetProperty("abnormalPatentApplication").GetArrayLength());
        Assert.Equal(8, categories.GetProperty("maliciousTrademarkApplication").GetArrayLength());
    }
}

public sealed class LeadApiTests_Sqlite(SqliteApp app) : LeadApiTests<SqliteApp>(app);

public sealed class LeadApiTests_Postgres(PostgresApp app) : LeadApiTests<PostgresApp>(app);
