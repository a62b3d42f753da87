using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>Every start day of 2019–2026 and every amount 0..30: the fast paths agree with the explained and naive ones.</summary>
public class PropertyTests
{
    private static readonly DateOnly First = new(2019, 1, 1);
    private static readonly DateOnly Last = new(2026, 12, 31);

    [Theory]
    [InlineData(PeriodUnit.WorkingDays)]
    [InlineData(PeriodUnit.Days)]
    [InlineData(PeriodUnit.Months)]
    [InlineData(PeriodUnit.Hours)]
    public void The_fast_due_date_equals_the_explained_due_date(PeriodUnit unit)
    {
        for (var from = First; from <= Last; from = from.AddDays(1))
        {
            for (var n = 0; n <= 30; n++)
            {
                var period = new Period(n, unit);
                var fast = DeadlineCalculator.DueDate(Shipped, from, period);
                var explained = DeadlineCalculator.Compute(Shipped, from, period);
                if (fast != explained.DueDate)
                {
                    Assert.Fail($"{from:yyyy-MM-dd} + {period.Describe()}: fast {fast:yyyy-MM-dd}, explained {explained.DueDate:yyyy-MM-dd}");
                }
            }
        }
    }

    [Fact]
    public void Working_day_arithmetic_equals_a_day_by_day_walk()
    {
        var naive = new Naive(Shipped.Entries);
        for (var from = First; from <= Last; from = from.AddDays(1))
        {
            Assert.Equal(naive.IsWorkingDay(from), Shipped.IsWorkingDay(from));
            Assert.Equal(naive.Next(from), Shipped.NextWorkingDayOnOrAfter(from));
            for (var n = 0; n <= 30; n++)
            {
                var expected = naive.AddWorkingDays(from, n);
                var actual = Shipped.AddWorkingDays(from, n);
                if (expected != actual)
                {
                    Assert.Fail($"{from:yyyy-MM-dd} + {n}个工作日: expected {expected:yyyy-MM-dd}, got {actual:yyyy-MM-dd}");
                }
                if (naive.Count(from, from.AddDays(n)) != Shipped.CountWorkingDays(from, from.AddDays(n)))
                {
                    Assert.Fail($"count from {from:yyyy-MM-dd} over {n} days differs");
                }
            }
        }
    }

    [Fact]
    public void Every_steps_list_is_in_date_order_and_ends_on_the_due_date()
    {
        for (var from = First; from <= Last; from = from.AddDays(7))
        {
            foreach (var unit in new[] { PeriodUnit.WorkingDays, PeriodUnit.Days, PeriodUnit.Months })
            {
                var deadline = DeadlineCalculator.Compute(Shipped, from, new Period(5, unit));
                Assert.Equal(deadline.Steps.OrderBy(s => s.Date), deadline.Steps);
                Assert.Equal(deadline.DueDate, deadline.Steps[^1].Date);
                Assert.EndsWith("期限届满", deadline.Steps[^1].Note, StringComparison.Ordinal);
            }
        }
    }
}
