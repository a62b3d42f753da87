namespace Zhibao.Domain.Cases;

/// <summary>One criterion of an offence: an amount recorded in the case and the threshold it is compared with.</summary>
/// <param name="Condition">Why this threshold applies, where it is not the ordinary one (two marks, a repeat, the unsold
/// goods counted at three times the standard).</param>
internal sealed record Criterion(string Measure, decimal? Amount, decimal Threshold, string Unit = "元", string? Condition = null);

/// <summary>An offence with the criteria that apply to the recorded facts.</summary>
/// <param name="Source">The interpretation and article that set the thresholds.</param>
/// <param name="AggravatedMultiple">The multiple of a threshold that makes the case aggravated; null where the offence has
/// one penalty band (假冒专利罪).</param>
internal sealed record OffenceRule(
    string Offence,
    string Article,
    string Source,
    decimal? AggravatedMultiple,
    string? AggravatedName,
    IReadOnlyList<Criterion> Criteria);

/// <summary>A version of the thresholds (one judicial interpretation); <see cref="CriminalThresholds"/> picks it by the act date.</summary>
internal interface IThresholdRuleSet
{
    string Name { get; }

    IEnumerable<OffenceRule> Offences(CaseSubjectGroup group, CriminalAmounts amounts);

    IEnumerable<string> Notes(CaseSubjectGroup group, CriminalAmounts amounts);
}

internal static class CriminalLaw
{
    public const string CounterfeitMark = "假冒注册商标罪";
    public const string SellingCounterfeits = "销售假冒注册商标的商品罪";
    public const string Labels = "非法制造、销售非法制造的注册商标标识罪";
    public const string CounterfeitPatent = "假冒专利罪";

    public const string Article213 = "《中华人民共和国刑法》第二百一十三条";
    public const string Article214 = "《中华人民共和国刑法》第二百一十四条";
    public const string Article215 = "《中华人民共和国刑法》第二百一十五条";
    public const string Article216 = "《中华人民共和国刑法》第二百一十六条";

    public const string TwoMarks = "假冒两种以上注册商标";
    public const string TwoPatents = "假冒两项以上他人专利";
    public const string Repeat = "二年内受过刑事处罚或者行政处罚后再次实施";

    public static bool HasTwoOrMore(CriminalAmounts a) => a.MarkCount >= 2;

    /// <summary>"假冒两种以上注册商标；二年内…": the reasons a lowered threshold applies, or null.</summary>
    public static string? Lowered(bool twoOrMore, string twoOrMoreText, bool repeat)
    {
        var reasons = new List<string>();
        if (twoOrMore)
        {
            reasons.Add(twoOrMoreText);
        }
        if (repeat)
        {
            reasons.Add(Repeat);
        }
        return reasons.Count == 0 ? null : string.Join("；", reasons);
    }

    /// <summary>The amount counted against a "three times the standard" criterion: what was sold plus what was not.</summary>
    public static decimal SoldAndUnsold(decimal? sold, decimal unsold) => (sold ?? 0m) + unsold;
}
