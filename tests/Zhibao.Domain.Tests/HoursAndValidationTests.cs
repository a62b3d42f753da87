using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则6（小时按自然时间）以及期限数值的校验。</summary>
public class HoursAndValidationTests
{
    [Theory]
    [InlineData("2023-09-29 10:30", 24, "2023-09-30 10:30")] // inside 国庆: hours do not roll
    [InlineData("2023-12-31 18:00", 24, "2024-01-01 18:00")]
    [InlineData("2024-02-28 12:00", 48, "2024-03-01 12:00")] // leap day counted
    [InlineData("2023-09-29 10:30", 0, "2023-09-29 10:30")]
    public void Hours_are_plain_elapsed_time(string from, int hours, string expected)
    {
        var format = "yyyy-MM-dd HH:mm";
        var start = DateTime.ParseExact(from, format, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateTime.ParseExact(expected, format, System.Globalization.CultureInfo.InvariantCulture),
            DeadlineCalculator.AddHours(start, hours));
    }

    [Fact]
    public void Twenty_four_hours_from_a_date_expire_at_midnight_on_a_holiday_without_rolling()
    {
        var deadline = AssertDue("2023-09-29", new Period(24, PeriodUnit.Hours), "2023-09-30");

        Assert.Equal(new DateTime(2023, 9, 30, 0, 0, 0), deadline.DueAt);
        Assert.True(deadline.CalendarComplete);
        Assert.Equal("届满时间 2023-09-30 00:00", Notes(deadline)[^1]);
    }

    [Fact]
    public void Only_hour_periods_have_an_exact_expiry_time()
    {
        Assert.Null(AssertDue("2023-09-27", new Period(5, PeriodUnit.WorkingDays), "2023-10-10").DueAt);
        Assert.Null(AssertDue("2023-09-27", new Period(3, PeriodUnit.Days), "2023-10-07").DueAt);
    }

    [Theory]
    [InlineData(-1, PeriodUnit.WorkingDays, "期限不能为负数")]
    [InlineData(-5, PeriodUnit.Hours, "期限不能为负数")]
    [InlineData(3651, PeriodUnit.WorkingDays, "期限不能超过3650个工作日")]
    [InlineData(3651, PeriodUnit.Days, "期限不能超过3650日")]
    [InlineData(121, PeriodUnit.Months, "期限不能超过120个月")]
    [InlineData(8761, PeriodUnit.Hours, "期限不能超过8760小时")]
    [InlineData(5, (PeriodUnit)99, "期限单位无效")]
    public void Absurd_amounts_are_rejected_with_a_chinese_message(int amount, PeriodUnit unit, string message)
    {
        var period = new Period(amount, unit);

        Assert.Equal(message, DeadlineCalculator.ValidateAmount(period));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineCalculator.Compute(Shipped, D("2023-01-01"), period));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineCalculator.DueDate(Shipped, D("2023-01-01"), period));
    }

    [Theory]
    [InlineData(0, PeriodUnit.WorkingDays)]
    [InlineData(3650, PeriodUnit.WorkingDays)]
    [InlineData(3650, PeriodUnit.Days)]
    [InlineData(120, PeriodUnit.Months)]
    [InlineData(8760, PeriodUnit.Hours)]
    public void Amounts_up_to_the_limits_are_accepted(int amount, PeriodUnit unit)
    {
        var period = new Period(amount, unit);

        Assert.Null(DeadlineCalculator.ValidateAmount(period));
        Assert.Equal(DeadlineCalculator.Compute(Shipped, D("2023-01-01"), period).DueDate,
            DeadlineCalculator.DueDate(Shipped, D("2023-01-01"), period));
    }

    [Theory]
    [InlineData(5, PeriodUnit.WorkingDays, "5个工作日")]
    [InlineData(3, PeriodUnit.Days, "3日")]
    [InlineData(3, PeriodUnit.Months, "3个月")]
    [InlineData(24, PeriodUnit.Hours, "24小时")]
    public void Periods_describe_themselves_as_the_law_writes_them(int amount, PeriodUnit unit, string expected) =>
        Assert.Equal(expected, new Period(amount, unit).Describe());
}
