using System.Text.Json;

namespace Zhibao.Web.Statistics;

/// <summary>
/// The ECharts options of each chart, built in C# from the summary and handed to the browser as JSON (Chart.razor,
/// wwwroot/js/charts.js). A chart names the table it draws (its data table and Excel sheet).
/// </summary>
public static class StatisticsCharts
{
    public sealed record ChartSpec(string Key, string Title, string Table);

    public static readonly IReadOnlyList<ChartSpec> All =
    [
        new("monthly", "按月立案与结案（含上年同期）", StatisticsTables.Monthly),
        new("kinds", "立案构成（按案件类型）", StatisticsTables.Kinds),
        new("handling", "办理时长（立案至结案，日）", StatisticsTables.Kinds),
        new("units", "各单位立案与结案", StatisticsTables.Units),
        new("amounts", "案值与罚没金额（万元）", StatisticsTables.Units),
        new("sectors", "重点领域案件", StatisticsTables.Sectors),
        new("complaints", "重点领域投诉举报", StatisticsTables.Complaints),
        new("mediation", "调解受理、成功与司法确认", StatisticsTables.Mediation),
        new("indicators", "主要指标同比（件）", StatisticsTables.Indicators),
    ];

    public static ChartSpec Spec(string key) => All.First(c => c.Key == key);

    private static readonly string[] Palette = ["#1677ff", "#52c41a", "#faad14", "#f5222d", "#722ed1", "#13c2c2", "#eb2f96"];

    public static string Options(StatisticsSummary s, string key) => JsonSerializer.Serialize(key switch
    {
        "monthly" => Axis(s.ByMonth.Select(m => m.Month),
            Bar("行政处罚立案", s.ByMonth.Select(m => (object?)m.PenaltyFiled), stack: "filed"),
            Bar("专利纠纷行政裁决立案", s.ByMonth.Select(m => (object?)m.AdjudicationFiled), stack: "filed"),
            Bar("调解受理", s.ByMonth.Select(m => (object?)m.MediationFiled), stack: "filed"),
            Line("结案", s.ByMonth.Select(m => (object?)m.Closed)),
            Line("上年同期立案", s.ByMonth.Select(m => (object?)m.LastYearFiled), dashed: true)),
        "kinds" => Pie("立案", s.ByKind.Select(k => (k.Name, (object?)k.Filed))),
        "handling" => Axis(s.ByKind.Select(k => k.Name),
            Bar("平均办理天数", s.ByKind.Select(k => (object?)k.AverageHandlingDays)),
            Bar("P90办理天数", s.ByKind.Select(k => (object?)k.P90HandlingDays))),
        "units" => Axis(s.ByUnit.Select(u => u.Name),
            Bar("立案", s.ByUnit.Select(u => (object?)u.Filed)), Bar("结案", s.ByUnit.Select(u => (object?)u.Closed)),
            Bar("上年同期立案", s.ByUnit.Select(u => (object?)u.LastYearFiled))),
        "amounts" => Axis(s.ByUnit.Select(u => u.Name),
            Bar("案值（万元）", s.ByUnit.Select(u => (object?)u.CaseValueWan)), Bar("罚没金额（万元）", s.ByUnit.Select(u => (object?)u.PenaltyAmountWan))),
        "sectors" => Axis(s.BySector.Select(r => r.Sector),
            Bar("立案", s.BySector.Select(r => (object?)r.Filed)), Bar("上年同期立案", s.BySector.Select(r => (object?)r.LastYearFiled))),
        "complaints" => s.Complaints.Source != StatisticsService.Connected
            ? Missing(s.Complaints.BySector.Select(r => r.Sector), $"投诉举报{s.Complaints.Source}")
            : Axis(s.Complaints.BySector.Select(r => r.Sector),
                Bar("收到", s.Complaints.BySector.Select(r => (object?)r.Received)), Bar("办结", s.Complaints.BySector.Select(r => (object?)r.Closed)),
                Bar("上年同期收到", s.Complaints.BySector.Select(r => (object?)r.LastYearReceived))),
        "mediation" => Axis(s.YearOnYear.Where(r => r.Key.StartsWith("mediations", StringComparison.Ordinal)).Select(r => r.Name),
            Bar("本期", s.YearOnYear.Where(r => r.Key.StartsWith("mediations", StringComparison.Ordinal)).Select(r => (object?)r.Current)),
            Bar("上年同期", s.YearOnYear.Where(r => r.Key.StartsWith("mediations", StringComparison.Ordinal)).Select(r => (object?)r.Previous))),
        "indicators" => Axis(s.YearOnYear.Where(r => r.Measure == "件" && r.Current is not null).Select(r => r.Name),
            Bar("本期", s.YearOnYear.Where(r => r.Measure == "件" && r.Current is not null).Select(r => (object?)r.Current)),
            Bar("上年同期", s.YearOnYear.Where(r => r.Measure == "件" && r.Current is not null).Select(r => (object?)r.Previous))),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown chart"),
    }, Json);

    private static object Bar(string name, IEnumerable<object?> data, string? stack = null) =>
        new { type = "bar", name, stack, data = data.ToList(), barMaxWidth = 48, emphasis = new { focus = "series" } };

    private static object Line(string name, IEnumerable<object?> data, bool dashed = false) =>
        new { type = "line", name, data = data.ToList(), smooth = false, lineStyle = new { type = dashed ? "dashed" : "solid" } };

    private static object Axis(IEnumerable<string> categories, params object[] series) => new
    {
        color = Palette,
        aria = new { enabled = true },
        tooltip = new { trigger = "axis" },
        legend = new { top = 0 },
        grid = new { left = 48, right = 16, top = 40, bottom = 56, containLabel = true },
        xAxis = new { type = "category", data = categories.ToList(), axisLabel = new { interval = 0, rotate = categories.Count() > 6 ? 30 : 0 } },
        yAxis = new { type = "value", minInterval = 1 },
        series,
    };

    private static object Pie(string name, IEnumerable<(string Name, object? Value)> slices) => new
    {
        color = Palette,
        aria = new { enabled = true },
        tooltip = new { trigger = "item", formatter = "{b}：{c}（{d}%）" },
        legend = new { top = 0 },
        series = new[]
        {
            new { type = "pie", name, radius = new[] { "35%", "65%" }, top = 24, data = slices.Where(s => s.Value is not (0 or 0m)).Select(s => new { name = s.Name, value = s.Value }).ToList(),
                label = new { formatter = "{b}\n{c}" } },
        },
    };

    /// <summary>A source not connected: the axes with its categories and the reason in the middle, no bars (never zeros).</summary>
    private static object Missing(IEnumerable<string> categories, string text) => new
    {
        aria = new { enabled = true, label = new { description = text } },
        xAxis = new { type = "category", data = categories.ToList() },
        yAxis = new { type = "value" },
        series = Array.Empty<object>(),
        graphic = new[]
        {
            new { type = "text", left = "center", top = "middle", style = new { text, fontSize = 16, fill = "#999" } },
        },
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
