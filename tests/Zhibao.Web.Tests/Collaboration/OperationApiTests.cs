using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Data.Entities;
using Zhibao.Documents.Tests;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using Zhibao.Web.Tests.Plans;

namespace Zhibao.Web.Tests.Collaboration;

/// <summary>
/// 联合执法与专项行动 (issue 9, done means: “a campaign records results linked to cases”): the plan with its bodies, targets and
/// tasks, results linked to real cases by id, the summary report read back by LibreOffice, the counts and the plan's indicator.
/// </summary>
public abstract class OperationApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/operations", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await JsonAsync(response);
        Assert.Equal($"/api/operations/{created.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        return created;
    }

    private async Task<(int Police, int Station, int Lead, int Centre)> UnitsAsync() => (
        await CaseTestData.UnitIdAsync(App, "EX-BCPSB"), await CaseTestData.UnitIdAsync(App, "BC-TM"),
        await CaseTestData.UnitIdAsync(App, "BC-ZFDD"), await CaseTestData.UnitIdAsync(App, "EX-TJIPPC"));

    private static object Campaign(string name, int lead, int[] bodies, object[]? tasks = null, string start = "2023-09-01", string end = "2023-10-31",
        string kind = "geographicalIndicationCampaign", int version = 0, string? summary = null) => new
    {
        kind, name, startDate = start, endDate = end, leadUnitId = lead, description = "以沙窝萝卜等地理标志产品为重点，开展线上线下专项整治。",
        bodyUnitIds = bodies, otherBodies = "区农业农村委",
        targets = new object[] { new { kind = "sector", label = "食品" }, new { kind = "area", label = "双街镇" } },
        tasks, summary, version,
    };

    [Fact]
    public async Task A_campaign_records_results_linked_to_cases_and_its_summary_report_names_them()
    {
        var (police, station, lead, _) = await UnitsAsync();
        using var head = await App.ClientAsAsync("kezhang");
        var created = await CreateAsync(head, Campaign("2023年地理标志专项整治行动", lead, [police, station],
        [
            new { ownerUnitId = lead, content = "制定方案并组织双街镇集中检查", dueOn = "2023-09-15" },
            new { ownerUnitId = police, content = "对涉嫌犯罪线索提前介入", dueOn = "2023-10-31" },
        ]));
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("地理标志专项整治", created.GetProperty("kindName").GetString());
        Assert.Equal("进行中", created.GetProperty("phaseName").GetString());
        Assert.Equal(["天津市公安局北辰分局", "天穆市场监督管理所"], created.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal(["食品", "双街镇"], created.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("label").GetString()));
        Assert.Equal(2, created.GetProperty("tasks").GetArrayLength());

        var before = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某超市销售假冒沙窝萝卜案（行动前）", 7101, new DateOnly(2023, 8, 20));
        var first = await CollaborationTestData.PenaltyCaseAsync(App, "BC-ZFDD", "某菜市场销售假冒沙窝萝卜案", 7102, new DateOnly(2023, 9, 5));
        var second = await CollaborationTestData.PenaltyCaseAsync(App, "BC-TM", "某网店销售假冒沙窝萝卜案", 7103, new DateOnly(2023, 9, 12), closed: true);

        // A case found before the campaign began is not one of its results; nothing is written.
        var refused = await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-09-20", inspections = 30, caseIds = new[] { first, before } });
        Assert.Contains("早于行动开始日期", (await Problems.ErrorsAsync(refused)).GetProperty("caseIds")[0].GetString());
        Assert.Empty((await GetJsonAsync(head, $"/api/operations/{id}")).GetProperty("results").EnumerateArray());

        var reported = await JsonAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results", new
        {
            unitId = lead, reportedOn = "2023-09-20", inspections = 30, goodsSeized = 500, goodsValue = 12000.5m, referrals = 1, caseIds = new[] { first, second },
            note = "集中检查农贸市场3个",
        }));
        var result = Assert.Single(reported.GetProperty("results").EnumerateArray());
        Assert.Equal("执法大队", result.GetProperty("unitName").GetString());
        Assert.Equal(["津辰市监知罚〔2023〕7102号", "津辰市监知罚〔2023〕7103号"],
            result.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseNumber").GetString()).Order());
        // The police report their own cases as a number: they are not on the platform.
        var withPolice = await JsonAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results", new
        {
            unitId = police, reportedOn = "2023-10-08", inspections = 5, otherCasesOpened = 2, referrals = 0,
        }));
        var totals = withPolice.GetProperty("totals");
        Assert.Equal(35, totals.GetProperty("inspections").GetInt32());
        Assert.Equal(2, totals.GetProperty("linkedCases").GetInt32());
        Assert.Equal(4, totals.GetProperty("casesOpened").GetInt32());
        Assert.Equal(500, totals.GetProperty("goodsSeized").GetInt32());
        Assert.Equal(12000.5m, totals.GetProperty("goodsValue").GetDecimal());

        // A case counts once per operation.
        var again = await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-10-09", inspections = 1, caseIds = new[] { second } });
        Assert.Contains("已计入本次行动", (await Problems.ErrorsAsync(again)).GetProperty("caseIds")[0].GetString());
        // A unit that does not take part cannot report.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results",
            new { unitId = await CaseTestData.UnitIdAsync(App, "BC-BC"), reportedOn = "2023-10-09", inspections = 1 }), "unitId");

        var row = Assert.Single((await GetJsonAsync(head, $"/api/operations?year=2023&search={Uri.EscapeDataString("地理标志专项整治")}")).GetProperty("items").EnumerateArray());
        Assert.Equal(4, row.GetProperty("casesOpened").GetInt32());
        Assert.Equal("天津市公安局北辰分局、天穆市场监督管理所、区农业农村委", row.GetProperty("bodies").GetString());

        var download = await head.GetAsync($"/api/operations/{id}/report");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        using var office = new LibreOffice();
        var text = office.ToText(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("2023年地理标志专项整治行动工作总结", text);
        Assert.Contains("天津市公安局北辰分局", text);
        Assert.Contains("制定方案并组织双街镇集中检查", text);
        Assert.Contains("共检查经营主体（场所）35家次，立案查处4件（其中本局立案2件）", text);
        Assert.Contains("货值12000.5元", text);
        Assert.Contains("津辰市监知罚〔2023〕7103号 某网店销售假冒沙窝萝卜案", text);
        Assert.Contains("天津市北辰区市场监督管理局", text);
        Assert.DoesNotContain("120113199001011234", text);
        Assert.DoesNotContain("{{", text);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_Chinese_field_errors_and_writes_nothing()
    {
        var (police, _, lead, centre) = await UnitsAsync();
        using var head = await App.ClientAsAsync("kezhang");
        var before = await CollaborationTestData.CountAsync<JointOperation>(App);

        var response = await head.PostAsJsonAsync("/api/operations", new
        {
            kind = "打假", name = "", startDate = "2023-10-10", endDate = "2023-10-01", leadUnitId = centre, bodyUnitIds = new[] { 999999 },
            targets = new object[] { new { kind = "sector", label = "不存在的领域" }, new { kind = "market", marketId = 999999 }, new { kind = "planet" } },
            tasks = new object[] { new { ownerUnitId = police, content = "" } },
        });
        var errors = await Problems.ErrorsAsync(response);
        Assert.Equal(
            ["bodyUnitIds", "endDate", "kind", "leadUnitId", "name", "targets[0].label", "targets[1].marketId", "targets[2].kind", "tasks[0].content", "tasks[0].ownerUnitId"],
            Problems.Fields(errors));
        Assert.Contains("外部单位请列为参与单位", errors.GetProperty("leadUnitId")[0].GetString());

        // 联合执法 needs another body.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/operations",
            new { kind = "jointEnforcement", name = "单独行动", startDate = "2023-10-01", endDate = "2023-10-02", leadUnitId = lead }), "bodyUnitIds");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/operations", new { }), "kind");
        Assert.Equal(before, await CollaborationTestData.CountAsync<JointOperation>(App));

        // A station officer cannot plan for another unit; a partner cannot plan at all.
        using var station = await App.ClientAsAsync("suo1");
        await AssertFieldErrorAsync(await station.PostAsJsonAsync("/api/operations", Campaign("越权行动", lead, [police])), "leadUnitId");
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsJsonAsync("/api/operations", Campaign("协作单位行动", lead, [police]))).StatusCode);
        Assert.Equal(before, await CollaborationTestData.CountAsync<JointOperation>(App));

        var created = await CreateAsync(head, Campaign("“双打”集中行动", lead, [police], kind: "doubleStrike"));
        var id = created.GetProperty("id").GetInt32();
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-08-01", inspections = -1 }), "inspections");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-08-01", inspections = 1 }), "reportedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-10-01" }), "inspections");
        using var reader = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/operations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-10-01", inspections = 1 })).StatusCode);
        Assert.Empty((await GetJsonAsync(head, $"/api/operations/{id}")).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_tasks_keep_their_status_when_the_plan_is_edited()
    {
        var (police, station, lead, _) = await UnitsAsync();
        using var head = await App.ClientAsAsync("kezhang");
        var created = await CreateAsync(head, Campaign("驰名商标线上线下保护行动", lead, [police, station],
            [new { ownerUnitId = station, content = "排查辖区商超", dueOn = "2023-10-20" }], kind: "wellKnownMarkCampaign"));
        var id = created.GetProperty("id").GetInt32();
        var task = created.GetProperty("tasks")[0].GetProperty("id").GetInt32();

        // The station owning the task reports it done; a station that owns none cannot.
        using var owner = await App.ClientAsAsync("suo1");
        var done = await JsonAsync(await owner.PutAsJsonAsync($"/api/operations/{id}/tasks/{task}", new { status = "done", note = "已排查12家" }));
        Assert.Equal("已完成", done.GetProperty("tasks")[0].GetProperty("statusName").GetString());
        Assert.Equal("2023-10-09", done.GetProperty("tasks")[0].GetProperty("doneOn").GetString());
        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/operations/{id}/tasks/{task}", new { status = "pending" })).StatusCode);
        await AssertFieldErrorAsync(await owner.PutAsJsonAsync($"/api/operations/{id}/tasks/{task}", new { status = "finished" }), "status");

        var edit = Campaign("驰名商标线上线下保护行动（调整）", lead, [police, station],
            [new { id = (int?)task, ownerUnitId = station, content = "排查辖区商超和网店", dueOn = "2023-10-25" }],
            kind: "wellKnownMarkCampaign", version: created.GetProperty("version").GetInt32(), summary: "行动取得阶段性成效");
        var saved = await head.PutAsJsonAsync($"/api/operations/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var updated = await JsonAsync(saved);
        Assert.Equal("已完成", updated.GetProperty("tasks")[0].GetProperty("statusName").GetString());
        Assert.Equal("排查辖区商超和网店", updated.GetProperty("tasks")[0].GetProperty("content").GetString());

        var stale = await head.PutAsJsonAsync($"/api/operations/{id}", edit);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("驰名商标线上线下保护行动（调整）", (await GetJsonAsync(head, $"/api/operations/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_counts_and_the_plan_indicator_read_the_operations_and_the_export_follows_the_filters()
    {
        var (police, _, _, _) = await UnitsAsync();
        var shuangjie = await CaseTestData.UnitIdAsync(App, "BC-SJ");
        using var head = await App.ClientAsAsync("kezhang");
        var id = (await CreateAsync(head, Campaign("双街镇联合执法检查", shuangjie, [police], kind: "jointEnforcement", start: "2023-03-01", end: "2023-03-31")))
            .GetProperty("id").GetInt32();
        var caseId = await CollaborationTestData.PenaltyCaseAsync(App, "BC-SJ", "双街镇某店销售侵权商品案", 7301, new DateOnly(2023, 3, 10));
        await head.PostAsJsonAsync($"/api/operations/{id}/results", new { reportedOn = "2023-03-31", inspections = 12, goodsSeized = 40, referrals = 1, caseIds = new[] { caseId } });
        await CreateAsync(head, Campaign("双街镇地理标志宣传整治", shuangjie, [], start: "2023-06-01", end: "2023-06-30"));

        var counts = await GetJsonAsync(head, $"/api/operations/counts?year=2023&unitId={shuangjie}");
        var operations = counts.GetProperty("operations");
        Assert.Equal(2, operations.GetProperty("total").GetInt32());
        Assert.Equal(1, operations.GetProperty("jointEnforcement").GetInt32());
        Assert.Equal(1, operations.GetProperty("campaigns").GetInt32());
        Assert.Equal(12, operations.GetProperty("inspections").GetInt32());
        Assert.Equal(1, operations.GetProperty("casesOpened").GetInt32());
        Assert.Equal(1, operations.GetProperty("referrals").GetInt32());
        Assert.Equal(0, (await GetJsonAsync(head, $"/api/operations/counts?year=2022&unitId={shuangjie}")).GetProperty("operations").GetProperty("total").GetInt32());
        await AssertFieldErrorAsync(await head.GetAsync("/api/operations/counts?year=1900"), "year");

        // The plan's 联合执法行动次数 is live now.
        var plan = await PlanTestData.PlanAsync(head, await PlanTestData.DemoPlanIdAsync(head));
        var indicator = PlanTestData.Indicator(plan, "collaboration.joint-operations");
        Assert.True(indicator.GetProperty("connected").GetBoolean());
        Assert.True(PlanTestData.Value(indicator) >= 2);
        Assert.Contains(indicator.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("双街镇联合执法检查"));

        var export = await head.GetAsync($"/api/operations/export?kind=jointEnforcement&unitId={shuangjie}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("双街镇联合执法检查", row["行动名称"]?.ToString());
        Assert.Equal("联合执法", row["行动类别"]?.ToString());
        Assert.Equal("1", row["立案数"]?.ToString());
        await AssertFieldErrorAsync(await head.GetAsync("/api/operations?phase=soon"), "phase");
    }
}

public sealed class OperationApiTests_Sqlite(SqliteApp app) : OperationApiTests<SqliteApp>(app);

public sealed class OperationApiTests_Postgres(PostgresApp app) : OperationApiTests<PostgresApp>(app);
