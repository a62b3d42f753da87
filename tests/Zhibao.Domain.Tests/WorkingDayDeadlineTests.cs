using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则2：N个工作日，起算日不计入，第N个工作日为届满日。</summary>
public class WorkingDayDeadlineTests
{
    private static void AssertWorkingDays(string from, int n, string expected)
    {
        AssertDue(from, new Period(n, PeriodUnit.WorkingDays), expected);
        Assert.Equal(D(expected), Shipped.AddWorkingDays(D(from), n));
    }

    [Theory]
    [InlineData("2023-09-27", 5, "2023-10-10")] // README rule 2 example
    public void Five_working_days_skip_the_national_day_week(string from, int n, string expected)
    {
        AssertWorkingDays(from, n, expected);

        var deadline = Compute(from, n);
        var notes = Notes(deadline);
        Assert.True(deadline.CalendarComplete);
        Assert.Null(deadline.Warning);
        Assert.False(deadline.IsPaused);
        Assert.Equal("起算日 2023-09-27 不计入，自次日起计算5个工作日", notes[0]);
        Assert.Contains("2023-09-28 工作日，计第1个工作日", notes);
        Assert.Contains("2023-09-29 中秋节和国庆节（法定节假日），不计", notes);
        Assert.Contains("2023-10-07 中秋节和国庆节调休上班，计第2个工作日", notes);
        Assert.Contains("2023-10-08 中秋节和国庆节调休上班，计第3个工作日", notes);
        Assert.Equal("2023-10-10 工作日，计第5个工作日，期限届满", notes[^1]);
    }

    [Theory]
    [InlineData("2023-09-28", 1, "2023-10-07")]
    [InlineData("2023-09-28", 2, "2023-10-08")]
    [InlineData("2023-10-06", 1, "2023-10-07")]
    [InlineData("2023-10-07", 1, "2023-10-08")]
    [InlineData("2023-10-08", 1, "2023-10-09")]
    [InlineData("2023-01-20", 1, "2023-01-28")]
    public void Make_up_saturdays_and_sundays_count_as_working_days(string from, int n, string expected) =>
        AssertWorkingDays(from, n, expected);

    [Theory]
    [InlineData("2024-02-02", 1, "2024-02-04")] // make-up Sunday before the holiday
    [InlineData("2024-02-08", 1, "2024-02-09")] // 除夕 2024 was a working Friday
    [InlineData("2024-02-09", 1, "2024-02-18")] // 02-10..02-17 holiday, make-up Sunday 02-18
    [InlineData("2024-02-09", 2, "2024-02-19")]
    [InlineData("2024-02-18", 15, "2024-03-08")]
    public void Spring_festival_2024_week_is_skipped(string from, int n, string expected) =>
        AssertWorkingDays(from, n, expected);

    [Theory]
    [InlineData("2025-09-26", 1, "2025-09-28")] // make-up Sunday
    [InlineData("2025-09-30", 1, "2025-10-09")] // 10-01..10-08 holiday
    [InlineData("2025-09-30", 3, "2025-10-11")] // make-up Saturday
    [InlineData("2025-09-30", 4, "2025-10-13")]
    public void National_day_2025_eight_day_holiday_is_skipped(string from, int n, string expected) =>
        AssertWorkingDays(from, n, expected);

    [Theory]
    [InlineData("2025-12-31", 1, "2026-01-04")] // 元旦 01-01..01-03, make-up Sunday 01-04
    [InlineData("2025-12-31", 2, "2026-01-05")]
    [InlineData("2025-12-31", 5, "2026-01-08")]
    [InlineData("2022-12-30", 1, "2023-01-03")] // 元旦 2022-12-31..2023-01-02
    public void Working_days_cross_the_new_year_holiday(string from, int n, string expected) =>
        AssertWorkingDays(from, n, expected);

    [Theory]
    [InlineData("2023-09-27", "2023-09-27")]
    [InlineData("2023-10-01", "2023-10-01")] // even on a holiday: nothing is counted
    public void Zero_working_days_is_the_start_date_itself(string from, string expected)
    {
        AssertWorkingDays(from, 0, expected);
        Assert.Contains("期限届满", Notes(Compute(from, 0))[^1]);
    }

    private static Deadline Compute(string from, int n) =>
        DeadlineCalculator.Compute(Shipped, D(from), new Period(n, PeriodUnit.WorkingDays));
}
