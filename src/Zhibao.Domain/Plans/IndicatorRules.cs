namespace Zhibao.Domain.Plans;

/// <summary>How an indicator's live value is compared with its target (≥ / ≤ / =).</summary>
public enum IndicatorComparison
{
    /// <summary>不少于 (≥).</summary>
    AtLeast,
    /// <summary>不超过 (≤).</summary>
    AtMost,
    /// <summary>等于 (=).</summary>
    Equal,
}

/// <summary>What kind of figure a formula yields, which decides whether a miss can still be made up within the year.</summary>
public enum IndicatorNature
{
    /// <summary>时点值: a state on a day (qualified officers, backlog); a miss is a miss now.</summary>
    Snapshot,
    /// <summary>累计值: counted since 1 January (referrals, trainings); a "≥" target may still be reached before year end.</summary>
    Cumulative,
    /// <summary>比率 (%): a share of what happened so far.</summary>
    Rate,
}

/// <summary>Red / amber / green, and grey where nothing can be said (no data source, no number, no target).</summary>
public enum Rag
{
    Grey,
    Green,
    Amber,
    Red,
}

public enum IndicatorOutcome
{
    /// <summary>No number (数据源未接入, nothing to divide) or no target (仅统计).</summary>
    Unknown,
    Met,
    NotMet,
}

/// <summary>The plan's indicator arithmetic: target met or not, and the colour that follows.</summary>
public static class IndicatorRules
{
    public static string Symbol(IndicatorComparison comparison) => comparison switch
    {
        IndicatorComparison.AtLeast => "≥",
        IndicatorComparison.AtMost => "≤",
        _ => "=",
    };

    public static string Name(IndicatorComparison comparison) => comparison switch
    {
        IndicatorComparison.AtLeast => "不少于",
        IndicatorComparison.AtMost => "不超过",
        _ => "等于",
    };

    public static bool Meets(decimal value, decimal target, IndicatorComparison comparison) => comparison switch
    {
        IndicatorComparison.AtLeast => value >= target,
        IndicatorComparison.AtMost => value <= target,
        _ => value == target,
    };

    /// <summary>
    /// Met → green. A miss is red, except a cumulative "≥" target before the period is over (still reachable: amber).
    /// No number or no target → grey, never a guess.
    /// </summary>
    public static (IndicatorOutcome Outcome, Rag Rag) Evaluate(
        decimal? value, decimal? target, IndicatorComparison? comparison, IndicatorNature nature, bool periodOver)
    {
        if (value is not { } v || target is not { } t || comparison is not { } c)
        {
            return (IndicatorOutcome.Unknown, Rag.Grey);
        }
        if (Meets(v, t, c))
        {
            return (IndicatorOutcome.Met, Rag.Green);
        }
        var reachable = nature == IndicatorNature.Cumulative && c == IndicatorComparison.AtLeast && !periodOver;
        return (IndicatorOutcome.NotMet, reachable ? Rag.Amber : Rag.Red);
    }

    /// <summary>The worst colour that says something; grey only when every part is grey.</summary>
    public static Rag Worst(IEnumerable<Rag> colours)
    {
        var worst = Rag.Grey;
        foreach (var colour in colours)
        {
            if (colour > worst)
            {
                worst = colour;
            }
        }
        return worst;
    }

    public static string Name(Rag rag) => rag switch
    {
        Rag.Green => "正常",
        Rag.Amber => "关注",
        Rag.Red => "预警",
        _ => "无法判断",
    };
}
