using MiniExcelLibs;
using Zhibao.Documents;
using Zhibao.Domain.Statistics;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Statistics;

/// <summary>
/// The files of the statistics: a chart's table (or all of them) as an Excel workbook, and the periodic tables
/// (月报 / 季报 / 年报) as Excel or .docx.
/// </summary>
public sealed class StatisticsReports(StatisticsService statistics, CurrentUser user, TimeProvider clock)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string InfoSheet = "说明";

    /// <summary>The table a <c>chart</c> parameter names (a chart key or a table key); all tables when empty.</summary>
    public static IReadOnlyList<string>? TablesFor(string? chart)
    {
        if (string.IsNullOrWhiteSpace(chart) || chart.Trim() == "all")
        {
            return StatisticsTables.All.Select(t => t.Key).ToList();
        }
        var key = chart.Trim();
        if (StatisticsTables.All.Any(t => t.Key == key))
        {
            return [key];
        }
        return StatisticsCharts.All.FirstOrDefault(c => c.Key == key) is { } spec ? [spec.Table] : null;
    }

    public static string ChartChoices => string.Join("、", StatisticsCharts.All.Select(c => c.Key).Concat(StatisticsTables.All.Select(t => t.Key)).Distinct().Append("all"));

    /// <summary>GET /api/statistics/export: the tables asked for, one sheet each, after a sheet saying what they cover.</summary>
    public async Task<IResult> ExportAsync(string? chart, StatisticsQuery q, CancellationToken ct)
    {
        var keys = TablesFor(chart);
        var (filter, errors) = await statistics.ValidateAsync(q, ct);
        if (keys is null)
        {
            errors.Add("chart", $"未知的图表“{chart}”，可选：{ChartChoices}");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var summary = await statistics.SummaryAsync(filter!, ct);
        var tables = keys!.Select(k => StatisticsTables.Build(summary, k)).ToList();
        var name = keys!.Count == 1 ? StatisticsTables.Title(keys[0]) : "统计分析";
        return Results.File(Workbook(summary, tables), ExcelExport.ContentType, $"{name}_{summary.From:yyyyMMdd}-{summary.To:yyyyMMdd}.xlsx");
    }

    /// <summary>GET /api/statistics/periodic?period=2023|2023-Q3|2023-10&amp;format=xlsx|docx&amp;unitId=.</summary>
    public async Task<IResult> PeriodicAsync(string? period, string? format, string? unitId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = ReportPeriod.Parse(period);
        var today = Clock.Today(clock);
        if (parsed is null)
        {
            errors.Add("period", "统计期间须为年度（2023）、季度（2023-Q3）或月份（2023-10）");
        }
        else if (parsed.From > today)
        {
            errors.Add("period", $"{parsed.Name}尚未开始，没有可统计的数据");
        }
        var kind = string.IsNullOrWhiteSpace(format) ? "xlsx" : format.Trim().ToLowerInvariant();
        if (kind is not ("xlsx" or "docx"))
        {
            errors.Add("format", "输出格式须为 xlsx（Excel）或 docx（Word）");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        // A period not yet over is counted up to today, and so is its comparison with last year.
        var to = parsed!.To > today ? today : parsed.To;
        var (filter, unitErrors) = await statistics.ValidateAsync(new StatisticsQuery(Iso(parsed.From), Iso(to), unitId), ct);
        if (unitErrors.Any)
        {
            return unitErrors.ToProblem();
        }
        var summary = await statistics.SummaryAsync(filter!, ct);
        var keys = StatisticsTables.All.Select(t => t.Key).Where(k => k != StatisticsTables.Monthly || parsed.Kind != ReportPeriodKind.Month);
        var tables = keys.Select(k => StatisticsTables.Build(summary, k)).ToList();
        var title = $"知识产权行政保护统计报表（{parsed.Name}{(to < parsed.To ? $"，截至{to:yyyy年M月d日}" : "")}）";
        var file = $"知识产权行政保护统计报表_{parsed.Code}";
        return kind == "xlsx"
            ? Results.File(Workbook(summary, tables, title), ExcelExport.ContentType, file + ".xlsx")
            : Results.File(Document(summary, tables, title), DocxContentType, file + ".docx");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<(string Name, string Value)> About(StatisticsSummary s) =>
    [
        ("统计单位", s.UnitName),
        ("统计期间", StatisticsTables.Period(s.From, s.To)),
        ("上年同期", StatisticsTables.Period(s.LastYearFrom, s.LastYearTo)),
        ("制表人", user.DisplayName ?? user.UserName ?? ""),
        ("制表日期", Iso(Clock.Today(clock))),
        .. s.Sources.Select(p => ($"数据源：{SourceName(p.Key)}", p.Value)),
        ("统计口径", "立案按立案日期、结案按结案日期统计；结案率 = 结案数 ÷（期初未结 + 立案数）；办理天数为立案至结案的自然日；"
            + "案值（非法经营额）和罚没金额（罚款 + 没收）按结案日期统计行政处罚案件，单位万元；移送司法机关按移送公安机关日期；"
            + "调解成功按协议签署日期，司法确认按人民法院确认裁定日期；未接入的数据源以空值显示，不作为零。"),
    ];

    private static string SourceName(string key) => key switch
    {
        "cases" => "案件",
        "satisfaction" => "满意度",
        "officers" => "执法人员名录",
        "complaints" => "投诉举报",
        _ => key,
    };

    private byte[] Workbook(StatisticsSummary s, IReadOnlyList<StatTable> tables, string? title = null)
    {
        var sheets = new Dictionary<string, object>
        {
            [InfoSheet] = (title is null ? About(s) : About(s).Prepend((Name: "报表", Value: title)))
                .Select(a => new Dictionary<string, object?> { ["项目"] = a.Name, ["内容"] = a.Value }).ToList(),
        };
        foreach (var table in tables)
        {
            var rows = table.Rows.Select(r => table.Headers.Select((h, i) => (h, r[i])).ToDictionary(c => c.h, c => c.Item2)).ToList();
            if (rows.Count == 0)
            {
                rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)null));
            }
            sheets[table.Title] = rows;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private byte[] Document(StatisticsSummary s, IReadOnlyList<StatTable> tables, string title)
    {
        string[] numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        var about = About(s).ToList();
        return TableReport.Build(title,
            [
                $"统计单位：{s.UnitName}　　统计期间：{StatisticsTables.Period(s.From, s.To)}　　上年同期：{StatisticsTables.Period(s.LastYearFrom, s.LastYearTo)}",
                $"制表人：{about.First(a => a.Name == "制表人").Value}　　制表日期：{Iso(Clock.Today(clock))}",
            ],
            tables.Select((t, i) => new ReportTable($"{numbers[i]}、{t.Title}", t.Headers,
                t.Rows.Select(r => (IReadOnlyList<string>)r.Select(StatisticsTables.Text).ToList()).ToList(), t.Note)),
            ["统计口径：" + about.First(a => a.Name == "统计口径").Value]);
    }
}
