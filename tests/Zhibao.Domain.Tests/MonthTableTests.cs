using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则4：the month table behind the fast path agrees with <see cref="DateOnly.AddMonths"/> (same day, clamped).</summary>
public class MonthTableTests
{
    [Theory]
    [InlineData("1989-11-15", "1990-03-01")] // entering the table
    [InlineData("2018-12-01", "2027-01-01")]
    [InlineData("2199-10-01", "2200-02-01")] // leaving the table
    public void The_month_table_equals_calendar_month_arithmetic(string first, string endExclusive)
    {
        for (var from = TestCalendar.D(first); from < TestCalendar.D(endExclusive); from = from.AddDays(1))
        {
            for (var months = 0; months <= 120; months++)
            {
                if (MonthTable.AddMonths(from, months) != from.AddMonths(months))
                {
                    Assert.Fail($"{from:yyyy-MM-dd} + {months}个月: {MonthTable.AddMonths(from, months):yyyy-MM-dd}");
                }
            }
        }
    }
}
