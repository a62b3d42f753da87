using System.Globalization;

namespace Zhibao.Web.Statistics;

/// <summary>
/// The tables behind the charts. Each is shown under its chart, exported as an Excel sheet and written into the
/// periodic report, so a figure reads the same everywhere.
/// </summary>
public static class StatisticsTables
{
    public const string Indicators = "indicators", Monthly = "monthly", Kinds = "kinds", Units = "units", Sectors = "sectors",
        Complaints = "complaints", Mediation = "mediation";

    /// <summary>Every table key with its title, in the order of the workbook's sheets.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> All =
    [
        (Indicators, "主要指标及同比"), (Monthly, "按月立案结案"), (Kinds, "按案件类型"), (Units, "按单位"),
        (Sectors, "重点领域案件"), (Complaints, "重点领域投诉举报"), (Mediation, "调解与司法确认"),
    ];

    public static string Title(string key) => All.First(t => t.Key == key).Title;

    public static IReadOnlyList<StatTable> Build(StatisticsSummary s) => All.Select(t => Build(s, t.Key)).ToList();

    public static StatTable Build(StatisticsSummary s, string key) => key switch
    {
        Indicators => new(key, Title(key), ["指标", "计量单位", "本期", "上年同期", "同比增减（%）"],
            s.YearOnYear.Select(r => Row(r.Name, r.Measure, r.Current, r.Previous, r.ChangeRate)).ToList(),
            $"本期 {Period(s.From, s.To)}，上年同期 {Period(s.LastYearFrom, s.LastYearTo)}。结案率 = 结案数 ÷（期初未结 + 立案数）；案值、罚没金额按结案日期统计行政处罚案件。"),
        Monthly => new(key, Title(key), ["月份", "行政处罚立案", "专利纠纷行政裁决立案", "调解受理", "立案合计", "结案合计", "上年同期立案", "上年同期结案"],
            s.ByMonth.Select(m => Row(m.Month, m.PenaltyFiled, m.AdjudicationFiled, m.MediationFiled, m.Filed, m.Closed, m.LastYearFiled, m.LastYearClosed)).ToList()),
        Kinds => new(key, Title(key), ["案件类型", "立案", "结案", "期初未结", "结案率（%）", "平均办理天数", "P90办理天数", "上年同期立案", "上年同期结案"],
            s.ByKind.Select(k => Row(k.Name, k.Filed, k.Closed, k.PendingAtStart, k.ClosureRate, k.AverageHandlingDays, k.P90HandlingDays,
                k.LastYearFiled, k.LastYearClosed)).ToList()),
        Units => new(key, Title(key), ["单位", "立案", "结案", "期初未结", "结案率（%）", "案值（万元）", "罚没金额（万元）", "移送司法机关", "上年同期立案", "上年同期结案"],
            s.ByUnit.Select(u => Row(u.Name, u.Filed, u.Closed, u.PendingAtStart, u.ClosureRate, u.CaseValueWan, u.PenaltyAmountWan, u.Referrals,
                u.LastYearFiled, u.LastYearClosed)).ToList()),
        Sectors => new(key, Title(key), ["领域", "重点领域", "立案", "上年同期立案"],
            s.BySector.Select(r => Row(r.Sector, r.IsKeySector ? "是" : "否", r.Filed, r.LastYearFiled)).ToList()),
        Complaints => new(key, Title(key), ["领域", "收到", "受理", "办结", "办结率（%）", "上年同期收到"],
            s.Complaints.BySector.Select(r => Row(r.Sector, r.Received, r.Accepted, r.Closed, r.ClosureRate, r.LastYearReceived)).ToList(),
            "投诉、举报按收到日期统计（合并的重复件不计）；办结率＝办结÷受理。"),
        Mediation => new(key, Title(key), ["指标", "本期", "上年同期", "同比增减（%）"],
            s.YearOnYear.Where(r => r.Key.StartsWith("mediations", StringComparison.Ordinal))
                .Select(r => Row(r.Name, r.Current, r.Previous, r.ChangeRate)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown statistics table"),
    };

    public static string Period(DateOnly from, DateOnly to) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}至{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>A cell as text: numbers without thousands separators, null as "—" (never 0).</summary>
    public static string Text(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object?[] Row(params object?[] cells) => cells;
}
