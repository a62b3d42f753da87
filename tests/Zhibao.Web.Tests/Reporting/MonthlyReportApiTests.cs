using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Web.Reporting;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Reporting.ReportTestData;

namespace Zhibao.Web.Tests.Reporting;

/// <summary>
/// The monthly report's carry-over: September 2023 submitted late, a September closure recorded afterwards breaks October's
/// balance until September is corrected; the year's indicator.
/// </summary>
public abstract class MonthlyReportApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task Last_months_submitted_figures_carry_over_and_a_later_change_to_them_is_caught_until_last_month_is_corrected()
    {
        // Monday 2023-10-09: two September cases are recorded late; September's report was due on Thursday 10-05 (a holiday).
        var head = await AtAsync(App, China(2023, 10, 9), "kezhang");
        var dispute = await AdjudicationAsync(App, head, "某公司诉某厂实用新型专利侵权纠纷案", "2023-09-18", "2023-09-20", 8001);
        var counterfeit = await PenaltyAsync(App, head, "某店假冒专利案", "假冒专利", Zl("202310000001"), "2023-09-25", "2023-09-26", 8003);

        var september = await GetJsonAsync(head, "/api/reports/monthly/2023-09");
        Assert.Equal(("draft", true, false), (september.GetProperty("status").GetString(), september.GetProperty("live").GetBoolean(),
            september.GetProperty("onTime").GetBoolean()));
        Assert.Equal(2, september.GetProperty("rows").GetArrayLength());
        september = await SignOffAsync(App, "2023-09", "GJ-2023-0909");
        Assert.Equal(2, september.GetProperty("totals").GetProperty("pendingAtEnd").GetInt32());
        Assert.False(september.GetProperty("onTime").GetBoolean()); // submitted on the 9th: 迟报

        // October carries September's 2 open cases over; both cases changed in October (their records), nothing was closed.
        var october = await GetJsonAsync(head, "/api/reports/monthly/2023-10");
        var totals = october.GetProperty("totals");
        Assert.True(totals.GetProperty("carriedOver").GetBoolean());
        Assert.Equal((2, 0, 0, 2), (totals.GetProperty("pendingAtStart").GetInt32(), totals.GetProperty("filed").GetInt32(),
            totals.GetProperty("closed").GetInt32(), totals.GetProperty("pendingAtEnd").GetInt32()));
        Assert.Empty(october.GetProperty("problems").EnumerateArray());

        // 2023-10-10: the adjudication's closure on 09-28 is recorded only now.
        head = await AtAsync(App, China(2023, 10, 10), "kezhang");
        await ActAsync(head, dispute, "close", new { closedOn = "2023-09-28", closure = "adjudication", infringementFound = false, content = "不构成侵权，驳回请求" });

        september = await GetJsonAsync(head, "/api/reports/monthly/2023-09");
        Assert.Equal([("changed-case", (int?)dispute)], Problems(september));
        october = await GetJsonAsync(head, "/api/reports/monthly/2023-10");
        var balance = Assert.Single(october.GetProperty("problems").EnumerateArray());
        Assert.Equal("totals-balance", balance.GetProperty("code").GetString());
        Assert.Equal("/reports/monthly/2023-09", balance.GetProperty("link").GetString());
        Assert.Contains("上月已报送的期末在办1件", balance.GetProperty("message").GetString()); // the patent-dispute line: 1 + 0 − 0 ≠ 0

        // September is corrected (错报) and submitted again; October balances on the corrected carry-over.
        var corrected = await ReportActAsync(head, "2023-09", "correct", new { reason = "补录2023年9月28日结案的专利纠纷案件" });
        Assert.Equal("错报", corrected.GetProperty("versions")[0].GetProperty("correctionKind").GetString());
        september = await SignOffAsync(App, "2023-09", "GJ-2023-1010");
        Assert.Empty(september.GetProperty("problems").EnumerateArray());
        Assert.Equal(1, september.GetProperty("totals").GetProperty("pendingAtEnd").GetInt32());
        october = await GetJsonAsync(head, "/api/reports/monthly/2023-10");
        Assert.Equal(1, october.GetProperty("totals").GetProperty("pendingAtStart").GetInt32());
        Assert.Empty(october.GetProperty("problems").EnumerateArray());

        // The year: September counts (the first month reported here), late and corrected once; October is not due yet.
        var year = await GetJsonAsync(head, "/api/reports/monthly?year=2023");
        Assert.Equal(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"],
            year.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("period").GetString()));
        var sep = year.GetProperty("months")[8];
        Assert.Equal((true, true, 1), (sep.GetProperty("counted").GetBoolean(), sep.GetProperty("late").GetBoolean(), sep.GetProperty("wrongCorrections").GetInt32()));
        Assert.False(year.GetProperty("months")[7].GetProperty("counted").GetBoolean());
        var indicator = year.GetProperty("indicator");
        Assert.Equal((1, 0, 1, 1, 0), (indicator.GetProperty("monthsDue").GetInt32(), indicator.GetProperty("monthsOnTime").GetInt32(),
            indicator.GetProperty("late").GetInt32(), indicator.GetProperty("wrong").GetInt32(), indicator.GetProperty("missing").GetInt32()));
        Assert.Equal(0m, indicator.GetProperty("onTimeRate").GetDecimal());

        // The plan module reads the same indicator from the service.
        using var scope = App.Services.CreateScope();
        var bureau = await CaseTestData.UnitIdAsync(App, "BC");
        var fromService = (await scope.ServiceProvider.GetRequiredService<MonthlyReports>()
            .YearAsync(bureau, 2023, Zhibao.Web.Platform.Clock.Today(App.Clock), CancellationToken.None)).Indicator;
        Assert.Equal((1, 0, 1, 1, 0), (fromService.MonthsDue, fromService.MonthsOnTime, fromService.Late, fromService.Wrong, fromService.Missing));
        _ = counterfeit;
    }
}

public sealed class MonthlyReportApiTests_Sqlite(SqliteApp app) : MonthlyReportApiTests<SqliteApp>(app);

public sealed class MonthlyReportApiTests_Postgres(PostgresApp app) : MonthlyReportApiTests<PostgresApp>(app);

/// <summary>Who may do what to the monthly report, in which order, and what bad input gets.</summary>
public abstract class MonthlyReportGuardTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task Each_step_needs_its_role_a_finished_month_and_well_formed_input()
    {
        var head = await AtAsync(App, China(2023, 10, 9), "kezhang");
        using var officer = await App.ClientAsAsync("zhifa1");
        using var leader = await App.ClientAsAsync("lingdao");
        using var reader = await App.ClientAsAsync("zhidu");

        // 执法人员 do not see the report; 只读 sees it but cannot act; 局领导 approves but does not prepare.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/reports/monthly/2023-08")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/reports/monthly/2023-08")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/prepare", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/prepare", new { })).StatusCode);

        // October is not over on 10-09.
        var early = await head.PostAsJsonAsync("/api/reports/monthly/2023-10/actions/prepare", new { });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("尚未结束", (await JsonAsync(early)).GetProperty("detail").GetString());

        await AssertFieldErrorAsync(await head.GetAsync("/api/reports/monthly/2023-13"), "period");
        await AssertFieldErrorAsync(await head.GetAsync("/api/reports/monthly?year=1900"), "year");
        Assert.Equal(HttpStatusCode.NotFound, (await head.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/publish", new { })).StatusCode);

        // Out of order: no check before preparing, no correction before submitting; a stale version is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/check", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/correct", new { reason = "x" })).StatusCode);
        var prepared = await ReportActAsync(head, "2023-08", "prepare");
        Assert.Equal(("prepared", true), (prepared.GetProperty("status").GetString(), prepared.GetProperty("rows").GetArrayLength() == 0));
        var stale = await head.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/check", new { version = prepared.GetProperty("version").GetInt32() - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync("/api/reports/monthly/2023-08/actions/approve", new { })).StatusCode);
        var check = await ReportActAsync(head, "2023-08", "check", new { version = prepared.GetProperty("version").GetInt32() });
        // What each may do next: the section may only regenerate, the leader approve.
        Assert.Equal(["prepare"], check.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["approve"], (await GetJsonAsync(leader, "/api/reports/monthly/2023-08")).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        // An empty month exports its headers.
        var csv = await head.GetByteArrayAsync("/api/reports/monthly/2023-08/export?format=csv");
        Assert.Single(System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var xlsx = await head.GetAsync("/api/reports/monthly/2023-08/export");
        Assert.Equal(Zhibao.Web.Platform.Excel.ExcelExport.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/reports/monthly/2023-08/export?version=3")).StatusCode);
    }

    [Fact]
    public async Task The_columns_follow_the_layout_setting_and_a_wrong_setting_blocks_the_sign_off()
    {
        using var admin = await App.ClientAsAsync("admin");
        using var head = await App.ClientAsAsync("kezhang");
        async Task SetAsync(string value)
        {
            var setting = (await GetJsonAsync(admin, "/api/settings")).EnumerateArray().Single(s => s.GetProperty("key").GetString() == MonthlyReports.FieldsSetting);
            var saved = await admin.PutAsJsonAsync($"/api/settings/{MonthlyReports.FieldsSetting}", new { value, version = setting.GetProperty("version").GetInt32() });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        try
        {
            await SetAsync("*案号=caseNumber; 专利号=patentNumber:counterfeit; *案件类别=kind");
            var report = await GetJsonAsync(head, "/api/reports/monthly/2023-07");
            Assert.Equal(["案号", "专利号", "案件类别"], report.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("header").GetString()));
            Assert.Empty(report.GetProperty("problems").EnumerateArray());
            var csv = await head.GetByteArrayAsync("/api/reports/monthly/2023-07/export?format=csv");
            Assert.Equal("案号,专利号,案件类别", System.Text.Encoding.UTF8.GetString(csv[3..]).TrimEnd());

            await SetAsync("案号");
            report = await GetJsonAsync(head, "/api/reports/monthly/2023-07");
            var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
            Assert.Equal("layout-invalid", problem.GetProperty("code").GetString());
            Assert.Contains("第1项“案号”", problem.GetProperty("message").GetString());
            Assert.Equal("案件编号", report.GetProperty("fields")[0].GetProperty("header").GetString()); // the default meanwhile
            await ReportActAsync(head, "2023-07", "prepare");
            Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/reports/monthly/2023-07/actions/check", new { })).StatusCode);
        }
        finally
        {
            await SetAsync("");
        }
    }
}

public sealed class MonthlyReportGuardTests_Sqlite(SqliteApp app) : MonthlyReportGuardTests<SqliteApp>(app);

public sealed class MonthlyReportGuardTests_Postgres(PostgresApp app) : MonthlyReportGuardTests<PostgresApp>(app);
