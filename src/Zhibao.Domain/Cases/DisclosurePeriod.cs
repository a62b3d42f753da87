using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Cases;

/// <summary>How long penalty information stays public on the 国家企业信用信息公示系统.</summary>
public enum DisclosureTerm
{
    /// <summary>不予公示: a warning only (总局令第45号第二条第二款).</summary>
    NotPublished,
    /// <summary>三个月: only 通报批评 and/or a fine at or below the province's 较低数额 (第十三条第一款).</summary>
    ThreeMonths,
    /// <summary>三年: every other penalty (第十三条第一款).</summary>
    ThreeYears,
    /// <summary>实际限制期限: a restriction of business or practice longer than three years (第十三条第三款).</summary>
    RestrictionPeriod,
}

/// <summary>The content of an ordinary-procedure penalty decision, as far as disclosure depends on it.</summary>
/// <param name="Fine">罚款, yuan; 0 for none.</param>
/// <param name="OtherPenalty">Any other penalty: 没收, 暂扣或者吊销许可证件, 责令停产停业, 限制从业 ….</param>
/// <param name="RestrictionMonths">Length of a 限制开展生产经营活动 / 限制从业 ordered by law, in months; 0 for none.</param>
public sealed record DisclosedPenalty(
    bool Warning = false,
    bool NoticeOfCriticism = false,
    decimal Fine = 0m,
    bool OtherPenalty = false,
    int RestrictionMonths = 0);

/// <param name="RemovalOn">The day the period 届满 and publication stops; null when not published.</param>
public sealed record DisclosureResult(DisclosureTerm Term, DateOnly? RemovalOn, string Explanation)
{
    public bool Published => Term != DisclosureTerm.NotPublished;
}

/// <summary>
/// 《市场监督管理行政处罚信息公示规定》 (总局令第45号) arts.2 and 13, VERIFIED (legal-rules.md §1.6). The periods run "自公示之日起":
/// the removal date is the publication date plus 3 months (same day number, the month's last day where it has none,
/// as DateOnly.AddMonths does) or plus 3 years. It is a publication period, not a procedural deadline, so it is not moved
/// off non-working days. Early removal under art.14 is an application, not modelled here.
/// </summary>
/// <remarks>
/// Ambiguity: art.13 gives three months to "仅受到通报批评或者较低数额罚款". A warning is not listed, but a warning alone is not
/// published at all (art.2), so a warning added to a short-period penalty is taken not to lengthen it. "较低数额" is set by
/// the province (art.13 para 2): a fine at or below it is low. A restriction counts, like art.13 does, from publication.
/// </remarks>
public static class DisclosurePeriod
{
    private const string Rule = "《市场监督管理行政处罚信息公示规定》";

    /// <exception cref="ArgumentOutOfRangeException">A negative amount or restriction.</exception>
    /// <exception cref="ArgumentException">No penalty content at all.</exception>
    public static DisclosureResult Determine(DisclosedPenalty penalty, decimal lowerFineAmount, DateOnly publishedOn)
    {
        ArgumentNullException.ThrowIfNull(penalty);
        if (penalty.Fine < 0 || penalty.RestrictionMonths < 0 || lowerFineAmount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), "罚款数额、较低数额和限制期限不能为负数");
        }
        var heavier = penalty.OtherPenalty || penalty.RestrictionMonths > 0;
        if (!penalty.NoticeOfCriticism && penalty.Fine == 0 && !heavier)
        {
            return penalty.Warning
                ? new(DisclosureTerm.NotPublished, null, $"仅受到警告的行政处罚，不予公示（{Rule}第二条第二款）")
                : throw new ArgumentException("未填写行政处罚内容", nameof(penalty));
        }

        if (!heavier && penalty.Fine <= lowerFineAmount)
        {
            var removal = publishedOn.AddMonths(3);
            var what = penalty.Fine == 0 ? "通报批评"
                : $"较低数额罚款（{Yuan(penalty.Fine)}，不超过本省规定的较低数额{Yuan(lowerFineAmount)}）";
            return new(DisclosureTerm.ThreeMonths, removal,
                $"仅受到{what}，自公示之日起届满三个月停止公示，即{Date(removal)}（{Rule}第十三条第一款）");
        }

        var threeYears = publishedOn.AddYears(3);
        if (penalty.RestrictionMonths > 36)
        {
            var end = publishedOn.AddMonths(penalty.RestrictionMonths);
            return new(DisclosureTerm.RestrictionPeriod, end,
                $"被限制开展生产经营活动或者限制从业{penalty.RestrictionMonths}个月，超过三年，公示期按照实际限制期限执行，至{Date(end)}停止公示（{Rule}第十三条第三款）");
        }
        var reason = heavier ? "受到罚款以外的其他行政处罚"
            : $"罚款{Yuan(penalty.Fine)}，超过本省规定的较低数额{Yuan(lowerFineAmount)}";
        return new(DisclosureTerm.ThreeYears, threeYears,
            $"{reason}，自公示之日起届满三年停止公示，即{Date(threeYears)}（{Rule}第十三条第一款）");
    }
}
