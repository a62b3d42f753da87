using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans;

/// <summary>The Chinese names and number formats of the plan module.</summary>
public static class PlanText
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>一 … 十, then the digits.</summary>
    public static string Numeral(int n) => n is >= 1 and <= 10 ? Numerals[n - 1] : n.ToString(CultureInfo.InvariantCulture);

    public static string Name(PlanStatus status) => status == PlanStatus.Published ? "已发布" : "草稿";

    public static string Name(PlanSection section) => section == PlanSection.KeyTask ? "重点任务" : "工作要求";

    public static string Name(ProgressCadence cadence) => cadence == ProgressCadence.Monthly ? "按月" : "按季度";

    public static string Name(ProgressStatus status) => status switch
    {
        ProgressStatus.Approved => "审核通过",
        ProgressStatus.Returned => "已退回",
        _ => "待审核",
    };

    public static string Name(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "未启动",
        MeasureStatus.InProgress => "推进中",
        MeasureStatus.Completed => "已完成",
        _ => "暂缓",
    };

    /// <summary>"1. 深化……" for a key task, "（一）加强组织领导" for a work requirement, as the plan numbers them.</summary>
    public static string Heading(PlanSection section, int number, string title) =>
        section == PlanSection.KeyTask ? $"{number}. {title}" : $"（{Numeral(number)}）{title}";

    /// <summary>"5人", "95.5%", "12,000元".</summary>
    public static string Format(decimal value, string unit) => value.ToString("#,0.##", CultureInfo.InvariantCulture) + unit;

    /// <summary>"≥5人"; null when the indicator has no target (仅统计).</summary>
    public static string? Target(decimal? target, IndicatorComparison? comparison, string unit) =>
        target is { } t && comparison is { } c ? IndicatorRules.Symbol(c) + Format(t, unit) : null;

    /// <summary>A measure's text cut for lists and notices.</summary>
    public static string Clip(string text, int length = 30) => text.Length <= length ? text.TrimEnd('。') : text[..length] + "……";

    /// <summary>"2023年9月" for "2023-09", "2023年第三季度" for "2023-Q3".</summary>
    public static string PeriodName(string key, DateOnly start) =>
        (ProgressPeriod.Parse(key, start.Year, ProgressCadence.Monthly) ?? ProgressPeriod.Parse(key, start.Year, ProgressCadence.Quarterly))?.Name ?? key;
}
