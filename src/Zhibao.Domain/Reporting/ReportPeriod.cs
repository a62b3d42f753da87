using System.Globalization;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Reporting;

/// <summary>
/// The month a monthly report covers ("2023-10"). Its bounds are China Standard Time (UTC+8, no daylight saving), as all
/// dates are (shared/domain/README.md): instants are stored in UTC, so the month runs from 16:00 UTC on the last day of
/// the month before to 16:00 UTC on its own last day. A change stamped 2023-10-31 23:59 CST (15:59 UTC) belongs to
/// October; one stamped 2023-11-01 00:30 CST (2023-10-31 16:30 UTC) to November.
/// </summary>
public readonly record struct ReportPeriod : IComparable<ReportPeriod>
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public ReportPeriod(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1985);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Reads exactly "yyyy-MM" (the route's form), from 1985 (the first Chinese patents) on.</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 1985 or > 9998 || month is < 1 or > 12)
        {
            return false;
        }
        period = new ReportPeriod(year, month);
        return true;
    }

    /// <summary>The month a China date falls in.</summary>
    public static ReportPeriod Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The China date of a stored UTC instant.</summary>
    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset));

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>Midnight CST on the 1st, as a UTC instant: the first instant of the month.</summary>
    public DateTime StartUtc => DateTime.SpecifyKind(FirstDay.ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);

    /// <summary>Midnight CST on the 1st of the next month, as a UTC instant: the month ends just before it.</summary>
    public DateTime EndUtc => Next.StartUtc;

    public ReportPeriod Previous => Month == 1 ? new ReportPeriod(Year - 1, 12) : new ReportPeriod(Year, Month - 1);

    public ReportPeriod Next => Month == 12 ? new ReportPeriod(Year + 1, 1) : new ReportPeriod(Year, Month + 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public bool ContainsInstant(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    /// <summary>A date as the report sees it at the month's end: a later date has not happened yet.</summary>
    public DateOnly? AsAtEnd(DateOnly? date) => date <= LastDay ? date : null;

    /// <summary>Due on <paramref name="dueDay"/> of the next month, not moved off a rest day. 计算规则8（docs: shared/domain/README.md）</summary>
    public DateOnly DueDate(int dueDay = 5) => NationalReportSchedule.DueDate(Year, Month, dueDay);

    /// <summary>The 1st of the next month: the month is over and reminders start. 计算规则8（docs: shared/domain/README.md）</summary>
    public DateOnly RemindersStart => NationalReportSchedule.RemindersStart(Year, Month);

    /// <summary>"2023年10月".</summary>
    public string Name => $"{Year}年{Month}月";

    public int CompareTo(ReportPeriod other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
