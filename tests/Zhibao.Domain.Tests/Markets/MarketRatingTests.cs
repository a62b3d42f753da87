using Zhibao.Domain.Markets;
using static Zhibao.Domain.Tests.TestCalendar;
using I = Zhibao.Domain.Markets.InspectionResult;
using L = Zhibao.Domain.Markets.MarketRatingLevel;
using S = Zhibao.Domain.Markets.MarketSystemStatus;

namespace Zhibao.Domain.Tests.Markets;

/// <summary>The 规范化市场 rating: each criterion at its threshold, the levels, and the reasons it gives.</summary>
public class MarketRatingTests
{
    private static readonly DateOnly Today = D("2023-10-09");

    /// <summary>A market meeting every criterion with the systems merely established.</summary>
    private static MarketFacts Good(int stalls = 100, int commitments = 95, decimal? fund = 50000m, params MarketInspectionFact[] inspections) => new(
        stalls, S.Established, commitments, S.Established, fund, S.Established,
        inspections.Length > 0 ? inspections : [new MarketInspectionFact(D("2023-09-01"), I.Passed, null)]);

    private static MarketRatingResult Rate(MarketFacts facts, MarketRatingOptions? options = null) =>
        MarketRating.Rate(facts, options ?? MarketRatingOptions.Default, Today);

    private static RatingCriterion Criterion(MarketRatingResult result, string code) => result.Criteria.Single(c => c.Code == code);

    [Fact]
    public void Every_criterion_met_rates_standardised_and_all_systems_well_run_rates_exemplary()
    {
        var standardised = Rate(Good());
        Assert.Equal(L.Standardised, standardised.Level);
        Assert.True(standardised.IsStandardised);
        Assert.Equal("规范化市场", standardised.LevelName);
        Assert.All(standardised.Criteria, c => Assert.True(c.Met, c.Reason));
        Assert.Equal(["entry-commitment", "advance-compensation", "counterfeit-exit", "inspection"], standardised.Criteria.Select(c => c.Code));

        var exemplary = Rate(Good() with { EntryCommitment = S.WellRun, AdvanceCompensation = S.WellRun, CounterfeitExit = S.WellRun });
        Assert.Equal(L.Exemplary, exemplary.Level);
        Assert.True(exemplary.IsStandardised);
        Assert.Equal("规范化示范市场", exemplary.LevelName);
    }

    [Theory]
    [InlineData(10, 9, true)]      // exactly 90 %
    [InlineData(1000, 900, true)]  // exactly 90 %
    [InlineData(1000, 899, false)] // 89.9 %
    [InlineData(3, 3, true)]
    [InlineData(7, 6, false)]      // 85.7 %
    public void The_commitment_ratio_passes_exactly_at_the_threshold(int stalls, int commitments, bool met)
    {
        var result = Rate(Good(stalls, commitments));
        var criterion = Criterion(result, "entry-commitment");
        Assert.Equal(met, criterion.Met);
        Assert.Equal(met ? L.Standardised : L.Developing, result.Level);
        Assert.Contains($"{commitments}/{stalls}户签署", criterion.Reason);
        Assert.Contains(met ? "达到90%" : "低于90%", criterion.Reason);
    }

    [Fact]
    public void The_ratio_threshold_is_a_setting()
    {
        var facts = Good(10, 6);
        Assert.False(Criterion(Rate(facts), "entry-commitment").Met);
        var relaxed = Rate(facts, new MarketRatingOptions(0.6m, 12));
        Assert.True(Criterion(relaxed, "entry-commitment").Met);
        Assert.Contains("达到60%", Criterion(relaxed, "entry-commitment").Reason);
    }

    [Fact]
    public void A_market_without_stalls_cannot_meet_the_commitment_criterion()
    {
        var criterion = Criterion(Rate(Good(0, 0)), "entry-commitment");
        Assert.False(criterion.Met);
        Assert.Contains("无法计算签署率", criterion.Reason);
        Assert.Null(MarketRating.CommitmentRatio(0, 0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Advance_compensation_needs_a_fund_above_zero(int? fund)
    {
        var result = Rate(Good(fund: fund));
        Assert.False(Criterion(result, "advance-compensation").Met);
        Assert.Contains("未设立先行赔偿金", Criterion(result, "advance-compensation").Reason);
        Assert.Equal(L.Developing, result.Level);
        Assert.True(Criterion(Rate(Good(fund: 0.01m)), "advance-compensation").Met);
    }

    [Theory]
    [InlineData("2022-10-09", true)]   // exactly 12 months before 2023-10-09
    [InlineData("2022-10-08", false)]  // one day more
    [InlineData("2023-10-09", true)]   // today
    [InlineData("2023-10-10", false)]  // a future date is not an inspection yet
    public void The_latest_inspection_must_fall_within_the_window(string inspectedOn, bool met)
    {
        var criterion = Criterion(Rate(Good(inspections: new MarketInspectionFact(D(inspectedOn), I.Passed, null))), "inspection");
        Assert.Equal(met, criterion.Met);
        if (!met)
        {
            Assert.Contains("近12个月（2022-10-09以来）无检查记录", criterion.Reason);
        }
    }

    [Fact]
    public void The_window_ends_on_the_last_day_of_a_shorter_month()
    {
        // 2024-02-29 minus 12 months is 2023-02-28: an inspection on that day still counts, the day before does not.
        var leapDay = D("2024-02-29");
        Assert.True(MarketRating.Rate(Good(inspections: new MarketInspectionFact(D("2023-02-28"), I.Passed, null)), MarketRatingOptions.Default, leapDay).IsStandardised);
        Assert.False(MarketRating.Rate(Good(inspections: new MarketInspectionFact(D("2023-02-27"), I.Passed, null)), MarketRatingOptions.Default, leapDay).IsStandardised);
    }

    [Fact]
    public void Only_the_latest_inspection_counts_and_a_rectification_passes_once_done()
    {
        var failedLast = Rate(Good(inspections: [new(D("2023-03-01"), I.Passed, null), new(D("2023-09-01"), I.Failed, null)]));
        Assert.False(failedLast.IsStandardised);
        Assert.Contains("最近一次检查（2023-09-01）不合格", Criterion(failedLast, "inspection").Reason);

        var passedLast = Rate(Good(inspections: [new(D("2023-09-01"), I.Passed, null), new(D("2023-03-01"), I.Failed, null)]));
        Assert.True(passedLast.IsStandardised);

        var pending = Criterion(Rate(Good(inspections: new MarketInspectionFact(D("2023-09-01"), I.Rectify, null))), "inspection");
        Assert.False(pending.Met);
        Assert.Contains("尚未整改完成", pending.Reason);
        var rectified = Criterion(Rate(Good(inspections: new MarketInspectionFact(D("2023-09-01"), I.Rectify, D("2023-09-15")))), "inspection");
        Assert.True(rectified.Met);
        Assert.Contains("已于2023-09-15整改完成", rectified.Reason);
    }

    [Fact]
    public void No_system_established_is_not_started_and_any_one_is_developing()
    {
        var none = new MarketFacts(50, S.NotEstablished, 0, S.NotEstablished, null, S.NotEstablished, []);
        var result = Rate(none);
        Assert.Equal(L.NotStarted, result.Level);
        Assert.Equal("未建立", result.LevelName);
        Assert.Equal(["知识产权准入承诺制度未建立", "先行赔偿制度未建立", "假冒离场制度未建立", "近12个月（2022-10-09以来）无检查记录"],
            result.Criteria.Select(c => c.Reason));

        var one = Rate(none with { CounterfeitExit = S.Established });
        Assert.Equal(L.Developing, one.Level);
        Assert.True(Criterion(one, "counterfeit-exit").Met);
        Assert.False(one.IsStandardised);
    }
}
