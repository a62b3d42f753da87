using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Credit;

/// <summary>What a party's credit record holds (信用记录的种类).</summary>
public enum CreditRecordKind
{
    /// <summary>行政处罚决定.</summary>
    PenaltyDecision,
    /// <summary>5年内再次违法 (flagged on a case, or found between two penalty decisions).</summary>
    RepeatInfringement,
    /// <summary>涉嫌犯罪移送公安机关.</summary>
    CriminalReferral,
    /// <summary>列入严重违法失信名单.</summary>
    SeriousViolationListing,
    /// <summary>违反信用承诺.</summary>
    BreachedCommitment,
    /// <summary>拒不履行行政裁决或行政处罚 (申请人民法院强制执行).</summary>
    RefusalToComply,
    /// <summary>专利侵权纠纷行政裁决认定侵权.</summary>
    AdjudicationInfringement,
}

/// <summary>One record of a party, as the grading reads it.</summary>
/// <param name="On">The record's date: decision, referral, listing, breach, enforcement application.</param>
/// <param name="Reference">What names it to a reader: a case number, a decision number.</param>
/// <param name="Amount">罚没金额 of a penalty decision (yuan).</param>
/// <param name="EndsOn">A listing's end: removed on, or the planned removal (exclusive).</param>
/// <param name="RepairedOn">信用修复 approved on: from this day the record no longer counts.</param>
/// <param name="Detail">A short addition for the reason text ("罚款50,000元").</param>
public sealed record CreditRecord(
    CreditRecordKind Kind, DateOnly On, string Reference, decimal Amount = 0m, DateOnly? EndsOn = null, DateOnly? RepairedOn = null,
    string? Detail = null);

/// <summary>One line of the reasons: the record, its points and the sentence shown to users.</summary>
public sealed record CreditReason(CreditRecordKind Kind, string Reference, DateOnly On, int Points, string Text);

public sealed record CreditEvaluation(DateOnly On, CreditGradeLevel Grade, int Points, IReadOnlyList<CreditReason> Reasons)
{
    public string InspectionText => CreditScheme.InspectionText(Grade);
}

/// <summary>
/// Computes a party's grade on a day from its records under a <see cref="CreditScheme"/>. A record counts from its date
/// up to, not including, the same date N years later (a window "满N年" ends on the anniversary, as publication under
/// 总局令第45号第十三条 stops on it); a listing counts while listed; a repaired record stops counting on the repair date.
/// </summary>
public static class CreditGrading
{
    public static CreditEvaluation Evaluate(CreditScheme scheme, IEnumerable<CreditRecord> records, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(records);
        var dated = records.Where(r => r.On <= on).OrderBy(r => r.On).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
        var reasons = new List<CreditReason>();
        foreach (var r in dated.Where(r => Counts(r, on)))
        {
            if (Reason(scheme, r, on) is { } reason)
            {
                reasons.Add(reason);
            }
        }
        reasons.AddRange(Repeats(scheme, dated, on, reasons));
        var ordered = reasons.OrderByDescending(r => r.Points).ThenByDescending(r => r.On).ToList();
        var points = ordered.Sum(r => r.Points);
        return new CreditEvaluation(on, scheme.GradeFor(points), points, ordered);
    }

    /// <summary>Whether a record dated <paramref name="recordOn"/> still counts on <paramref name="on"/> with a window of N years.</summary>
    public static bool InWindow(DateOnly recordOn, int windowYears, DateOnly on) => recordOn <= on && on < recordOn.AddYears(windowYears);

    private static bool Counts(CreditRecord r, DateOnly on) => r.RepairedOn is null || on < r.RepairedOn;

    private static CreditReason? Reason(CreditScheme s, CreditRecord r, DateOnly on)
    {
        switch (r.Kind)
        {
            case CreditRecordKind.PenaltyDecision when InWindow(r.On, s.PenaltyWindowYears, on):
                var points = s.PenaltyPoints(r.Amount);
                var what = r.Detail ?? (r.Amount > 0 ? $"罚没金额{Yuan(r.Amount)}" : "警告");
                return Make(r, points, $"行政处罚 {r.Reference}（{Date(r.On)}决定，{what}，{s.PenaltyWindowYears}年内计分）");
            case CreditRecordKind.RepeatInfringement when InWindow(r.On, s.RepeatInfringement.WindowYears, on):
                return Make(r, s.RepeatInfringement.Points,
                    $"5年内再次违法 {r.Reference}（{Date(r.On)}{(r.Detail is null ? "" : "，" + r.Detail)}；《商标法》第六十条第二款）");
            case CreditRecordKind.CriminalReferral when InWindow(r.On, s.CriminalReferral.WindowYears, on):
                return Make(r, s.CriminalReferral.Points, $"涉嫌犯罪移送公安机关 {r.Reference}（{Date(r.On)}批准移送）");
            case CreditRecordKind.SeriousViolationListing when r.On <= on && (r.EndsOn is null || on < r.EndsOn):
                return Make(r, s.SeriousViolationListingPoints,
                    $"列入严重违法失信名单 {r.Reference}（{Date(r.On)}列入{(r.EndsOn is { } end ? $"，{Date(end)}移出" : "")}；总局令第44号）");
            case CreditRecordKind.BreachedCommitment when InWindow(r.On, s.BreachedCommitment.WindowYears, on):
                return Make(r, s.BreachedCommitment.Points, $"违反信用承诺 {r.Reference}（{Date(r.On)}{(r.Detail is null ? "" : "，" + r.Detail)}）");
            case CreditRecordKind.RefusalToComply when InWindow(r.On, s.RefusalToComply.WindowYears, on):
                return Make(r, s.RefusalToComply.Points, $"拒不履行 {r.Reference}（{Date(r.On)}{r.Detail ?? "申请人民法院强制执行"}）");
            case CreditRecordKind.AdjudicationInfringement when InWindow(r.On, s.AdjudicationInfringement.WindowYears, on):
                return Make(r, s.AdjudicationInfringement.Points, $"行政裁决认定侵权 {r.Reference}（{Date(r.On)}结案）");
            default:
                return null;
        }
    }

    private static CreditReason Make(CreditRecord r, int points, string text) => new(r.Kind, r.Reference, r.On, points, $"{text}：记{points}分");

    /// <summary>
    /// A penalty decision within 5 years (the repeat window) after an earlier one is a repeat (商标法第六十条第二款 "五年内实施
    /// 两次以上"), unless the case itself was already flagged as a repeat. Exactly N years after the earlier one is outside.
    /// </summary>
    private static IEnumerable<CreditReason> Repeats(CreditScheme s, List<CreditRecord> dated, DateOnly on, List<CreditReason> flagged)
    {
        var years = s.RepeatInfringement.WindowYears;
        // A repair ends the later decision's points, but an earlier repaired decision is still the first of the two violations.
        var penalties = dated.Where(r => r.Kind == CreditRecordKind.PenaltyDecision).ToList();
        foreach (var later in penalties.Where(p => Counts(p, on) && InWindow(p.On, years, on)))
        {
            if (flagged.Any(f => f.Kind == CreditRecordKind.RepeatInfringement && f.Reference == later.Reference))
            {
                continue;
            }
            var earlier = penalties.Where(p => p.On < later.On && later.On < p.On.AddYears(years)).MaxBy(p => p.On);
            if (earlier is not null)
            {
                yield return Make(later with { Kind = CreditRecordKind.RepeatInfringement }, s.RepeatInfringement.Points,
                    $"5年内再次违法 {later.Reference}（{Date(later.On)}决定，距前次处罚 {earlier.Reference}（{Date(earlier.On)}）不满{years}年；《商标法》第六十条第二款）");
            }
        }
    }
}
