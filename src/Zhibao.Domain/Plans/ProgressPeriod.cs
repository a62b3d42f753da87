using System.Globalization;

namespace Zhibao.Domain.Plans;

/// <summary>How often responsible people report progress on a measure (setting of each plan).</summary>
public enum ProgressCadence
{
    /// <summary>按月.</summary>
    Monthly,
    /// <summary>按季度.</summary>
    Quarterly,
}

/// <summary>
/// One reporting period of a plan year: "2023-09" (a month) or "2023-Q3" (a quarter). The report on a period is due on
/// day <c>dueDay</c> of the month after it ends, clamped to that month's end — the way the monthly national report is
/// due by the 5th (计算规则8).
/// </summary>
public sealed record ProgressPeriod(int Year, ProgressCadence Cadence, int Index)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    public static int Count(ProgressCadence cadence) => cadence == ProgressCadence.Monthly ? 12 : 4;

    public DateOnly Start => new(Year, Cadence == ProgressCadence.Monthly ? Index : (Index - 1) * 3 + 1, 1);

    public DateOnly End => Start.AddMonths(Cadence == ProgressCadence.Monthly ? 1 : 3).AddDays(-1);

    public string Key => Cadence == ProgressCadence.Monthly
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}");

    public string Name => Cadence == ProgressCadence.Monthly ? $"{Year}年{Index}月" : $"{Year}年第{QuarterNames[Index - 1]}季度";

    public DateOnly DueOn(int dueDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dueDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueDay, 31);
        var next = End.AddDays(1);
        return next.AddDays(Math.Min(dueDay, DateTime.DaysInMonth(next.Year, next.Month)) - 1);
    }

    public static IReadOnlyList<ProgressPeriod> All(int year, ProgressCadence cadence) =>
        Enumerable.Range(1, Count(cadence)).Select(i => new ProgressPeriod(year, cadence, i)).ToList();

    /// <summary>The periods of the year that ended before <paramref name="asOf"/>: each owes a report.</summary>
    public static IReadOnlyList<ProgressPeriod> Elapsed(int year, ProgressCadence cadence, DateOnly asOf) =>
        All(year, cadence).Where(p => p.End < asOf).ToList();

    /// <summary>The latest period of the year that ended before <paramref name="asOf"/> ("the past period"), if any.</summary>
    public static ProgressPeriod? LastCompleted(int year, ProgressCadence cadence, DateOnly asOf) =>
        Elapsed(year, cadence, asOf) is { Count: > 0 } elapsed ? elapsed[^1] : null;

    /// <summary>The periods a report may be written for on <paramref name="today"/>: those that have started.</summary>
    public static IReadOnlyList<ProgressPeriod> Open(int year, ProgressCadence cadence, DateOnly today) =>
        All(year, cadence).Where(p => p.Start <= today).ToList();

    /// <summary>Reads "2023-09" or "2023-Q3" for the given year and cadence; null when it is not one of them.</summary>
    public static ProgressPeriod? Parse(string? key, int year, ProgressCadence cadence) =>
        string.IsNullOrWhiteSpace(key) ? null : All(year, cadence).FirstOrDefault(p => string.Equals(p.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Where the report on one period stands.</summary>
public enum ProgressState
{
    /// <summary>No period has ended yet, or the measure needs no more reports (completed or suspended).</summary>
    NotDue,
    /// <summary>未报送.</summary>
    Missing,
    /// <summary>已报送，待审核.</summary>
    Submitted,
    /// <summary>审核通过.</summary>
    Approved,
    /// <summary>退回修改.</summary>
    Returned,
}

/// <summary>Progress colours: a missing report is amber until its due day and red after; a returned one is amber.</summary>
public static class ProgressRules
{
    public static Rag Rag(ProgressState state, bool pastDue) => state switch
    {
        ProgressState.Approved or ProgressState.Submitted => Plans.Rag.Green,
        ProgressState.Returned => Plans.Rag.Amber,
        ProgressState.Missing => pastDue ? Plans.Rag.Red : Plans.Rag.Amber,
        _ => Plans.Rag.Grey,
    };

    public static string Name(ProgressState state, bool pastDue) => state switch
    {
        ProgressState.Approved => "已审核",
        ProgressState.Submitted => "待审核",
        ProgressState.Returned => "已退回",
        ProgressState.Missing => pastDue ? "逾期未报" : "待报送",
        _ => "无需报送",
    };
}
