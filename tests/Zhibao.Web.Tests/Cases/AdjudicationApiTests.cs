using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Web.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>
/// Patent-dispute adjudication over the API, under 国家知识产权局令第81号 (requests from 2025-02-01), with every date worked
/// out by hand on the holiday calendar (shared/domain/cn-holidays.tsv, counting rules 2–5).
/// </summary>
public abstract class AdjudicationApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    /// <summary>A valid utility-model number (kind digit 2, check digit X).</summary>
    public const string UtilityModel = "ZL202320000003.X";

    private static readonly string[] AllConditions = ["standing", "respondent", "claims", "jurisdiction", "noOtherProceedings"];
    private static readonly string[] AllMaterials = ["request", "identity", "register", "evaluation", "copies"];

    private async Task<HttpClient> HeadAsync()
    {
        // Monday 2026-03-02 10:00 China time: late enough for every step below to lie in the past.
        var monday = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        if (App.Clock.GetUtcNow() < monday)
        {
            App.Clock.SetUtcNow(monday); // the fake clock only moves forward; the backlog test moves it a day on
        }
        return await App.ClientAsAsync("kezhang");
    }

    private async Task<int[]> PanelAsync() =>
    [
        await CaseTestData.OfficerIdAsync(App, "kezhang"), await CaseTestData.OfficerIdAsync(App, "zhifa1"),
        await CaseTestData.OfficerIdAsync(App, "zhifa2"),
    ];

    private async Task<int> RequestAsync(HttpClient client, string title, string receivedOn, int seed)
    {
        var requester = await CaseTestData.EnterpriseAsync(App, $"{title}请求人", seed);
        var respondent = await CaseTestData.EnterpriseAsync(App, $"{title}被请求人", seed + 1);
        var created = await client.PostAsJsonAsync("/api/adjudication-cases", new
        {
            title, patentNumber = UtilityModel, patentKind = "utilityModel", patentTitle = "一种折叠式自行车车架", requestReceivedOn = receivedOn, knewOn = receivedOn,
            jurisdictionBasis = "entrusted", jurisdictionNote = "天津市知识产权局委托承办",
            materials = AllMaterials,
            parties = new[] { new { partyId = requester, role = "requester" }, new { partyId = respondent, role = "respondent" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await JsonAsync(created)).GetProperty("id").GetInt32();
    }

    private static JsonElement Deadline(JsonElement c, string code) =>
        c.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);

    private static string Due(JsonElement c, string code) => Deadline(c, code).GetProperty("dueDate").GetString()!;

    [Fact]
    public async Task A_utility_model_request_runs_from_receipt_through_suspension_hearing_and_adjudication_on_the_calendar()
    {
        using var head = await HeadAsync();
        var id = await RequestAsync(head, "某公司诉某车行实用新型专利侵权纠纷案", "2025-09-26", 5001);

        var c = await GetJsonAsync(head, $"/api/cases/{id}");
        Assert.Equal("Adjudication", c.GetProperty("kind").GetString(), ignoreCase: true);
        Assert.True(c.GetProperty("adjudication").GetProperty("handledLocally").GetBoolean());
        // Received Fri 2025-09-26; 5 working days: Sun 09-28 (make-up day), 09-29, 09-30, then 10-01…10-08 National Day, 10-09, 10-10.
        Assert.Equal("2025-10-10", Due(c, "filingDecision"));
        Assert.Contains("第二十条", Deadline(c, "filingDecision").GetProperty("basis").GetString());

        // A panel of two (even, fewer than three) is refused and changes nothing.
        var panel = await PanelAsync();
        var tooSmall = await head.PostAsJsonAsync($"/api/cases/{id}/actions/file",
            new { filedOn = "2025-10-09", officerIds = panel[..2], conditions = AllConditions });
        await AssertFieldErrorAsync(tooSmall, "officerIds");
        var missingCondition = await head.PostAsJsonAsync($"/api/cases/{id}/actions/file",
            new { filedOn = "2025-10-09", officerIds = panel, conditions = AllConditions[..4] });
        await AssertFieldErrorAsync(missingCondition, "conditions");
        Assert.Null((await GetJsonAsync(head, $"/api/cases/{id}")).GetProperty("caseNumber").GetString());

        c = await ActAsync(head, id, "file", new { filedOn = "2025-10-09", officerIds = panel, conditions = AllConditions });
        Assert.Equal("Trying", c.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(c.GetProperty("caseNumber").GetString()));
        Assert.Equal(3, c.GetProperty("officers").GetArrayLength());
        Assert.Equal("2025-10-09", Deadline(c, "filingDecision").GetProperty("metOn").GetString());
        // 5 working days from Thu 10-09: 10-10, Sat 10-11 (make-up day), 10-13, 10-14, 10-15.
        Assert.Equal("2025-10-15", Due(c, "serveRequest"));
        // 3 months from 2025-10-09: Fri 2026-01-09, a working day.
        Assert.Equal("2026-01-09", Due(c, "closing"));

        c = await ActAsync(head, id, "serve-request", new { servedOn = "2025-10-14" });
        // 15 days from 10-14: Wed 10-29.
        Assert.Equal("2025-10-29", Due(c, "answer"));
        Assert.True(Deadline(c, "answer").GetProperty("forParty").GetBoolean());
        c = await ActAsync(head, id, "receive-answer", new { receivedOn = "2025-10-24" });
        // 5 working days from Fri 10-24: 10-27 … 10-31.
        Assert.Equal("2025-10-31", Due(c, "serveAnswer"));
        await ActAsync(head, id, "serve-answer", new { servedOn = "2025-10-28" });

        // The respondent's invalidation request was accepted: 中止 (art.28) from 11-03, resumed 12-12 → 39 days do not run.
        var badKind = await head.PostAsJsonAsync($"/api/cases/{id}/actions/pause", new { kind = "听证", reason = "x", pausedOn = "2025-11-03" });
        await AssertFieldErrorAsync(badKind, "kind");
        c = await ActAsync(head, id, "pause", new { kind = "中止", reason = "被请求人提出的宣告专利权无效请求已被国家知识产权局受理", pausedOn = "2025-11-03" });
        Assert.True(c.GetProperty("isPaused").GetBoolean());
        Assert.Equal("paused", Deadline(c, "closing").GetProperty("status").GetString());
        var whilePaused = await head.PostAsJsonAsync($"/api/cases/{id}/actions/schedule-hearing", new { notifiedOn = "2025-11-10", hearingOn = "2025-11-20" });
        Assert.Equal(HttpStatusCode.Conflict, whilePaused.StatusCode);
        c = await ActAsync(head, id, "resume", new { resumedOn = "2025-12-12" });
        // 2026-01-09 + 39 days = Tue 2026-02-17, inside the Spring Festival holiday (02-15…02-23) → Tue 2026-02-24.
        Assert.Equal("2026-02-24", Due(c, "closing"));
        Assert.Equal("2026-02-24", c.GetProperty("adjudication").GetProperty("closingDueOn").GetString());

        // The notice must reach the parties at least 3 working days before the hearing (art.26).
        var late = await head.PostAsJsonAsync($"/api/cases/{id}/actions/schedule-hearing", new { notifiedOn = "2026-01-12", hearingOn = "2026-01-14" });
        await AssertFieldErrorAsync(late, "hearingOn");
        await ActAsync(head, id, "schedule-hearing", new { notifiedOn = "2026-01-05", hearingOn = "2026-01-14" });
        c = await ActAsync(head, id, "hold-hearing", new { heldOn = "2026-01-14", content = "双方到庭，质证比对技术特征", requesterAppeared = true, respondentAppeared = true });
        Assert.Equal("2026-01-14", c.GetProperty("adjudication").GetProperty("hearingHeldOn").GetString());

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/actions/close", new { closedOn = "2026-02-10", closure = "adjudication", content = "责令停止侵权" }),
            "infringementFound");
        c = await ActAsync(head, id, "close", new
        {
            closedOn = "2026-02-10", closure = "adjudication", infringementFound = true, content = "认定侵权成立，责令被请求人立即停止销售侵权产品",
        });
        Assert.Equal("Closed", c.GetProperty("status").GetString());
        var closing = Deadline(c, "closing");
        Assert.Equal("2026-02-24", closing.GetProperty("dueDate").GetString());
        Assert.Equal("2026-02-10", closing.GetProperty("metOn").GetString());
        Assert.Equal("done", closing.GetProperty("status").GetString());
        // Publication within 20 working days of the decision (art.83).
        Assert.Equal(PublicationDue, Due(c, "publication"));

        // 15 days to sue from service (专利法第六十五条): served Wed 02-11 → Thu 02-26.
        c = await ActAsync(head, id, "serve-decision", new { servedOn = "2026-02-11" });
        Assert.Equal("2026-02-26", Due(c, "lawsuit"));
        var early = await head.PostAsJsonAsync($"/api/cases/{id}/actions/apply-enforcement", new { appliedOn = "2026-02-26", court = "天津市第三中级人民法院" });
        await AssertFieldErrorAsync(early, "appliedOn");
        c = await ActAsync(head, id, "apply-enforcement", new { appliedOn = "2026-02-27", court = "天津市第三中级人民法院" });
        Assert.Equal("2026-02-27", c.GetProperty("adjudication").GetProperty("enforcementAppliedOn").GetString());
    }

    /// <summary>
    /// 20 working days after Tue 2026-02-10: 02-11 (1), 02-12 (2), 02-13 (3), Sat 02-14 make-up (4), [02-15…02-23 holiday],
    /// 02-24 (5), 02-25 (6), 02-26 (7), 02-27 (8), Sat 02-28 make-up (9), 03-02 (10) … 03-06 (14), 03-09 (15) … 03-13 (19), 03-16 (20).
    /// </summary>
    private const string PublicationDue = "2026-03-16";

    [Fact]
    public async Task The_backlog_board_counts_a_case_past_its_closing_deadline_and_zero_once_it_is_closed()
    {
        using var head = await HeadAsync();
        var panel = await PanelAsync();
        var id = await RequestAsync(head, "某厂诉某商店实用新型专利侵权纠纷案", "2025-06-03", 5101);
        var before = await GetJsonAsync(head, "/api/adjudication-cases/backlog");
        var backlogBefore = before.GetProperty("backlog").GetInt32();

        // Filed Thu 2025-06-05 → 3 months → Fri 2025-09-05; on 2026-03-02 it is long overdue.
        var c = await ActAsync(head, id, "file", new { filedOn = "2025-06-05", officerIds = panel, conditions = AllConditions });
        Assert.Equal("2025-09-05", Due(c, "closing"));
        var board = await GetJsonAsync(head, "/api/adjudication-cases/backlog");
        Assert.Equal(backlogBefore + 1, board.GetProperty("backlog").GetInt32());
        Assert.Contains(board.GetProperty("backlogCases").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.True(board.GetProperty("openUtilityModelOrDesign").GetInt32() >= 1);
        var byOfficer = board.GetProperty("byOfficer").EnumerateArray().Single(g => g.GetProperty("id").GetInt32() == panel[1]);
        Assert.True(byOfficer.GetProperty("backlog").GetInt32() >= 1);

        // 积案 is escalated to the panel and the 知识产权科 every working day until resolved, once a day.
        var reminders = App.Services.GetRequiredService<DeadlineReminders>();
        await reminders.RunAsync(CancellationToken.None);
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
        Assert.Equal(1, await BacklogNoticesAsync("zhifa1", id));
        Assert.Equal(1, await BacklogNoticesAsync("kezhang", id));
        Assert.Equal(0, await BacklogNoticesAsync("suo1", id));

        // A pause stops the clock (it is not backlog while suspended) and a resumption brings it back.
        await ActAsync(head, id, "pause", new { kind = "中止", reason = "专利权无效宣告请求已受理", pausedOn = "2025-07-01" });
        Assert.Equal(backlogBefore, (await GetJsonAsync(head, "/api/adjudication-cases/backlog")).GetProperty("backlog").GetInt32());
        await ActAsync(head, id, "resume", new { resumedOn = "2025-07-11" });
        Assert.Equal(backlogBefore + 1, (await GetJsonAsync(head, "/api/adjudication-cases/backlog")).GetProperty("backlog").GetInt32());

        App.Clock.Advance(TimeSpan.FromDays(1)); // the next working day, Tuesday 2026-03-03: another notice
        await reminders.RunAsync(CancellationToken.None);
        Assert.Equal(2, await BacklogNoticesAsync("zhifa1", id));

        using var later = await App.ClientAsAsync("kezhang"); // a fresh token for the new day
        await ActAsync(later, id, "close", new { closedOn = "2026-02-27", closure = "revocation", ground = RevocationGround(), content = "请求人撤回请求" });
        var after = await GetJsonAsync(later, "/api/adjudication-cases/backlog");
        Assert.Equal(backlogBefore, after.GetProperty("backlog").GetInt32());
        Assert.DoesNotContain(after.GetProperty("backlogCases").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
    }

    private Task<int> BacklogNoticesAsync(string userName, int caseId) => CaseTestData.WithDbAsync(App, db =>
        db.Notifications.CountAsync(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == userName) && n.Link == $"/cases/{caseId}" && n.Title.StartsWith("积案")));

    private static string RevocationGround() => Zhibao.Web.Cases.AdjudicationRules.RevocationGrounds[0];

    [Fact]
    public async Task A_request_settled_by_mediation_has_its_agreement_confirmed_by_a_court()
    {
        using var head = await HeadAsync();
        var id = await RequestAsync(head, "某厂诉某公司实用新型专利侵权纠纷案", "2025-09-26", 5201);
        await ActAsync(head, id, "file", new { filedOn = "2025-10-09", officerIds = await PanelAsync(), conditions = AllConditions });
        // 调解结案 (第三十条第（二）项) on Fri 2025-11-28.
        await ActAsync(head, id, "close", new { closedOn = "2025-11-28", closure = "mediation", content = "被请求人停止销售并赔偿请求人人民币五万元" });

        // The agreement reached in the case is registered for its judicial confirmation: already agreed, the case's
        // parties and patent, no 陈述意见 steps of 第六十五条.
        var created = await head.PostAsJsonAsync("/api/mediations", new
        {
            title = "某厂诉某公司专利侵权纠纷调解协议司法确认", disputeType = "专利侵权赔偿数额", requestReceivedOn = "2025-11-28", parentCaseId = id,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var mediationId = (await JsonAsync(created)).GetProperty("id").GetInt32();
        var m = await GetJsonAsync(head, $"/api/mediations/{mediationId}");
        Assert.Equal("Agreed", m.GetProperty("status").GetString());
        Assert.Equal(id, m.GetProperty("mediation").GetProperty("parentCaseId").GetInt32());
        Assert.Equal("被请求人停止销售并赔偿请求人人民币五万元", m.GetProperty("mediation").GetProperty("agreementContent").GetString());
        Assert.Equal(2, m.GetProperty("parties").GetArrayLength());
        Assert.DoesNotContain(m.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("code").GetString() == "notice");
        // 30 days from Fri 11-28 → Sun 12-28 → Mon 12-29.
        Assert.Equal("2025-12-29", Due(m, "confirmationApplication"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/mediations", new
        {
            title = "重复登记", disputeType = "专利侵权赔偿数额", requestReceivedOn = "2025-11-28", parentCaseId = id,
        }), "parentCaseId");

        await ActAsync(head, mediationId, "apply-confirmation", new { appliedOn = "2025-12-05", court = "天津市第三中级人民法院" });
        await ActAsync(head, mediationId, "court-accept", new { acceptedOn = "2025-12-08" });
        m = await ActAsync(head, mediationId, "court-rule", new { ruledOn = "2025-12-19", confirmed = true, rulingNumber = "（2025）津03民特8号" });
        Assert.Equal("confirmed", m.GetProperty("mediation").GetProperty("judicialConfirmation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_field_errors_and_nothing_is_stored()
    {
        using var head = await HeadAsync();
        var before = (await GetJsonAsync(head, "/api/cases?pageSize=1")).GetProperty("total").GetInt32();
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/adjudication-cases",
            new { title = "错号", patentNumber = "ZL202320000003.1", requestReceivedOn = "2025-09-26" }), "patentNumber");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/adjudication-cases",
            new { title = "类型不符", patentNumber = UtilityModel, patentKind = "invention", requestReceivedOn = "2025-09-26" }), "patentKind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/adjudication-cases",
            new { title = "未来", patentNumber = UtilityModel, requestReceivedOn = "2099-01-01" }), "requestReceivedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/adjudication-cases",
            new { title = "", patentNumber = UtilityModel, requestReceivedOn = "2025-09-26" }), "title");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/adjudication-cases",
            new { title = "普通许可", patentNumber = UtilityModel, requestReceivedOn = "2025-09-26", requesterStanding = "ordinaryLicensee" }), "requesterStanding");
        Assert.Equal(before, (await GetJsonAsync(head, "/api/cases?pageSize=1")).GetProperty("total").GetInt32());
    }
}

public sealed class AdjudicationApiTests_Sqlite(SqliteApp app) : AdjudicationApiTests<SqliteApp>(app);

public sealed class AdjudicationApiTests_Postgres(PostgresApp app) : AdjudicationApiTests<PostgresApp>(app);
