using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则8：国家系统月报次月5日报送，遇非工作日不顺延（提前报送），1日起提醒。</summary>
public class NationalReportScheduleTests
{
    [Theory]
    [InlineData(2023, 9, "2023-10-05", false)] // inside 国庆 2023: stays on the 5th
    [InlineData(2024, 9, "2024-10-05", false)] // a Saturday inside 国庆 2024
    [InlineData(2022, 10, "2022-11-05", false)] // an ordinary Saturday
    [InlineData(2025, 3, "2025-04-05", false)] // 清明 2025, a Saturday
    [InlineData(2023, 12, "2024-01-05", true)] // December's report is due next January
    [InlineData(2023, 5, "2023-06-05", true)]
    public void The_monthly_report_is_due_on_the_5th_of_the_next_month_even_on_a_rest_day(int year, int month, string expected, bool working)
    {
        var due = NationalReportSchedule.DueDate(year, month);

        Assert.Equal(D(expected), due);
        Assert.Equal(working, Shipped.IsWorkingDay(due));
    }

    [Theory]
    [InlineData(2023, 9, "2023-10-01")]
    [InlineData(2023, 12, "2024-01-01")]
    public void Reminders_start_on_the_1st_of_the_next_month(int year, int month, string expected) =>
        Assert.Equal(D(expected), NationalReportSchedule.RemindersStart(year, month));

    [Theory]
    [InlineData(2024, 1, 31, "2024-02-29")]
    [InlineData(2023, 1, 31, "2023-02-28")]
    [InlineData(2023, 9, 10, "2023-10-10")]
    public void A_configured_due_day_is_clamped_to_the_end_of_a_short_month(int year, int month, int dueDay, string expected) =>
        Assert.Equal(D(expected), NationalReportSchedule.DueDate(year, month, dueDay));

    [Theory]
    [InlineData(2023, 0, 5)]
    [InlineData(2023, 13, 5)]
    [InlineData(2023, 9, 0)]
    [InlineData(2023, 9, 32)]
    public void Impossible_months_and_days_are_rejected(int year, int month, int dueDay) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalReportSchedule.DueDate(year, month, dueDay));
}
