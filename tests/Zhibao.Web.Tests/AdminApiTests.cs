using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

public abstract class AdminApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> FirstItemAsync(HttpClient client, string code) =>
        (await GetJsonAsync(client, $"/api/dictionaries/{code}/items")).EnumerateArray().First();

    [Fact]
    public async Task A_stale_save_answers_409_and_keeps_the_first_save()
    {
        using var admin = await App.ClientAsAsync("admin");
        var item = await FirstItemAsync(admin, "publicity_channel");
        var id = item.GetProperty("id").GetInt32();
        var version = item.GetProperty("version").GetInt32();

        var first = await admin.PutAsJsonAsync($"/api/dictionaries/publicity_channel/items/{id}", new { value = item.GetProperty("value").GetString(), label = "报纸期刊", sortOrder = 1, isActive = true, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await admin.PutAsJsonAsync($"/api/dictionaries/publicity_channel/items/{id}", new { value = item.GetProperty("value").GetString(), label = "覆盖者", sortOrder = 1, isActive = true, version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被他人修改", (await JsonAsync(second)).GetProperty("detail").GetString());

        Assert.Equal("报纸期刊", (await FirstItemAsync(admin, "publicity_channel")).GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_change_is_written_to_the_operation_log_with_who_and_what()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var created = await head.PostAsJsonAsync("/api/dictionaries/key_sector/items", new { value = "90", label = "化妆品", sortOrder = 90, isActive = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        using var admin = await App.ClientAsAsync("admin");
        var log = await GetJsonAsync(admin, $"/api/logs/operations?entityType=DictionaryItem&keyword={id}&pageSize=10");
        var row = Assert.Single(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("entityKey").GetString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("kezhang", row.GetProperty("userName").GetString());
        Assert.Equal("新增", row.GetProperty("action").GetString());
        Assert.Contains("化妆品", row.GetProperty("changes").GetString());
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors_and_saves_nothing()
    {
        using var admin = await App.ClientAsAsync("admin");
        var before = (await GetJsonAsync(admin, "/api/users?pageSize=1")).GetProperty("total").GetInt32();
        var response = await admin.PostAsJsonAsync("/api/users", new { userName = "admin", displayName = "", orgUnitId = 0, isActive = true, password = "short" });
        Assert.Equal(400, (int)response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.True(errors.TryGetProperty("orgUnitId", out _));
        Assert.Equal(before, (await GetJsonAsync(admin, "/api/users?pageSize=1")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_created_user_signs_in_and_a_password_reset_replaces_the_password()
    {
        using var admin = await App.ClientAsAsync("admin");
        var weak = await admin.PostAsJsonAsync("/api/users", new { userName = "newbie", displayName = "新人", orgUnitId = 1, isActive = true, roles = new[] { "只读" }, password = "abc" });
        await AssertFieldErrorAsync(weak, "password");

        var created = await admin.PostAsJsonAsync("/api/users", new { userName = "newbie", displayName = "新人", orgUnitId = 1, isActive = true, roles = new[] { "只读" }, password = "Newbie#2026" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        Assert.False(string.IsNullOrEmpty(await App.TokenAsync("newbie", "Newbie#2026")));

        var reset = await admin.PostAsJsonAsync($"/api/users/{id}/reset-password", new { password = "Changed#2026" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "newbie", password = "Newbie#2026" })).StatusCode);
        Assert.False(string.IsNullOrEmpty(await App.TokenAsync("newbie", "Changed#2026")));
    }

    [Fact]
    public async Task Paging_parameters_out_of_range_answer_400()
    {
        using var admin = await App.ClientAsAsync("admin");
        await AssertFieldErrorAsync(await admin.GetAsync("/api/users?page=0"), "page");
        await AssertFieldErrorAsync(await admin.GetAsync("/api/users?pageSize=100000"), "pageSize");
    }

    [Fact]
    public async Task A_setting_is_checked_against_its_type()
    {
        using var admin = await App.ClientAsAsync("admin");
        var setting = (await GetJsonAsync(admin, "/api/settings")).EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Reporting.MonthlyDueDay");
        var version = setting.GetProperty("version").GetInt32();
        await AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/settings/Reporting.MonthlyDueDay", new { value = "五号", version }), "value");
        var ok = await admin.PutAsJsonAsync("/api/settings/Reporting.MonthlyDueDay", new { value = "6", version });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task The_user_list_exports_to_an_xlsx_with_chinese_headers()
    {
        using var admin = await App.ClientAsAsync("admin");
        var response = await admin.GetAsync("/api/users/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await response.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["用户名"] == "admin" && (string)r["姓名"] == "系统管理员");
        Assert.Contains("所属单位", rows[0].Keys);
    }

    [Fact]
    public async Task A_unit_with_people_cannot_be_deleted()
    {
        using var admin = await App.ClientAsAsync("admin");
        var station = (await GetJsonAsync(admin, "/api/org-units")).EnumerateArray().Single(u => u.GetProperty("code").GetString() == "BC-TM");
        var response = await admin.DeleteAsync($"/api/org-units/{station.GetProperty("id").GetInt32()}");
        await AssertFieldErrorAsync(response, "id");
    }

    [Fact]
    public async Task Deleting_a_unit_someone_has_just_edited_answers_409()
    {
        using var admin = await App.ClientAsAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/org-units", new { parentId = 1, name = "临时专班", code = "BC-TMP", kind = "section", sortOrder = 99, isActive = true });
        var unit = await JsonAsync(created);
        var id = unit.GetProperty("id").GetInt32();
        var seen = unit.GetProperty("version").GetInt32();
        var edited = await admin.PutAsJsonAsync($"/api/org-units/{id}", new { parentId = 1, name = "临时专班（改）", code = "BC-TMP", kind = "section", sortOrder = 99, isActive = true, version = seen });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/org-units/{id}?version={seen}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/org-units/{id}?version={seen + 1}")).StatusCode);
    }

    [Fact]
    public async Task A_unit_cannot_be_moved_under_itself()
    {
        using var admin = await App.ClientAsAsync("admin");
        var units = (await GetJsonAsync(admin, "/api/org-units")).EnumerateArray().ToList();
        var root = units.Single(u => u.GetProperty("code").GetString() == "BC");
        var station = units.Single(u => u.GetProperty("code").GetString() == "BC-SJ");
        var response = await admin.PutAsJsonAsync($"/api/org-units/{root.GetProperty("id").GetInt32()}", new
        {
            parentId = station.GetProperty("id").GetInt32(), name = root.GetProperty("name").GetString(), code = "BC", kind = "bureau",
            sortOrder = 0, isActive = true, version = root.GetProperty("version").GetInt32(),
        });
        await AssertFieldErrorAsync(response, "parentId");
    }
}

public sealed class AdminApiTests_Sqlite(SqliteApp app) : AdminApiTests<SqliteApp>(app);

public sealed class AdminApiTests_Postgres(PostgresApp app) : AdminApiTests<PostgresApp>(app);
