using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Reporting;

/// <summary>A report month in China Standard Time, whatever the UTC storage says.</summary>
public class ReportPeriodTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("2023-10", 2023, 10)]
    [InlineData("1985-04", 1985, 4)]
    [InlineData("2024-12", 2024, 12)]
    public void The_route_form_is_read(string text, int year, int month)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal(new ReportPeriod(year, month), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-1")]
    [InlineData("202310")]
    [InlineData("2023/10")]
    [InlineData("1984-12")]
    [InlineData("+023-10")]
    [InlineData("2023-10-01")]
    public void Anything_else_is_refused(string? text) => Assert.False(ReportPeriod.TryParse(text, out _));

    [Fact]
    public void A_change_at_23_59_on_the_last_day_in_china_is_in_that_month()
    {
        var october = new ReportPeriod(2023, 10);
        var lastMinute = Utc(2023, 10, 31, 15, 59); // 2023-10-31 23:59 CST

        Assert.True(october.ContainsInstant(lastMinute));
        Assert.False(october.Next.ContainsInstant(lastMinute));
        Assert.Equal(D("2023-10-31"), ReportPeriod.ChinaDate(lastMinute));
    }

    [Fact]
    public void A_change_after_midnight_in_china_is_in_the_next_month_although_its_utc_date_is_the_last_day()
    {
        var october = new ReportPeriod(2023, 10);
        var afterMidnight = Utc(2023, 10, 31, 16, 30); // 2023-11-01 00:30 CST

        Assert.False(october.ContainsInstant(afterMidnight));
        Assert.True(october.Next.ContainsInstant(afterMidnight));
        Assert.Equal(D("2023-11-01"), ReportPeriod.ChinaDate(afterMidnight));
    }

    [Fact]
    public void The_first_minutes_of_the_month_in_china_are_the_evening_before_in_utc()
    {
        var october = new ReportPeriod(2023, 10);

        Assert.Equal(Utc(2023, 9, 30, 16, 0), october.StartUtc);
        Assert.Equal(Utc(2023, 10, 31, 16, 0), october.EndUtc);
        Assert.Equal(DateTimeKind.Utc, october.StartUtc.Kind);
        Assert.True(october.ContainsInstant(Utc(2023, 9, 30, 16, 0)));
        Assert.False(october.ContainsInstant(Utc(2023, 9, 30, 15, 59)));
    }

    [Fact]
    public void December_runs_into_the_next_year_and_january_back_into_the_last()
    {
        var december = new ReportPeriod(2023, 12);

        Assert.Equal(new ReportPeriod(2024, 1), december.Next);
        Assert.Equal(december, new ReportPeriod(2024, 1).Previous);
        Assert.Equal(D("2023-12-31"), december.LastDay);
        Assert.Equal(D("2024-01-05"), december.DueDate());
        Assert.Equal(D("2024-01-01"), december.RemindersStart);
        Assert.Equal(Utc(2023, 12, 31, 16, 0), december.EndUtc);
    }

    [Fact]
    public void February_of_a_leap_year_ends_on_the_29th() =>
        Assert.Equal(D("2024-02-29"), new ReportPeriod(2024, 2).LastDay);

    [Fact]
    public void Dates_after_the_month_have_not_happened_yet_at_its_end()
    {
        var october = new ReportPeriod(2023, 10);

        Assert.Equal(D("2023-10-31"), october.AsAtEnd(D("2023-10-31")));
        Assert.Null(october.AsAtEnd(D("2023-11-01")));
        Assert.Equal(D("2023-09-30"), october.AsAtEnd(D("2023-09-30")));
        Assert.Null(october.AsAtEnd(null));
    }

    [Fact]
    public void Periods_order_by_year_then_month()
    {
        Assert.True(new ReportPeriod(2023, 12) < new ReportPeriod(2024, 1));
        Assert.True(new ReportPeriod(2024, 2) > new ReportPeriod(2024, 1));
        Assert.Equal("2023年10月", new ReportPeriod(2023, 10).Name);
    }
}
