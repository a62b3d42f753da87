using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Reporting;

/// <summary>计算规则8: reminders from the 1st, due on the 5th even on a rest day, overdue after it; and the year's indicator.</summary>
public class ReportScheduleAndIndicatorTests
{
    [Theory]
    // September 2023: due Thursday 2023-10-05, inside the National Day holiday (09-29 … 10-06); the 5th stays.
    [InlineData(2023, 9, "2023-09-30", ReportReminderStage.None)]
    [InlineData(2023, 9, "2023-10-01", ReportReminderStage.Due)]
    [InlineData(2023, 9, "2023-10-05", ReportReminderStage.Due)]
    [InlineData(2023, 9, "2023-10-06", ReportReminderStage.Overdue)] // still a holiday, yet overdue: the due date did not move
    [InlineData(2023, 9, "2023-10-09", ReportReminderStage.Overdue)]
    // October 2023: due Sunday 2023-11-05; not moved to Monday the 6th.
    [InlineData(2023, 10, "2023-10-31", ReportReminderStage.None)]
    [InlineData(2023, 10, "2023-11-01", ReportReminderStage.Due)]
    [InlineData(2023, 10, "2023-11-03", ReportReminderStage.Due)]
    [InlineData(2023, 10, "2023-11-05", ReportReminderStage.Due)]
    [InlineData(2023, 10, "2023-11-06", ReportReminderStage.Overdue)]
    // December's report reminds in January.
    [InlineData(2023, 12, "2024-01-01", ReportReminderStage.Due)]
    [InlineData(2023, 12, "2024-01-06", ReportReminderStage.Overdue)]
    public void Reminders_start_on_the_1st_and_escalate_after_the_5th(int year, int month, string today, ReportReminderStage expected)
    {
        var period = new ReportPeriod(year, month);

        Assert.Equal(expected, ReportReminderSchedule.StageOn(period, D(today), submitted: false));
        Assert.Equal(ReportReminderStage.None, ReportReminderSchedule.StageOn(period, D(today), submitted: true));
    }

    [Fact]
    public void The_national_day_due_date_is_a_holiday_and_the_weekend_one_a_sunday()
    {
        Assert.False(Shipped.IsWorkingDay(new ReportPeriod(2023, 9).DueDate()));
        Assert.Equal(DayOfWeek.Sunday, new ReportPeriod(2023, 10).DueDate().DayOfWeek);
    }

    [Fact]
    public void A_configured_due_day_moves_the_escalation() =>
        Assert.Equal(ReportReminderStage.Due, ReportReminderSchedule.StageOn(new ReportPeriod(2023, 10), D("2023-11-08"), false, dueDay: 10));

    [Theory]
    [InlineData("2023-11-05", "2023-11-04", true)]  // submitted on the due Sunday: on time
    [InlineData("2023-11-05", "2023-11-05", true)]
    [InlineData("2023-11-06", "2023-11-06", false)] // the Monday after: late, the 5th did not roll
    [InlineData(null, "2023-11-05", null)]          // not in yet, not due yet
    [InlineData(null, "2023-11-06", false)]         // not in and past due: late
    public void A_month_is_on_time_when_its_first_version_went_in_by_the_5th(string? submitted, string today, bool? expected)
    {
        var month = new ReportMonthRecord(new ReportPeriod(2023, 10), D("2023-11-05"), submitted is null ? null : D(submitted));

        Assert.Equal(expected, month.OnTime(D(today)));
    }

    [Fact]
    public void The_indicator_counts_due_months_late_ones_and_corrections()
    {
        var months = new[]
        {
            new ReportMonthRecord(new ReportPeriod(2023, 8), D("2023-09-05"), D("2023-09-04")),
            new ReportMonthRecord(new ReportPeriod(2023, 9), D("2023-10-05"), D("2023-10-09"), WrongCorrections: 1),
            new ReportMonthRecord(new ReportPeriod(2023, 10), D("2023-11-05"), D("2023-11-03"), MissingCorrections: 2),
            new ReportMonthRecord(new ReportPeriod(2023, 11), D("2023-12-05"), null),
            new ReportMonthRecord(new ReportPeriod(2022, 12), D("2023-01-05"), null), // another year's month
        };

        var indicator = ReportIndicator.Compute(2023, months, D("2023-12-01"), since: new ReportPeriod(2023, 8));

        Assert.Equal(3, indicator.MonthsDue);        // November's is not due yet
        Assert.Equal(2, indicator.MonthsOnTime);
        Assert.Equal(66.7m, indicator.OnTimeRate);
        Assert.Equal(1, indicator.Late);
        Assert.Equal(1, indicator.Wrong);
        Assert.Equal(2, indicator.Missing);
    }

    [Fact]
    public void Before_any_month_is_due_there_is_no_rate() =>
        Assert.Null(ReportIndicator.Compute(2023, [], D("2023-01-03"), null).OnTimeRate);

    [Fact]
    public void Months_before_the_bureau_first_reported_here_do_not_count_as_late()
    {
        var months = Enumerable.Range(1, 10).Select(m => new ReportMonthRecord(new ReportPeriod(2023, m), new ReportPeriod(2023, m).DueDate(),
            m == 10 ? D("2023-11-03") : null)).ToList();

        var since = ReportIndicator.Compute(2023, months, D("2023-11-06"), since: new ReportPeriod(2023, 10));
        var never = ReportIndicator.Compute(2023, months[..9], D("2023-11-06"), since: null);

        Assert.Equal((1, 1, 0), (since.MonthsDue, since.MonthsOnTime, since.Late));
        Assert.Equal(100m, since.OnTimeRate);
        Assert.Equal((0, 0), (never.MonthsDue, never.Late)); // only October would count, and it is not in the list
        Assert.False(ReportIndicator.Counts(new ReportPeriod(2023, 9), D("2023-11-06"), null));
        Assert.True(ReportIndicator.Counts(new ReportPeriod(2023, 10), D("2023-11-06"), null));
    }
}
