using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Documents.Tests;
using Zhibao.Web.Plans;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Plans.PlanTestData;

namespace Zhibao.Web.Tests.Plans;

/// <summary>
/// Progress on the 2023 plan with the fake clock at 2023-10-09: September's reports are due by 10 October (setting
/// Plans.ProgressDueDay), reminded before and after; the section head reviews; the appraisal and the year-end summary
/// read what was approved.
/// </summary>
public abstract class PlanProgressTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static Task<int> UserIdAsync(ZhibaoApp app, string userName) =>
        CaseTestData.WithDbAsync(app, db => db.Users.IgnoreQueryFilters().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<bool> NoticeExistsAsync(string key) => CaseTestData.WithDbAsync(App, db => db.Notifications.AnyAsync(n => n.DedupKey == key));

    [Fact]
    public async Task Progress_is_reminded_submitted_returned_corrected_approved_and_overdue_reports_turn_red()
    {
        using var officer = await App.ClientAsAsync("zhifa1");
        var planId = await DemoPlanIdAsync(officer);
        var plan = await PlanAsync(officer, planId);
        var joint = Measure(plan, "推进联合执法工作");
        var jointId = joint.GetProperty("id").GetInt32();
        var training = Measure(plan, "组织开展行政执法业务培训").GetProperty("id").GetInt32();
        Assert.Equal("2023-09", plan.GetProperty("lastPeriodKey").GetString());
        Assert.Equal("2023-10-10", plan.GetProperty("lastPeriodDueOn").GetString());
        Assert.Equal(("missing", "amber"), (joint.GetProperty("progress").GetProperty("state").GetString(), Rag(joint.GetProperty("progress"))));
        Assert.True(joint.GetProperty("canReport").GetBoolean());

        // 9 October: September's report is due tomorrow — the responsible people are reminded once.
        var reminders = App.Services.GetRequiredService<PlanReminders>();
        await reminders.RunAsync(CancellationToken.None);
        var zhifa1 = await UserIdAsync(App, "zhifa1");
        var kezhang = await UserIdAsync(App, "kezhang");
        Assert.True(await NoticeExistsAsync($"plan-progress:{jointId}:2023-09:due:{zhifa1}"));
        Assert.True(await NoticeExistsAsync($"plan-progress:{training}:2023-09:due:{kezhang}"));
        Assert.False(await NoticeExistsAsync($"plan-progress:{jointId}:2023-09:due:{kezhang}"));

        // Bad input: nothing is stored.
        Assert.Equal(["figures[0].name", "figures[0].value", "period", "text"], await FieldErrorsAsync(await officer.PostAsJsonAsync(
            $"/api/plans/{planId}/measures/{jointId}/progress", new { period = "2023-13", text = "", figures = new[] { new { name = "", value = (decimal?)null } } })));
        await AssertFieldErrorAsync(await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress", new { period = "2023-11", text = "提前报送" }), "period");
        Assert.Empty((await GetJsonAsync(officer, $"/api/plans/{planId}/measures/{jointId}/progress")).GetProperty("reports").EnumerateArray());

        // A station officer may not report on the brigade's measure.
        using (var station = await App.ClientAsAsync("suo1zf"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await station.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress",
                new { period = "2023-09", text = "越权报送" })).StatusCode);
        }

        // The responsible officer reports September, with figures and a file.
        var report = await JsonAsync(await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress", new
        {
            period = "2023-09", text = "会同区公安分局开展“铁拳”联合执法行动1次，检查商户32家。",
            figures = new[] { new { name = "联合执法行动", value = 1m, unit = "次" }, new { name = "检查商户", value = 32m, unit = "家" } },
        }));
        var reportId = report.GetProperty("id").GetInt32();
        Assert.Equal(("submitted", "2023年9月"), (report.GetProperty("status").GetString(), report.GetProperty("periodName").GetString()));
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent("%PDF-1.4 联合执法记录"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "联合执法记录.pdf");
            var uploaded = await JsonAsync(await officer.PostAsync($"/api/plans/{planId}/progress/{reportId}/attachments", form));
            var attachment = uploaded.GetProperty("attachments").EnumerateArray().Single();
            Assert.Equal(64, attachment.GetProperty("sha256").GetString()!.Length);
            var download = await officer.GetAsync($"/api/plans/{planId}/progress/{reportId}/attachments/{attachment.GetProperty("id").GetInt32()}");
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        }
        // Submitted again without the version: refused, the first report stands.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress",
            new { period = "2023-09", text = "重复报送" })).StatusCode);

        // The section head returns it (a comment is required), the officer corrects it, the head approves it.
        using var head = await App.ClientAsAsync("kezhang");
        var pending = await GetJsonAsync(head, $"/api/plans/{planId}/progress?status=submitted");
        Assert.Contains(pending.EnumerateArray(), r => r.GetProperty("id").GetInt32() == reportId);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/plans/{planId}/progress/{reportId}/review",
            new { decision = "return", version = report.GetProperty("version").GetInt32() }), "comment");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/plans/{planId}/progress/{reportId}/review",
            new { decision = "approve", version = report.GetProperty("version").GetInt32() })).StatusCode);
        var current = (await GetJsonAsync(head, $"/api/plans/{planId}/measures/{jointId}/progress")).GetProperty("reports")[0];
        var returned = await JsonAsync(await head.PostAsJsonAsync($"/api/plans/{planId}/progress/{reportId}/review",
            new { decision = "return", comment = "请补充参与执法的部门和查处结果", version = current.GetProperty("version").GetInt32() }));
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        var todo = await GetJsonAsync(officer, "/api/todos");
        Assert.Contains(todo.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("title").GetString()!.StartsWith("工作进展被退回", StringComparison.Ordinal));

        var correction = new
        {
            period = "2023-09", text = "会同区公安分局、区文化市场综合执法支队开展“铁拳”联合执法行动1次，检查商户32家，立案查处2起。",
            figures = new[] { new { name = "联合执法行动", value = 1m, unit = "次" } }, version = returned.GetProperty("version").GetInt32(),
        };
        var corrected = await JsonAsync(await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress", correction));
        Assert.Equal("submitted", corrected.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress", correction)).StatusCode);
        var approved = await JsonAsync(await head.PostAsJsonAsync($"/api/plans/{planId}/progress/{reportId}/review",
            new { decision = "approve", comment = "同意", version = corrected.GetProperty("version").GetInt32() }));
        Assert.Equal(("approved", "王科长"), (approved.GetProperty("status").GetString(), approved.GetProperty("reviewedByName").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/plans/{planId}/measures/{jointId}/progress",
            correction with { version = approved.GetProperty("version").GetInt32() })).StatusCode);

        // 11 October: the due day has passed. Reports still missing are overdue (red) and reminded to the person and the section head.
        App.Clock.SetUtcNow(new DateTimeOffset(2023, 10, 11, 2, 0, 0, TimeSpan.Zero));
        // (The hosted job may run at the same moment, as a second instance would: the keys keep each notice single.)
        await reminders.RunAsync(CancellationToken.None);
        Assert.True(await NoticeExistsAsync($"plan-progress:{training}:2023-09:overdue:{kezhang}"));
        var monthlyReport = Measure(plan, "每月5日前将专利行政执法案件信息上传国家系统").GetProperty("id").GetInt32();
        Assert.True(await NoticeExistsAsync($"plan-progress:{monthlyReport}:2023-09:overdue:{kezhang}"));
        Assert.False(await NoticeExistsAsync($"plan-progress:{jointId}:2023-09:overdue:{zhifa1}"));
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));

        using var reader = await App.ClientAsAsync("zhidu");
        plan = await PlanAsync(reader, planId);
        joint = Measure(plan, "推进联合执法工作");
        Assert.Equal(("approved", "green"), (joint.GetProperty("progress").GetProperty("state").GetString(), Rag(joint.GetProperty("progress"))));
        var late = Measure(plan, "组织开展行政执法业务培训");
        Assert.Equal(("missing", "red", "red"), (late.GetProperty("progress").GetProperty("state").GetString(), Rag(late.GetProperty("progress")), Rag(late)));
        Assert.Equal("逾期未报", late.GetProperty("progress").GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task The_appraisal_scores_units_and_people_with_evidence_and_a_leader_s_recorded_adjustment()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var planId = await DemoPlanIdAsync(head);
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var appraisal = await GetJsonAsync(head, $"/api/plans/{planId}/appraisal");
        var unit = appraisal.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == section);
        Assert.Equal("知识产权科", unit.GetProperty("name").GetString());
        var qualifiedScore = unit.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("text").GetString()!.Contains("不少于5人", StringComparison.Ordinal));
        Assert.Contains(qualifiedScore.GetProperty("evidence").EnumerateArray(), e => e.GetString() == "具备知识产权执法资格人数：5人，目标≥5人，达标");
        Assert.Contains(qualifiedScore.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.StartsWith("工作进展：应报", StringComparison.Ordinal));
        Assert.Contains(appraisal.GetProperty("persons").EnumerateArray(), p => p.GetProperty("name").GetString() == "王科长");
        var baseTotal = unit.GetProperty("total").GetDecimal();

        // A typical case adopted (三(二)) adds its points; a hard case escalated to the city bureau counts for its unit.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/plans/{planId}/appraisal/bonuses", new { kind = "typicalCase", orgUnitId = section }), "stage");
        await JsonAsync(await head.PostAsJsonAsync($"/api/plans/{planId}/appraisal/bonuses",
            new { kind = "typicalCase", stage = "adopted", orgUnitId = section, userId = await UserIdAsync(App, "kezhang"), title = "某公司假冒专利案入选全市典型案例" }));
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            db.PenaltyCases.Add(new Zhibao.Data.Entities.PenaltyCase
            {
                Title = "某网店销售疑似假冒地理标志产品案", Subject = "地理标志", Source = "举报", Status = "Investigating", OrgUnitId = section,
                ReceivedOn = Today(App).AddDays(-20), FiledOn = Today(App).AddDays(-18), IsDifficult = true, CreatedAt = now, UpdatedAt = now,
            });
            return await db.SaveChangesAsync();
        });

        // Only a leader adjusts, within ±20 points and with a reason.
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync($"/api/plans/{planId}/appraisal/adjustments",
            new { orgUnitId = section, points = 2, reason = "自评加分" })).StatusCode);
        using var leader = await App.ClientAsAsync("lingdao");
        Assert.Equal(["points", "reason"], await FieldErrorsAsync(
            await leader.PostAsJsonAsync($"/api/plans/{planId}/appraisal/adjustments", new { orgUnitId = section, points = 25, reason = "" })));
        await AssertFieldErrorAsync(await leader.PostAsJsonAsync($"/api/plans/{planId}/appraisal/adjustments",
            new { orgUnitId = section, userId = 1, points = 1, reason = "两个对象" }), "orgUnitId");
        var adjusted = await JsonAsync(await leader.PostAsJsonAsync($"/api/plans/{planId}/appraisal/adjustments",
            new { orgUnitId = section, points = 1.5, reason = "专利纠纷“消零”工作成效突出，市局通报表扬" }));

        unit = adjusted.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetInt32() == section);
        Assert.Equal(2m + 0.5m, unit.GetProperty("bonus").GetDecimal());
        Assert.Equal(1, unit.GetProperty("difficultCases").GetInt32());
        Assert.Equal(1.5m, unit.GetProperty("adjustment").GetDecimal());
        Assert.Equal(baseTotal + 2m + 0.5m + 1.5m, unit.GetProperty("total").GetDecimal());
        var adjustment = unit.GetProperty("adjustments").EnumerateArray().Single();
        Assert.Equal(("刘局长", "专利纠纷“消零”工作成效突出，市局通报表扬"), (adjustment.GetProperty("byName").GetString(), adjustment.GetProperty("reason").GetString()));
        Assert.Contains(adjusted.GetProperty("persons").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "王科长" && p.GetProperty("bonus").GetDecimal() == 2m);

        // The adjustment is in the audit log under the leader's name.
        Assert.True(await CaseTestData.WithDbAsync(App, db => db.OperationLogs.IgnoreQueryFilters()
            .AnyAsync(l => l.EntityType == "AppraisalAdjustment" && l.UserName == "lingdao" && l.Action == "新增")));
    }

    [Fact]
    public async Task The_year_end_summary_is_prefilled_from_data_keeps_edits_and_opens_in_libreoffice()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var planId = await DemoPlanIdAsync(head);
        var summary = await GetJsonAsync(head, $"/api/plans/{planId}/summaries/year");
        Assert.Equal("2023年北辰区知识产权行政保护工作总结", summary.GetProperty("title").GetString());
        var blocks = summary.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(10, blocks.Count(b => b.GetProperty("section").GetString() == "二、重点任务完成情况"));
        var task2 = blocks.Single(b => b.GetProperty("title").GetString() == "（二）加快提升行政执法能力");
        Assert.Contains("具备知识产权执法资格人数为5人（目标≥5人，达标）", task2.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("暂无审核通过的工作进展", task2.GetProperty("text").GetString());
        // Typical cases come from publicity (CLARIFICATIONS), with the plan's own bonus records; none published here.
        var bonuses = (await GetJsonAsync(head, $"/api/plans/{planId}/appraisal")).GetProperty("bonuses").GetArrayLength();
        var typical = blocks.Single(b => b.GetProperty("key").GetString() == "typical-cases").GetProperty("text").GetString();
        Assert.True(bonuses == 0 ? typical!.StartsWith("本年度尚未发布典型案例", StringComparison.Ordinal) : typical!.Contains("典型案例（采用）", StringComparison.Ordinal), typical);

        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/plans/{planId}/summaries/year",
            new { blocks = new[] { new { key = "no-such-block", text = "x" } }, version = 0 }), "blocks[0].key");
        var edited = "全年组织知识产权执法业务培训3期，新增取得知识产权执法资格人员2名。";
        var saved = await JsonAsync(await head.PutAsJsonAsync($"/api/plans/{planId}/summaries/year", new
        {
            blocks = new[] { new { key = task2.GetProperty("key").GetString(), text = edited } }, version = summary.GetProperty("version").GetInt32(),
        }));
        var savedTask2 = saved.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("key").GetString() == task2.GetProperty("key").GetString());
        Assert.True(savedTask2.GetProperty("edited").GetBoolean());
        Assert.Equal(edited, savedTask2.GetProperty("text").GetString());
        Assert.Equal("王科长", saved.GetProperty("updatedByName").GetString());
        // A stale version is refused; the mid-year summary is separate and untouched.
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/plans/{planId}/summaries/year", new
        {
            blocks = new[] { new { key = task2.GetProperty("key").GetString(), text = "过期的修改" } }, version = summary.GetProperty("version").GetInt32(),
        })).StatusCode);
        var midYear = await GetJsonAsync(head, $"/api/plans/{planId}/summaries/mid-year");
        Assert.Equal("2023年上半年北辰区知识产权行政保护工作总结", midYear.GetProperty("title").GetString());
        Assert.DoesNotContain(midYear.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("edited").GetBoolean());

        var document = await head.GetAsync($"/api/plans/{planId}/summaries/year/document");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.Content.Headers.ContentType?.MediaType);
        using var office = new LibreOffice();
        var text = office.ToText(await document.Content.ReadAsByteArrayAsync());
        Assert.Contains("2023年北辰区知识产权行政保护工作总结", text);
        Assert.Contains("一、总体情况", text);
        Assert.Contains("（二）加快提升行政执法能力", text);
        Assert.Contains(edited, text);
        Assert.Contains("具备知识产权执法资格人数为5人（目标≥5人，达标）", text);
        Assert.Contains("月报迟报·错报·漏报次数为", text);
        Assert.Contains("联合执法行动次数为", text);
        Assert.Contains("五、存在的问题", text);
        Assert.Contains("六、下一步工作打算", text);
        Assert.Contains("天津市北辰区市场监督管理局", text);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/plans/{planId}/summaries/quarter/document")).StatusCode);
    }
}

public sealed class PlanProgressTests_Sqlite(SqliteApp app) : PlanProgressTests<SqliteApp>(app);

public sealed class PlanProgressTests_Postgres(PostgresApp app) : PlanProgressTests<PostgresApp>(app);
