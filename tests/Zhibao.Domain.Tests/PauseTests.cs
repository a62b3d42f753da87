using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则5：暂停期间（含暂停日，不含恢复日）不计，按期限本身的单位补足。</summary>
public class PauseTests
{
    private static Deadline Compute(string from, Period period, params ClockPause[] pauses) =>
        DeadlineCalculator.Compute(Shipped, D(from), period, pauses);

    private static ClockPause Pause(string pausedOn, string? resumedOn, string reason = "听证") =>
        new(D(pausedOn), resumedOn is null ? null : D(resumedOn), reason);

    [Fact]
    public void Readme_example_three_months_with_a_ten_day_hearing_is_due_monday_june_12()
    {
        var deadline = Compute("2023-03-01", new Period(3, PeriodUnit.Months), Pause("2023-04-10", "2023-04-20"));
        var notes = Notes(deadline);

        Assert.Equal(D("2023-06-12"), deadline.DueDate);
        Assert.False(deadline.IsPaused);
        Assert.Contains("2023-04-10 至 2023-04-19 暂停计时（听证），共10日不计", notes);
        Assert.Contains("加上暂停的10日，2023-06-01 顺延为 2023-06-11", notes);
        Assert.Contains("2023-06-11 周日，不是工作日，顺延", notes);
        Assert.Equal("2023-06-12 工作日，期限届满", notes[^1]);
        Assert.Equal(deadline.Steps.OrderBy(s => s.Date), deadline.Steps);
    }

    [Theory]
    [InlineData("2023-09-28", "2023-10-09", "2023-10-13")] // 3 working days paused: 09-28, 10-07, 10-08
    [InlineData("2023-09-29", "2023-10-07", "2023-10-10")] // only holidays paused: nothing to add back
    [InlineData("2023-10-09", "2023-10-09", "2023-10-10")] // resumed the same day: empty pause
    [InlineData("2023-11-01", "2023-11-03", "2023-10-12")] // after the due date: still applied (2 working days)
    public void Working_day_periods_add_back_the_working_days_inside_the_pause(string pausedOn, string resumedOn, string expected)
    {
        var deadline = Compute("2023-09-27", new Period(5, PeriodUnit.WorkingDays), Pause(pausedOn, resumedOn));

        Assert.Equal(D(expected), deadline.DueDate);
    }

    [Fact]
    public void Paused_working_days_are_marked_and_the_count_continues_after_resuming()
    {
        var notes = Notes(Compute("2023-09-27", new Period(5, PeriodUnit.WorkingDays), Pause("2023-09-28", "2023-10-09", "中止")));

        Assert.Contains("2023-09-28 至 2023-10-08 暂停计时（中止），其间3个工作日不计", notes);
        Assert.Contains("2023-10-07 暂停计时期间，不计", notes);
        Assert.Contains("2023-10-09 工作日，计第1个工作日", notes);
        Assert.Equal("2023-10-13 工作日，计第5个工作日，期限届满", notes[^1]);
    }

    [Theory]
    [InlineData("2023-09-04", "2023-09-06", "2023-09-13")] // 2 days: 09-11 + 2
    [InlineData("2023-09-29", "2023-10-01", "2023-09-13")] // after the due date: still applied
    public void Day_periods_add_back_calendar_days_before_rolling(string pausedOn, string resumedOn, string expected)
    {
        var deadline = Compute("2023-09-01", new Period(10, PeriodUnit.Days), Pause(pausedOn, resumedOn));

        Assert.Equal(D(expected), deadline.DueDate);
    }

    [Fact]
    public void Overlapping_pauses_do_not_exclude_a_day_twice()
    {
        var deadline = Compute("2023-09-01", new Period(10, PeriodUnit.Days),
            Pause("2023-09-04", "2023-09-06", "中止"), Pause("2023-09-05", "2023-09-08", "鉴定"));

        Assert.Equal(D("2023-09-15"), deadline.DueDate); // 09-04..09-07 = 4 days
    }

    [Fact]
    public void An_open_pause_is_reported_and_left_out_of_the_due_date()
    {
        var deadline = Compute("2023-03-01", new Period(3, PeriodUnit.Months), Pause("2023-04-10", null, "中止"));

        Assert.True(deadline.IsPaused);
        Assert.Equal(D("2023-06-01"), deadline.DueDate);
        Assert.Contains(deadline.Steps, s => s.Date == D("2023-04-10") && s.Note.StartsWith("2023-04-10 起暂停计时（中止），尚未恢复", StringComparison.Ordinal));
    }

    [Fact]
    public void An_open_pause_after_a_closed_one_keeps_the_closed_one_applied()
    {
        var deadline = Compute("2023-03-01", new Period(3, PeriodUnit.Months),
            Pause("2023-04-10", "2023-04-20"), Pause("2023-05-08", null, "鉴定"));

        Assert.True(deadline.IsPaused);
        Assert.Equal(D("2023-06-12"), deadline.DueDate);
    }

    [Fact]
    public void Hour_periods_add_back_the_paused_days_as_hours()
    {
        var deadline = Compute("2023-09-28", new Period(24, PeriodUnit.Hours), Pause("2023-09-28", "2023-09-29"));

        Assert.Equal(new DateTime(2023, 9, 30, 0, 0, 0), deadline.DueAt);
    }

    [Fact]
    public void A_pause_resuming_before_it_starts_is_rejected()
    {
        Assert.Throws<ArgumentException>(() =>
            Compute("2023-09-01", new Period(10, PeriodUnit.Days), Pause("2023-09-10", "2023-09-05")));
    }
}
