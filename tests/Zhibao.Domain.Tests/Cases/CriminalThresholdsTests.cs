using Zhibao.Domain.Cases;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>法释〔2025〕5号 arts.3, 5, 6, 10 and 法释〔2004〕19号 arts.1–4: each threshold at the limit and one below.</summary>
public class CriminalThresholdsTests
{
    private static readonly DateOnly New = D("2025-04-26");
    private static readonly DateOnly Old = D("2025-04-25");

    private static OffenceAssessment Offence(ThresholdAssessment result, string offence) =>
        Assert.Single(result.Offences, o => o.Offence == offence);

    private static ThresholdStatus Mark(CriminalAmounts amounts, DateOnly? on = null, decimal fraction = 1m) =>
        Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark, amounts, on ?? New, fraction), "假冒注册商标罪").Status;

    private static ThresholdStatus Selling(CriminalAmounts amounts, DateOnly? on = null, decimal fraction = 1m) =>
        Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark, amounts, on ?? New, fraction), "销售假冒注册商标的商品罪").Status;

    private static ThresholdStatus Labels(CriminalAmounts amounts, DateOnly? on = null, decimal fraction = 1m) =>
        Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark, amounts, on ?? New, fraction), "非法制造、销售非法制造的注册商标标识罪").Status;

    private static ThresholdStatus Patent(CriminalAmounts amounts, DateOnly? on = null, decimal fraction = 1m) =>
        Offence(CriminalThresholds.Assess(CaseSubjectGroup.Patent, amounts, on ?? New, fraction), "假冒专利罪").Status;

    [Fact]
    public void The_2025_interpretation_applies_to_acts_from_2025_04_26_and_the_2004_one_before()
    {
        var amounts = new CriminalAmounts(IllegalBusinessVolume: 1m);

        Assert.Equal("法释〔2004〕19号", CriminalThresholds.Assess(CaseSubjectGroup.Trademark, amounts, Old, 1m).RuleSet);
        Assert.Equal("法释〔2025〕5号", CriminalThresholds.Assess(CaseSubjectGroup.Trademark, amounts, New, 1m).RuleSet);
        Assert.Equal(New, CriminalThresholds.Interpretation2025EffectiveFrom);
    }

    [Theory]
    [InlineData(50_000, null, ThresholdStatus.MeetsProsecution)]
    [InlineData(49_999, null, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 30_000, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 29_999, ThresholdStatus.BelowThreshold)]
    [InlineData(500_000, null, ThresholdStatus.Aggravated)]
    [InlineData(499_999, null, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 300_000, ThresholdStatus.Aggravated)]
    public void Counterfeit_mark_on_goods_2025(int? volume, int? income, ThresholdStatus expected) =>
        Assert.Equal(expected, Mark(new(IllegalBusinessVolume: volume, IllegalIncome: income)));

    [Theory]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Two_marks_or_a_repeat_lower_the_goods_thresholds_to_30000_and_20000(int marks, bool repeat)
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Mark(new(IllegalBusinessVolume: 30_000m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
        Assert.Equal(ThresholdStatus.BelowThreshold, Mark(new(IllegalBusinessVolume: 29_999m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
        Assert.Equal(ThresholdStatus.MeetsProsecution, Mark(new(IllegalIncome: 20_000m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
        Assert.Equal(ThresholdStatus.BelowThreshold, Mark(new(IllegalIncome: 19_999m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
        // Aggravated at ten times the lowered threshold.
        Assert.Equal(ThresholdStatus.Aggravated, Mark(new(IllegalBusinessVolume: 300_000m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
        Assert.Equal(ThresholdStatus.MeetsProsecution, Mark(new(IllegalBusinessVolume: 299_999m, MarkCount: marks, RepeatWithinTwoYears: repeat)));
    }

    [Fact]
    public void Marks_pointing_to_one_source_count_as_one()
    {
        Assert.Equal(ThresholdStatus.BelowThreshold, Mark(new(IllegalBusinessVolume: 30_000m, MarkCount: 1)));
    }

    [Theory]
    [InlineData(50_000, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(49_999, false, ThresholdStatus.BelowThreshold)]
    [InlineData(30_000, true, ThresholdStatus.MeetsProsecution)]
    [InlineData(29_999, true, ThresholdStatus.BelowThreshold)]
    [InlineData(500_000, false, ThresholdStatus.Aggravated)]
    [InlineData(499_999, false, ThresholdStatus.MeetsProsecution)]
    public void Counterfeit_service_mark_counts_illegal_income_only(int income, bool repeat, ThresholdStatus expected)
    {
        var result = CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalIncome: income, IsService: true, RepeatWithinTwoYears: repeat), New, 1m);

        var offence = Assert.Single(result.Offences);
        Assert.Equal("假冒注册商标罪（服务商标）", offence.Offence);
        Assert.Equal(expected, offence.Status);
    }

    [Fact]
    public void A_service_mark_case_ignores_the_business_volume_and_has_no_selling_offence()
    {
        var result = CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 10_000_000m, IsService: true), New, 1m);

        var offence = Assert.Single(result.Offences);
        Assert.Equal(ThresholdStatus.BelowThreshold, offence.Status);
        Assert.Null(offence.Measure);
    }

    [Theory]
    [InlineData(50_000, null, null, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(49_999, null, null, false, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 30_000, null, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 29_999, null, false, ThresholdStatus.BelowThreshold)]
    [InlineData(30_000, null, null, true, ThresholdStatus.MeetsProsecution)]
    [InlineData(29_999, null, null, true, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 20_000, null, true, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 19_999, null, true, ThresholdStatus.BelowThreshold)]
    // Unsold goods at three times the sales threshold, alone or added to the sales.
    [InlineData(null, null, 150_000, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, null, 149_999, false, ThresholdStatus.BelowThreshold)]
    [InlineData(20_000, null, 130_000, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(20_000, null, 129_999, false, ThresholdStatus.BelowThreshold)]
    [InlineData(null, null, 90_000, true, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, null, 89_999, true, ThresholdStatus.BelowThreshold)]
    // Ten times the corresponding threshold.
    [InlineData(500_000, null, null, false, ThresholdStatus.Aggravated)]
    [InlineData(499_999, null, null, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, null, 1_500_000, false, ThresholdStatus.Aggravated)]
    [InlineData(null, null, 1_499_999, false, ThresholdStatus.MeetsProsecution)]
    public void Selling_counterfeit_goods_2025(int? sales, int? income, int? unsold, bool repeat, ThresholdStatus expected) =>
        Assert.Equal(expected, Selling(new(SalesAmount: sales, IllegalIncome: income, UnsoldGoodsValue: unsold, RepeatWithinTwoYears: repeat)));

    [Fact]
    public void Two_marks_do_not_lower_the_selling_thresholds()
    {
        Assert.Equal(ThresholdStatus.BelowThreshold, Selling(new(SalesAmount: 30_000m, MarkCount: 2)));
    }

    [Fact]
    public void The_unsold_goods_criterion_names_the_sum_and_the_tripled_threshold()
    {
        var offence = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(SalesAmount: 20_000m, UnsoldGoodsValue: 130_000m), New, 1m), "销售假冒注册商标的商品罪");

        Assert.Equal("销售金额与尚未销售的货值金额合计", offence.Measure);
        Assert.Equal(150_000m, offence.Amount);
        Assert.Equal(150_000m, offence.Threshold);
        Assert.Contains("150,000元标准（尚未销售的，按销售金额标准的三倍）", offence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_offence_is_assessed_only_when_a_label_count_is_recorded()
    {
        var goods = CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(IllegalIncome: 25_000m), New, 1m);
        var labels = CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(IllegalIncome: 25_000m, LabelCount: 0), New, 1m);

        Assert.Equal(["假冒注册商标罪", "销售假冒注册商标的商品罪"], goods.Offences.Select(o => o.Offence));
        Assert.Equal(ThresholdStatus.BelowThreshold, goods.Status);
        Assert.Equal(3, labels.Offences.Count);
        Assert.Equal(ThresholdStatus.MeetsProsecution, labels.Status); // 20,000 income for labels
    }

    [Theory]
    [InlineData(10_000, null, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(9_999, null, false, ThresholdStatus.BelowThreshold)]
    [InlineData(5_000, null, true, ThresholdStatus.MeetsProsecution)]
    [InlineData(4_999, null, true, ThresholdStatus.BelowThreshold)]
    // Unsold labels of others at three times the label threshold, alone or added to those sold.
    [InlineData(null, 30_000, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 29_999, false, ThresholdStatus.BelowThreshold)]
    [InlineData(5_000, 25_000, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(5_000, 24_999, false, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 15_000, true, ThresholdStatus.MeetsProsecution)]
    // Five times.
    [InlineData(50_000, null, false, ThresholdStatus.Aggravated)]
    [InlineData(49_999, null, false, ThresholdStatus.MeetsProsecution)]
    [InlineData(25_000, null, true, ThresholdStatus.Aggravated)]
    public void Label_counts_2025(int? labels, int? unsold, bool twoMarks, ThresholdStatus expected) =>
        Assert.Equal(expected, Labels(new(LabelCount: labels, UnsoldLabelCount: unsold, MarkCount: twoMarks ? 2 : 1)));

    [Theory]
    [InlineData(20_000, null, ThresholdStatus.MeetsProsecution)]
    [InlineData(19_999, null, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 30_000, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 29_999, ThresholdStatus.BelowThreshold)]
    [InlineData(100_000, null, ThresholdStatus.Aggravated)]
    [InlineData(99_999, null, ThresholdStatus.MeetsProsecution)]
    public void Label_money_thresholds_2025(int? income, int? volume, ThresholdStatus expected) =>
        Assert.Equal(expected, Labels(new(IllegalIncome: income, IllegalBusinessVolume: volume, LabelCount: 0)));

    [Fact]
    public void A_repeat_lowers_the_label_thresholds_like_two_marks()
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Labels(new(IllegalIncome: 10_000m, LabelCount: 0, RepeatWithinTwoYears: true)));
        Assert.Equal(ThresholdStatus.BelowThreshold, Labels(new(IllegalIncome: 9_999m, LabelCount: 0, RepeatWithinTwoYears: true)));
    }

    [Theory]
    [InlineData(100_000, null, null, 1, ThresholdStatus.MeetsProsecution)]
    [InlineData(99_999, null, null, 1, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 200_000, null, 1, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 199_999, null, 1, ThresholdStatus.BelowThreshold)]
    [InlineData(null, null, 300_000, 1, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, null, 299_999, 1, ThresholdStatus.BelowThreshold)]
    [InlineData(50_000, null, null, 2, ThresholdStatus.MeetsProsecution)]
    [InlineData(49_999, null, null, 2, ThresholdStatus.BelowThreshold)]
    [InlineData(null, 100_000, null, 2, ThresholdStatus.MeetsProsecution)]
    [InlineData(null, 99_999, null, 2, ThresholdStatus.BelowThreshold)]
    [InlineData(null, null, 299_999, 2, ThresholdStatus.BelowThreshold)] // the loss criterion is not lowered
    public void Counterfeit_patent_2025(int? income, int? volume, int? loss, int patents, ThresholdStatus expected) =>
        Assert.Equal(expected, Patent(new(IllegalIncome: income, IllegalBusinessVolume: volume, DirectLoss: loss, MarkCount: patents)));

    [Fact]
    public void A_repeat_lowers_the_patent_thresholds()
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Patent(new(IllegalIncome: 50_000m, RepeatWithinTwoYears: true)));
        Assert.Equal(ThresholdStatus.BelowThreshold, Patent(new(IllegalIncome: 49_999m, RepeatWithinTwoYears: true)));
    }

    [Fact]
    public void Counterfeit_patent_has_no_aggravated_band_and_is_the_only_patent_offence()
    {
        var result = CriminalThresholds.Assess(CaseSubjectGroup.Patent, new(IllegalBusinessVolume: 100_000_000m), New, 1m);

        Assert.Equal(ThresholdStatus.MeetsProsecution, Assert.Single(result.Offences).Status);
        Assert.Equal("《中华人民共和国刑法》第二百一十六条", result.Offences[0].Article);
    }

    [Theory]
    [InlineData(50_000, ThresholdStatus.MeetsProsecution)]
    [InlineData(49_999, ThresholdStatus.BelowThreshold)]
    [InlineData(250_000, ThresholdStatus.Aggravated)] // five times in 2004, not ten
    [InlineData(249_999, ThresholdStatus.MeetsProsecution)]
    public void Counterfeit_mark_2004(int volume, ThresholdStatus expected) =>
        Assert.Equal(expected, Mark(new(IllegalBusinessVolume: volume), Old));

    [Fact]
    public void The_2004_rules_lower_for_two_marks_but_not_for_a_repeat()
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Mark(new(IllegalBusinessVolume: 30_000m, MarkCount: 2), Old));
        Assert.Equal(ThresholdStatus.Aggravated, Mark(new(IllegalBusinessVolume: 150_000m, MarkCount: 2), Old));

        var repeat = CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 30_000m, RepeatWithinTwoYears: true), Old, 1m);
        Assert.Equal(ThresholdStatus.BelowThreshold, Offence(repeat, "假冒注册商标罪").Status);
        Assert.Contains(repeat.Notes, n => n.Contains("二年内", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2004_selling_offence_counts_sales_only()
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Selling(new(SalesAmount: 50_000m), Old));
        Assert.Equal(ThresholdStatus.BelowThreshold, Selling(new(SalesAmount: 49_999m), Old));
        Assert.Equal(ThresholdStatus.Aggravated, Selling(new(SalesAmount: 250_000m), Old));
        Assert.Equal(ThresholdStatus.BelowThreshold, Selling(new(IllegalIncome: 1_000_000m), Old));

        var unsold = CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(UnsoldGoodsValue: 1_000_000m), Old, 1m);
        Assert.Equal(ThresholdStatus.BelowThreshold, unsold.Status);
        Assert.Contains(unsold.Notes, n => n.Contains("货值金额未计入", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(20_000, 1, ThresholdStatus.MeetsProsecution)]
    [InlineData(19_999, 1, ThresholdStatus.BelowThreshold)]
    [InlineData(10_000, 2, ThresholdStatus.MeetsProsecution)]
    [InlineData(9_999, 2, ThresholdStatus.BelowThreshold)]
    [InlineData(100_000, 1, ThresholdStatus.Aggravated)]
    public void Label_counts_2004(int labels, int marks, ThresholdStatus expected) =>
        Assert.Equal(expected, Labels(new(LabelCount: labels, MarkCount: marks), Old));

    [Theory]
    [InlineData("2025-04-25", ThresholdStatus.BelowThreshold)] // 法释〔2004〕19号: 500,000
    [InlineData("2025-04-26", ThresholdStatus.MeetsProsecution)] // 法释〔2025〕5号: 300,000
    public void The_patent_direct_loss_threshold_drops_from_500000_to_300000_on_the_effective_date(string actDate, ThresholdStatus expected) =>
        Assert.Equal(expected, Patent(new(DirectLoss: 300_000m), D(actDate)));

    [Fact]
    public void Patent_2004_thresholds()
    {
        Assert.Equal(ThresholdStatus.MeetsProsecution, Patent(new(DirectLoss: 500_000m), Old));
        Assert.Equal(ThresholdStatus.BelowThreshold, Patent(new(DirectLoss: 499_999m), Old));
        Assert.Equal(ThresholdStatus.MeetsProsecution, Patent(new(IllegalIncome: 50_000m, MarkCount: 2), Old));
        Assert.Equal(ThresholdStatus.BelowThreshold, Patent(new(IllegalIncome: 50_000m, RepeatWithinTwoYears: true), Old));
    }

    [Theory]
    [InlineData(25_000, ThresholdStatus.PossiblySuspected)]
    [InlineData(24_999, ThresholdStatus.BelowThreshold)]
    [InlineData(49_999, ThresholdStatus.PossiblySuspected)]
    [InlineData(50_000, ThresholdStatus.MeetsProsecution)]
    public void Amounts_at_the_suspicion_fraction_are_flagged(int volume, ThresholdStatus expected) =>
        Assert.Equal(expected, Mark(new(IllegalBusinessVolume: volume), fraction: 0.5m));

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void The_suspicion_fraction_must_be_above_0_and_at_most_1(double fraction)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(), New, (decimal)fraction));

        Assert.Equal("suspicionFraction", error.ParamName);
        Assert.Contains("大于0且不大于1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fraction_of_1_never_flags_possible_suspicion()
    {
        Assert.Equal(ThresholdStatus.BelowThreshold, Mark(new(IllegalBusinessVolume: 49_999.99m), fraction: 1m));
    }

    [Fact]
    public void Negative_amounts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(SalesAmount: -1m), New, 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CriminalThresholds.Assess(CaseSubjectGroup.Trademark, new(LabelCount: -1), New, 0.5m));
    }

    [Fact]
    public void The_overall_status_is_the_most_serious_offence()
    {
        var result = CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 10_000m, SalesAmount: 500_000m), New, 0.5m);

        Assert.Equal(ThresholdStatus.BelowThreshold, Offence(result, "假冒注册商标罪").Status);
        Assert.Equal(ThresholdStatus.Aggravated, result.Status);
    }

    [Fact]
    public void The_highest_ratio_decides_and_is_reported_with_its_amount_and_threshold()
    {
        var offence = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 60_000m, IllegalIncome: 30_000m), New, 0.5m), "假冒注册商标罪");

        Assert.Equal(ThresholdStatus.MeetsProsecution, offence.Status);
        Assert.Equal(1.2m, offence.Ratio);
        Assert.Equal("非法经营数额", offence.Measure);
        Assert.Equal(60_000m, offence.Amount);
        Assert.Equal(50_000m, offence.Threshold);
        Assert.Equal("元", offence.Unit);
        Assert.Equal(
            "非法经营数额60,000元，达到《最高人民法院 最高人民检察院关于办理侵犯知识产权刑事案件适用法律若干问题的解释》（法释〔2025〕5号）" +
            "第三条规定的50,000元标准，涉嫌假冒注册商标罪（《中华人民共和国刑法》第二百一十三条），应当依法移送公安机关",
            offence.Explanation);
    }

    [Fact]
    public void Explanations_name_the_lowering_reason_the_multiple_and_the_suspicion_rule()
    {
        var lowered = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalIncome: 20_000m, MarkCount: 2), New, 0.5m), "假冒注册商标罪");
        Assert.Contains("20,000元标准（假冒两种以上注册商标）", lowered.Explanation, StringComparison.Ordinal);

        var aggravated = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(LabelCount: 50_000), New, 0.5m), "非法制造、销售非法制造的注册商标标识罪");
        Assert.Contains("标识数量50,000件", aggravated.Explanation, StringComparison.Ordinal);
        Assert.Contains("10,000件标准的5倍（50,000件），属于“情节特别严重”", aggravated.Explanation, StringComparison.Ordinal);

        var possible = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 30_000m), New, 0.5m), "假冒注册商标罪");
        Assert.Contains("50,000元标准的60%", possible.Explanation, StringComparison.Ordinal);
        Assert.Contains("第三条第二款", possible.Explanation, StringComparison.Ordinal);

        var old = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Patent, new(DirectLoss: 500_000m), Old, 0.5m), "假冒专利罪");
        Assert.Contains("（法释〔2004〕19号）第四条规定的500,000元标准", old.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentages_round_down_so_that_just_below_never_reads_100()
    {
        var offence = Offence(CriminalThresholds.Assess(CaseSubjectGroup.Trademark,
            new(IllegalBusinessVolume: 49_999.99m), New, 0.5m), "假冒注册商标罪");

        Assert.Equal(ThresholdStatus.PossiblySuspected, offence.Status);
        Assert.Contains("标准的99%", offence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_recorded_amount_is_below_the_threshold_with_nothing_deciding()
    {
        var result = CriminalThresholds.Assess(CaseSubjectGroup.Patent, new(), New, 0.5m);

        var offence = Assert.Single(result.Offences);
        Assert.Equal(ThresholdStatus.BelowThreshold, offence.Status);
        Assert.Equal(0m, offence.Ratio);
        Assert.Null(offence.Amount);
        Assert.Contains("未录入", offence.Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.StartsWith("本结果仅为移送参考", StringComparison.Ordinal));
    }
}
