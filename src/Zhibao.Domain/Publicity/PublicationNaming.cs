using System.Globalization;
using Zhibao.Domain.Cases;

namespace Zhibao.Domain.Publicity;

/// <summary>Whether a typical case may name the enterprises of its case, and why (the reason is shown with the draft).</summary>
public sealed record NamingDecision(bool MayNameEnterprises, string Reason);

/// <summary>
/// When a typical case may keep an enterprise's name. A penalty is published under the market entity's name on the
/// 国家企业信用信息公示系统 (《市场监督管理行政处罚信息公示规定》, 总局令第45号, 第二条), except a warning alone, and only for
/// the period of 第十三条 (3 months or 3 years from publication); after that the information is withdrawn, so a typical
/// case no longer names the enterprise either. A patent adjudication (行政裁决) is published too (《专利纠纷行政裁决和调解办法》
/// 第八十三条, removing private information); mediations and cases closed otherwise are not. Natural persons are never named.
/// </summary>
public static class PublicationNaming
{
    private const string PenaltyRule = "《市场监督管理行政处罚信息公示规定》";

    /// <param name="outcome">The decision's outcome (给予行政处罚, 不予处罚, 移送 …); null when none was recorded.</param>
    /// <param name="fine">罚款, yuan.</param>
    /// <param name="otherPenalty">Any penalty besides the fine (没收 …).</param>
    /// <param name="publishedOn">The day the decision was published (公示); null when not recorded.</param>
    /// <param name="lowerFineAmount">The province's “较低数额罚款” (setting Cases.PublicityLowerFineAmount).</param>
    /// <param name="on">The day the typical case is written or approved.</param>
    public static NamingDecision ForPenalty(
        DecisionOutcome? outcome, bool warningOnly, decimal fine, bool otherPenalty, DateOnly? publishedOn, decimal lowerFineAmount, DateOnly on)
    {
        if (outcome != DecisionOutcome.Penalty)
        {
            return new(false, $"本案未给予行政处罚，不予公示处罚信息（{PenaltyRule}第二条），企业名称隐去");
        }
        if (fine <= 0 && !otherPenalty)
        {
            return warningOnly
                ? new(false, $"仅受到警告的行政处罚不予公示（{PenaltyRule}第二条第二款），企业名称隐去")
                : new(false, "未登记处罚内容，无法确定处罚信息是否公示，企业名称隐去");
        }
        if (publishedOn is not { } published)
        {
            return new(true, $"依普通程序作出的行政处罚依法以市场主体名称公示（{PenaltyRule}第二条），可以使用企业名称");
        }
        var period = DisclosurePeriod.Determine(new DisclosedPenalty(Warning: warningOnly, Fine: Math.Max(fine, 0), OtherPenalty: otherPenalty),
            lowerFineAmount, published);
        var removal = period.RemovalOn!.Value;
        return on < removal
            ? new(true, $"行政处罚信息自{Text(published)}起公示至{Text(removal)}（{PenaltyRule}第二条、第十三条），公示期内可以使用企业名称")
            : new(false, $"行政处罚信息公示期已于{Text(removal)}届满（{PenaltyRule}第十三条），企业名称隐去");
    }

    /// <param name="closure">How the adjudication closed; null when not recorded.</param>
    public static NamingDecision ForAdjudication(AdjudicationClosure? closure) => closure == AdjudicationClosure.Adjudication
        ? new(true, "专利侵权纠纷行政裁决决定依法公开，删除个人隐私后可以使用企业名称（《专利纠纷行政裁决和调解办法》第八十三条）")
        : new(false, "以调解或撤销案件结案的纠纷不公开处理决定，企业名称隐去");

    public static NamingDecision ForMediation() => new(false, "调解不公开，企业名称隐去");

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
