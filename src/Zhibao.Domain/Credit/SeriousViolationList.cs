using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Credit;

/// <summary>
/// 列入严重违法失信名单的情形 in the IP field, 《市场监督管理严重违法失信名单管理办法》 (总局令第44号) art.9 as summarised in
/// legal-rules.md §9.1 (VERIFIED secondary; the article text itself is UNVERIFIED, §11 item 7).
/// </summary>
public enum SeriousViolationGround
{
    /// <summary>故意侵犯知识产权.</summary>
    WilfulIpInfringement,
    /// <summary>提交非正常专利申请、恶意商标注册申请损害社会公共利益.</summary>
    AbnormalFiling,
    /// <summary>从事严重违法专利、商标代理行为.</summary>
    UnlawfulAgency,
    /// <summary>侵犯商业秘密、商业诋毁、组织虚假交易等严重破坏公平竞争秩序的不正当竞争行为.</summary>
    UnfairCompetition,
    /// <summary>其他依法应当列入的情形.</summary>
    Other,
}

/// <summary>较重行政处罚 (总局令第44号第二条): a listing needs one of these besides a serious violation.</summary>
public enum HeavierPenalty
{
    /// <summary>依照行政处罚裁量基准按照从重处罚原则处以罚款.</summary>
    HeavierFine,
    /// <summary>降低资质等级，吊销许可证件、营业执照.</summary>
    LicenceRevoked,
    /// <summary>限制开展生产经营活动、责令停产停业、责令关闭、限制从业.</summary>
    BusinessRestricted,
    /// <summary>法律、行政法规和部门规章规定的其他较重行政处罚.</summary>
    Other,
}

/// <summary>How a listing ended.</summary>
public enum RemovalKind
{
    /// <summary>期满移出: 列入满三年.</summary>
    Expired,
    /// <summary>提前移出: after an early-removal application (信用修复) granted, no sooner than one year after listing.</summary>
    Early,
    /// <summary>据以列入的行政处罚决定被依法撤销、确认违法或者无效.</summary>
    Revoked,
}

public enum ListingStatus
{
    /// <summary>列入中.</summary>
    Listed,
    /// <summary>届满待移出: the planned removal date has come and no removal is recorded yet.</summary>
    DueForRemoval,
    /// <summary>已移出.</summary>
    Removed,
}

/// <summary>
/// The dates and checks of the serious-violation list (总局令第44号; legal-rules.md §9.1): removal after
/// <see cref="CreditPeriods.ListingYears"/> years (3), an early-removal application after
/// <see cref="CreditPeriods.EarlyRemovalMonths"/> months (12). "满N年/个月" falls on the same day number N years or months
/// later, the month's last day where it has none (2024-02-29 + 1 year = 2025-02-28; 2023-08-31 + 6 months = 2024-02-29).
/// These are eligibility dates, not procedural deadlines: they are not moved off non-working days.
/// </summary>
public static class SeriousViolationList
{
    public const string Rule = "《市场监督管理严重违法失信名单管理办法》（总局令第44号）";

    public static string GroundName(SeriousViolationGround ground) => ground switch
    {
        SeriousViolationGround.WilfulIpInfringement => "故意侵犯知识产权",
        SeriousViolationGround.AbnormalFiling => "提交非正常专利申请、恶意商标注册申请损害社会公共利益",
        SeriousViolationGround.UnlawfulAgency => "从事严重违法专利、商标代理行为",
        SeriousViolationGround.UnfairCompetition => "严重破坏公平竞争秩序的不正当竞争行为",
        SeriousViolationGround.Other => "其他依法应当列入的情形",
        _ => ground.ToString(),
    };

    public static string HeavierPenaltyName(HeavierPenalty penalty) => penalty switch
    {
        HeavierPenalty.HeavierFine => "依照裁量基准从重处以罚款",
        HeavierPenalty.LicenceRevoked => "降低资质等级、吊销许可证件或营业执照",
        HeavierPenalty.BusinessRestricted => "限制开展生产经营活动、责令停产停业、责令关闭或限制从业",
        HeavierPenalty.Other => "其他较重行政处罚",
        _ => penalty.ToString(),
    };

    public static string RemovalName(RemovalKind kind) => kind switch
    {
        RemovalKind.Expired => "期满移出",
        RemovalKind.Early => "提前移出",
        RemovalKind.Revoked => "处罚决定被撤销移出",
        _ => kind.ToString(),
    };

    public static string StatusName(ListingStatus status) => status switch
    {
        ListingStatus.Listed => "列入中",
        ListingStatus.DueForRemoval => "届满待移出",
        ListingStatus.Removed => "已移出",
        _ => status.ToString(),
    };

    /// <summary>列入满N年 (default 3): the day the listing ends and it is to be removed.</summary>
    public static DateOnly PlannedRemovalOn(DateOnly listedOn, CreditPeriods periods) => listedOn.AddYears(periods.ListingYears);

    /// <summary>列入满N个月 (default 12): the first day an early removal may be applied for.</summary>
    public static DateOnly EarliestEarlyRemovalOn(DateOnly listedOn, CreditPeriods periods) => listedOn.AddMonths(periods.EarlyRemovalMonths);

    public static ListingStatus Status(DateOnly listedOn, DateOnly? removedOn, CreditPeriods periods, DateOnly today) =>
        Status(PlannedRemovalOn(listedOn, periods), removedOn, today);

    /// <summary>The status from the planned removal date recorded when the party was listed.</summary>
    public static ListingStatus Status(DateOnly plannedRemovalOn, DateOnly? removedOn, DateOnly today) =>
        removedOn is { } removed && removed <= today ? ListingStatus.Removed
        : today >= plannedRemovalOn ? ListingStatus.DueForRemoval
        : ListingStatus.Listed;

    /// <summary>The day the listing stops counting: its removal, or the planned removal when that comes first.</summary>
    public static DateOnly EndsOn(DateOnly listedOn, DateOnly? removedOn, CreditPeriods periods)
    {
        var planned = PlannedRemovalOn(listedOn, periods);
        return removedOn is { } removed && removed < planned ? removed : planned;
    }

    /// <summary>Checks a new listing's date against the penalty it rests on and today; the message, or null.</summary>
    public static string? CheckListedOn(DateOnly listedOn, DateOnly? penaltyDecidedOn, DateOnly today)
    {
        if (listedOn > today)
        {
            return "列入日期不能晚于今天";
        }
        if (penaltyDecidedOn is { } decided && listedOn < decided)
        {
            return $"列入日期不能早于据以列入的行政处罚决定日期{Date(decided)}（{Rule}：受到较重行政处罚的方可列入）";
        }
        return null;
    }

    /// <summary>Checks a removal: not before listing, not in the future, and the period its kind needs has run.</summary>
    public static string? CheckRemoval(DateOnly listedOn, DateOnly removedOn, RemovalKind kind, CreditPeriods periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return CheckRemoval(listedOn, PlannedRemovalOn(listedOn, periods), removedOn, kind, periods, today);
    }

    /// <summary>The same, against the planned removal date recorded when the party was listed (the scheme may have changed since).</summary>
    public static string? CheckRemoval(DateOnly listedOn, DateOnly plannedRemovalOn, DateOnly removedOn, RemovalKind kind, CreditPeriods periods, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (removedOn < listedOn)
        {
            return $"移出日期不能早于列入日期{Date(listedOn)}";
        }
        if (removedOn > today)
        {
            return "移出日期不能晚于今天";
        }
        switch (kind)
        {
            case RemovalKind.Expired when removedOn < plannedRemovalOn:
                var years = plannedRemovalOn.Year - listedOn.Year;
                return $"列入未满{years}年，不能期满移出：{Date(listedOn)}列入，{Date(plannedRemovalOn)}届满（{Rule}：列入满{years}年移出）";
            case RemovalKind.Early when removedOn < EarliestEarlyRemovalOn(listedOn, periods):
                return $"列入未满{Months(periods.EarlyRemovalMonths)}，不能提前移出：{Date(listedOn)}列入，最早{Date(EarliestEarlyRemovalOn(listedOn, periods))}可申请提前移出（{Rule}；《市场监督管理信用修复管理办法》第七条）";
            default:
                return null;
        }
    }

    /// <summary>"1年" for 12 months, "18个月" otherwise.</summary>
    public static string Months(int months) => months % 12 == 0 ? $"{months / 12}年" : $"{months}个月";
}
