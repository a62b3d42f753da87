using System.Net;
using System.Net.Http.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>
/// The case list's total for the unit / kind / status filters comes from the CaseListCounts table the database keeps by
/// trigger: after every migration it must still follow new cases (SQLite rebuilds of "Cases" once dropped the triggers).
/// </summary>
public abstract class CaseListTotalTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task The_list_total_counts_new_cases_with_and_without_the_kind_and_status_filters()
    {
        using var station = await App.ClientAsAsync("suo2");
        var lead = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-3).ToString("yyyy-MM-dd");
        foreach (var title in new[] { "北仓某超市销售假冒注册商标商品案", "北仓某门店销售侵犯专利权产品案" })
        {
            var created = await station.PostAsJsonAsync("/api/penalty-cases", new { title, subject = "商标侵权", source = "投诉", leadReceivedOn = lead });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        foreach (var url in new[] { "/api/cases?pageSize=100", "/api/cases?kind=penalty&status=Lead&pageSize=100" })
        {
            var page = await GetJsonAsync(station, url);
            Assert.Equal(2, page.GetProperty("items").GetArrayLength());
            Assert.Equal(2, page.GetProperty("total").GetInt32());
        }
        var none = await GetJsonAsync(station, "/api/cases?status=Investigating&pageSize=100");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }
}

public sealed class CaseListTotalTests_Sqlite(SqliteApp app) : CaseListTotalTests<SqliteApp>(app);

public sealed class CaseListTotalTests_Postgres(PostgresApp app) : CaseListTotalTests<PostgresApp>(app);
