using Zhibao.Domain.Cases;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>行政处罚法第七十二条第一款第（一）项: 3 % a day from the day after the due date, never more than the fine.</summary>
public class LateSurchargeTests
{
    private static readonly DateOnly Due = D("2025-03-10");

    [Theory]
    [InlineData("2025-03-01", 0, 0)]
    [InlineData("2025-03-10", 0, 0)] // paid on the due date: nothing
    [InlineData("2025-03-11", 1, 300)]
    [InlineData("2025-03-20", 10, 3_000)]
    [InlineData("2025-04-12", 33, 9_900)]
    public void Three_percent_of_the_fine_per_day_overdue(string asOf, int days, int amount)
    {
        var result = LateSurcharge.Compute(10_000m, Due, D(asOf));

        Assert.Equal(days, result.DaysOverdue);
        Assert.Equal(amount, result.Amount);
        Assert.False(result.Capped);
    }

    [Theory]
    [InlineData("2025-04-13", 34)]
    [InlineData("2026-03-10", 365)]
    public void The_surcharge_is_capped_at_the_fine(string asOf, int days)
    {
        var result = LateSurcharge.Compute(10_000m, Due, D(asOf));

        Assert.Equal(days, result.DaysOverdue);
        Assert.Equal(10_000m, result.Amount);
        Assert.True(result.Capped);
        Assert.Contains("以罚款数额10,000元为限", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, 0.02)] // 0.015 → 0.02
    [InlineData(1.5, 0.05)] // 0.045 → 0.05, not the banker's 0.04
    [InlineData(333.33, 10.00)] // 9.9999
    public void The_amount_is_rounded_to_the_fen_away_from_zero(decimal fine, decimal amount) =>
        Assert.Equal(amount, LateSurcharge.Compute(fine, Due, Due.AddDays(1)).Amount);

    [Fact]
    public void Days_are_calendar_days_across_month_ends()
    {
        Assert.Equal(29, LateSurcharge.Compute(100m, D("2025-01-31"), D("2025-03-01")).DaysOverdue);
    }

    [Fact]
    public void The_basis_is_cited()
    {
        var result = LateSurcharge.Compute(10_000m, Due, D("2025-03-11"));

        Assert.StartsWith("《中华人民共和国行政处罚法》第七十二条第一款第（一）项", result.Basis, StringComparison.Ordinal);
        Assert.Equal("缴款期限2025-03-10届满，至2025-03-11逾期1日，按罚款10,000元每日3%计算，加处罚款300元", result.Explanation);
    }

    [Fact]
    public void A_zero_fine_has_no_surcharge_and_a_negative_fine_is_refused()
    {
        Assert.Equal(0m, LateSurcharge.Compute(0m, Due, Due.AddDays(40)).Amount);
        Assert.Throws<ArgumentOutOfRangeException>(() => LateSurcharge.Compute(-1m, Due, Due));
    }
}
