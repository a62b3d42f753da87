using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>
/// 执法人员名录: certificate status, the "具备知识产权执法资格人数" indicator (CLARIFICATIONS: the bureau as a whole, target ≥ 5;
/// per-unit figures without a target), the assignable list used by cases, validation, concurrency and data scope.
/// Dates are relative to the app's fake clock, which one test moves forward.
/// </summary>
public abstract class OfficerApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private DateOnly Today => Zhibao.Web.Platform.Clock.Today(App.Clock);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/officers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/officers → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static IEnumerable<int> Ids(JsonElement items) => items.EnumerateArray().Select(o => o.GetProperty("id").GetInt32());

    [Fact]
    public async Task The_qualified_count_drops_when_a_certificate_expires()
    {
        using var admin = await App.ClientAsAsync("admin");
        var before = await GetJsonAsync(admin, "/api/officers/qualified-count");
        var count = before.GetProperty("count").GetInt32();
        Assert.Equal(Day(Today), before.GetProperty("date").GetString());
        Assert.Equal(5, before.GetProperty("target").GetInt32());
        Assert.Equal(count >= 5, before.GetProperty("meetsTarget").GetBoolean());

        var brigade = await RegistryTestData.UnitIdAsync(App, "BC-ZFDD");
        await CreateAsync(admin, new
        {
            name = "钱到期", orgUnitId = brigade, certificateNumber = "12011329901", certificateIssuer = "天津市人民政府",
            certificateValidFrom = Today.AddYears(-3), certificateValidTo = Today.AddDays(10), ipQualifiedOn = Today,
        });
        Assert.Equal(count + 1, (await GetJsonAsync(admin, "/api/officers/qualified-count")).GetProperty("count").GetInt32());

        App.Clock.Advance(TimeSpan.FromDays(10));   // the last valid day still counts (new sign-ins: tokens last 8 hours)
        using (var again = await App.ClientAsAsync("admin"))
        {
            Assert.Equal(count + 1, (await GetJsonAsync(again, "/api/officers/qualified-count")).GetProperty("count").GetInt32());
        }

        App.Clock.Advance(TimeSpan.FromDays(1));
        using var later = await App.ClientAsAsync("admin");
        var after = await GetJsonAsync(later, "/api/officers/qualified-count");
        Assert.Equal(count, after.GetProperty("count").GetInt32());
        Assert.Equal(Day(Today), after.GetProperty("date").GetString());
        var row = Assert.Single((await GetJsonAsync(later, $"/api/officers?keyword={Uri.EscapeDataString("钱到期")}")).GetProperty("items").EnumerateArray());
        Assert.Equal("已过期", row.GetProperty("certificateStatusName").GetString());
        Assert.False(row.GetProperty("isIpQualified").GetBoolean());
    }

    [Fact]
    public async Task The_bureau_figure_counts_qualification_and_a_valid_certificate_on_the_day()
    {
        using var admin = await App.ClientAsAsync("admin");
        // Demo: 王科长 and 李执法 qualified on 2021-06-01 with certificates valid since 2021-01-01; the others later or never.
        var early = await GetJsonAsync(admin, "/api/officers/qualified-count?on=2021-07-01");
        Assert.Equal(2, early.GetProperty("count").GetInt32());
        Assert.Equal("2021-07-01", early.GetProperty("date").GetString());
        Assert.False(early.GetProperty("meetsTarget").GetBoolean());
        // The day before the tests start: 王科长, 李执法, 赵执法, 孙所长, 吴所长 — 周执法 and 郑执法 have certificates but
        // no IP qualification (officers created by the other tests qualify from their creation day on).
        var seeded = await GetJsonAsync(admin, "/api/officers/qualified-count?on=2023-10-08");
        Assert.Equal(5, seeded.GetProperty("count").GetInt32());
        Assert.True(seeded.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal(0, (await GetJsonAsync(admin, "/api/officers/qualified-count?on=2028-01-01")).GetProperty("count").GetInt32());

        // A station user sees the same bureau-wide figure (the target is the bureau's, not the station's).
        using var station = await App.ClientAsAsync("suo1");
        Assert.Equal(5, (await GetJsonAsync(station, "/api/officers/qualified-count?on=2023-10-08")).GetProperty("count").GetInt32());

        await AssertFieldErrorAsync(await admin.GetAsync("/api/officers/qualified-count?on=2023/10/09"), "on");
    }

    [Fact]
    public async Task Per_unit_figures_have_no_target_and_follow_the_data_scope()
    {
        var beicang = await RegistryTestData.UnitIdAsync(App, "BC-BC");
        var tianmu = await RegistryTestData.UnitIdAsync(App, "BC-TM");
        using var admin = await App.ClientAsAsync("admin");
        var unit = await GetJsonAsync(admin, $"/api/officers/qualified-count?unitId={beicang}&on=2023-10-09");
        Assert.Equal(1, unit.GetProperty("count").GetInt32());   // 吴所长; 郑执法 has no IP qualification
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("meetsTarget").ValueKind);
        Assert.Equal("北仓市场监督管理所", unit.GetProperty("unitName").GetString());

        using var station = await App.ClientAsAsync("suo1");
        Assert.Equal(1, (await GetJsonAsync(station, $"/api/officers/qualified-count?unitId={tianmu}&on=2023-10-09")).GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync($"/api/officers/qualified-count?unitId={beicang}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/officers/qualified-count?unitId=999999")).StatusCode);

        // The list filter uses the same rule.
        var wu = await RegistryTestData.OfficerIdAsync(App, "suo2");
        var zheng = await RegistryTestData.OfficerIdAsync(App, "suo2zf");
        var qualified = Ids((await GetJsonAsync(admin, $"/api/officers?unitId={beicang}&qualified=true")).GetProperty("items")).ToList();
        var notQualified = Ids((await GetJsonAsync(admin, $"/api/officers?unitId={beicang}&qualified=false")).GetProperty("items")).ToList();
        Assert.Equal([wu], qualified);
        Assert.Contains(zheng, notQualified);
        Assert.DoesNotContain(wu, notQualified);
    }

    [Fact]
    public async Task Each_row_shows_its_certificate_status_and_the_warning_window_is_a_setting()
    {
        using var admin = await App.ClientAsAsync("admin");
        var brigade = await RegistryTestData.UnitIdAsync(App, "BC-ZFDD");
        var today = Today;
        var valid = await CreateAsync(admin, new { name = "状态测试甲", orgUnitId = brigade, certificateNumber = "ZT-001", certificateValidFrom = today.AddYears(-1), certificateValidTo = today.AddDays(100) });
        var expiring = await CreateAsync(admin, new { name = "状态测试乙", orgUnitId = brigade, certificateNumber = "zt-002", certificateValidFrom = today.AddYears(-1), certificateValidTo = today.AddDays(30) });
        var expired = await CreateAsync(admin, new { name = "状态测试丙", orgUnitId = brigade, certificateNumber = "ZT-003", certificateValidFrom = today.AddYears(-2), certificateValidTo = today.AddDays(-1) });
        var none = await CreateAsync(admin, new { name = "状态测试丁", orgUnitId = brigade });
        var later = await CreateAsync(admin, new { name = "状态测试戊", orgUnitId = brigade, certificateNumber = "ZT-005", certificateValidFrom = today.AddDays(5), certificateValidTo = today.AddYears(3) });

        Assert.Equal("ZT-002", expiring.GetProperty("certificateNumber").GetString());   // normalised to upper case
        Assert.Equal("有效", valid.GetProperty("certificateStatusName").GetString());
        Assert.Equal("expiringSoon", expiring.GetProperty("certificateStatus").GetString());
        Assert.Equal("即将到期", expiring.GetProperty("certificateStatusName").GetString());
        Assert.Equal(30, expiring.GetProperty("daysToExpiry").GetInt32());
        Assert.Equal("已过期", expired.GetProperty("certificateStatusName").GetString());
        Assert.Equal("无执法证", none.GetProperty("certificateStatusName").GetString());
        Assert.Equal("未生效", later.GetProperty("certificateStatusName").GetString());

        var all = await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}");
        Assert.Equal(5, all.GetProperty("total").GetInt32());
        var soon = await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}&status=expiringSoon");
        Assert.Equal([expiring.GetProperty("id").GetInt32()], Ids(soon.GetProperty("items")));
        var byChineseName = await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}&status={Uri.EscapeDataString("已过期")}");
        Assert.Equal([expired.GetProperty("id").GetInt32()], Ids(byChineseName.GetProperty("items")));
        Assert.Equal([none.GetProperty("id").GetInt32()], Ids((await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}&status=none")).GetProperty("items")));
        Assert.Equal([valid.GetProperty("id").GetInt32()], Ids((await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}&status=valid")).GetProperty("items")));
        Assert.Equal([later.GetProperty("id").GetInt32()], Ids((await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("状态测试")}&status=notYetValid")).GetProperty("items")));
        await AssertFieldErrorAsync(await admin.GetAsync("/api/officers?status=whatever"), "status");

        // A 20-day window: 30 days left is no longer "即将到期".
        const string key = "Officers.CertificateExpiryWarningDays";
        var setting = (await GetJsonAsync(admin, $"/api/settings?keyword={key}")).EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
        var put = await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = "20", version = setting.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        try
        {
            var row = await GetJsonAsync(admin, $"/api/officers/{expiring.GetProperty("id").GetInt32()}");
            Assert.Equal("有效", row.GetProperty("certificateStatusName").GetString());
        }
        finally
        {
            await admin.PutAsJsonAsync($"/api/settings/{key}", new { value = "60", version = (await JsonAsync(put)).GetProperty("version").GetInt32() });
        }
    }

    [Fact]
    public async Task Bad_input_answers_400_with_Chinese_field_errors()
    {
        using var admin = await App.ClientAsAsync("admin");
        var external = await RegistryTestData.UnitIdAsync(App, "EX-BCPSB");
        var response = await admin.PostAsJsonAsync("/api/officers", new
        {
            name = "", orgUnitId = external, certificateNumber = "12011320001",   // 王科长's certificate
            certificateValidFrom = "2023-01-01", certificateValidTo = "2022-12-31", ipQualifiedOn = Day(Today.AddDays(1)),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "name", "orgUnitId", "certificateNumber", "certificateValidTo", "ipQualifiedOn" })
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name {field}: {errors}");
            Assert.All(messages.EnumerateArray(), m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.GetString()!));
        }
        Assert.Contains("王科长", errors.GetProperty("certificateNumber")[0].GetString());
        Assert.Contains("外部单位", errors.GetProperty("orgUnitId")[0].GetString());

        var brigade = await RegistryTestData.UnitIdAsync(App, "BC-ZFDD");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/officers", new { name = "某人", orgUnitId = 0 }), "orgUnitId");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/officers", new { name = "某人", orgUnitId = brigade, certificateNumber = "X-1" }), "certificateValidTo");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/officers", new { name = "某人", orgUnitId = brigade, certificateValidTo = "2030-01-01" }), "certificateNumber");
        var zhifa1 = await RegistryTestData.WithDbAsync(App, db => Task.FromResult(db.Users.Single(u => u.UserName == "zhifa1").Id));
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/officers", new { name = "某人", orgUnitId = brigade, userId = zhifa1 }), "userId");

        Assert.Equal(0, (await GetJsonAsync(admin, $"/api/officers?keyword={Uri.EscapeDataString("某人")}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_keeps_the_first_save()
    {
        using var admin = await App.ClientAsAsync("admin");
        var brigade = await RegistryTestData.UnitIdAsync(App, "BC-ZFDD");
        var station = await RegistryTestData.UnitIdAsync(App, "BC-XD");
        var officer = await CreateAsync(admin, new { name = "冯并发", orgUnitId = brigade, certificateNumber = "BF-001", certificateValidTo = "2030-12-31" });
        var id = officer.GetProperty("id").GetInt32();
        var version = officer.GetProperty("version").GetInt32();

        var first = await admin.PutAsJsonAsync($"/api/officers/{id}", new { name = "冯并发", orgUnitId = station, certificateNumber = "BF-001", certificateValidTo = "2030-12-31", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("小淀市场监督管理所", (await JsonAsync(first)).GetProperty("orgUnitName").GetString());
        var second = await admin.PutAsJsonAsync($"/api/officers/{id}", new { name = "冯覆盖", orgUnitId = brigade, certificateNumber = "BF-001", certificateValidTo = "2030-12-31", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被他人修改", (await JsonAsync(second)).GetProperty("detail").GetString());

        var detail = await GetJsonAsync(admin, $"/api/officers/{id}");
        Assert.Equal("冯并发", detail.GetProperty("name").GetString());
        Assert.Equal(0, detail.GetProperty("cases").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/officers/999999")).StatusCode);
    }

    [Fact]
    public async Task A_station_user_sees_only_its_stations_officers_and_cannot_edit()
    {
        var own = new[] { await RegistryTestData.OfficerIdAsync(App, "suo1"), await RegistryTestData.OfficerIdAsync(App, "suo1zf") };
        var other = await RegistryTestData.OfficerIdAsync(App, "zhifa1");
        using var station = await App.ClientAsAsync("suo1");

        var page = await GetJsonAsync(station, "/api/officers?pageSize=500");
        Assert.Equal(["天穆市场监督管理所"], page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orgUnitName").GetString()).Distinct());
        Assert.Equal(own.Order(), Ids(page.GetProperty("items")).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync($"/api/officers/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync($"/api/officers/{own[0]}")).StatusCode);
        Assert.Equal(own.Order(), Ids(await GetJsonAsync(station, "/api/officers/assignable?on=2023-10-09")).Order());

        var unit = await RegistryTestData.UnitIdAsync(App, "BC-TM");
        Assert.Equal(HttpStatusCode.Forbidden, (await station.PostAsJsonAsync("/api/officers", new { name = "越权", orgUnitId = unit })).StatusCode);
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/officers")).StatusCode);
    }

    [Fact]
    public async Task Only_officers_with_a_valid_certificate_that_day_are_assignable()
    {
        using var admin = await App.ClientAsAsync("admin");
        var zheng = await RegistryTestData.OfficerIdAsync(App, "suo2zf");   // certificate until 2023-12-31
        var wu = await RegistryTestData.OfficerIdAsync(App, "suo2");
        var beicang = await RegistryTestData.UnitIdAsync(App, "BC-BC");

        var lastDay = await GetJsonAsync(admin, "/api/officers/assignable?on=2023-12-31");
        Assert.Contains(zheng, Ids(lastDay));
        var entry = lastDay.EnumerateArray().Single(o => o.GetProperty("id").GetInt32() == zheng);
        Assert.Equal("12011320007", entry.GetProperty("certificateNumber").GetString());
        Assert.Equal("2023-12-31", entry.GetProperty("certificateValidTo").GetString());
        Assert.False(entry.GetProperty("isIpQualified").GetBoolean());

        var nextDay = await GetJsonAsync(admin, "/api/officers/assignable?on=2024-01-01");
        Assert.DoesNotContain(zheng, Ids(nextDay));
        Assert.Contains(wu, Ids(nextDay));
        Assert.Equal([wu], Ids(await GetJsonAsync(admin, $"/api/officers/assignable?on=2024-01-01&unitId={beicang}")));

        // An officer no longer in service is not assignable, whatever the certificate says.
        var inactive = await CreateAsync(admin, new { name = "停用测试", orgUnitId = beicang, certificateNumber = "TY-001", certificateValidTo = "2030-12-31", isActive = false });
        Assert.DoesNotContain(inactive.GetProperty("id").GetInt32(), Ids(await GetJsonAsync(admin, "/api/officers/assignable?on=2024-01-01")));
        Assert.True((await GetJsonAsync(admin, "/api/officers/assignable")).GetArrayLength() > 0);   // today by default

        await AssertFieldErrorAsync(await admin.GetAsync("/api/officers/assignable?on=31.12.2023"), "on");
    }

    [Fact]
    public async Task The_export_is_an_xlsx_that_follows_the_filters_and_the_data_scope()
    {
        var beicang = await RegistryTestData.UnitIdAsync(App, "BC-BC");
        using var admin = await App.ClientAsAsync("admin");
        var response = await admin.GetAsync($"/api/officers/export?unitId={beicang}&keyword={Uri.EscapeDataString("执法")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync()))
        {
            var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
            Assert.Equal("郑执法", row["姓名"]?.ToString());
            Assert.Equal("北仓市场监督管理所", row["所属单位"]?.ToString());
            Assert.Equal("12011320007", row["执法证号"]?.ToString());
            Assert.Equal("2023-12-31", row["有效期至"]?.ToString());
            Assert.Equal("否", row["具备知识产权执法资格"]?.ToString());
        }

        using var station = await App.ClientAsAsync("suo1");
        using var scoped = new MemoryStream(await (await station.GetAsync("/api/officers/export")).Content.ReadAsByteArrayAsync());
        Assert.All(scoped.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>(), r => Assert.Equal("天穆市场监督管理所", r["所属单位"]?.ToString()));
    }
}

public sealed class OfficerApiTests_Sqlite(SqliteApp app) : OfficerApiTests<SqliteApp>(app);

public sealed class OfficerApiTests_Postgres(PostgresApp app) : OfficerApiTests<PostgresApp>(app);
