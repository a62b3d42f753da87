using Zhibao.Domain.Plans;
using I = Zhibao.Domain.Plans.IndicatorOutcome;
using O = Zhibao.Domain.Plans.MeasureOutcome;

namespace Zhibao.Domain.Tests.Plans;

/// <summary>绩效考核 scoring (seed 三(二)): met / partly / not from indicators and progress, shares, bonus cap, totals.</summary>
public class AppraisalRulesTests
{
    private static readonly AppraisalRates Rates = AppraisalRates.Default;

    public static TheoryData<I[], int, int, O> Outcomes => new()
    {
        // Every indicator met and every report approved: 完成.
        { [I.Met, I.Met], 9, 9, O.Met },
        { [I.Met], 0, 0, O.Met },
        // Reports only (no indicator with a number).
        { [], 9, 9, O.Met },
        { [I.Unknown], 9, 4, O.Partly },
        { [], 9, 0, O.NotMet },
        // Indicators met, some reports missing: 部分完成.
        { [I.Met], 9, 8, O.Partly },
        // One of two indicators met: 部分完成 even with all reports.
        { [I.Met, I.NotMet], 9, 9, O.Partly },
        // No indicator met but reports approved: 部分完成; nothing at all: 未完成.
        { [I.NotMet], 9, 1, O.Partly },
        { [I.NotMet], 9, 0, O.NotMet },
        { [I.NotMet, I.Unknown], 0, 0, O.NotMet },
        // Nothing to judge yet (unconnected indicators, no report owed): not scored.
        { [I.Unknown, I.Unknown], 0, 0, O.NotAssessed },
        { [], 0, 0, O.NotAssessed },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Outcome_follows_indicators_and_progress(I[] indicators, int owed, int approved, O expected) =>
        Assert.Equal(expected, AppraisalRules.Outcome(indicators, owed, approved));

    [Theory]
    [InlineData(O.Met, 3, 3)]
    [InlineData(O.Partly, 3, 1.8)]
    [InlineData(O.NotMet, 3, 0)]
    [InlineData(O.NotAssessed, 3, 0)]
    [InlineData(O.Partly, 1, 0.6)]
    [InlineData(O.Partly, 2.5, 1.5)]
    public void Score_is_weight_times_the_share(O outcome, double weight, double score) =>
        Assert.Equal((decimal)score, AppraisalRules.Score((decimal)weight, outcome, Rates));

    [Theory]
    [InlineData(3.6, 61, 5.9)]
    [InlineData(0, 0, null)]
    [InlineData(10, 10, 100.0)]
    [InlineData(2, 3, 66.67)]
    public void Base_score_is_scaled_to_100_over_the_measures_assessed(double earned, double maximum, double? percent) =>
        Assert.Equal(percent is { } p ? (decimal)p : null, AppraisalRules.Percent((decimal)earned, (decimal)maximum));

    [Theory]
    [InlineData(BonusKind.ModelCase, BonusStage.Recommended, 1)]
    [InlineData(BonusKind.TypicalCase, BonusStage.Adopted, 2)]
    [InlineData(BonusKind.GuidingCase, BonusStage.Recommended, 2)]
    [InlineData(BonusKind.GuidingCase, BonusStage.Adopted, 3)]
    public void Bonus_points_per_item(BonusKind kind, BonusStage stage, int points) =>
        Assert.Equal(points, AppraisalRules.BonusPoints(kind, stage, Rates));

    [Theory]
    [InlineData(9.5, 10, 9.5)]
    [InlineData(10, 10, 10)]
    [InlineData(12.5, 10, 10)]
    [InlineData(3, -1, 0)]
    public void Bonus_never_exceeds_the_cap(double raw, double cap, double bonus) =>
        Assert.Equal((decimal)bonus, AppraisalRules.CappedBonus((decimal)raw, (decimal)cap));

    [Fact]
    public void Total_adds_bonus_and_leaders_adjustments_to_the_base() =>
        Assert.Equal(80.5m, AppraisalRules.Total(75m, 3.5m, 2m));

    [Fact]
    public void A_unit_without_assessed_measures_scores_its_bonus_and_adjustments_only() =>
        Assert.Equal(1.5m, AppraisalRules.Total(null, 0.5m, 1m));
}
