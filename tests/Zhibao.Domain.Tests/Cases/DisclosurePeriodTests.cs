using Zhibao.Domain.Cases;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>总局令第45号 arts.2 and 13: not published, three months, three years, or the restriction period.</summary>
public class DisclosurePeriodTests
{
    private const decimal Lower = 10_000m;
    private static readonly DateOnly Published = D("2025-06-15");

    [Fact]
    public void A_warning_alone_is_not_published()
    {
        var result = DisclosurePeriod.Determine(new(Warning: true), Lower, Published);

        Assert.Equal(DisclosureTerm.NotPublished, result.Term);
        Assert.False(result.Published);
        Assert.Null(result.RemovalOn);
        Assert.Contains("第二条第二款", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000, DisclosureTerm.ThreeMonths)]
    [InlineData(10_000.01, DisclosureTerm.ThreeYears)]
    [InlineData(0.01, DisclosureTerm.ThreeMonths)]
    public void A_fine_at_or_below_the_provincial_lower_amount_is_published_for_three_months(decimal fine, DisclosureTerm expected) =>
        Assert.Equal(expected, DisclosurePeriod.Determine(new(Fine: fine), Lower, Published).Term);

    [Theory]
    [InlineData("2025-06-15", "2025-09-15")]
    [InlineData("2025-01-31", "2025-04-30")]
    [InlineData("2025-11-30", "2026-02-28")]
    [InlineData("2023-11-30", "2024-02-29")]
    public void Three_months_is_the_same_day_number_clamped_to_the_month_end(string published, string removal)
    {
        var result = DisclosurePeriod.Determine(new(NoticeOfCriticism: true), Lower, D(published));

        Assert.Equal(DisclosureTerm.ThreeMonths, result.Term);
        Assert.Equal(D(removal), result.RemovalOn);
    }

    [Theory]
    [InlineData("2025-06-15", "2028-06-15")]
    [InlineData("2024-02-29", "2027-02-28")]
    public void Three_years_from_publication(string published, string removal)
    {
        var result = DisclosurePeriod.Determine(new(Fine: 50_000m), Lower, D(published));

        Assert.Equal(DisclosureTerm.ThreeYears, result.Term);
        Assert.Equal(D(removal), result.RemovalOn);
        Assert.Contains("第十三条第一款", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Criticism_with_a_large_fine_or_any_other_penalty_is_three_years()
    {
        Assert.Equal(DisclosureTerm.ThreeYears, DisclosurePeriod.Determine(new(NoticeOfCriticism: true, Fine: 20_000m), Lower, Published).Term);
        Assert.Equal(DisclosureTerm.ThreeYears, DisclosurePeriod.Determine(new(Fine: 1_000m, OtherPenalty: true), Lower, Published).Term);
        Assert.Equal(DisclosureTerm.ThreeYears, DisclosurePeriod.Determine(new(OtherPenalty: true), Lower, Published).Term);
    }

    [Fact]
    public void A_warning_does_not_lengthen_a_three_month_period()
    {
        var result = DisclosurePeriod.Determine(new(Warning: true, Fine: 2_000m), Lower, Published);

        Assert.Equal(DisclosureTerm.ThreeMonths, result.Term);
        Assert.Equal("仅受到较低数额罚款（2,000元，不超过本省规定的较低数额10,000元），自公示之日起届满三个月停止公示，即2025-09-15" +
            "（《市场监督管理行政处罚信息公示规定》第十三条第一款）", result.Explanation);
    }

    [Theory]
    [InlineData(36, DisclosureTerm.ThreeYears, "2028-06-15")]
    [InlineData(37, DisclosureTerm.RestrictionPeriod, "2028-07-15")]
    [InlineData(60, DisclosureTerm.RestrictionPeriod, "2030-06-15")]
    public void A_restriction_longer_than_three_years_sets_the_period(int months, DisclosureTerm term, string removal)
    {
        var result = DisclosurePeriod.Determine(new(RestrictionMonths: months), Lower, Published);

        Assert.Equal(term, result.Term);
        Assert.Equal(D(removal), result.RemovalOn);
    }

    [Fact]
    public void A_penalty_without_content_or_with_negative_amounts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DisclosurePeriod.Determine(new(), Lower, Published));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePeriod.Determine(new(Fine: -1m), Lower, Published));
    }
}
