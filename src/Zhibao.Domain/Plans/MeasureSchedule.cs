using System.Globalization;

namespace Zhibao.Domain.Plans;

public enum ScheduleKind
{
    /// <summary>全年: <c>year</c>.</summary>
    AllYear,
    /// <summary>每月N日前: <c>monthly:5</c>.</summary>
    MonthlyBy,
    /// <summary>每季度: <c>quarterly</c>.</summary>
    Quarterly,
    /// <summary>某一日 (3·15): <c>day:03-15</c>.</summary>
    Day,
    /// <summary>自某日起一周 (4·26 知识产权宣传周): <c>week:04-26</c>.</summary>
    Week,
    /// <summary>某日前完成: <c>by:06-30</c>.</summary>
    By,
}

/// <summary>One time frame of a measure; Month and Day are set for the dated kinds, Day alone for MonthlyBy.</summary>
public sealed record ScheduleItem(ScheduleKind Kind, int? Month = null, int? Day = null)
{
    public string Code => Kind switch
    {
        ScheduleKind.AllYear => "year",
        ScheduleKind.Quarterly => "quarterly",
        ScheduleKind.MonthlyBy => string.Create(CultureInfo.InvariantCulture, $"monthly:{Day}"),
        ScheduleKind.Day => string.Create(CultureInfo.InvariantCulture, $"day:{Month:D2}-{Day:D2}"),
        ScheduleKind.Week => string.Create(CultureInfo.InvariantCulture, $"week:{Month:D2}-{Day:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"by:{Month:D2}-{Day:D2}"),
    };

    /// <summary>3·15 is a day (国际消费者权益日); 4·26 opens a week (知识产权宣传周): CLARIFICATIONS "Meanings".</summary>
    public string Describe() => Kind switch
    {
        ScheduleKind.AllYear => "全年",
        ScheduleKind.Quarterly => "每季度",
        ScheduleKind.MonthlyBy => $"每月{Day}日前",
        ScheduleKind.Day => $"{Month}·{Day}当日",
        ScheduleKind.Week => $"{Month}·{Day}起一周",
        _ => $"{Month}月{Day}日前",
    };

    /// <summary>The windows in <paramref name="year"/> during which the work is done (one per month for MonthlyBy).</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> Windows(int year) => Kind switch
    {
        ScheduleKind.AllYear => [(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))],
        ScheduleKind.Quarterly => Enumerable.Range(0, 4)
            .Select(q => (new DateOnly(year, q * 3 + 1, 1), new DateOnly(year, q * 3 + 1, 1).AddMonths(3).AddDays(-1))).ToList(),
        ScheduleKind.MonthlyBy => Enumerable.Range(1, 12)
            .Select(m => (new DateOnly(year, m, 1), new DateOnly(year, m, Math.Min(Day!.Value, DateTime.DaysInMonth(year, m))))).ToList(),
        ScheduleKind.Day => [(Date(year), Date(year))],
        ScheduleKind.Week => [(Date(year), Date(year).AddDays(6))],
        _ => [(new DateOnly(year, 1, 1), Date(year))],
    };

    private DateOnly Date(int year) => new(year, Month!.Value, Math.Min(Day!.Value, DateTime.DaysInMonth(year, Month.Value)));
}

/// <summary>
/// The structured schedule of a measure, stored as text: items separated by ";", e.g. <c>day:03-15;week:04-26</c>
/// for "3·15、4·26宣传周". The free-text time frame (时间安排) stays beside it for the reader.
/// </summary>
public sealed record MeasureSchedule(IReadOnlyList<ScheduleItem> Items)
{
    public static readonly MeasureSchedule AllYear = new([new ScheduleItem(ScheduleKind.AllYear)]);

    public string Code => string.Join(";", Items.Select(i => i.Code));

    public string Describe() => string.Join("、", Items.Select(i => i.Describe()));

    /// <summary>The next window that has not ended on <paramref name="today"/> within <paramref name="year"/>, if any.</summary>
    public (DateOnly From, DateOnly To)? Next(int year, DateOnly today) =>
        Items.SelectMany(i => i.Windows(year)).Where(w => w.To >= today).OrderBy(w => w.To).Cast<(DateOnly, DateOnly)?>().FirstOrDefault();

    /// <summary>Parses the stored text; the error is Chinese and names what is accepted.</summary>
    public static bool TryParse(string? text, out MeasureSchedule schedule, out string? error)
    {
        schedule = AllYear;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "请填写时间安排代码，例如 year（全年）、monthly:5（每月5日前）、day:03-15、week:04-26、by:06-30、quarterly";
            return false;
        }
        var items = new List<ScheduleItem>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ParseItem(part) is not { } item)
            {
                error = $"无法识别的时间安排“{part}”，可用：year、quarterly、monthly:日（1–31）、day:月-日、week:月-日、by:月-日，多项以分号分隔";
                return false;
            }
            items.Add(item);
        }
        if (items.Count == 0)
        {
            error = "请填写时间安排代码";
            return false;
        }
        schedule = new MeasureSchedule(items);
        return true;
    }

    private static ScheduleItem? ParseItem(string part)
    {
        var (name, argument) = part.IndexOf(':') is var colon and >= 0 ? (part[..colon].Trim().ToLowerInvariant(), part[(colon + 1)..].Trim()) : (part.ToLowerInvariant(), "");
        return name switch
        {
            "year" when argument.Length == 0 => new ScheduleItem(ScheduleKind.AllYear),
            "quarterly" when argument.Length == 0 => new ScheduleItem(ScheduleKind.Quarterly),
            "monthly" when int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 =>
                new ScheduleItem(ScheduleKind.MonthlyBy, Day: day),
            "day" or "week" or "by" when MonthDay(argument) is var (month, day) && month > 0 => new ScheduleItem(
                name == "day" ? ScheduleKind.Day : name == "week" ? ScheduleKind.Week : ScheduleKind.By, month, day),
            _ => null,
        };
    }

    /// <summary>"03-15" → (3, 15); (0, 0) when it is not a day of a (leap) year.</summary>
    private static (int Month, int Day) MonthDay(string text) =>
        DateOnly.TryParseExact("2024-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d.Month, d.Day) : (0, 0);
}
