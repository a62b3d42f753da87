namespace Zhibao.Domain.Deadlines;

/// <summary>
/// "Same day number N months later, clamped to the month end" by table lookup: <see cref="DateOnly.AddMonths"/>
/// converts to year/month/day and back, which made month periods several times slower than working-day ones.
/// Independent of the holiday data, so one table serves every calendar. 计算规则4（docs: shared/domain/README.md）
/// </summary>
internal static class MonthTable
{
    private const int FirstYear = 1990;
    private const int EndYear = 2200; // exclusive

    private static readonly int FirstDay = new DateOnly(FirstYear, 1, 1).DayNumber;

    // Per day: month index since FirstYear-01 shifted left 5 bits, plus the day of month minus one.
    private static readonly int[] MonthAndDay = BuildMonthAndDay();

    // Day number of the 1st of each month since FirstYear-01; one extra entry closes the last month.
    private static readonly int[] MonthStart = BuildMonthStart();

    public static DateOnly AddMonths(DateOnly from, int months)
    {
        var i = from.DayNumber - FirstDay;
        if ((uint)i < (uint)MonthAndDay.Length)
        {
            var packed = MonthAndDay[i];
            var month = (packed >> 5) + months;
            if ((uint)month < (uint)(MonthStart.Length - 1))
            {
                var start = MonthStart[month];
                var lastOffset = MonthStart[month + 1] - start - 1;
                return DateOnly.FromDayNumber(start + Math.Min(packed & 31, lastOffset));
            }
        }
        return from.AddMonths(months);
    }

    private static int[] BuildMonthStart()
    {
        var starts = new int[(EndYear - FirstYear) * 12 + 1];
        for (var m = 0; m < starts.Length; m++)
        {
            starts[m] = new DateOnly(FirstYear + m / 12, m % 12 + 1, 1).DayNumber;
        }
        return starts;
    }

    private static int[] BuildMonthAndDay()
    {
        var table = new int[new DateOnly(EndYear, 1, 1).DayNumber - FirstDay];
        for (var i = 0; i < table.Length; i++)
        {
            var (year, month, day) = DateOnly.FromDayNumber(FirstDay + i);
            table[i] = (((year - FirstYear) * 12 + month - 1) << 5) | (day - 1);
        }
        return table;
    }
}
