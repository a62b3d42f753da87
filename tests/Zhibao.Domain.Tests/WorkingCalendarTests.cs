using Zhibao.Domain.Calendar;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则1：周一至周五为工作日，节假日除外；调休上班的周六、周日为工作日。</summary>
public class WorkingCalendarTests
{
    [Theory]
    [InlineData("2023-10-07", DayKind.MakeupWorkday, "中秋节和国庆节", true)]
    [InlineData("2023-10-02", DayKind.Holiday, "中秋节和国庆节", false)]
    [InlineData("2023-10-14", DayKind.Weekend, null, false)]
    [InlineData("2023-10-09", DayKind.Workday, null, true)]
    [InlineData("2024-02-18", DayKind.MakeupWorkday, "春节", true)]
    [InlineData("2025-10-08", DayKind.Holiday, "国庆节、中秋节", false)]
    public void Describe_tells_the_kind_and_name_of_a_day(string date, DayKind kind, string? name, bool working)
    {
        var day = Shipped.Describe(D(date));

        Assert.Equal(new CalendarDay(D(date), kind, name), day);
        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(working, Shipped.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2023-10-01", "2023-10-07")]
    [InlineData("2023-10-07", "2023-10-07")]
    [InlineData("2023-10-14", "2023-10-16")]
    [InlineData("2026-01-01", "2026-01-04")]
    public void Next_working_day_on_or_after_skips_rest_days_only(string date, string expected) =>
        Assert.Equal(D(expected), Shipped.NextWorkingDayOnOrAfter(D(date)));

    [Theory]
    [InlineData("2023-09-28", "2023-10-09", 3)]
    [InlineData("2023-10-09", "2023-09-28", 0)]
    [InlineData("2023-01-01", "2024-01-01", 249)]
    [InlineData("2023-01-01", "2023-01-01", 0)]
    public void Count_working_days_in_a_half_open_range(string from, string toExclusive, int expected) =>
        Assert.Equal(expected, Shipped.CountWorkingDays(D(from), D(toExclusive)));

    [Fact]
    public void Loaded_years_and_entries_come_from_the_constructor()
    {
        Assert.Equal(Enumerable.Range(2019, 8), Shipped.LoadedYears.Order());
        Assert.True(Shipped.IsLoaded(2026));
        Assert.False(Shipped.IsLoaded(2027));
        Assert.Equal(ShippedParsed.Entries.OrderBy(e => e.Date), Shipped.Entries);
    }

    [Fact]
    public void Two_entries_for_one_date_are_rejected()
    {
        var entries = new[]
        {
            new CalendarEntry(D("2023-10-01"), CalendarEntryKind.Holiday, "国庆节"),
            new CalendarEntry(D("2023-10-01"), CalendarEntryKind.Workday, "国庆节"),
        };

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(entries, [2023]));
    }

    [Theory]
    [InlineData("1989-12-20")]
    [InlineData("2199-12-20")]
    [InlineData("0001-01-10")]
    [InlineData("9000-06-01")]
    public void Dates_outside_the_precomputed_table_count_the_same_way(string start)
    {
        var entries = new[] { new CalendarEntry(D(start).AddDays(3), CalendarEntryKind.Holiday, "测试") };
        var calendar = new WorkingCalendar(entries, []);
        var naive = new Naive(entries);
        for (var offset = 0; offset < 25; offset++)
        {
            var from = D(start).AddDays(offset);
            for (var n = 0; n <= 12; n++)
            {
                Assert.Equal(naive.AddWorkingDays(from, n), calendar.AddWorkingDays(from, n));
                Assert.Equal(naive.Count(from, from.AddDays(n)), calendar.CountWorkingDays(from, from.AddDays(n)));
            }
            Assert.Equal(naive.Next(from), calendar.NextWorkingDayOnOrAfter(from));
        }
    }

    [Fact]
    public void A_negative_number_of_working_days_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.AddWorkingDays(D("2023-01-01"), -1));
}
