using static Zhibao.Domain.Cases.CriminalLaw;

namespace Zhibao.Domain.Cases;

/// <summary>
/// The repealed thresholds of 法释〔2004〕19号, for acts before 2025-04-26 (legal-rules.md §4.2 gives the base amounts,
/// VERIFIED). The two-marks amounts and the aggravated bands (25万/15万 …, i.e. five times) were checked in LawRefBook/Laws
/// 司法解释/最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释.md, arts.1–4.
/// </summary>
/// <remarks>
/// This interpretation has no repeat-within-two-years amounts, no unsold-goods or unsold-label rule and no services
/// variant; those facts are reported as notes, not silently used. For services it is applied to the goods amounts as a
/// prompt only. Its art.15 (units at three times the individual amounts) is not modelled: the input does not say whether
/// the party is a unit.
/// </remarks>
internal sealed class ThresholdRules2004 : IThresholdRuleSet
{
    public string Name => "法释〔2004〕19号";

    private static string Source(string article) =>
        "《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释》（法释〔2004〕19号）" + article;

    public IEnumerable<OffenceRule> Offences(CaseSubjectGroup group, CriminalAmounts a)
    {
        if (group == CaseSubjectGroup.Patent)
        {
            yield return CounterfeitPatentRule(a);
            yield break;
        }
        yield return CounterfeitMarkRule(a);
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
        yield return "行为发生在法释〔2025〕5号施行之日（2025-04-26）前，按行为时的法释〔2004〕19号提示；适用新解释对当事人更有利的，以新解释为准，请人工核对";
        if (a.RepeatWithinTwoYears)
        {
            yield return "法释〔2004〕19号没有“二年内受过处罚后再次实施”的降低标准，已按一般标准判断";
        }
        if (group == CaseSubjectGroup.Trademark && a.IsService)
        {
            yield return "法释〔2004〕19号只规定了商品商标的标准，假冒服务注册商标参照该标准提示，请结合行为时的法律人工判断";
        }
        if (group == CaseSubjectGroup.Trademark && a.UnsoldGoodsValue is > 0)
        {
            yield return "法释〔2004〕19号没有按尚未销售的货值金额认定的标准，货值金额未计入";
        }
        if (group == CaseSubjectGroup.Trademark && a.UnsoldLabelCount is > 0)
        {
            yield return "法释〔2004〕19号没有按尚未销售的标识数量认定的标准，尚未销售的标识未计入";
        }
    }

    // Art.1: 50,000 volume or 30,000 income; two marks: 30,000 / 20,000. Aggravated: 250,000 / 150,000 (two marks
    // 150,000 / 100,000), five times.
    private static OffenceRule CounterfeitMarkRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoMarks, false);
        return new(CounterfeitMark + (a.IsService ? "（服务商标）" : ""), Article213, Source("第一条"), 5m, "情节特别严重",
        [
            new("违法所得数额", a.IllegalIncome, lowered is null ? 30_000m : 20_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 50_000m : 30_000m, Condition: lowered),
        ]);
    }

    // Art.2: sales 50,000 is "数额较大"; 250,000 "数额巨大".
    private static OffenceRule SellingRule(CriminalAmounts a) =>
        new(SellingCounterfeits, Article214, Source("第二条"), 5m, "数额巨大",
        [
            new("销售金额", a.SalesAmount, 50_000m),
        ]);

    // Art.3: 20,000 labels, 50,000 volume or 30,000 income; two marks: 10,000 / 30,000 / 20,000. Aggravated: five times.
    private static OffenceRule LabelRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoMarks, false);
        return new(Labels, Article215, Source("第三条"), 5m, "情节特别严重",
        [
            new("标识数量", a.LabelCount, lowered is null ? 20_000m : 10_000m, "件", lowered),
            new("违法所得数额", a.IllegalIncome, lowered is null ? 30_000m : 20_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 50_000m : 30_000m, Condition: lowered),
        ]);
    }

    // Art.4: 200,000 volume, 100,000 income or 500,000 direct loss; two patents: 100,000 / 50,000. One penalty band.
    private static OffenceRule CounterfeitPatentRule(CriminalAmounts a)
    {
        var lowered = Lowered(HasTwoOrMore(a), TwoPatents, false);
        return new(CounterfeitPatent, Article216, Source("第四条"), null, null,
        [
            new("违法所得数额", a.IllegalIncome, lowered is null ? 100_000m : 50_000m, Condition: lowered),
            new("非法经营数额", a.IllegalBusinessVolume, lowered is null ? 200_000m : 100_000m, Condition: lowered),
            new("给专利权人造成的直接经济损失", a.DirectLoss, 500_000m),
        ]);
    }
}
