namespace Zhibao.Data.Entities;

/// <summary>
/// Pre-aggregated case figures of one unit, one case kind and one period (ADR 0008): what the statistics read instead of
/// the cases. Never edited by hand: <see cref="Statistics.CaseStatistics"/> recomputes a unit's month (its month row and
/// day rows) from the cases whenever a case of that unit and month changes, in the same transaction.
/// </summary>
/// <remarks>
/// Counting rules: 立案 by <see cref="Case.FiledOn"/>; 结案 by <see cref="Case.ClosedOn"/> of filed cases, with the
/// handling days from filing to closure; 案值 (非法经营额) and 罚没金额 (罚款 + 没收) of penalty cases by their closure date;
/// 移送司法机关 by the hand-over to the police (Beijing date); 调解成功 by the agreement's signing, 司法确认 by the court's
/// ruling that confirms it.
/// </remarks>
public abstract class CaseStatBucket : IUnitOwned
{
    public int OrgUnitId { get; set; }
    public CaseKind Kind { get; set; }
    /// <summary>立案数.</summary>
    public int Filed { get; set; }
    /// <summary>结案数 (filed cases only, so that pending = filed − closed).</summary>
    public int Closed { get; set; }
    /// <summary>Sum of the handling days (结案日期 − 立案日期, calendar days) of the closed cases.</summary>
    public long HandlingDaysSum { get; set; }
    /// <summary>Handling days of the closed cases as a JSON histogram {"days": count}, for exact percentiles (P90).</summary>
    public string HandlingDays { get; set; } = "{}";
    /// <summary>Filed cases per 重点领域 as JSON {"食品": 3}; cases without one are not listed.</summary>
    public string FiledBySector { get; set; } = "{}";
    /// <summary>案值 (非法经营额) of the penalty cases closed, in yuan.</summary>
    public decimal CaseValue { get; set; }
    /// <summary>罚款 of the penalty cases closed, in yuan.</summary>
    public decimal Fines { get; set; }
    /// <summary>没收金额 of the penalty cases closed, in yuan.</summary>
    public decimal Confiscations { get; set; }
    /// <summary>涉嫌犯罪案件移送司法机关 (handed over to the police).</summary>
    public int Referrals { get; set; }
    /// <summary>调解成功 (agreement signed).</summary>
    public int MediationsAgreed { get; set; }
    /// <summary>司法确认 (the court confirmed the agreement).</summary>
    public int MediationsConfirmed { get; set; }
}

/// <summary>A unit's figures of one kind in one month (<see cref="Month"/> is the first day).</summary>
public sealed class CaseMonthStat : CaseStatBucket
{
    public DateOnly Month { get; set; }
}

/// <summary>A unit's figures of one kind on one day: the partial months at the edges of a period are summed from these.</summary>
public sealed class CaseDayStat : CaseStatBucket
{
    public DateOnly Day { get; set; }
}
