using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Data.Entities;
using Zhibao.Web.Plans.Indicators;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Plans.PlanTestData;

namespace Zhibao.Web.Tests.Plans;

/// <summary>The 2023 plan as live data over the API: the tree, its indicators, editing, copying, comparing, access.</summary>
public abstract class PlanApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task The_demo_plan_has_the_ten_key_tasks_and_three_work_requirements_of_the_seed_with_their_measures()
    {
        using var client = await App.ClientAsAsync("zhidu");
        var plan = await PlanAsync(client, await DemoPlanIdAsync(client));

        Assert.Equal("2023年北辰区知识产权行政保护工作实施方案", plan.GetProperty("title").GetString());
        Assert.Equal("published", plan.GetProperty("status").GetString());
        Assert.StartsWith("坚持以习近平新时代中国特色社会主义思想为指导", plan.GetProperty("guidingPrinciples").GetString());
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        var keyTasks = tasks.Where(t => t.GetProperty("section").GetString() == "keyTask").ToList();
        Assert.Equal(Enumerable.Range(1, 10), keyTasks.Select(t => t.GetProperty("number").GetInt32()));
        Assert.Equal("1. 深化知识产权“大保护”执法协调机制", keyTasks[0].GetProperty("heading").GetString());
        Assert.Equal("10. 优化快速协同保护机制", keyTasks[9].GetProperty("heading").GetString());
        Assert.Equal("（一）高标准推进执法工作，优化严格保护社会环境", keyTasks[0].GetProperty("group").GetString());
        Assert.Equal("（四）创新工作机制，推进知识产权保护持续进步", keyTasks[9].GetProperty("group").GetString());
        var requirements = tasks.Where(t => t.GetProperty("section").GetString() == "requirement").Select(t => t.GetProperty("heading").GetString()).ToList();
        Assert.Equal(["（一）加强组织领导", "（二）加强交流指导", "（三）加强宣传培训"], requirements);
        Assert.All(tasks, t => Assert.NotEmpty(t.GetProperty("measures").EnumerateArray()));
        Assert.Equal(38, Measures(plan).Count());

        // Measures read like the seed and name who does them and when.
        var qualified = Measure(plan, "取得知识产权执法资格人数不少于5人");
        Assert.Equal("知识产权科", qualified.GetProperty("responsibleUnitName").GetString());
        Assert.Equal("王科长", qualified.GetProperty("responsiblePersonName").GetString());
        var monthly = Measure(plan, "每月5日前将专利行政执法案件信息上传国家系统");
        Assert.Equal("每月5日前", monthly.GetProperty("timeFrame").GetString());
        Assert.Equal("monthly:5", monthly.GetProperty("schedule").GetString());
        var publicity = Measure(plan, "“4.26”知识产权宣传周");
        Assert.Equal("3·15当日、4·26起一周", publicity.GetProperty("scheduleText").GetString());
        var centre = Measure(plan, "“一站式”保护服务平台");
        Assert.True(centre.GetProperty("responsibleUnitIsExternal").GetBoolean());
        Assert.Equal("天津市知识产权保护中心", centre.GetProperty("responsibleUnitName").GetString());

        // At least ten indicators carry live values; the bureau-wide qualification count meets its target of 5.
        var indicators = Measures(plan).SelectMany(m => m.GetProperty("indicators").EnumerateArray()).ToList();
        Assert.True(indicators.Count(i => i.GetProperty("connected").GetBoolean() && Value(i) is not null) >= 10);
        var count = Indicator(plan, "officers.ip-qualified");
        Assert.Equal(5m, Value(count));
        Assert.Equal("≥5人", count.GetProperty("targetText").GetString());
        Assert.Equal("green", Rag(count));

        // The modules that landed after the plan are read live: 月报 (September's report is missing after 5 October: one 迟报),
        // 宣传, 培训, 规范化市场 (nothing recorded yet in the demo: 0, amber while the year runs).
        Assert.Equal((1m, "red"), (Value(Indicator(plan, "report.monthly-defects")), Rag(Indicator(plan, "report.monthly-defects"))));
        foreach (var code in new[] { "publicity.events-315", "publicity.events-426", "publicity.typical-cases", "publicity.media-releases", "training.sessions", "training.hours", "markets.standardised" })
        {
            var live = Indicator(plan, code);
            Assert.True(live.GetProperty("connected").GetBoolean(), code);
            Assert.Equal((0m, "amber"), (Value(live), Rag(live)));
        }
        // Rates with nothing to divide (no agency, no lead yet) say so, in grey.
        foreach (var code in new[] { "agencies.credit-commitment-coverage", "leads.assigned-closure-rate" })
        {
            var empty = Indicator(plan, code);
            Assert.True(empty.GetProperty("connected").GetBoolean(), code);
            Assert.Equal(("暂无数据", "grey"), (empty.GetProperty("display").GetString(), Rag(empty)));
            Assert.Matches("尚(无|未)", empty.GetProperty("note").GetString());
        }

        // The key-sector complaint closure rate reads intake: connected, and without accepted complaints it has no number.
        var complaints = Indicator(plan, "complaints.key-sector-closure-rate");
        Assert.True(complaints.GetProperty("connected").GetBoolean());
        Assert.Null(Value(complaints));
        // Joint operations read the collaboration module: connected, none recorded in the demo.
        var operations = Indicator(plan, "collaboration.joint-operations");
        Assert.True(operations.GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task Every_formula_the_demo_plan_binds_is_registered_and_the_catalogue_says_which_are_not_connected()
    {
        using var client = await App.ClientAsAsync("kezhang");
        var formulas = (await GetJsonAsync(client, "/api/plans/formulas")).EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!);
        var plan = await PlanAsync(client, await DemoPlanIdAsync(client));
        Assert.All(Measures(plan).SelectMany(m => m.GetProperty("indicators").EnumerateArray()),
            i => Assert.True(formulas.ContainsKey(i.GetProperty("formulaCode").GetString()!), i.GetProperty("formulaCode").GetString()));
        Assert.True(formulas["officers.ip-qualified"].GetProperty("connected").GetBoolean());
        Assert.True(formulas["report.monthly-defects"].GetProperty("connected").GetBoolean());
        // Every module the plan reads has landed: no formula is waiting for its source any more.
        Assert.Empty(formulas.Values.Where(f => !f.GetProperty("connected").GetBoolean()).Select(f => f.GetProperty("code").GetString()));

        using var scope = App.Services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<IndicatorFormulas>();
        Assert.Equal(formulas.Count, catalogue.All.Count);
    }

    [Fact]
    public async Task A_station_reads_its_bureau_s_plan_but_never_another_district_s()
    {
        // A second district in the same deployment, with its own plan.
        var otherPlanId = await CaseTestData.WithDbAsync(App, async db =>
        {
            var district = new OrgUnit { Code = "HD-TEST", Name = "天津市河东区市场监督管理局", Kind = OrgUnitKind.Bureau };
            db.OrgUnits.Add(district);
            await db.SaveChangesAsync();
            district.Path = $"/{district.Id}/";
            var plan = new Plan
            {
                Year = 2023, Title = "2023年河东区知识产权行政保护工作实施方案", OrgUnitId = district.Id, Status = PlanStatus.Draft, CreatedByName = "测试",
                Tasks = [new PlanTask { Section = PlanSection.KeyTask, Number = 1, Title = "河东任务" }],
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        using var station = await App.ClientAsAsync("suo1");
        var demoId = await DemoPlanIdAsync(station);
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync($"/api/plans/{demoId}")).StatusCode);
        Assert.DoesNotContain((await GetJsonAsync(station, "/api/plans")).EnumerateArray(), p => p.GetProperty("id").GetInt32() == otherPlanId);
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync($"/api/plans/{otherPlanId}")).StatusCode);

        using var admin = await App.ClientAsAsync("admin");
        Assert.Contains((await GetJsonAsync(admin, "/api/plans")).EnumerateArray(), p => p.GetProperty("id").GetInt32() == otherPlanId);
        // A partner body has no plan permission.
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/plans")).StatusCode);
    }

    [Fact]
    public async Task Bad_measure_or_binding_input_answers_400_with_the_fields_and_changes_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var id = await DemoPlanIdAsync(head);
        var before = await PlanAsync(head, id);
        var task = before.GetProperty("tasks")[0].GetProperty("id").GetInt32();

        Assert.Equal(["responsibleUnitId", "schedule", "text", "weight"], await FieldErrorsAsync(
            await head.PostAsJsonAsync($"/api/plans/{id}/tasks/{task}/measures", new { text = "", responsibleUnitId = 999999, schedule = "weekly", weight = 120 })));

        var measure = Measure(before, "推进联合执法工作");
        var mid = measure.GetProperty("id").GetInt32();
        Assert.Equal(["comparison", "formulaCode"], await FieldErrorsAsync(
            await head.PostAsJsonAsync($"/api/plans/{id}/measures/{mid}/indicators", new { formulaCode = "no.such", target = 5 })));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/plans/{id}/measures/{mid}/indicators",
            new { formulaCode = "satisfaction.rate", target = 120, comparison = "atLeast" }), "target");

        var after = await PlanAsync(head, id);
        Assert.Equal(Measures(before).Count(), Measures(after).Count());
        Assert.Equal(measure.GetProperty("indicators").GetArrayLength(), Measure(after, "推进联合执法工作").GetProperty("indicators").GetArrayLength());

        // Only plan editors edit: an officer may not.
        using var officer = await App.ClientAsAsync("zhifa1");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/plans/{id}/tasks/{task}/measures", new { text = "x", responsibleUnitId = 1 })).StatusCode);
    }

    [Fact]
    public async Task The_plan_is_copied_to_2024_edited_and_published_and_compared_with_2023()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var id = await DemoPlanIdAsync(head);
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/plans/{id}/copy", new { year = 1999 }), "year");

        var created = await head.PostAsJsonAsync($"/api/plans/{id}/copy", new { year = 2024 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var copy = await JsonAsync(created);
        var copyId = copy.GetProperty("id").GetInt32();
        Assert.Equal("2024年北辰区知识产权行政保护工作实施方案", copy.GetProperty("title").GetString());
        Assert.Equal("draft", copy.GetProperty("status").GetString());
        Assert.Equal(id, copy.GetProperty("copiedFromId").GetInt32());
        Assert.Contains("全区2024年知识产权行政保护工作", copy.GetProperty("preamble").GetString());
        Assert.Equal(38, Measures(copy).Count());
        Assert.All(Measures(copy), m => Assert.Equal("notStarted", m.GetProperty("status").GetString()));
        Assert.Equal(5m, Indicator(copy, "officers.ip-qualified").GetProperty("target").GetDecimal());
        // The 2024 year has not begun on the test clock (2023): no number, no colour.
        Assert.Null(Value(Indicator(copy, "officers.ip-qualified")));
        Assert.Equal("暂无数据", Indicator(copy, "officers.ip-qualified").GetProperty("display").GetString());
        // Progress is not copied, and no progress can be reported on a draft.
        Assert.Empty((await GetJsonAsync(head, $"/api/plans/{copyId}/progress")).EnumerateArray());
        var draftMeasure = Measure(copy, "推进联合执法工作").GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/plans/{copyId}/measures/{draftMeasure}/progress",
            new { period = "2024-01", text = "x" })).StatusCode);

        // A second 2024 plan for the same bureau is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/plans/{id}/copy", new { year = 2024 })).StatusCode);

        // Edit a measure; a stale version is refused and changes nothing.
        var measure = Measure(copy, "推进联合执法工作");
        var unit = measure.GetProperty("responsibleUnitId").GetInt32();
        var edit = new
        {
            text = "推进联合执法工作，全年开展联合执法行动不少于4次。", responsibleUnitId = unit, timeFrame = "全年", schedule = "quarterly",
            status = "inProgress", weight = 4, version = measure.GetProperty("version").GetInt32(),
        };
        var saved = await JsonAsync(await head.PutAsJsonAsync($"/api/plans/{copyId}/measures/{measure.GetProperty("id").GetInt32()}", edit));
        Assert.Equal("每季度", saved.GetProperty("scheduleText").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/plans/{copyId}/measures/{measure.GetProperty("id").GetInt32()}", edit with { text = "过期的修改" })).StatusCode);
        var bound = await head.PostAsJsonAsync($"/api/plans/{copyId}/measures/{draftMeasure}/indicators", new { formulaCode = "referrals.transferred", target = 1, comparison = "atLeast" });
        Assert.Equal(HttpStatusCode.Created, bound.StatusCode);

        var published = await head.PostAsJsonAsync($"/api/plans/{copyId}/publish", new { version = copy.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (await JsonAsync(published)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/plans/{copyId}/publish", new { version = 99 })).StatusCode);
        Assert.Equal("推进联合执法工作，全年开展联合执法行动不少于4次。", Measure(await PlanAsync(head, copyId), "推进联合执法工作，全年").GetProperty("text").GetString());

        // Side by side: each formula with its value per year.
        var comparison = await GetJsonAsync(head, $"/api/plans/compare?ids={id},{copyId}");
        Assert.Equal([2023, 2024], comparison.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        var row = comparison.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("formulaCode").GetString() == "officers.ip-qualified");
        Assert.Equal("5人", row.GetProperty("values")[0].GetProperty("display").GetString());
        Assert.Equal("暂无数据", row.GetProperty("values")[1].GetProperty("display").GetString());
        await AssertFieldErrorAsync(await head.GetAsync("/api/plans/compare?ids=a,b"), "ids");
    }

    [Fact]
    public async Task The_api_is_documented_with_chinese_summaries()
    {
        using var client = await App.ClientAsAsync("admin");
        var paths = (await GetJsonAsync(client, "/openapi/v1.json")).GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/plans", "get"), ("/api/plans/{id}", "get"), ("/api/plans/{id}/appraisal", "get"), ("/api/plans/{id}/copy", "post"),
            ("/api/plans/{id}/publish", "post"), ("/api/plans/compare", "get"), ("/api/plans/{id}/measures/{measureId}", "put"),
            ("/api/plans/{id}/measures/{measureId}/indicators", "post"), ("/api/plans/{id}/measures/{measureId}/progress", "post"),
            ("/api/plans/{id}/progress/{progressId}/review", "post"), ("/api/plans/{id}/appraisal/adjustments", "post"),
            ("/api/plans/{id}/summaries/{period}/document", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", item.GetProperty(method).GetProperty("summary").GetString());
        }
    }
}

public sealed class PlanApiTests_Sqlite(SqliteApp app) : PlanApiTests<SqliteApp>(app);

public sealed class PlanApiTests_Postgres(PostgresApp app) : PlanApiTests<PostgresApp>(app);
