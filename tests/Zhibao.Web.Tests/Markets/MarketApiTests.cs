using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Markets;

/// <summary>规范化市场名录: create, edit (409 on a stale version), validation, the three systems' records, the rating and the plan indicator.</summary>
public abstract class MarketApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static string Uscc(int seed)
    {
        var first17 = $"91120113MB{seed:D7}";
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>A market meeting every criterion but the inspection: 10 stalls, 9 commitments (exactly 90 %), a fund.</summary>
    private static object Body(string name, int stalls = 10, int commitments = 9, string entry = "Established", string compensation = "Established",
        decimal? fund = 20000m, string exit = "Established", int? unitId = null, int version = 0, string? uscc = null, string kind = "CommodityMarket") => new
    {
        name, kind, operatorName = name + "管理有限公司", operatorUscc = uscc, address = "天津市北辰区" + name, area = "北仓镇",
        stallCount = stalls, entryCommitmentStatus = entry, commitmentCount = commitments, advanceCompensationStatus = compensation,
        compensationFund = fund, counterfeitExitStatus = exit, unitId, version, contact = "张经理", phone = "022-26000000",
    };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/markets", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/markets → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    private static string? Text(JsonElement e, string property) => e.GetProperty(property).GetString();

    private static IEnumerable<bool> Met(JsonElement market) => market.GetProperty("ratingCriteria").EnumerateArray().Select(c => c.GetProperty("met").GetBoolean());

    [Fact]
    public async Task A_market_is_created_edited_and_a_stale_edit_answers_409()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var uscc = Uscc(3001);
        var market = await CreateAsync(head, Body("北辰创建测试市场", uscc: uscc.ToLowerInvariant(), unitId: await CaseTestData.UnitIdAsync(App, "BC-BC")));
        var id = Id(market);
        Assert.Equal("commodityMarket", Text(market, "kind"));
        Assert.Equal("商品交易市场", Text(market, "kindName"));
        Assert.Equal(uscc, Text(market, "operatorUscc"));
        Assert.Equal("北仓市场监督管理所", Text(market, "orgUnitName"));
        Assert.Equal(0.9m, market.GetProperty("commitmentRatio").GetDecimal());
        Assert.Equal("已建立", Text(market, "entryCommitmentStatusName"));
        // No inspection yet: 培育中, and the reason says so.
        Assert.Equal("培育中", Text(market, "ratingName"));
        Assert.False(market.GetProperty("isStandardised").GetBoolean());
        Assert.Equal([true, true, true, false], Met(market));
        Assert.Contains("无检查记录", Text(market.GetProperty("ratingCriteria")[3], "reason"));

        var version = market.GetProperty("version").GetInt32();
        var edited = await head.PutAsJsonAsync($"/api/markets/{id}", Body("北辰创建测试市场", stalls: 20, commitments: 20, uscc: uscc, version: version));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var saved = await JsonAsync(edited);
        Assert.Equal(20, saved.GetProperty("stallCount").GetInt32());
        Assert.NotEqual(version, saved.GetProperty("version").GetInt32());
        Assert.Equal("集贤里街", Text(await JsonAsync(await head.PutAsJsonAsync($"/api/markets/{id}",
            new { name = "北辰创建测试市场", kind = "商品交易市场", operatorName = "某公司", area = "集贤里街", stallCount = 20, version = saved.GetProperty("version").GetInt32() })), "area"));

        var stale = await head.PutAsJsonAsync($"/api/markets/{id}", Body("北辰创建测试市场", stalls: 99, commitments: 1, version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", (await JsonAsync(stale)).GetProperty("detail").GetString());
        var detail = await GetJsonAsync(head, $"/api/markets/{id}");
        Assert.Equal(20, detail.GetProperty("stallCount").GetInt32());
        Assert.Equal("集贤里街", Text(detail, "area"));
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("contact").ValueKind);   // a PUT replaces every field
        Assert.Equal(HttpStatusCode.NotFound, (await head.PutAsJsonAsync("/api/markets/999999", Body("不存在"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/markets/999999")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_400_in_Chinese_and_a_duplicate_name_409()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var before = (await GetJsonAsync(head, "/api/markets?pageSize=1")).GetProperty("total").GetInt32();
        var wrong = Uscc(3002)[..^1] + (Uscc(3002)[^1] == '0' ? '1' : '0');
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("校验测试市场", uscc: wrong)), "operatorUscc");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("校验测试市场", stalls: 10, commitments: 11)), "commitmentCount");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("校验测试市场", stalls: -1, commitments: 0)), "stallCount");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("校验测试市场", kind: "Bazaar")), "kind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body(" ")), "name");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("校验测试市场", fund: -1)), "compensationFund");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", new { name = "无开办者市场", kind = "ShoppingMall", stallCount = 5 }), "operatorName");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", new { name = "错误街镇市场", kind = "ShoppingMall", operatorName = "某公司", area = "火星镇" }), "area");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/markets", Body("外部单位市场", unitId: await CaseTestData.UnitIdAsync(App, "EX-CNIPA"))), "unitId");
        Assert.Equal(before, (await GetJsonAsync(head, "/api/markets?pageSize=1")).GetProperty("total").GetInt32());

        // The operator may come from the party registry: its name and code are used.
        var party = await CaseTestData.EnterpriseAsync(App, "天津名录开办者有限公司", 3003);
        var linked = await CreateAsync(head, new { name = "校验测试市场", kind = "ECommercePlatform", operatorPartyId = party, stallCount = 300 });
        Assert.Equal("天津名录开办者有限公司", Text(linked, "operatorName"));
        Assert.Equal(party, linked.GetProperty("operatorPartyId").GetInt32());

        var duplicate = await head.PostAsJsonAsync("/api/markets", Body("校验测试市场"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var problem = await JsonAsync(duplicate);
        Assert.Contains("已登记", problem.GetProperty("detail").GetString());
        Assert.Equal(Id(linked), problem.GetProperty("existingId").GetInt32());
    }

    [Fact]
    public async Task The_rating_follows_the_three_systems_and_the_latest_inspection_at_their_thresholds()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var market = await CreateAsync(head, Body("评定阈值测试市场"));
        var id = Id(market);

        var inspected = await PostAsync(head, $"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-08", result = "Passed", inspectors = "李执法、赵执法", findings = "承诺书公示上墙" });
        Assert.Equal("规范化市场", Text(inspected, "ratingName"));
        Assert.True(inspected.GetProperty("isStandardised").GetBoolean());
        Assert.All(Met(inspected), Assert.True);
        Assert.Contains("9/10户签署，签署率90%，达到90%", Text(inspected.GetProperty("ratingCriteria")[0], "reason"));
        Assert.Equal("2023-10-08", Text(inspected, "lastInspectedOn"));
        Assert.Equal("合格", Text(inspected.GetProperty("inspections")[0], "resultName"));

        // One commitment fewer: 80 % is below the threshold.
        var below = await JsonAsync(await head.PutAsJsonAsync($"/api/markets/{id}", Body("评定阈值测试市场", commitments: 8, version: inspected.GetProperty("version").GetInt32())));
        Assert.Equal("培育中", Text(below, "ratingName"));
        Assert.Contains("低于90%", Text(below.GetProperty("ratingCriteria")[0], "reason"));

        // All three systems 运行良好 with every criterion met: 示范.
        var best = await JsonAsync(await head.PutAsJsonAsync($"/api/markets/{id}", Body("评定阈值测试市场", entry: "WellRun", compensation: "WellRun", exit: "WellRun",
            version: below.GetProperty("version").GetInt32())));
        Assert.Equal("规范化示范市场", Text(best, "ratingName"));

        // A later inspection ordering rectification brings it down until the rectification is recorded.
        var rectify = await PostAsync(head, $"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-09", result = "Rectify", findings = "两户未签署承诺" });
        Assert.Equal("培育中", Text(rectify, "ratingName"));
        Assert.Contains("尚未整改完成", Text(rectify.GetProperty("ratingCriteria")[3], "reason"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-10", result = "Passed" }), "inspectedOn");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-09" }), "result");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-09", result = "Passed", rectifiedOn = "2023-10-09" }), "rectifiedOn");
        var done = await PostAsync(head, $"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-09", result = "Rectify", rectifiedOn = "2023-10-09", findings = "当场整改" });
        Assert.Equal("规范化示范市场", Text(done, "ratingName"));

        // Filters by rating.
        var standardised = await GetJsonAsync(head, $"/api/markets?search={Uri.EscapeDataString("评定阈值")}&standardised=true");
        Assert.Equal(id, Id(standardised.GetProperty("items")[0]));
        Assert.Equal(0, (await GetJsonAsync(head, $"/api/markets?search={Uri.EscapeDataString("评定阈值")}&rating=Developing")).GetProperty("total").GetInt32());
        await AssertFieldErrorAsync(await head.GetAsync("/api/markets?rating=Gold"), "rating");
    }

    [Fact]
    public async Task Claims_paid_and_stall_holders_removed_are_recorded_under_their_system()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var none = await CreateAsync(head, Body("未建制度测试市场", entry: "NotEstablished", compensation: "NotEstablished", exit: "NotEstablished", fund: null, commitments: 0));
        Assert.Equal("未建立", Text(none, "ratingName"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{Id(none)}/compensation-claims", new { paidOn = "2023-10-09", amount = 500 }), "amount");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{Id(none)}/removals", new { removedOn = "2023-10-09", stallHolder = "某经营户" }), "stallHolder");

        var market = await CreateAsync(head, Body("赔付离场测试市场"));
        var id = Id(market);
        await PostAsync(head, $"/api/markets/{id}/compensation-claims", new { paidOn = "2023-09-12", amount = 1200.50m, claimant = "消费者王某", description = "购买假冒运动鞋" });
        var claimed = await PostAsync(head, $"/api/markets/{id}/compensation-claims", new { paidOn = "2023-10-09", amount = 300m, claimant = "消费者李某" });
        Assert.Equal(2, claimed.GetProperty("claimCount").GetInt32());
        Assert.Equal(1500.50m, claimed.GetProperty("claimsPaid").GetDecimal());
        Assert.Equal("2023-10-09", Text(claimed.GetProperty("compensationClaims")[0], "paidOn"));
        Assert.Equal(1200.50m, claimed.GetProperty("compensationClaims")[1].GetProperty("amount").GetDecimal());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/compensation-claims", new { paidOn = "2023-10-09", amount = 0 }), "amount");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/compensation-claims", new { paidOn = "2023-10-12", amount = 10 }), "paidOn");

        var removed = await PostAsync(head, $"/api/markets/{id}/removals", new { removedOn = "2023-10-09", stallHolder = "张某（A-12号摊位）", stallNumber = "A-12", reason = "二次销售假冒注册商标商品" });
        Assert.Equal(1, removed.GetProperty("removalCount").GetInt32());
        Assert.Equal("A-12", Text(removed.GetProperty("removals")[0], "stallNumber"));
        Assert.Equal("王科长", Text(removed.GetProperty("removals")[0], "recordedByName"));
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/markets/{id}/removals", new { removedOn = "2023-10-09" }), "stallHolder");
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync("/api/markets/999999/removals", new { removedOn = "2023-10-09", stallHolder = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_standardised_count_moves_when_a_system_is_established()
    {
        using var head = await App.ClientAsAsync("kezhang");
        // 小淀所 is left to this test, so its figures are exact.
        var unit = await CaseTestData.UnitIdAsync(App, "BC-XD");
        var url = $"/api/markets/standardised-count?unitId={unit}";
        var bureauBefore = await GetJsonAsync(head, "/api/markets/standardised-count");
        static int Count(JsonElement e, string field) => e.GetProperty(field).GetInt32();

        var market = await CreateAsync(head, Body("计数测试市场", exit: "NotEstablished", unitId: unit));
        var id = Id(market);
        var inspected = await PostAsync(head, $"/api/markets/{id}/inspections", new { inspectedOn = "2023-10-09", result = "Passed" });
        var pending = await GetJsonAsync(head, url);
        Assert.Equal([0, 1, 1, 1, 0], new[] { "count", "total", "entryCommitment", "advanceCompensation", "counterfeitExit" }.Select(f => Count(pending, f)));
        Assert.Equal("小淀市场监督管理所", Text(pending, "unitName"));
        Assert.Equal("2023-10-09", Text(pending, "date"));

        // 假冒离场 established: every criterion is met and the indicator moves.
        var established = await head.PutAsJsonAsync($"/api/markets/{id}", Body("计数测试市场", unitId: unit, version: inspected.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, established.StatusCode);
        var after = await GetJsonAsync(head, url);
        Assert.Equal([1, 1, 1], new[] { "count", "total", "counterfeitExit" }.Select(f => Count(after, f)));
        // The day before the inspection it was not yet counted.
        Assert.Equal(0, Count(await GetJsonAsync(head, url + "&on=2023-10-08"), "count"));

        // The bureau's figure moved with it, and is the same for a station user (an aggregate); a unit's only within scope.
        var bureau = await GetJsonAsync(head, "/api/markets/standardised-count");
        Assert.Equal("天津市北辰区市场监督管理局", Text(bureau, "unitName"));
        Assert.Equal(Count(bureauBefore, "count") + 1, Count(bureau, "count"));
        Assert.Equal(Count(bureauBefore, "total") + 1, Count(bureau, "total"));
        using var station = await App.ClientAsAsync("suo2");
        Assert.Equal(Count(bureau, "count"), Count(await GetJsonAsync(station, "/api/markets/standardised-count"), "count"));
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync(url)).StatusCode);
        await AssertFieldErrorAsync(await head.GetAsync("/api/markets/standardised-count?on=20231009"), "on");
    }

    [Fact]
    public async Task Data_scope_permissions_and_the_export()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var tianmu = await CreateAsync(head, Body("天穆导出测试市场", unitId: await CaseTestData.UnitIdAsync(App, "BC-TM"), uscc: Uscc(3010)));
        using var own = await App.ClientAsAsync("suo1");
        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/markets/{Id(tianmu)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/markets/{Id(tianmu)}")).StatusCode);
        Assert.Equal(0, (await GetJsonAsync(other, $"/api/markets?search={Uri.EscapeDataString("天穆导出")}")).GetProperty("total").GetInt32());
        // Officers record inspections (case.handle) but do not edit the registry (registry.edit).
        await PostAsync(own, $"/api/markets/{Id(tianmu)}/inspections", new { inspectedOn = "2023-10-09", result = "Passed" });
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync("/api/markets", Body("所级登记市场"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/markets/{Id(tianmu)}/inspections", new { inspectedOn = "2023-10-09", result = "Passed" })).StatusCode);
        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync($"/api/markets/{Id(tianmu)}/inspections", new { inspectedOn = "2023-10-09", result = "Passed" })).StatusCode);

        var response = await own.GetAsync($"/api/markets/export?search={Uri.EscapeDataString("天穆导出")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("天穆导出测试市场", row["市场名称"]?.ToString());
        Assert.Equal("商品交易市场", row["类型"]?.ToString());
        Assert.Equal(Uscc(3010), row["统一社会信用代码"]?.ToString());
        Assert.Equal("90%", row["签署率"]?.ToString());
        Assert.Equal("已建立", row["准入承诺"]?.ToString());
        Assert.Equal("2023-10-09", row["最近检查"]?.ToString());
        Assert.Equal("规范化市场", row["评定"]?.ToString());

        using var otherExport = new MemoryStream(await (await other.GetAsync($"/api/markets/export?search={Uri.EscapeDataString("天穆导出")}")).Content.ReadAsByteArrayAsync());
        Assert.All(otherExport.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>(), r => Assert.Null(r["市场名称"]));
    }
}

public sealed class MarketApiTests_Sqlite(SqliteApp app) : MarketApiTests<SqliteApp>(app);

public sealed class MarketApiTests_Postgres(PostgresApp app) : MarketApiTests<PostgresApp>(app);
