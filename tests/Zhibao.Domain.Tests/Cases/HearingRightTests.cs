using Zhibao.Domain.Cases;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>行政处罚法第六十三条 with the configurable 较大数额 (default 10,000 / 100,000 yuan; "达到" = at or above).</summary>
public class HearingRightTests
{
    [Theory]
    [InlineData(PenaltyPartyKind.Person, 10_000, true)]
    [InlineData(PenaltyPartyKind.Person, 9_999.99, false)]
    [InlineData(PenaltyPartyKind.Person, 50_000, true)]
    [InlineData(PenaltyPartyKind.Organisation, 100_000, true)]
    [InlineData(PenaltyPartyKind.Organisation, 99_999, false)]
    [InlineData(PenaltyPartyKind.Organisation, 50_000, false)]
    public void A_fine_reaching_the_larger_amount_gives_the_right(PenaltyPartyKind kind, decimal fine, bool expected)
    {
        var result = HearingRight.Assess(new(kind, Fine: fine));

        Assert.Equal(expected, result.MustNotify);
        Assert.Contains("第六十三条", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000, true)]
    [InlineData(9_999, false)]
    public void A_confiscation_reaching_the_larger_value_gives_the_right(decimal value, bool expected) =>
        Assert.Equal(expected, HearingRight.Assess(new(PenaltyPartyKind.Person, ConfiscationValue: value)).MustNotify);

    [Fact]
    public void The_fine_and_the_confiscation_are_not_added_together()
    {
        var result = HearingRight.Assess(new(PenaltyPartyKind.Person, Fine: 6_000m, ConfiscationValue: 6_000m));

        Assert.False(result.MustNotify);
        Assert.Contains("均未达到较大数额10,000元", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, false, "吊销许可证件")]
    [InlineData(false, true, false, "责令停产停业")]
    [InlineData(false, false, true, "其他较重的行政处罚")]
    public void Heavy_penalties_give_the_right_whatever_the_amount(bool revoke, bool suspend, bool other, string text)
    {
        var result = HearingRight.Assess(new(PenaltyPartyKind.Organisation, RevokesLicence: revoke, SuspendsBusiness: suspend, OtherHeavyPenalty: other));

        Assert.True(result.MustNotify);
        Assert.Contains(text, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thresholds_are_settings()
    {
        var local = new HearingThresholds(Person: 5_000m, Organisation: 100_000m);

        Assert.True(HearingRight.Assess(new(PenaltyPartyKind.Person, Fine: 5_000m), local).MustNotify);
        Assert.False(HearingRight.Assess(new(PenaltyPartyKind.Person, Fine: 4_999m), local).MustNotify);
        Assert.Equal(10_000m, HearingThresholds.Default.For(PenaltyPartyKind.Person));
        Assert.Equal(100_000m, HearingThresholds.Default.For(PenaltyPartyKind.Organisation));
    }

    [Fact]
    public void Every_reason_is_listed()
    {
        var result = HearingRight.Assess(new(PenaltyPartyKind.Organisation, Fine: 200_000m, ConfiscationValue: 100_000m, RevokesLicence: true));

        Assert.Equal(
            "拟对法人或者其他组织处以罚款200,000元，达到较大数额100,000元（第（一）项）；" +
            "拟没收违法所得、非法财物价值100,000元，达到较大数额100,000元（第（二）项）；" +
            "拟降低资质等级或者吊销许可证件（第（三）项），应当告知当事人有要求听证的权利（《中华人民共和国行政处罚法》第六十三条第一款）",
            result.Reason);
    }

    [Fact]
    public void Invalid_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HearingRight.Assess(new(PenaltyPartyKind.Person, Fine: -1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HearingRight.Assess(new(PenaltyPartyKind.Person), new(Person: 0m)));
    }
}
