using System.Collections.Frozen;

namespace Zhibao.Domain.Calendar;

/// <summary>
/// The working-day calendar: weekends plus the State Council holiday arrangements that are loaded.
/// Immutable and thread-safe, so one instance can serve every request until an administrator loads a new year.
/// </summary>
/// <remarks>
/// Deadline arithmetic runs for every case clock on every list page, so the calendar precomputes a day table for
/// 1990-01-01..2199-12-31: a running count of working days and the list of working days in order. With those,
/// "the n-th working day after D" and "the next working day" are two array reads. Dates outside the table fall back
/// to a day-by-day walk.
/// Years that are not loaded have no arrangement, so only weekends count there. An entry is applied whatever year it
/// falls in, because a notice reaches into its neighbour (the 2019 notice makes 2018-12-29 a working Saturday); the
/// year still counts as not loaded, and deadlines touching it say so.
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly int TableFirstDay = new DateOnly(1990, 1, 1).DayNumber;
    private static readonly int TableEndDay = new DateOnly(2200, 1, 1).DayNumber; // exclusive

    private readonly FrozenDictionary<DateOnly, CalendarEntry> _byDate;

    // _workingBefore[i]: working days in table days [0, i). Length = table length + 1.
    private readonly int[] _workingBefore;

    // Day numbers of the working days in the table, in order.
    private readonly int[] _workingDays;

    public WorkingCalendar(IEnumerable<CalendarEntry> entries, IEnumerable<int> loadedYears)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(loadedYears);

        var byDate = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (!byDate.TryAdd(entry.Date, entry))
            {
                // Two rows for one date are ambiguous; guessing which one wins would silently move deadlines.
                throw new ArgumentException($"节假日安排中 {entry.Date:yyyy-MM-dd} 出现了两次", nameof(entries));
            }
        }
        _byDate = byDate.ToFrozenDictionary();
        Entries = byDate.Values.OrderBy(e => e.Date).ToArray().AsReadOnly();
        LoadedYears = loadedYears.ToFrozenSet();

        var length = TableEndDay - TableFirstDay;
        _workingBefore = new int[length + 1];
        var workingDays = new List<int>(length * 5 / 7 + 64);
        for (var i = 0; i < length; i++)
        {
            var day = TableFirstDay + i;
            var working = Classify(DateOnly.FromDayNumber(day)).Kind is DayKind.Workday or DayKind.MakeupWorkday;
            if (working)
            {
                workingDays.Add(day);
            }
            _workingBefore[i + 1] = workingDays.Count;
        }
        _workingDays = [.. workingDays];
    }

    /// <summary>No holiday arrangement at all: Monday–Friday are working days.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    /// <summary>Years whose State Council arrangement is loaded.</summary>
    public IReadOnlySet<int> LoadedYears { get; }

    /// <summary>All entries, ordered by date.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>Whether <paramref name="year"/>'s arrangement is loaded; deadlines touching other years are flagged. 计算规则1（docs: shared/domain/README.md）</summary>
    public bool IsLoaded(int year) => LoadedYears.Contains(year);

    /// <summary>计算规则1（docs: shared/domain/README.md）</summary>
    public CalendarDay Describe(DateOnly date)
    {
        var (kind, name) = Classify(date);
        return new CalendarDay(date, kind, name);
    }

    /// <summary>计算规则1（docs: shared/domain/README.md）</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var i = date.DayNumber - TableFirstDay;
        return (uint)i < (uint)(_workingBefore.Length - 1)
            ? _workingBefore[i + 1] != _workingBefore[i]
            : Classify(date).Kind is DayKind.Workday or DayKind.MakeupWorkday;
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="from"/>; <paramref name="from"/> itself is not
    /// counted, and n = 0 gives <paramref name="from"/>. 计算规则2（docs: shared/domain/README.md）
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return from;
        }
        var i = from.DayNumber - TableFirstDay;
        if ((uint)i < (uint)(_workingBefore.Length - 1))
        {
            var k = _workingBefore[i + 1] + n - 1;
            if (k < _workingDays.Length)
            {
                return DateOnly.FromDayNumber(_workingDays[k]);
            }
        }
        return AddWorkingDaysByWalking(from, n);
    }

    /// <summary><paramref name="date"/> if it is a working day, else the next one. 计算规则3（docs: shared/domain/README.md）</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var i = date.DayNumber - TableFirstDay;
        if ((uint)i < (uint)(_workingBefore.Length - 1))
        {
            var k = _workingBefore[i];
            if (k < _workingDays.Length)
            {
                return DateOnly.FromDayNumber(_workingDays[k]);
            }
        }
        return IsWorkingDay(date) ? date : AddWorkingDaysByWalking(date, 1);
    }

    /// <summary>Working days in [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>). 计算规则5（docs: shared/domain/README.md）</summary>
    public int CountWorkingDays(DateOnly fromInclusive, DateOnly toExclusive)
    {
        int lo = fromInclusive.DayNumber, hi = toExclusive.DayNumber;
        if (hi <= lo)
        {
            return 0;
        }
        var count = CountByWalking(lo, Math.Min(hi, TableFirstDay)) + CountByWalking(Math.Max(lo, TableEndDay), hi);
        int start = Math.Max(lo, TableFirstDay), end = Math.Min(hi, TableEndDay);
        if (start < end)
        {
            count += _workingBefore[end - TableFirstDay] - _workingBefore[start - TableFirstDay];
        }
        return count;
    }

    private (DayKind Kind, string? Name) Classify(DateOnly date)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (_byDate.TryGetValue(date, out var entry))
        {
            return entry.Kind switch
            {
                CalendarEntryKind.Holiday => (DayKind.Holiday, entry.Name),
                _ => (weekend ? DayKind.MakeupWorkday : DayKind.Workday, entry.Name),
            };
        }
        return (weekend ? DayKind.Weekend : DayKind.Workday, null);
    }

    private DateOnly AddWorkingDaysByWalking(DateOnly from, int n)
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

    private int CountByWalking(int fromDay, int toDayExclusive)
    {
        var count = 0;
        for (var day = fromDay; day < toDayExclusive; day++)
        {
            if (IsWorkingDay(DateOnly.FromDayNumber(day)))
            {
                count++;
            }
        }
        return count;
    }
}
