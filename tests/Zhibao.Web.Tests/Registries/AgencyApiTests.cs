using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zhibao.Web.Registries;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>代理机构: the register, credit commitments and breaches, coverage, the missing list and its reminders, submissions, inspections.</summary>
public abstract class AgencyApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static Task<JsonElement> CreateAsync(HttpClient client, int seed, string name, string? licence = null, string? filing = null, string? dueOn = null) =>
        PostAsync(client, "/api/agencies", new
        {
            name, unifiedSocialCreditCode = RegistryTestData.Uscc(seed), patentLicenceNumber = licence, trademarkFilingNumber = filing,
            address = "天津市北辰区京津路1号", contactPerson = "刘主任", contactPhone = "022-86810000", commitmentDueOn = dueOn,
            attorneys = new[] { new { name = "陈代理", certificateNumber = $"1{seed}" } },
        });

    private static async Task<(int Covered, int Total)> CoverageAsync(HttpClient client)
    {
        var coverage = await GetJsonAsync(client, "/api/agencies/commitment-coverage");
        return (coverage.GetProperty("covered").GetInt32(), coverage.GetProperty("total").GetInt32());
    }

    private string Today => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    [Fact]
    public async Task An_agency_is_created_with_its_attorneys_and_listed_filtered_and_exported()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var both = await CreateAsync(head, 5001, "天津北辰专利商标事务所", licence: "12201", filing: "TM-2019-0001");
        Assert.Equal(["patent", "trademark"], both.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("专利、商标代理机构", both.GetProperty("kindName").GetString());
        Assert.Equal("陈代理", both.GetProperty("attorneys")[0].GetProperty("name").GetString());
        Assert.Equal("天津市北辰区市场监督管理局", both.GetProperty("orgUnitName").GetString());
        Assert.Equal("missing", both.GetProperty("commitmentState").GetString());
        var trademarkOnly = await CreateAsync(head, 5002, "天津北辰商标代理有限公司", filing: "TM-2020-0002");
        Assert.Equal("商标代理机构", trademarkOnly.GetProperty("kindName").GetString());

        static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32());
        var patents = Ids(await GetJsonAsync(head, "/api/agencies?kind=patent&pageSize=500")).ToList();
        Assert.Contains(both.GetProperty("id").GetInt32(), patents);
        Assert.DoesNotContain(trademarkOnly.GetProperty("id").GetInt32(), patents);
        Assert.Equal([trademarkOnly.GetProperty("id").GetInt32()], Ids(await GetJsonAsync(head, "/api/agencies?search=TM-2020")));
        Assert.Contains(both.GetProperty("id").GetInt32(), Ids(await GetJsonAsync(head, $"/api/agencies?search={Uri.EscapeDataString("陈代理")}")));
        await AssertFieldErrorAsync(await head.GetAsync("/api/agencies?kind=law"), "kind");
        await AssertFieldErrorAsync(await head.GetAsync("/api/agencies?commitment=maybe"), "commitment");

        var response = await head.GetAsync($"/api/agencies/export?kind=trademark&search={Uri.EscapeDataString("北辰商标代理")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("天津北辰商标代理有限公司", row["名称"]?.ToString());
        Assert.Equal(RegistryTestData.Uscc(5002), row["统一社会信用代码"]?.ToString());
        Assert.Equal("TM-2020-0002", row["商标代理机构备案号"]?.ToString());
        Assert.Equal("未签署", row["信用承诺"]?.ToString());
        Assert.Equal("1", row["代理师人数"]?.ToString());

        // Edit: an attorney added, the first kept by id; the history tells it.
        var id = both.GetProperty("id").GetInt32();
        var put = await head.PutAsJsonAsync($"/api/agencies/{id}", new
        {
            name = "天津北辰专利商标事务所", unifiedSocialCreditCode = RegistryTestData.Uscc(5001), patentLicenceNumber = "12201", trademarkFilingNumber = "TM-2019-0001",
            attorneys = new object[] { new { id = both.GetProperty("attorneys")[0].GetProperty("id").GetInt32(), name = "陈代理", certificateNumber = "15001" }, new { name = "林代理" } },
            version = both.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await JsonAsync(put)).GetProperty("attorneyCount").GetInt32());
        var history = await GetJsonAsync(head, $"/api/agencies/{id}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("subject").GetString() == "代理师" && h.GetProperty("action").GetString() == "新增");
    }

    [Fact]
    public async Task Invalid_input_answers_400_duplicates_and_stale_versions_409_and_nothing_is_written()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var before = (await GetJsonAsync(head, "/api/agencies?pageSize=1")).GetProperty("total").GetInt32();
        var bad = RegistryTestData.Corrupt(RegistryTestData.Uscc(5010), Zhibao.Domain.Identifiers.UnifiedSocialCreditCode.Charset);
        var response = await head.PostAsJsonAsync("/api/agencies", new { name = "某代理", unifiedSocialCreditCode = bad, patentLicenceNumber = "12299" });
        await AssertFieldErrorAsync(response, "unifiedSocialCreditCode");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies", new { name = "某代理", unifiedSocialCreditCode = RegistryTestData.Uscc(5011) }), "patentLicenceNumber");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies", new { name = " ", unifiedSocialCreditCode = RegistryTestData.Uscc(5011), patentLicenceNumber = "1" }), "name");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies",
            new { name = "某代理", unifiedSocialCreditCode = RegistryTestData.Uscc(5011), patentLicenceNumber = "1", attorneys = new[] { new { name = "" } } }), "attorneys[0]");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies",
            new { name = "某代理", unifiedSocialCreditCode = RegistryTestData.Uscc(5011), patentLicenceNumber = "1", commitmentDueOn = "2020-01-01" }), "commitmentDueOn");
        Assert.Equal(before, (await GetJsonAsync(head, "/api/agencies?pageSize=1")).GetProperty("total").GetInt32());

        var first = await CreateAsync(head, 5012, "天津甲知识产权代理有限公司", licence: "12212");
        var duplicate = await head.PostAsJsonAsync("/api/agencies", new { name = "另一个", unifiedSocialCreditCode = RegistryTestData.Uscc(5012).ToLowerInvariant(), trademarkFilingNumber = "X" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(first.GetProperty("id").GetInt32(), (await JsonAsync(duplicate)).GetProperty("existingId").GetInt32());
        var sameLicence = await head.PostAsJsonAsync("/api/agencies", new { name = "另一个", unifiedSocialCreditCode = RegistryTestData.Uscc(5013), patentLicenceNumber = "12212" });
        Assert.Equal(HttpStatusCode.Conflict, sameLicence.StatusCode);
        Assert.Contains("执业许可证号", (await JsonAsync(sameLicence)).GetProperty("detail").GetString());

        var id = first.GetProperty("id").GetInt32();
        var version = first.GetProperty("version").GetInt32();
        object Body(string address) => new { name = "天津甲知识产权代理有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(5012), patentLicenceNumber = "12212", address, version };
        Assert.Equal(HttpStatusCode.OK, (await head.PutAsJsonAsync($"/api/agencies/{id}", Body("第一次"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/agencies/{id}", Body("覆盖者"))).StatusCode);
        Assert.Equal("第一次", (await GetJsonAsync(head, $"/api/agencies/{id}")).GetProperty("address").GetString());
    }

    [Fact]
    public async Task Coverage_rises_when_a_commitment_is_signed_and_falls_when_it_is_breached()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var (covered0, total0) = await CoverageAsync(head);
        var agency = await CreateAsync(head, 5020, "天津乙专利代理事务所", licence: "12220", dueOn: Today);
        var id = agency.GetProperty("id").GetInt32();
        Assert.Equal((covered0, total0 + 1), await CoverageAsync(head));

        var pending = agency.GetProperty("commitments")[0];
        Assert.Equal("unsigned", pending.GetProperty("status").GetString());
        Assert.Contains(id, (await GetJsonAsync(head, "/api/agencies/commitments/missing")).EnumerateArray().Select(m => m.GetProperty("agencyId").GetInt32()));

        // Signing the requested commitment.
        var cid = pending.GetProperty("id").GetInt32();
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{cid}",
            new { status = "Signed", dueOn = Today, version = pending.GetProperty("version").GetInt32() }), "signedOn");
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{cid}",
            new { status = "Breached", signedOn = Today, version = pending.GetProperty("version").GetInt32() }), "status");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/agencies/{id}/commitments/{cid}/breaches", new { occurredOn = Today, description = "未签署就违诺" }), "commitment");
        var signed = await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{cid}",
            new { status = "已签署", signedOn = Today, dueOn = Today, scope = "诚信代理、不代理非正常专利申请", version = pending.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("已签署", (await JsonAsync(signed)).GetProperty("statusName").GetString());
        Assert.Equal((covered0 + 1, total0 + 1), await CoverageAsync(head));
        Assert.DoesNotContain(id, (await GetJsonAsync(head, "/api/agencies/commitments/missing")).EnumerateArray().Select(m => m.GetProperty("agencyId").GetInt32()));
        var stale = await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{cid}", new { status = "Signed", signedOn = Today, version = pending.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // A breach marks the commitment and the credit record, and the agency no longer counts.
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/agencies/{id}/commitments/{cid}/breaches", new { occurredOn = "2099-01-01", description = "未来" }), "occurredOn");
        var breach = await PostAsync(head, $"/api/agencies/{id}/commitments/{cid}/breaches", new { occurredOn = Today, description = "代理非正常专利申请" });
        Assert.Equal(cid, breach.GetProperty("commitmentId").GetInt32());
        var detail = await GetJsonAsync(head, $"/api/agencies/{id}");
        Assert.Equal("breached", detail.GetProperty("commitmentState").GetString());
        Assert.Equal(1, detail.GetProperty("breachCount").GetInt32());
        Assert.Contains("代理非正常专利申请", Assert.Single(detail.GetProperty("creditRecord").EnumerateArray()).GetString());
        Assert.Equal((covered0, total0 + 1), await CoverageAsync(head));
        Assert.Contains(id, (await GetJsonAsync(head, "/api/agencies?commitment=breached&pageSize=500")).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));

        // A breached commitment cannot be turned back; a new signed one covers the agency again.
        var after = detail.GetProperty("commitments")[0];
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/agencies/{id}/commitments/{cid}",
            new { status = "Signed", signedOn = Today, version = after.GetProperty("version").GetInt32() }), "status");
        await PostAsync(head, $"/api/agencies/{id}/commitments", new { status = "Signed", signedOn = Today, scope = "重新承诺" });
        Assert.Equal((covered0 + 1, total0 + 1), await CoverageAsync(head));

        // An inactive agency leaves the count.
        var put = await head.PutAsJsonAsync($"/api/agencies/{id}", new
        {
            name = "天津乙专利代理事务所", unifiedSocialCreditCode = RegistryTestData.Uscc(5020), patentLicenceNumber = "12220", isActive = false,
            version = detail.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var coverage = await GetJsonAsync(head, "/api/agencies/commitment-coverage");
        Assert.Equal(total0, coverage.GetProperty("total").GetInt32());
        Assert.Equal(covered0, coverage.GetProperty("covered").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/agencies/commitment-coverage?bureauId={await RegistryTestData.UnitIdAsync(App, "BC-TM")}")).StatusCode);
    }

    [Fact]
    public async Task An_overdue_commitment_reminds_the_ip_section_once_a_day_per_user()
    {
        using (var head = await App.ClientAsAsync("kezhang"))
        {
            await CreateAsync(head, 5030, "天津丙商标代理有限公司", filing: "TM-5030", dueOn: Today);
        }
        var reminders = App.Services.GetRequiredService<AgencyCommitmentReminders>();
        var kezhang = await RegistryTestData.WithDbAsync(App, db => db.Users.Where(u => u.UserName == "kezhang").Select(u => u.Id).SingleAsync());
        Task<List<string>> NoticesAsync() => RegistryTestData.WithDbAsync(App, db => db.Notifications.AsNoTracking()
            .Where(n => n.DedupKey.StartsWith("agency-commitment:")).Select(n => n.DedupKey + "|" + n.UserId + "|" + n.Body).ToListAsync());

        // Due today: not yet overdue.
        await reminders.RunAsync(CancellationToken.None);
        Assert.DoesNotContain(await NoticesAsync(), n => n.Contains("天津丙商标代理有限公司", StringComparison.Ordinal));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await reminders.RunAsync(CancellationToken.None);
        await reminders.RunAsync(CancellationToken.None);
        var firstDay = (await NoticesAsync()).Where(n => n.Contains("天津丙商标代理有限公司", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(firstDay);
        Assert.Contains($"|{kezhang}|", notice);   // 知识产权科 of the bureau; the administrator is not in that role

        App.Clock.Advance(TimeSpan.FromHours(3));
        await reminders.RunAsync(CancellationToken.None);
        Assert.Single(await NoticesAsync(), n => n.Contains("天津丙商标代理有限公司", StringComparison.Ordinal));

        App.Clock.Advance(TimeSpan.FromDays(1));
        await reminders.RunAsync(CancellationToken.None);
        Assert.Equal(2, (await NoticesAsync()).Count(n => n.Contains("天津丙商标代理有限公司", StringComparison.Ordinal)));

        using var fresh = await App.ClientAsAsync("kezhang");
        var missing = (await GetJsonAsync(fresh, "/api/agencies/commitments/missing")).EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "天津丙商标代理有限公司");
        Assert.True(missing.GetProperty("overdue").GetBoolean());
        Assert.Equal(2, missing.GetProperty("daysOverdue").GetInt32());
        Assert.Contains("天津丙商标代理有限公司", (await GetJsonAsync(fresh, "/api/agencies?commitment=overdue&pageSize=500")).ToString());
    }

    [Fact]
    public async Task A_submission_to_the_city_division_is_recorded_with_its_list_and_exported()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var signed = await CreateAsync(head, 5040, "天津丁专利代理有限公司", licence: "12240");
        await PostAsync(head, $"/api/agencies/{signed.GetProperty("id").GetInt32()}/commitments", new { status = "Signed", signedOn = Today, scope = "诚信执业承诺" });
        await CreateAsync(head, 5041, "天津戊商标代理有限公司", filing: "TM-5041", dueOn: Today);
        var city = await RegistryTestData.UnitIdAsync(App, "EX-TJIPA");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies/commitments/submissions",
            new { submittedOn = Today, receiverUnitId = await RegistryTestData.UnitIdAsync(App, "BC-ZSCQ") }), "receiverUnitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/agencies/commitments/submissions", new { submittedOn = "2099-01-01", receiverUnitId = city }), "submittedOn");

        var submission = await PostAsync(head, "/api/agencies/commitments/submissions", new { submittedOn = Today, receiverUnitId = city, remark = "第三季度" });
        Assert.Equal("天津市知识产权局", submission.GetProperty("submission").GetProperty("receiverName").GetString());
        var sid = submission.GetProperty("submission").GetProperty("id").GetInt32();
        var rows = submission.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(submission.GetProperty("submission").GetProperty("agencyCount").GetInt32(), rows.Count);
        Assert.Equal("已签署", rows.Single(r => r.GetProperty("name").GetString() == "天津丁专利代理有限公司").GetProperty("statusName").GetString());

        // The snapshot keeps what was sent: a later signing does not change it.
        var other = (await GetJsonAsync(head, $"/api/agencies?search={Uri.EscapeDataString("天津戊")}")).GetProperty("items")[0];
        var detail = await GetJsonAsync(head, $"/api/agencies/{other.GetProperty("id").GetInt32()}");
        var pending = detail.GetProperty("commitments")[0];
        Assert.Equal(HttpStatusCode.OK, (await head.PutAsJsonAsync($"/api/agencies/{other.GetProperty("id").GetInt32()}/commitments/{pending.GetProperty("id").GetInt32()}",
            new { status = "Signed", signedOn = Today, version = pending.GetProperty("version").GetInt32() })).StatusCode);

        Assert.Contains((await GetJsonAsync(head, "/api/agencies/commitments/submissions")).EnumerateArray(), s => s.GetProperty("id").GetInt32() == sid);
        var response = await head.GetAsync($"/api/agencies/commitments/submissions/{sid}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var exported = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(rows.Count, exported.Count);
        var wu = exported.Single(r => r["代理机构名称"]?.ToString() == "天津戊商标代理有限公司");
        Assert.Equal("未签署", wu["信用承诺"]?.ToString());
        Assert.Equal(Today, wu["应签署日期"]?.ToString());
        Assert.Equal("诚信执业承诺", exported.Single(r => r["代理机构名称"]?.ToString() == "天津丁专利代理有限公司")["承诺事项"]?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/agencies/commitments/submissions/999999/export")).StatusCode);
    }

    [Fact]
    public async Task An_inspection_records_its_officers_findings_result_and_follow_up()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var agency = await CreateAsync(head, 5050, "天津己专利代理事务所", licence: "12250");
        var id = agency.GetProperty("id").GetInt32();
        var officers = await Task.WhenAll(RegistryTestData.OfficerIdAsync(App, "zhifa1"), RegistryTestData.OfficerIdAsync(App, "zhifa2"));

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/agencies/{id}/inspections",
            new { inspectedOn = Today, officerIds = officers, findings = "代理师执业证未公示", result = "Rectification" }), "followUp");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/agencies/{id}/inspections",
            new { inspectedOn = Today, officerIds = Array.Empty<int>(), findings = "无", result = "NoIssue" }), "officerIds");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/agencies/{id}/inspections",
            new { inspectedOn = Today, officerIds = officers, findings = "无", result = "罚款" }), "result");

        var inspection = await PostAsync(head, $"/api/agencies/{id}/inspections",
            new { inspectedOn = Today, officerIds = officers, findings = "代理师执业证未公示", result = "责令整改", followUp = "10日内公示执业证并报送整改报告" });
        Assert.Equal("李执法、赵执法", inspection.GetProperty("officers").GetString());
        Assert.Equal("责令整改", inspection.GetProperty("resultName").GetString());
        var detail = await GetJsonAsync(head, $"/api/agencies/{id}");
        Assert.Equal(Today, detail.GetProperty("lastInspectedOn").GetString());
        Assert.Equal("10日内公示执业证并报送整改报告", detail.GetProperty("inspections")[0].GetProperty("followUp").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync("/api/agencies/999999/inspections",
            new { inspectedOn = Today, officerIds = officers, findings = "无", result = "NoIssue" })).StatusCode);

        using var station = await App.ClientAsAsync("suo1");
        Assert.Equal(HttpStatusCode.Forbidden, (await station.PostAsJsonAsync($"/api/agencies/{id}/inspections",
            new { inspectedOn = Today, officerIds = officers, findings = "无", result = "NoIssue" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync($"/api/agencies/{id}")).StatusCode);
    }
}

public sealed class AgencyApiTests_Sqlite(SqliteApp app) : AgencyApiTests<SqliteApp>(app);

public sealed class AgencyApiTests_Postgres(PostgresApp app) : AgencyApiTests<PostgresApp>(app);
