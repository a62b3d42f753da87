namespace Zhibao.Domain.Plans;

/// <summary>How a measure did in the appraisal (绩效考核, seed 三(二)).</summary>
public enum MeasureOutcome
{
    /// <summary>不参与评分: no indicator with a number and no report owed yet.</summary>
    NotAssessed,
    /// <summary>完成.</summary>
    Met,
    /// <summary>部分完成.</summary>
    Partly,
    /// <summary>未完成.</summary>
    NotMet,
}

/// <summary>Bonus items of 三(二): 精品案件, 典型案例, 指导案例 — each recommended (推荐) or adopted (采用).</summary>
public enum BonusKind
{
    /// <summary>精品案件.</summary>
    ModelCase,
    /// <summary>典型案例.</summary>
    TypicalCase,
    /// <summary>指导案例.</summary>
    GuidingCase,
}

public enum BonusStage
{
    /// <summary>推荐.</summary>
    Recommended,
    /// <summary>采用 (被上级采用、发布).</summary>
    Adopted,
}

/// <summary>The scoring rule of a plan: share of the weight per outcome, points per bonus item, and the bonus cap.</summary>
public sealed record AppraisalRates(
    decimal Met, decimal Partly, decimal NotMet,
    decimal ModelCaseRecommended, decimal ModelCaseAdopted,
    decimal TypicalCaseRecommended, decimal TypicalCaseAdopted,
    decimal GuidingCaseRecommended, decimal GuidingCaseAdopted,
    decimal DifficultCase, decimal BonusCap)
{
    /// <summary>The default scheme of the demo plan: 100% / 60% / 0%; bonus 1–3 points, 0.5 per hard case escalated, cap 10.</summary>
    public static readonly AppraisalRates Default = new(1m, 0.6m, 0m, 1m, 2m, 1m, 2m, 2m, 3m, 0.5m, 10m);
}

/// <summary>
/// 绩效考核 arithmetic, pure so the rules can be read and tested as a table:
/// a measure is 完成 when every indicator with a number meets its target and every report owed is approved; 未完成 when no
/// indicator meets its target and no report is approved; otherwise 部分完成. Scores are weight × the outcome's share; a
/// unit's base score is scaled to 100 over the measures assessed; bonus points are capped; leaders' adjustments follow.
/// </summary>
public static class AppraisalRules
{
    public static MeasureOutcome Outcome(IReadOnlyCollection<IndicatorOutcome> indicators, int periodsOwed, int periodsApproved)
    {
        var known = indicators.Where(i => i != IndicatorOutcome.Unknown).ToList();
        var progressOwed = periodsOwed > 0;
        if (known.Count == 0 && !progressOwed)
        {
            return MeasureOutcome.NotAssessed;
        }
        var allMet = known.All(i => i == IndicatorOutcome.Met);
        var noneMet = known.All(i => i != IndicatorOutcome.Met);
        var progressComplete = !progressOwed || periodsApproved >= periodsOwed;
        var progressNone = !progressOwed || periodsApproved == 0;
        if (allMet && progressComplete)
        {
            return MeasureOutcome.Met;
        }
        return noneMet && progressNone ? MeasureOutcome.NotMet : MeasureOutcome.Partly;
    }

    public static decimal Share(MeasureOutcome outcome, AppraisalRates rates) => outcome switch
    {
        MeasureOutcome.Met => rates.Met,
        MeasureOutcome.Partly => rates.Partly,
        _ => rates.NotMet,
    };

    /// <summary>Weight × share, rounded to two places; a measure not assessed scores nothing and adds nothing to the maximum.</summary>
    public static decimal Score(decimal weight, MeasureOutcome outcome, AppraisalRates rates) =>
        outcome == MeasureOutcome.NotAssessed ? 0m : Math.Round(weight * Share(outcome, rates), 2, MidpointRounding.AwayFromZero);

    /// <summary>Base score out of 100: the points earned over the weights of the measures assessed; null when none was.</summary>
    public static decimal? Percent(decimal earned, decimal maximum) =>
        maximum <= 0 ? null : Math.Round(earned * 100m / maximum, 2, MidpointRounding.AwayFromZero);

    public static decimal BonusPoints(BonusKind kind, BonusStage stage, AppraisalRates rates) => (kind, stage) switch
    {
        (BonusKind.ModelCase, BonusStage.Recommended) => rates.ModelCaseRecommended,
        (BonusKind.ModelCase, _) => rates.ModelCaseAdopted,
        (BonusKind.TypicalCase, BonusStage.Recommended) => rates.TypicalCaseRecommended,
        (BonusKind.TypicalCase, _) => rates.TypicalCaseAdopted,
        (BonusKind.GuidingCase, BonusStage.Recommended) => rates.GuidingCaseRecommended,
        _ => rates.GuidingCaseAdopted,
    };

    /// <summary>Bonus (items plus hard cases escalated) never exceeds the cap; a negative cap is read as no bonus at all.</summary>
    public static decimal CappedBonus(decimal raw, decimal cap) => Math.Min(raw, Math.Max(cap, 0m));

    /// <summary>总分 = base (out of 100) + capped bonus + leaders' adjustments; null base counts as 0.</summary>
    public static decimal Total(decimal? basePercent, decimal bonus, decimal adjustments) => (basePercent ?? 0m) + bonus + adjustments;

    public static string Name(MeasureOutcome outcome) => outcome switch
    {
        MeasureOutcome.Met => "完成",
        MeasureOutcome.Partly => "部分完成",
        MeasureOutcome.NotMet => "未完成",
        _ => "不参与评分",
    };

    public static string Name(BonusKind kind) => kind switch
    {
        BonusKind.ModelCase => "精品案件",
        BonusKind.TypicalCase => "典型案例",
        _ => "指导案例",
    };

    public static string Name(BonusStage stage) => stage == BonusStage.Recommended ? "推荐" : "采用";
}
