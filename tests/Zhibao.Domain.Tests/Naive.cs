using Zhibao.Domain.Calendar;

namespace Zhibao.Domain.Tests;

/// <summary>Day-by-day reference implementation of rules 1–3, straight from the entries, to check the day table against.</summary>
internal sealed class Naive(IEnumerable<CalendarEntry> entries)
{
    private readonly Dictionary<DateOnly, CalendarEntryKind> _kinds = entries.ToDictionary(e => e.Date, e => e.Kind);

    public bool IsWorkingDay(DateOnly date) => _kinds.TryGetValue(date, out var kind)
        ? kind == CalendarEntryKind.Workday
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        var date = from;
        while (n > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                n--;
            }
        }
        return date;
    }

    public DateOnly Next(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }

    public int Count(DateOnly from, DateOnly toExclusive)
    {
        var count = 0;
        for (var date = from; date < toExclusive; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }
        return count;
    }
}
