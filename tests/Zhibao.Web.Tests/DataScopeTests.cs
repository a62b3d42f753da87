using System.Net;
using System.Net.Http.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

/// <summary>数据权限: a user sees records of their unit and below, unless a role grants more.</summary>
public abstract class DataScopeTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private async Task<Dictionary<string, (int Id, string Unit)>> AllUsersAsync()
    {
        using var admin = await App.ClientAsAsync("admin");
        var page = await GetJsonAsync(admin, "/api/users?pageSize=500");
        return page.GetProperty("items").EnumerateArray().ToDictionary(
            u => u.GetProperty("userName").GetString()!,
            u => (u.GetProperty("id").GetInt32(), u.GetProperty("orgUnitName").GetString()!));
    }

    [Fact]
    public async Task A_station_user_lists_only_the_people_of_their_station()
    {
        using var station = await App.ClientAsAsync("suo1");
        var page = await GetJsonAsync(station, "/api/users?pageSize=500");
        var units = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("orgUnitName").GetString()).Distinct().ToList();
        Assert.Equal(["天穆市场监督管理所"], units);
        var names = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.Contains("suo1zf", names);
        Assert.DoesNotContain("suo2zf", names);
    }

    [Fact]
    public async Task A_station_user_cannot_read_another_stations_user_by_id()
    {
        var users = await AllUsersAsync();
        using var station = await App.ClientAsAsync("suo1");
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync($"/api/users/{users["suo2zf"].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync($"/api/users/{users["suo1zf"].Id}")).StatusCode);
    }

    [Fact]
    public async Task A_station_user_cannot_export_another_stations_people()
    {
        using var station = await App.ClientAsAsync("suo2");
        var response = await station.GetAsync("/api/users/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(await response.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("北仓市场监督管理所", r["所属单位"]));
    }

    [Fact]
    public async Task A_station_user_cannot_edit_another_stations_user()
    {
        var users = await AllUsersAsync();
        using var station = await App.ClientAsAsync("suo1");
        var response = await station.PutAsJsonAsync($"/api/users/{users["suo2zf"].Id}", new
        {
            userName = "suo2zf", displayName = "被改名", orgUnitId = 1, isActive = true, roles = Array.Empty<string>(), version = 0,
        });
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"got {(int)response.StatusCode}");
        Assert.Equal("郑执法", (await GetJsonAsync(await App.ClientAsAsync("admin"), $"/api/users/{users["suo2zf"].Id}")).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_station_administrator_can_only_place_new_users_in_their_station()
    {
        using var admin = await App.ClientAsAsync("admin");
        var units = (await GetJsonAsync(admin, "/api/org-units")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("id").GetInt32());
        using var station = await App.ClientAsAsync("suo1");
        var elsewhere = await station.PostAsJsonAsync("/api/users", new
        {
            userName = "intruder", displayName = "越权用户", orgUnitId = units["BC-BC"], isActive = true, roles = new[] { "执法人员" }, password = "Zhibao#2023x",
        });
        await AssertFieldErrorAsync(elsewhere, "orgUnitId");
        var own = await station.PostAsJsonAsync("/api/users", new
        {
            userName = "tm-new", displayName = "新执法员", orgUnitId = units["BC-TM"], isActive = true, roles = new[] { "执法人员" }, password = "Zhibao#2023x",
        });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task A_station_user_sees_only_what_people_of_their_unit_did_in_the_operation_log()
    {
        var users = await AllUsersAsync();
        using (var other = await App.ClientAsAsync("suo2"))
        {
            var reset = await other.PostAsJsonAsync($"/api/users/{users["suo2zf"].Id}/reset-password", new { password = "Beicang#2023" });
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }
        using var station = await App.ClientAsAsync("suo1");
        var log = await GetJsonAsync(station, "/api/logs/operations?pageSize=500");
        Assert.DoesNotContain(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("userName").GetString() == "suo2");
        using var admin = await App.ClientAsAsync("admin");
        var all = await GetJsonAsync(admin, "/api/logs/operations?userName=suo2&pageSize=500");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), r => r.GetProperty("userName").GetString() == "suo2");
    }

    [Fact]
    public async Task The_section_head_sees_every_unit()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var page = await GetJsonAsync(head, "/api/users?pageSize=500");
        var units = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("orgUnitName").GetString()).Distinct().ToList();
        Assert.Contains("天穆市场监督管理所", units);
        Assert.Contains("北仓市场监督管理所", units);
    }
}

public sealed class DataScopeTests_Sqlite(SqliteApp app) : DataScopeTests<SqliteApp>(app);

public sealed class DataScopeTests_Postgres(PostgresApp app) : DataScopeTests<PostgresApp>(app);
