using Zhibao.Domain.Plans;
using C = Zhibao.Domain.Plans.IndicatorComparison;
using N = Zhibao.Domain.Plans.IndicatorNature;

namespace Zhibao.Domain.Tests.Plans;

/// <summary>Indicator against target: met is green; a miss is red unless a cumulative "≥" target can still be reached.</summary>
public class IndicatorRulesTests
{
    public static TheoryData<decimal?, decimal?, C?, N, bool, IndicatorOutcome, Rag> Cases => new()
    {
        // 具备执法资格人数 ≥ 5: exactly at the limit is met; one short is red at once (a state, not a count to build up).
        { 5m, 5m, C.AtLeast, N.Snapshot, false, IndicatorOutcome.Met, Rag.Green },
        { 4m, 5m, C.AtLeast, N.Snapshot, false, IndicatorOutcome.NotMet, Rag.Red },
        // 积案 = 0 and 迟报错报漏报 = 0.
        { 0m, 0m, C.Equal, N.Snapshot, false, IndicatorOutcome.Met, Rag.Green },
        { 1m, 0m, C.Equal, N.Snapshot, false, IndicatorOutcome.NotMet, Rag.Red },
        { 1m, 0m, C.Equal, N.Cumulative, false, IndicatorOutcome.NotMet, Rag.Red },
        // ≤: at the limit met, above it missed.
        { 3m, 3m, C.AtMost, N.Snapshot, false, IndicatorOutcome.Met, Rag.Green },
        { 3.01m, 3m, C.AtMost, N.Snapshot, false, IndicatorOutcome.NotMet, Rag.Red },
        // 培训场次 ≥ 2: one so far is amber during the year, red once the year is over.
        { 1m, 2m, C.AtLeast, N.Cumulative, false, IndicatorOutcome.NotMet, Rag.Amber },
        { 1m, 2m, C.AtLeast, N.Cumulative, true, IndicatorOutcome.NotMet, Rag.Red },
        { 2m, 2m, C.AtLeast, N.Cumulative, true, IndicatorOutcome.Met, Rag.Green },
        // A rate below target is a miss now.
        { 89.9m, 90m, C.AtLeast, N.Rate, false, IndicatorOutcome.NotMet, Rag.Red },
        { 90m, 90m, C.AtLeast, N.Rate, false, IndicatorOutcome.Met, Rag.Green },
        // No number (数据源未接入, nothing to divide) or no target (仅统计): grey, never a guess.
        { null, 5m, C.AtLeast, N.Snapshot, false, IndicatorOutcome.Unknown, Rag.Grey },
        { 7m, null, null, N.Cumulative, false, IndicatorOutcome.Unknown, Rag.Grey },
        { 7m, 5m, null, N.Cumulative, false, IndicatorOutcome.Unknown, Rag.Grey },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Value_against_target_gives_outcome_and_colour(decimal? value, decimal? target, C? comparison, N nature, bool over, IndicatorOutcome outcome, Rag rag) =>
        Assert.Equal((outcome, rag), IndicatorRules.Evaluate(value, target, comparison, nature, over));

    [Theory]
    [InlineData(new[] { Rag.Grey, Rag.Green }, Rag.Green)]
    [InlineData(new[] { Rag.Green, Rag.Amber, Rag.Grey }, Rag.Amber)]
    [InlineData(new[] { Rag.Amber, Rag.Red, Rag.Green }, Rag.Red)]
    [InlineData(new[] { Rag.Grey, Rag.Grey }, Rag.Grey)]
    [InlineData(new Rag[0], Rag.Grey)]
    public void The_worst_colour_that_says_something_wins(Rag[] parts, Rag expected) => Assert.Equal(expected, IndicatorRules.Worst(parts));

    [Fact]
    public void Symbols_are_the_plan_signs() =>
        Assert.Equal(new[] { "≥", "≤", "=" }, new[] { C.AtLeast, C.AtMost, C.Equal }.Select(IndicatorRules.Symbol));
}
