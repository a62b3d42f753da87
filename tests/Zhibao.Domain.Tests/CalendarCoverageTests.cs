using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>Years without a loaded State Council arrangement count weekends only, and deadlines touching them say so.</summary>
public class CalendarCoverageTests
{
    [Theory]
    [InlineData("2026-12-25", 10, PeriodUnit.WorkingDays, "2027-01-08")] // 2027-01-01 counts: 元旦 2027 is not loaded
    [InlineData("2027-03-01", 5, PeriodUnit.WorkingDays, "2027-03-08")]
    [InlineData("2026-12-25", 10, PeriodUnit.Days, "2027-01-04")]
    [InlineData("2026-12-31", 1, PeriodUnit.Months, "2027-02-01")] // 2027-01-31 is a Sunday
    public void A_deadline_reaching_2027_is_flagged_incomplete(string from, int n, PeriodUnit unit, string expected)
    {
        var deadline = AssertDue(from, new Period(n, unit), expected);

        Assert.False(deadline.CalendarComplete);
        Assert.Equal("2027年的节假日安排尚未载入，本期限仅按周末计算，请载入后复核", deadline.Warning);
    }

    [Fact]
    public void A_deadline_inside_loaded_years_is_complete()
    {
        var deadline = AssertDue("2026-12-01", new Period(10, PeriodUnit.WorkingDays), "2026-12-15");

        Assert.True(deadline.CalendarComplete);
        Assert.Null(deadline.Warning);
    }

    [Fact]
    public void A_working_day_pause_in_an_unloaded_year_is_flagged_too()
    {
        var deadline = DeadlineCalculator.Compute(Shipped, D("2026-12-01"), new Period(10, PeriodUnit.WorkingDays),
            [new ClockPause(D("2027-01-04"), D("2027-01-06"), "鉴定")]);

        Assert.False(deadline.CalendarComplete);
    }

    [Theory]
    [InlineData("2018-09-28", 1, "2018-10-01")] // 国庆 2018 is not loaded: Monday 10-01 counts
    [InlineData("2018-06-01", 5, "2018-06-08")]
    public void Before_the_data_2018_counts_weekends_only(string from, int n, string expected)
    {
        var deadline = AssertDue(from, new Period(n, PeriodUnit.WorkingDays), expected);

        Assert.False(Shipped.IsLoaded(2018));
        Assert.False(deadline.CalendarComplete);
        Assert.Equal("2018年的节假日安排尚未载入，本期限仅按周末计算，请载入后复核", deadline.Warning);
    }

    [Fact]
    public void Entries_of_the_2019_notice_dated_in_december_2018_still_apply()
    {
        // Sat 2018-12-29 worked, 12-30..2019-01-01 off: all from the 2019 notice.
        var deadline = AssertDue("2018-12-27", new Period(5, PeriodUnit.WorkingDays), "2019-01-04");

        Assert.Equal(DayKind.MakeupWorkday, Shipped.Describe(D("2018-12-29")).Kind);
        Assert.Equal("2018年的节假日安排尚未载入，本期限仅按周末计算，请载入后复核", deadline.Warning);
    }

    [Fact]
    public void Several_missing_years_are_listed_in_one_warning()
    {
        var deadline = AssertDue("2017-12-29", new Period(3, PeriodUnit.WorkingDays), "2018-01-03");

        Assert.Equal("2017年、2018年的节假日安排尚未载入，本期限仅按周末计算，请载入后复核", deadline.Warning);
    }

    [Fact]
    public void The_weekends_only_calendar_ignores_holidays()
    {
        var calendar = WorkingCalendar.WeekendsOnly;

        Assert.Empty(calendar.LoadedYears);
        Assert.Empty(calendar.Entries);
        Assert.Equal(D("2023-10-04"), calendar.AddWorkingDays(D("2023-09-27"), 5));
        Assert.False(DeadlineCalculator.Compute(calendar, D("2023-09-27"), new Period(5, PeriodUnit.WorkingDays)).CalendarComplete);
    }
}
