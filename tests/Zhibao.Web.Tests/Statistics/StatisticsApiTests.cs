using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Data.Statistics;
using Zhibao.Documents.Tests;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Statistics;

/// <summary>
/// 统计分析 on known data: cases written straight to the database (through the same save path as the app, so the
/// statistics tables are kept by it) in units of their own, so each test's figures are its own.
/// </summary>
public abstract class StatisticsApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static readonly DateTime Stamp = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A section with two stations below it, created for one test (the org tree is reloaded).</summary>
    private async Task<(int Parent, int First, int Second)> UnitsAsync(string name)
    {
        var ids = await CaseTestData.WithDbAsync(App, async db =>
        {
            var bureau = await db.OrgUnits.SingleAsync(u => u.Code == "BC");
            async Task<OrgUnit> AddAsync(string unitName, string code, OrgUnitKind kind, OrgUnit parent)
            {
                var unit = new OrgUnit { Name = unitName, Code = code, Kind = kind, ParentId = parent.Id, SortOrder = 90 };
                db.OrgUnits.Add(unit);
                await db.SaveChangesAsync();
                unit.Path = $"{parent.Path}{unit.Id}/";
                await db.SaveChangesAsync();
                return unit;
            }
            var parent = await AddAsync($"{name}科", $"ST-{name}", OrgUnitKind.Section, bureau);
            var first = await AddAsync($"{name}甲所", $"ST-{name}-A", OrgUnitKind.Station, parent);
            var second = await AddAsync($"{name}乙所", $"ST-{name}-B", OrgUnitKind.Station, parent);
            return (parent.Id, first.Id, second.Id);
        });
        App.Services.GetRequiredService<OrgTree>().Invalidate();
        return ids;
    }

    private Task<int> PenaltyAsync(int unit, string filed, string? closed = null, decimal? value = null, decimal? fine = null,
        decimal? confiscated = null, string? sector = null) => AddAsync(new PenaltyCase
    {
        Title = $"统计测试处罚案件{filed}", Subject = "商标侵权", Source = "监督检查", Status = closed is null ? nameof(PenaltyCaseStatus.Investigating) : nameof(PenaltyCaseStatus.Closed),
        KeySector = sector, IllegalBusinessVolume = value, FineAmount = fine, ConfiscatedAmount = confiscated,
        OrgUnitId = unit, ReceivedOn = Day(filed).AddDays(-5), FiledOn = Day(filed), ClosedOn = closed is null ? null : Day(closed),
        CreatedAt = Stamp, UpdatedAt = Stamp, CreatedById = 1,
    });

    private Task<int> AddAsync(Case c) => CaseTestData.WithDbAsync(App, async db =>
    {
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// 2021 Q1 and the same quarter of 2020 in two stations of one section: penalties with amounts and key sectors, an
    /// adjudication closed after the quarter, a mediation agreed and confirmed, a referral, a case open at the start.
    /// </summary>
    private async Task<(int Parent, int First, int Second, int P2)> QuarterAsync(string name)
    {
        var (parent, first, second) = await UnitsAsync(name);
        var p1 = await PenaltyAsync(first, "2021-01-10", "2021-03-09", value: 50_000m, fine: 30_000m, confiscated: 5_000m, sector: "食品");
        var p2 = await PenaltyAsync(first, "2021-02-01", "2021-02-11", value: 12_345.67m, fine: 1_000m, sector: "药品");
        await PenaltyAsync(second, "2021-03-15");
        await PenaltyAsync(second, "2020-12-20", "2021-01-19", value: 0m);
        await PenaltyAsync(first, "2020-02-01", "2020-02-21", fine: 2_000m);
        await AddAsync(new AdjudicationCase
        {
            Title = "统计测试专利纠纷", Subject = "专利侵权纠纷", Source = "当事人请求", Status = nameof(AdjudicationStatus.Closed), PatentNumber = "ZL202010000001.X",
            OrgUnitId = first, ReceivedOn = Day("2021-01-01"), FiledOn = Day("2021-01-05"), ClosedOn = Day("2021-04-05"),
            CreatedAt = Stamp, UpdatedAt = Stamp, CreatedById = 1,
        });
        await AddAsync(new MediationCase
        {
            Title = "统计测试调解", Subject = "专利侵权纠纷", Source = "当事人申请", Status = nameof(MediationStatus.Closed), DisputeType = "专利侵权纠纷",
            OrgUnitId = second, ReceivedOn = Day("2021-02-01"), FiledOn = Day("2021-02-02"), AgreementSignedOn = Day("2021-02-20"),
            Confirmation = ConfirmationStatus.Confirmed, CourtRuledOn = Day("2021-03-10"), ClosedOn = Day("2021-03-15"),
            CreatedAt = Stamp, UpdatedAt = Stamp, CreatedById = 1,
        });
        await CaseTestData.WithDbAsync(App, async db =>
        {
            db.CriminalReferrals.Add(new CriminalReferral
            {
                CaseId = p1, Status = nameof(ReferralStatus.Transferred), ReportedOn = Day("2021-02-25"),
                // 2021-03-01 00:30 Beijing time: still February in UTC, March on the Beijing date that counts.
                TransferredAt = new DateTime(2021, 2, 28, 16, 30, 0, DateTimeKind.Utc),
            });
            return await db.SaveChangesAsync();
        });
        return (parent, first, second, p2);
    }

    private async Task<JsonElement> SummaryAsync(string user, string query)
    {
        using var client = await App.ClientAsAsync(user);
        return await GetJsonAsync(client, "/api/statistics/summary?" + query);
    }

    private static JsonElement Row(JsonElement rows, string property, string value) =>
        rows.EnumerateArray().Single(r => r.GetProperty(property).ToString() == value);

    [Fact]
    public async Task A_quarter_counts_filings_closures_rate_handling_days_amounts_in_wan_and_year_on_year()
    {
        var (parent, first, second, _) = await QuarterAsync("季度");
        var s = await SummaryAsync("kezhang", $"from=2021-01-01&to=2021-03-31&unitId={parent}");
        var t = s.GetProperty("totals");
        Assert.Equal(5, t.GetProperty("filed").GetInt32());
        Assert.Equal(4, t.GetProperty("closed").GetInt32());
        Assert.Equal(1, t.GetProperty("pendingAtStart").GetInt32());
        Assert.Equal(2, t.GetProperty("pendingAtEnd").GetInt32());
        Assert.Equal(66.7, t.GetProperty("closureRate").GetDouble());          // 4 ÷ (1 + 5)
        Assert.Equal(34.8, t.GetProperty("averageHandlingDays").GetDouble());  // (58 + 10 + 30 + 41) ÷ 4
        Assert.Equal(58, t.GetProperty("p90HandlingDays").GetInt32());
        Assert.Equal(6.2346m, t.GetProperty("caseValueWan").GetDecimal());     // 62,345.67 yuan
        Assert.Equal(3.1m, t.GetProperty("finesWan").GetDecimal());
        Assert.Equal(0.5m, t.GetProperty("confiscationsWan").GetDecimal());
        Assert.Equal(3.6m, t.GetProperty("penaltyAmountWan").GetDecimal());
        Assert.Equal(1, t.GetProperty("referrals").GetInt32());
        Assert.Equal(1, t.GetProperty("mediationsAccepted").GetInt32());
        Assert.Equal(1, t.GetProperty("mediationsAgreed").GetInt32());
        Assert.Equal(1, t.GetProperty("mediationsConfirmed").GetInt32());

        // Same quarter of 2020: one penalty filed and closed.
        var last = s.GetProperty("lastYear");
        Assert.Equal("2020-01-01", s.GetProperty("lastYearFrom").GetString());
        Assert.Equal(1, last.GetProperty("filed").GetInt32());
        Assert.Equal(1, last.GetProperty("closed").GetInt32());
        Assert.Equal(0.2m, last.GetProperty("finesWan").GetDecimal());
        var filed = Row(s.GetProperty("yearOnYear"), "key", "filed");
        Assert.Equal(5m, filed.GetProperty("current").GetDecimal());
        Assert.Equal(1m, filed.GetProperty("previous").GetDecimal());
        Assert.Equal(400.0, filed.GetProperty("changeRate").GetDouble());

        var months = s.GetProperty("byMonth");
        Assert.Equal(["2021-01", "2021-02", "2021-03"], months.EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        var january = Row(months, "month", "2021-01");
        Assert.Equal((1, 1, 0, 2, 1), (january.GetProperty("penaltyFiled").GetInt32(), january.GetProperty("adjudicationFiled").GetInt32(),
            january.GetProperty("mediationFiled").GetInt32(), january.GetProperty("filed").GetInt32(), january.GetProperty("closed").GetInt32()));
        var february = Row(months, "month", "2021-02");
        Assert.Equal((2, 1, 1, 1), (february.GetProperty("filed").GetInt32(), february.GetProperty("closed").GetInt32(),
            february.GetProperty("lastYearFiled").GetInt32(), february.GetProperty("lastYearClosed").GetInt32()));
        Assert.Equal(2, Row(months, "month", "2021-03").GetProperty("closed").GetInt32());

        var penalty = Row(s.GetProperty("byKind"), "kind", "Penalty");
        Assert.Equal((3, 3, 1), (penalty.GetProperty("filed").GetInt32(), penalty.GetProperty("closed").GetInt32(), penalty.GetProperty("pendingAtStart").GetInt32()));
        Assert.Equal(75.0, penalty.GetProperty("closureRate").GetDouble());
        Assert.Equal(JsonValueKind.Null, Row(s.GetProperty("byKind"), "kind", "Adjudication").GetProperty("p90HandlingDays").ValueKind);

        var units = s.GetProperty("byUnit");
        Assert.Equal(["季度甲所", "季度乙所"], units.EnumerateArray().Select(u => u.GetProperty("name").GetString()));
        var a = Row(units, "unitId", first.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((3, 2, 6.2346m, 3.6m, 1), (a.GetProperty("filed").GetInt32(), a.GetProperty("closed").GetInt32(),
            a.GetProperty("caseValueWan").GetDecimal(), a.GetProperty("penaltyAmountWan").GetDecimal(), a.GetProperty("referrals").GetInt32()));
        var b = Row(units, "unitId", second.ToString(CultureInfo.InvariantCulture));
        Assert.Equal((2, 2, 1), (b.GetProperty("filed").GetInt32(), b.GetProperty("closed").GetInt32(), b.GetProperty("pendingAtStart").GetInt32()));

        var sectors = s.GetProperty("bySector");
        Assert.Equal(1, Row(sectors, "sector", "食品").GetProperty("filed").GetInt32());
        Assert.Equal(1, Row(sectors, "sector", "药品").GetProperty("filed").GetInt32());
        Assert.Equal(0, Row(sectors, "sector", "种业").GetProperty("filed").GetInt32());
        Assert.Equal(3, Row(sectors, "sector", "未标注").GetProperty("filed").GetInt32());

        // Complaints come from intake (none were received in this period): the key sectors with zeros.
        Assert.Equal("已接入", s.GetProperty("sources").GetProperty("complaints").GetString());
        Assert.Equal("已接入", s.GetProperty("sources").GetProperty("cases").GetString());
        var complaints = s.GetProperty("complaints").GetProperty("bySector");
        Assert.Equal(["食品", "药品", "种业", "水泥", "公共卫生"], complaints.EnumerateArray().Select(c => c.GetProperty("sector").GetString()));
        Assert.All(complaints.EnumerateArray(), c => Assert.Equal(0, c.GetProperty("received").GetInt32()));
        Assert.Equal(0m, Row(s.GetProperty("yearOnYear"), "key", "complaints").GetProperty("current").GetDecimal());

        // One station of the section: only its cases.
        var one = (await SummaryAsync("kezhang", $"from=2021-01-01&to=2021-03-31&unitId={second}")).GetProperty("totals");
        Assert.Equal((2, 2, 1), (one.GetProperty("filed").GetInt32(), one.GetProperty("closed").GetInt32(), one.GetProperty("pendingAtStart").GetInt32()));
    }

    [Fact]
    public async Task A_period_starting_and_ending_inside_months_counts_its_days_only()
    {
        var (parent, _, _, _) = await QuarterAsync("半月");
        var t = (await SummaryAsync("kezhang", $"from=2021-01-15&to=2021-03-10&unitId={parent}")).GetProperty("totals");
        // Filed 02-01 and 02-02; closed 01-19, 02-11 and 03-09; open on 01-15: filed 2020-12-20, 01-05 and 01-10.
        Assert.Equal(2, t.GetProperty("filed").GetInt32());
        Assert.Equal(3, t.GetProperty("closed").GetInt32());
        Assert.Equal(3, t.GetProperty("pendingAtStart").GetInt32());
        Assert.Equal(1, t.GetProperty("referrals").GetInt32());          // handed over 2021-03-01 00:30 Beijing time
        Assert.Equal(1, t.GetProperty("mediationsConfirmed").GetInt32()); // ruled 2021-03-10, the last day
        var february = (await SummaryAsync("kezhang", $"from=2021-02-28&to=2021-02-28&unitId={parent}")).GetProperty("totals");
        Assert.Equal(0, february.GetProperty("referrals").GetInt32());   // 2021-02-28 16:30 UTC is 1 March in Beijing
    }

    [Fact]
    public async Task Changing_a_case_moves_its_figures_and_a_rebuild_finds_the_same()
    {
        var (parent, first, second, p2) = await QuarterAsync("变更");
        var query = $"from=2021-01-01&to=2021-03-31&unitId={parent}";
        var before = await SummaryAsync("kezhang", query);

        // The case moves to the other station and its closure is undone (re-opened).
        await CaseTestData.WithDbAsync(App, async db =>
        {
            var c = await db.PenaltyCases.SingleAsync(x => x.Id == p2);
            c.OrgUnitId = second;
            c.ClosedOn = null;
            c.Status = nameof(PenaltyCaseStatus.Investigating);
            return await db.SaveChangesAsync();
        });
        var after = await SummaryAsync("kezhang", query);
        Assert.Equal(before.GetProperty("totals").GetProperty("filed").GetInt32(), after.GetProperty("totals").GetProperty("filed").GetInt32());
        Assert.Equal(3, after.GetProperty("totals").GetProperty("closed").GetInt32());
        Assert.Equal(5.0m, after.GetProperty("totals").GetProperty("caseValueWan").GetDecimal());
        Assert.Equal(2, Row(after.GetProperty("byUnit"), "unitId", first.ToString(CultureInfo.InvariantCulture)).GetProperty("filed").GetInt32());
        Assert.Equal(3, Row(after.GetProperty("byUnit"), "unitId", second.ToString(CultureInfo.InvariantCulture)).GetProperty("filed").GetInt32());

        // Recomputing every table from the cases gives the figures the incremental upkeep gave.
        await CaseTestData.WithDbAsync(App, db => CaseStatistics.RebuildAsync(db));
        var rebuilt = await SummaryAsync("kezhang", query);
        Assert.Equal(after.ToString(), rebuilt.ToString());
    }

    [Fact]
    public async Task A_case_and_its_figures_are_written_in_one_transaction()
    {
        var (_, first, _) = await UnitsAsync("事务");
        var commands = new CommandRecorder();
        using var scope = App.Services.CreateScope();
        var options = new DbContextOptionsBuilder<ZhibaoDb>(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>())
            .AddInterceptors(commands).Options;
        await using (var db = new ZhibaoDb(options))
        {
            db.Cases.Add(new PenaltyCase
            {
                Title = "统计事务测试", Subject = "商标侵权", Source = "监督检查", Status = nameof(PenaltyCaseStatus.Investigating), OrgUnitId = first,
                ReceivedOn = Day("2022-06-01"), FiledOn = Day("2022-06-06"), CreatedAt = Stamp, UpdatedAt = Stamp, CreatedById = 1,
            });
            await db.SaveChangesAsync();
        }
        int Index(string table) => commands.Texts.FindIndex(c => c.Sql.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal));
        var (cases, months, logs) = (Index("Cases"), Index("CaseMonthStats"), Index("OperationLogs"));
        Assert.True(cases >= 0 && months > cases && logs > months, string.Join("\n", commands.Texts.Select(c => c.Sql[..Math.Min(60, c.Sql.Length)])));
        // The same transaction from the case to the audit log, which commits it.
        Assert.NotNull(commands.Texts[cases].Transaction);
        Assert.Same(commands.Texts[cases].Transaction, commands.Texts[months].Transaction);
        Assert.Same(commands.Texts[cases].Transaction, commands.Texts[logs].Transaction);
    }

    private sealed class CommandRecorder : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public List<(string Sql, System.Data.Common.DbTransaction? Transaction)> Texts { get; } = [];

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add((command.CommandText, command.Transaction));
            return ValueTask.FromResult(result);
        }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Add((command.CommandText, command.Transaction));
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Only_an_administrator_rebuilds_the_tables()
    {
        using var head = await App.ClientAsAsync("kezhang");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsync("/api/statistics/rebuild", null)).StatusCode);
        using var admin = await App.ClientAsAsync("admin");
        var rebuilt = await admin.PostAsync("/api/statistics/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.True((await JsonAsync(rebuilt)).GetProperty("unitMonths").GetInt32() >= 0);
    }

    [Fact]
    public async Task A_mediation_worked_through_the_api_is_counted_the_day_it_is_filed_and_closed()
    {
        var (parent, first, _) = await UnitsAsync("接口");
        var party = await CaseTestData.EnterpriseAsync(App, "统计接口申请公司", 7301);
        using var head = await App.ClientAsAsync("kezhang");
        var created = await head.PostAsJsonAsync("/api/mediations", new
        {
            title = "统计接口调解", mediationType = "peoples", disputeType = "其他知识产权纠纷", requestReceivedOn = "2023-10-09",
            mediatorName = "北辰区人民调解委员会", unitId = first, parties = new[] { new { partyId = party, role = "requester" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        var query = $"from=2023-10-01&to=2023-10-09&unitId={parent}";
        Assert.Equal(0, (await SummaryAsync("kezhang", query)).GetProperty("totals").GetProperty("filed").GetInt32());

        await ActAsync(head, id, "file", new { filedOn = "2023-10-09" });
        var filed = (await SummaryAsync("kezhang", query)).GetProperty("totals");
        Assert.Equal((1, 0, 1), (filed.GetProperty("filed").GetInt32(), filed.GetProperty("closed").GetInt32(), filed.GetProperty("mediationsAccepted").GetInt32()));

        await ActAsync(head, id, "fail", new { closedOn = "2023-10-09", ground = "双方未达成协议" });
        var closed = (await SummaryAsync("kezhang", query)).GetProperty("totals");
        Assert.Equal((1, 1, 100.0), (closed.GetProperty("filed").GetInt32(), closed.GetProperty("closed").GetInt32(), closed.GetProperty("closureRate").GetDouble()));
        Assert.Equal(0, closed.GetProperty("mediationsAgreed").GetInt32());
    }

    [Fact]
    public async Task A_station_user_sees_only_the_cases_of_the_station()
    {
        var tianmu = await CaseTestData.UnitIdAsync(App, "BC-TM");
        var beicang = await CaseTestData.UnitIdAsync(App, "BC-BC");
        await PenaltyAsync(tianmu, "2019-05-06", "2019-05-20", fine: 10_000m);
        await PenaltyAsync(beicang, "2019-05-07", "2019-05-21", fine: 20_000m);
        const string period = "from=2019-05-01&to=2019-05-31";

        var station = await SummaryAsync("suo1", period);
        Assert.Equal(1, station.GetProperty("totals").GetProperty("filed").GetInt32());
        Assert.Equal(1m, station.GetProperty("totals").GetProperty("finesWan").GetDecimal());
        Assert.Equal([tianmu], station.GetProperty("byUnit").EnumerateArray().Select(u => u.GetProperty("unitId").GetInt32()));

        using var suo1 = await App.ClientAsAsync("suo1");
        await AssertFieldErrorAsync(await suo1.GetAsync($"/api/statistics/summary?{period}&unitId={beicang}"), "unitId");
        // The station's export holds the same figures.
        var export = await suo1.GetAsync($"/api/statistics/export?chart=units&{period}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true, sheetName: "按单位").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["天穆市场监督管理所"], rows.Select(r => r["单位"]));

        var bureau = await SummaryAsync("kezhang", period);
        Assert.Equal(2, bureau.GetProperty("totals").GetProperty("filed").GetInt32());
        Assert.Equal(3m, bureau.GetProperty("totals").GetProperty("finesWan").GetDecimal());
    }

    [Theory]
    [InlineData("from=2021-13-01", "from")]
    [InlineData("from=20210101", "from")]
    [InlineData("to=2021-02-30", "to")]
    [InlineData("from=2021-03-01&to=2021-02-01", "from")]
    [InlineData("from=2001-01-01&to=2021-01-01", "to")]
    [InlineData("unitId=abc", "unitId")]
    [InlineData("unitId=999999", "unitId")]
    public async Task Bad_parameters_answer_400_naming_the_field_in_chinese(string query, string field)
    {
        using var client = await App.ClientAsAsync("kezhang");
        await AssertFieldErrorAsync(await client.GetAsync("/api/statistics/summary?" + query), field);
        await AssertFieldErrorAsync(await client.GetAsync("/api/statistics/export?chart=units&" + query), field);
    }

    [Theory]
    [InlineData("/api/statistics/export?chart=pie3d", "chart")]
    [InlineData("/api/statistics/periodic?period=2023-Q5", "period")]
    [InlineData("/api/statistics/periodic?period=2023-13", "period")]
    [InlineData("/api/statistics/periodic?period=2099", "period")]
    [InlineData("/api/statistics/periodic?period=2023-Q3&format=pdf", "format")]
    [InlineData("/api/statistics/periodic?period=2023-Q3&unitId=0", "unitId")]
    public async Task Bad_export_and_report_parameters_answer_400(string url, string field)
    {
        using var client = await App.ClientAsAsync("kezhang");
        await AssertFieldErrorAsync(await client.GetAsync(url), field);
    }

    [Fact]
    public async Task The_default_period_is_this_year_up_to_today()
    {
        var s = await SummaryAsync("lingdao", "");
        Assert.Equal("2023-01-01", s.GetProperty("from").GetString());
        Assert.Equal("2023-10-09", s.GetProperty("to").GetString());
        Assert.Equal("2022-10-09", s.GetProperty("lastYearTo").GetString());
        Assert.Equal(10, s.GetProperty("byMonth").GetArrayLength());
    }

    [Fact]
    public async Task The_export_holds_one_sheet_per_chart_with_the_figures_of_the_page()
    {
        var (parent, _, _, _) = await QuarterAsync("导出");
        using var client = await App.ClientAsAsync("kezhang");
        var response = await client.GetAsync($"/api/statistics/export?from=2021-01-01&to=2021-03-31&unitId={parent}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["说明", "主要指标及同比", "按月立案结案", "按案件类型", "按单位", "重点领域案件", "重点领域投诉举报", "调解与司法确认"], book.GetSheetNames());

        List<IDictionary<string, object>> Sheet(string name) => book.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>().ToList();
        var indicators = Sheet("主要指标及同比");
        var filed = indicators.Single(r => (string)r["指标"] == "立案数");
        Assert.Equal((5d, 1d, 400d), (Convert.ToDouble(filed["本期"], CultureInfo.InvariantCulture), Convert.ToDouble(filed["上年同期"], CultureInfo.InvariantCulture),
            Convert.ToDouble(filed["同比增减（%）"], CultureInfo.InvariantCulture)));
        Assert.Equal(6.2346, Convert.ToDouble(indicators.Single(r => (string)r["指标"] == "案值")["本期"], CultureInfo.InvariantCulture));
        Assert.Equal(66.7, Convert.ToDouble(indicators.Single(r => (string)r["指标"] == "结案率")["本期"], CultureInfo.InvariantCulture));
        var march = Sheet("按月立案结案").Single(r => (string)r["月份"] == "2021-03");
        Assert.Equal(2d, Convert.ToDouble(march["结案合计"], CultureInfo.InvariantCulture));
        var complaints = Sheet("重点领域投诉举报");
        Assert.Equal(5, complaints.Count);
        Assert.All(complaints, r => Assert.Equal(0d, Convert.ToDouble(r["收到"], CultureInfo.InvariantCulture)));

        var one = await client.GetAsync($"/api/statistics/export?chart=handling&from=2021-01-01&to=2021-03-31&unitId={parent}");
        using var kinds = new MemoryStream(await one.Content.ReadAsByteArrayAsync());
        Assert.Equal(["说明", "按案件类型"], kinds.GetSheetNames());
        var penalty = kinds.Query(useHeaderRow: true, sheetName: "按案件类型").Cast<IDictionary<string, object>>().Single(r => (string)r["案件类型"] == "行政处罚");
        Assert.Equal(58d, Convert.ToDouble(penalty["P90办理天数"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_quarterly_report_is_an_excel_workbook_and_a_word_document()
    {
        var (parent, _, _, _) = await QuarterAsync("季报");
        using var client = await App.ClientAsAsync("kezhang");
        var xlsx = await client.GetAsync($"/api/statistics/periodic?period=2021-Q1&format=xlsx&unitId={parent}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("2021-Q1", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var about = book.Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["项目"], r => r["内容"]);
        Assert.Equal("知识产权行政保护统计报表（2021年第一季度）", about["报表"]);
        Assert.Equal("2021-01-01至2021-03-31", about["统计期间"]);
        Assert.Equal("季报科", about["统计单位"]);
        var units = book.Query(useHeaderRow: true, sheetName: "按单位").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3d, Convert.ToDouble(units.Single(r => (string)r["单位"] == "季报甲所")["立案"], CultureInfo.InvariantCulture));
        Assert.Equal(3.6, Convert.ToDouble(units.Single(r => (string)r["单位"] == "季报甲所")["罚没金额（万元）"], CultureInfo.InvariantCulture));

        var docx = await client.GetAsync($"/api/statistics/periodic?period=2021-Q1&format=docx&unitId={parent}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using var office = new LibreOffice();
        var text = office.ToText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("知识产权行政保护统计报表（2021年第一季度）", text);
        Assert.Contains("统计单位：季报科", text);
        Assert.Contains("一、主要指标及同比", text);
        Assert.Contains("季报甲所", text);
        Assert.Contains("66.7", text);
        Assert.Contains("6.2346", text);
        Assert.Contains("重点领域投诉举报", text);

        // A month of the current year not yet over is counted up to today, and says so.
        var month = await client.GetAsync("/api/statistics/periodic?period=2023-10&format=xlsx");
        using var monthBook = new MemoryStream(await month.Content.ReadAsByteArrayAsync());
        var monthAbout = monthBook.Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["项目"], r => r["内容"]);
        Assert.Equal("知识产权行政保护统计报表（2023年10月，截至2023年10月9日）", monthAbout["报表"]);
        Assert.DoesNotContain("按月立案结案", monthBook.GetSheetNames());
    }
}

public sealed class StatisticsApiTests_Sqlite(SqliteApp app) : StatisticsApiTests<SqliteApp>(app);

public sealed class StatisticsApiTests_Postgres(PostgresApp app) : StatisticsApiTests<PostgresApp>(app);
