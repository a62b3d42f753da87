using static Zhibao.Domain.Cases.CriminalLaw;

namespace Zhibao.Domain.Cases;

/// <summary>
/// The thresholds of 法释〔2025〕5号 (in force 2025-04-26), legal-rules.md §4.2 (VERIFIED). Article numbers 3, 5, 6 and 10 are
/// not in legal-rules.md; they were checked in the copy legal-rules.md cites (Chin-Jing1998/IPReader,
/// quartz-kb/content/34-侵犯知产刑事案件解释/3-第三条…, 5-第五条…, 6-第六条…, 10-第十条…).
/// </summary>
/// <remarks>
/// The "any one of" criteria of each article become a list: the highest ratio decides. Two marks and a repeat within two
/// years lower the same amounts, so either lowers them. The aggravated band is "达到…相应规定标准十倍以上" (五倍 for the label
/// offence): ten (five) times the threshold that applies, including a lowered one and the three-times standard for unsold
/// goods, which is the reading that keeps "相应" meaningful. Not modelled: "其他情节严重的情形", adding goods and services income
/// together (第三条第三款, reported as a note), and unit offenders (单位犯罪).
/// </remarks>
internal sealed class ThresholdRules2025 : IThresholdRuleSet
{
    public static readonly DateOnly EffectiveFrom = new(2025, 4, 26);

    public string Name => "法释〔2025〕5号";

    private static string Source(string article) =>
        "《最高人民法院 最高人民检察院关于办理侵犯知识产权刑事案件适用法律若干问题的解释》（法释〔2025〕5号）" + article;

    public IEnumerable<OffenceRule> Offences(CaseSubjectGroup group, CriminalAmounts a)
    {
        if (group == CaseSubjectGroup.Patent)
        {
            yield return CounterfeitPatentRule(a);
            yield break;
        }
        yield return a.IsService ? CounterfeitServiceMarkRule(a) : CounterfeitMarkRule(a);
        if (!a.IsService)
        {
            yield return SellingRule(a);
        }
        if (a.LabelCount is not null || a.UnsoldLabelCount is not null)
        {
            yield return LabelRule(a);
        }
    }

    public IEnumerable<string> Notes(CaseSubjectGroup group, CriminalAmounts a)
    {
        if (group == CaseSubjectGroup.Trademark && a.IsService)
        {
            yield return "既假冒商品注册商标又假冒服务注册商标，商品部分违法所得不足标准的，可以与服务部分合计判断（法释〔2025〕5号第三条第三款），请人工核对";
        }
    }

    // Art.3 para 1: goods. 30,000 income or 50,000 volume; 20,000 / 30,000 with two marks or a repeat. Para 4: 10×.
    private static OffenceRule CounterfeitMarkRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoMarks, a.RepeatWithinTwoYears);
        return new(CounterfeitMark, Article213, Source("第三条"), 10m, "情节特别严重",
        [
            new("违法所得数额", a.IllegalIncome, lowered is null ? 30_000m : 20_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 50_000m : 30_000m, Condition: lowered),
        ]);
    }

    // Art.3 para 2: services. Income only: 50,000; 30,000 with two marks or a repeat. Para 4: 10×.
    private static OffenceRule CounterfeitServiceMarkRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoMarks, a.RepeatWithinTwoYears);
        return new(CounterfeitMark + "（服务商标）", Article213, Source("第三条"), 10m, "情节特别严重",
        [
            new("违法所得数额", a.IllegalIncome, lowered is null ? 50_000m : 30_000m, Condition: lowered),
        ]);
    }

    // Art.5: income 30,000 or sales 50,000; a repeat: 20,000 / 30,000 (two marks do not lower art.5); unsold goods at
    // three times the sales threshold, alone or added to the sales. Para 2: 10×.
    private static OffenceRule SellingRule(CriminalAmounts a)
    {
        var lowered = Lowered(false, TwoMarks, a.RepeatWithinTwoYears);
        var sales = lowered is null ? 50_000m : 30_000m;
        var criteria = new List<Criterion>
        {
            new("违法所得数额", a.IllegalIncome, lowered is null ? 30_000m : 20_000m, Condition: lowered),
            new("销售金额", a.SalesAmount, sales, Condition: lowered),
        };
        if (a.UnsoldGoodsValue is { } unsold and > 0)
        {
            criteria.Add(new(a.SalesAmount is > 0 ? "销售金额与尚未销售的货值金额合计" : "尚未销售的货值金额",
                SoldAndUnsold(a.SalesAmount, unsold), 3 * sales,
                Condition: "尚未销售的，按销售金额标准的三倍" + (lowered is null ? "" : "；" + lowered)));
        }
        return new(SellingCounterfeits, Article214, Source("第五条"), 10m, "违法所得数额巨大或者有其他特别严重情节", criteria);
    }

    // Art.6: 10,000 labels, 20,000 income or 30,000 volume; two marks or a repeat: 5,000 / 10,000 / 20,000; unsold labels
    // of others at three times the label threshold, alone or added to those sold. Para 2: 5×.
    private static OffenceRule LabelRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoMarks, a.RepeatWithinTwoYears);
        var labels = lowered is null ? 10_000m : 5_000m;
        var criteria = new List<Criterion>
        {
            new("标识数量", a.LabelCount, labels, "件", lowered),
            new("违法所得数额", a.IllegalIncome, lowered is null ? 20_000m : 10_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 30_000m : 20_000m, Condition: lowered),
        };
        if (a.UnsoldLabelCount is { } unsold and > 0)
        {
            criteria.Add(new(a.LabelCount is > 0 ? "已销售与尚未销售的标识数量合计" : "尚未销售的标识数量",
                SoldAndUnsold(a.LabelCount, unsold), 3 * labels, "件",
                "尚未销售的，按标识数量标准的三倍" + (lowered is null ? "" : "；" + lowered)));
        }
        return new(Labels, Article215, Source("第六条"), 5m, "情节特别严重", criteria);
    }

    // Art.10: income 100,000, volume 200,000 or direct loss 300,000; two patents or a repeat: 50,000 / 100,000 (the loss
    // criterion is not lowered). One penalty band.
    private static OffenceRule CounterfeitPatentRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoPatents, a.RepeatWithinTwoYears);
        return new(CounterfeitPatent, Article216, Source("第十条"), null, null,
        [
            new("违法所得数额", a.IllegalIncome, lowered is null ? 100_000m : 50_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 200_000m : 100_000m, Condition: lowered),
            new("给专利权人造成的直接经济损失", a.DirectLoss, 300_000m),
        ]);
    }
}
