namespace Zhibao.Domain.Cases;

/// <summary>Which group of IP crimes a penalty case may lead to: the trademark offences (刑法第二百一十三条至第二百一十五条)
/// or 假冒专利罪 (第二百一十六条).</summary>
public enum CaseSubjectGroup
{
    Trademark,
    Patent,
}

/// <summary>
/// The amounts recorded in a case, as the judicial interpretation defines them (法释〔2025〕5号第二十八条; legal-rules.md §4.2).
/// Every amount is optional: an amount not yet established is left empty, not zero. Amounts are yuan.
/// </summary>
/// <param name="IllegalBusinessVolume">非法经营数额: the value of the infringing products made, stored, transported or sold.</param>
/// <param name="IllegalIncome">违法所得数额.</param>
/// <param name="SalesAmount">销售金额 of infringing goods already sold (销售假冒注册商标的商品罪).</param>
/// <param name="UnsoldGoodsValue">货值金额 of infringing goods not yet sold.</param>
/// <param name="DirectLoss">给专利权人造成的直接经济损失 (假冒专利罪).</param>
/// <param name="LabelCount">标识件数 made, or sold (非法制造、销售非法制造的注册商标标识罪). Recording it, even as 0, marks the
/// case as a label case, so that the label offence is assessed (see <see cref="CriminalThresholds"/>).</param>
/// <param name="MarkCount">Number of registered marks (or patents) with different sources (法释〔2025〕5号第七条: marks that
/// all point to one source count as one).</param>
/// <param name="RepeatWithinTwoYears">二年内因同类行为受过刑事处罚或者行政处罚后再次实施: for the trademark offences a penalty for
/// any act of 刑法第二百一十三条至第二百一十五条, for 假冒专利罪 a penalty for passing off another's patent.</param>
/// <param name="IsService">The mark is used on services (假冒服务注册商标), not goods.</param>
/// <param name="UnsoldLabelCount">Labels made by others that the party holds for sale and has not sold yet (销售他人非法制造的
/// 注册商标标识，尚未销售的标识件数).</param>
public sealed record CriminalAmounts(
    decimal? IllegalBusinessVolume = null,
    decimal? IllegalIncome = null,
    decimal? SalesAmount = null,
    decimal? UnsoldGoodsValue = null,
    decimal? DirectLoss = null,
    int? LabelCount = null,
    int? MarkCount = null,
    bool RepeatWithinTwoYears = false,
    bool IsService = false,
    int? UnsoldLabelCount = null);

/// <summary>How far a case's amounts go toward a criminal threshold, from least to most serious (the order matters: the
/// overall status is the maximum).</summary>
public enum ThresholdStatus
{
    /// <summary>未达标准.</summary>
    BelowThreshold,
    /// <summary>可能涉嫌犯罪: at least the configured fraction of a threshold (国务院令第310号第三条第二款: in IP cases a reasonable
    /// suspicion is enough to transfer).</summary>
    PossiblySuspected,
    /// <summary>达到追诉标准.</summary>
    MeetsProsecution,
    /// <summary>情节特别严重 / 数额巨大: the aggravated band of 刑法第二百一十三条至第二百一十五条.</summary>
    Aggravated,
}

/// <summary>The assessment of one offence.</summary>
/// <param name="Offence">罪名, e.g. 假冒注册商标罪.</param>
/// <param name="Article">The article of the criminal law, e.g. 《中华人民共和国刑法》第二百一十三条.</param>
/// <param name="Ratio">The highest amount ÷ its threshold among the offence's criteria (1 = exactly at the threshold); 0 when
/// no amount was recorded.</param>
/// <param name="Measure">The criterion that decided, e.g. 非法经营数额; null when no amount was recorded.</param>
/// <param name="Amount">The recorded amount (or sum) of that criterion.</param>
/// <param name="Threshold">Its threshold (the lowered one where two marks or a repeat apply).</param>
/// <param name="Unit">元, or 件 for label counts.</param>
/// <param name="Explanation">A Chinese sentence naming the amount, the threshold and the rule.</param>
public sealed record OffenceAssessment(
    string Offence,
    string Article,
    ThresholdStatus Status,
    decimal Ratio,
    string? Measure,
    decimal? Amount,
    decimal? Threshold,
    string Unit,
    string Explanation);

/// <summary>The result of <see cref="CriminalThresholds.Assess"/>.</summary>
/// <param name="RuleSet">The interpretation applied: 法释〔2025〕5号 or 法释〔2004〕19号.</param>
/// <param name="Status">The most serious status among the offences.</param>
/// <param name="Offences">One entry per offence the case may amount to.</param>
/// <param name="Notes">Facts recorded that the rule set does not use, and the reminder that this is an aid.</param>
public sealed record ThresholdAssessment(
    string RuleSet,
    ThresholdStatus Status,
    IReadOnlyList<OffenceAssessment> Offences,
    IReadOnlyList<string> Notes);
