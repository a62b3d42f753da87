using Zhibao.Domain.Cases;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>商标法第六十条第二款: five times the volume from 50,000 yuan, otherwise 250,000 yuan.</summary>
public class TrademarkFineRangeTests
{
    private static readonly DateOnly Today = D("2026-11-25");

    [Theory]
    [InlineData(null, 250_000)]
    [InlineData(0, 250_000)]
    [InlineData(49_999, 250_000)]
    [InlineData(50_000, 250_000)] // 五万元以上: 5 × 50,000
    [InlineData(50_001, 250_005)]
    [InlineData(60_000, 300_000)]
    [InlineData(1_000_000, 5_000_000)]
    public void The_maximum_follows_the_illegal_business_volume(int? volume, int max)
    {
        var range = TrademarkFineRange.Compute(new(volume), Today);

        Assert.Equal(0m, range.Min);
        Assert.Equal(max, range.Max);
        Assert.False(range.MustAggravate);
    }

    [Fact]
    public void The_explanation_names_the_rule_and_says_it_is_an_aid()
    {
        var range = TrademarkFineRange.Compute(new(60_000m), Today);

        Assert.Equal("《中华人民共和国商标法》第六十条第二款", range.Basis);
        Assert.StartsWith("违法经营额60,000元，在50,000元以上，可以处违法经营额五倍以下即300,000元以下的罚款（《中华人民共和国商标法》第六十条第二款）",
            range.Explanation, StringComparison.Ordinal);
        Assert.Contains("不构成处罚决定", range.Explanation, StringComparison.Ordinal);
        Assert.Contains("没有违法经营额", TrademarkFineRange.Compute(new(null), Today).Explanation, StringComparison.Ordinal);
        Assert.Contains("不足50,000元", TrademarkFineRange.Compute(new(49_999m), Today).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, "五年内实施两次以上商标侵权行为，应当从重处罚")]
    [InlineData(false, true, "有其他严重情节，应当从重处罚")]
    public void A_repeat_within_five_years_or_other_serious_circumstances_must_be_punished_more_heavily(bool repeat, bool serious, string text)
    {
        var range = TrademarkFineRange.Compute(new(10_000m, repeat, serious), Today);

        Assert.True(range.MustAggravate);
        Assert.Equal(250_000m, range.Max);
        Assert.Contains(text, range.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_innocent_seller_is_only_ordered_to_stop_selling()
    {
        var range = TrademarkFineRange.Compute(new(1_000_000m, InnocentSeller: true), Today);

        Assert.Equal(0m, range.Max);
        Assert.Contains("责令停止销售", range.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", "《中华人民共和国商标法》第六十条第二款")]
    [InlineData("2027-01-01", "《中华人民共和国商标法》第七十四条（2027年1月1日起施行的修正文本，条号待核实）")]
    public void Decisions_from_2027_cite_the_revised_article(string decidedOn, string basis)
    {
        var range = TrademarkFineRange.Compute(new(60_000m), D(decidedOn));

        Assert.Equal(basis, range.Basis);
        Assert.Equal(300_000m, range.Max);
    }

    [Fact]
    public void A_negative_volume_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TrademarkFineRange.Compute(new(-1m), Today));
}
