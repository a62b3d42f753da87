using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>A trademark complaint from lead to archive over the API, with every clock checked on the 2023–2024 holiday calendar.</summary>
public abstract class PenaltyCaseFlowTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static DateTimeOffset China(int y, int m, int d) => new(y, m, d, 10, 0, 0, TimeSpan.FromHours(8));

    private void MoveTo(int y, int m, int d) => App.Clock.SetUtcNow(China(y, m, d));

    private static JsonElement Deadline(JsonElement c, string code) =>
        c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);

    [Fact]
    public async Task A_trademark_complaint_goes_from_lead_to_archive_with_every_clock_on_the_holiday_calendar()
    {
        MoveTo(2023, 10, 9);
        var party = await CaseTestData.EnterpriseAsync(App, "天津某商贸有限公司", 1001);
        var officers = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };
        // Bearer tokens expire as the fake clock moves on: each stage signs in again.
        var head = await App.ClientAsAsync("kezhang");

        var created = await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "天津某商贸有限公司销售侵犯注册商标专用权商品案", subject = "商标侵权", source = "投诉", leadReceivedOn = "2023-09-27",
            keySector = "食品", parties = new[] { new { partyId = party, role = "respondent" } },
            rights = new[] { new { kind = "trademark", number = "第1234567号", niceClass = 30, name = "桂发祥", holder = "天津桂发祥十八街麻花食品股份有限公司" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var c = await JsonAsync(created);
        var id = c.GetProperty("id").GetInt32();
        Assert.Equal("Lead", c.GetProperty("status").GetString());
        Assert.Equal("penalty", c.GetProperty("kind").GetString());
        // 15 working days from Wed 2023-09-27: the National Day week is skipped, Sat 10-07 and Sun 10-08 are worked.
        var verification = Deadline(c, "verification");
        Assert.Equal("2023-10-24", verification.GetProperty("dueDate").GetString());
        Assert.Contains("《市场监督管理行政处罚程序规定》第十八条", verification.GetProperty("basis").GetString());
        Assert.Equal("1234567", c.GetProperty("rights")[0].GetProperty("number").GetString());

        c = await ActAsync(head, id, "file", new { filedOn = "2023-10-09", officerIds = officers });
        Assert.Equal("Investigating", c.GetProperty("status").GetString());
        Assert.Matches(@"^津辰市监知罚〔2023〕\d+号$", c.GetProperty("caseNumber").GetString());
        Assert.Equal("done", Deadline(c, "verification").GetProperty("status").GetString());
        // 90 days from 2023-10-09 is Sunday 2024-01-07 → Monday 2024-01-08.
        Assert.Equal("2024-01-08", Deadline(c, "decision").GetProperty("dueDate").GetString());

        MoveTo(2023, 10, 20);
        head = await App.ClientAsAsync("kezhang");
        c = await ActAsync(head, id, "pause", new { kind = "鉴定", reason = "委托鉴定商品真伪", pausedOn = "2023-10-10" });
        Assert.True(c.GetProperty("isPaused").GetBoolean());
        Assert.Equal("paused", Deadline(c, "decision").GetProperty("status").GetString());
        c = await ActAsync(head, id, "resume", new { resumedOn = "2023-10-20" });
        // Ten days excluded (10-10 … 10-19): 2024-01-07 + 10 = Wednesday 2024-01-17.
        Assert.Equal("2024-01-17", Deadline(c, "decision").GetProperty("dueDate").GetString());

        c = await ActAsync(head, id, "extend", new { reason = "案情复杂，需进一步调查" });
        // 120 days + 10 = Friday 2024-02-16, inside the Spring Festival holiday → Sunday 2024-02-18, a make-up working day.
        Assert.Equal("2024-02-18", Deadline(c, "decision").GetProperty("dueDate").GetString());

        // The section head cannot do the legal review: it waits for 法制审核.
        c = await ActAsync(head, id, "review", new { comment = "调查终结，提请审核" });
        Assert.Equal("Investigating", c.GetProperty("status").GetString());
        var pending = c.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("status").GetString() == "pending");
        Assert.Equal("legalReview", pending.GetProperty("kind").GetString());
        Assert.Equal("2023-11-03", Deadline(c, "legal-review").GetProperty("dueDate").GetString());
        using (var reviewer = await App.ClientAsAsync("fazhi"))
        {
            var approved = await reviewer.PostAsJsonAsync($"/api/cases/{id}/approvals/{pending.GetProperty("id").GetInt32()}/approve", new { comment = "事实清楚，证据确凿" });
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Equal("Reviewed", (await JsonAsync(approved)).GetProperty("status").GetString());
        }

        c = await ActAsync(head, id, "notify", new { notifiedOn = "2023-10-20", proposedFine = 50000 });
        Assert.Equal("Notified", c.GetProperty("status").GetString());
        Assert.False(c.GetProperty("penalty").GetProperty("hearingRightNotified").GetBoolean());
        Assert.Equal("2023-10-27", Deadline(c, "statement").GetProperty("dueDate").GetString());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/request-hearing", new { requestedOn = "2023-10-20" }), "requestedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/decide",
            new { decidedOn = "2023-10-20", outcome = "penalty", fineAmount = 50000 }), "decidedOn");

        MoveTo(2023, 10, 30);
        head = await App.ClientAsAsync("kezhang");
        c = await ActAsync(head, id, "decide", new { decidedOn = "2023-10-30", outcome = "penalty", fineAmount = 50000, content = "没收侵权商品，罚款50000元" });
        Assert.Equal("Decided", c.GetProperty("status").GetString());
        Assert.Equal("done", Deadline(c, "decision").GetProperty("status").GetString());
        Assert.Equal("2023-11-27", Deadline(c, "publication").GetProperty("dueDate").GetString());
        Assert.Equal("2023-11-14", Deadline(c, "payment").GetProperty("dueDate").GetString());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/close", new { closedOn = "2023-10-30" }), "executionNote");

        c = await ActAsync(head, id, "record-payment", new { paidOn = "2023-10-30", amount = 50000 });
        c = await ActAsync(head, id, "publish", new { publishedOn = "2023-10-30" });
        Assert.Equal("done", Deadline(c, "publication").GetProperty("status").GetString());
        Assert.Equal("3年", c.GetProperty("penalty").GetProperty("publicationDuration").GetString());
        c = await ActAsync(head, id, "close", new { closedOn = "2023-10-30" });
        c = await ActAsync(head, id, "archive", new { archivedOn = "2023-10-30" });
        Assert.Equal("Archived", c.GetProperty("status").GetString());

        var titles = c.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.StartsWith("立案（津辰市监知罚", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("提交法制审核", StringComparison.Ordinal));
        Assert.Contains("案件审核通过", titles);
        Assert.Contains("立卷归档", titles);
        Assert.Equal(5, c.GetProperty("approvals").GetArrayLength()); // 立案, 延期, 法制审核, 处罚决定, 结案
    }

    [Fact]
    public async Task A_forbidden_action_answers_409_naming_the_status_and_the_allowed_actions_and_changes_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var created = await JsonAsync(await head.PostAsJsonAsync("/api/penalty-cases",
            new { title = "某店销售假冒专利产品案", subject = "假冒专利", source = "监督检查", leadReceivedOn = today.ToString("yyyy-MM-dd") }));
        var id = created.GetProperty("id").GetInt32();

        var response = await head.PostAsJsonAsync($"/api/cases/{id}/actions/archive", new { });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await JsonAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains("线索核查", detail);
        Assert.Contains("立案", detail);

        // Too few qualified officers: 400 on officerIds, and the case is still an unnumbered lead.
        var single = await head.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { officerIds = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1") } });
        await AssertFieldErrorAsync(single, "officerIds");
        var after = await GetJsonAsync(head, $"/api/cases/{id}");
        Assert.Equal("Lead", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("caseNumber").ValueKind);
        Assert.Equal(created.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync($"/api/cases/{id}/actions/fly", new { })).StatusCode);
    }

    [Fact]
    public async Task An_officer_s_filing_waits_for_approval_and_the_approver_files_it()
    {
        using var officer = await App.ClientAsAsync("zhifa1");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = (await JsonAsync(await officer.PostAsJsonAsync("/api/penalty-cases",
            new { title = "某超市销售侵权商品案", subject = "商标侵权", source = "举报", leadReceivedOn = today.ToString("yyyy-MM-dd") }))).GetProperty("id").GetInt32();
        var officers = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };

        var c = await ActAsync(officer, id, "file", new { officerIds = officers, comment = "符合立案条件" });
        Assert.Equal("Lead", c.GetProperty("status").GetString());
        var pending = c.GetProperty("approvals").EnumerateArray().Single();
        Assert.Equal("filing", pending.GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { officerIds = officers })).StatusCode);

        // The reviewer cannot approve a filing; the leader can.
        using var reviewer = await App.ClientAsAsync("fazhi");
        var url = $"/api/cases/{id}/approvals/{pending.GetProperty("id").GetInt32()}/approve";
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync(url, new { })).StatusCode);
        using var leader = await App.ClientAsAsync("lingdao");
        var approved = await leader.PostAsJsonAsync(url, new { comment = "同意立案" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        c = await JsonAsync(approved);
        Assert.Equal("Investigating", c.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, c.GetProperty("caseNumber").ValueKind);
        Assert.Equal("approved", c.GetProperty("approvals")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync(url, new { })).StatusCode);
    }

    [Fact]
    public async Task A_station_sees_its_own_cases_only_and_the_list_filters_overdue_ones()
    {
        using var station = await App.ClientAsAsync("suo1");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var old = today.AddDays(-40).ToString("yyyy-MM-dd");
        var created = await station.PostAsJsonAsync("/api/penalty-cases", new { title = "天穆某市场销售假冒地理标志产品案", subject = "地理标志", source = "监督检查", leadReceivedOn = old });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}")).StatusCode);
        var theirs = await GetJsonAsync(other, "/api/cases?pageSize=100");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);

        var overdue = await GetJsonAsync(station, "/api/cases?overdue=true&kind=penalty&pageSize=100");
        var row = Assert.Single(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal("overdue", row.GetProperty("deadlineStatus").GetString());
        Assert.Equal("立案审查", row.GetProperty("nextDueName").GetString());

        await AssertFieldErrorAsync(await station.GetAsync("/api/cases?status=flying"), "status");
        await AssertFieldErrorAsync(await station.PostAsJsonAsync("/api/penalty-cases", new { title = "", subject = "不存在的类型", source = "投诉", leadReceivedOn = "2099-01-01" }), "leadReceivedOn");
    }
}

public sealed class PenaltyCaseFlowTests_Sqlite(SqliteApp app) : PenaltyCaseFlowTests<SqliteApp>(app);

public sealed class PenaltyCaseFlowTests_Postgres(PostgresApp app) : PenaltyCaseFlowTests<PostgresApp>(app);
