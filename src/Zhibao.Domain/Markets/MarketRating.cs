using System.Globalization;

namespace Zhibao.Domain.Markets;

/// <summary>The state of one of a market's three systems (准入承诺 / 先行赔偿 / 假冒离场).</summary>
public enum MarketSystemStatus
{
    /// <summary>未建立.</summary>
    NotEstablished,
    /// <summary>已建立.</summary>
    Established,
    /// <summary>运行良好.</summary>
    WellRun,
}

/// <summary>The result of an inspection of a market (检查结果).</summary>
public enum InspectionResult
{
    /// <summary>合格.</summary>
    Passed,
    /// <summary>限期整改: passes once <c>RectifiedOn</c> is recorded.</summary>
    Rectify,
    /// <summary>不合格.</summary>
    Failed,
}

/// <summary>规范化市场 rating levels, lowest first.</summary>
public enum MarketRatingLevel
{
    /// <summary>未建立: none of the three systems is established.</summary>
    NotStarted,
    /// <summary>培育中: some criteria met, not all.</summary>
    Developing,
    /// <summary>规范化市场: every criterion met.</summary>
    Standardised,
    /// <summary>规范化示范市场: every criterion met and all three systems 运行良好.</summary>
    Exemplary,
}

public sealed record MarketInspectionFact(DateOnly InspectedOn, InspectionResult Result, DateOnly? RectifiedOn);

/// <summary>What the rating reads of a market.</summary>
public sealed record MarketFacts(
    int StallCount,
    MarketSystemStatus EntryCommitment,
    int CommitmentCount,
    MarketSystemStatus AdvanceCompensation,
    decimal? CompensationFund,
    MarketSystemStatus CounterfeitExit,
    IReadOnlyList<MarketInspectionFact> Inspections);

/// <summary>
/// The thresholds of the rating. legal-rules.md gives no criteria for 规范化市场 (the seed plan, task 8, names only the
/// three systems), so these are configurable defaults (settings Markets.MinCommitmentRatio and
/// Markets.InspectionWindowMonths), not law.
/// </summary>
public sealed record MarketRatingOptions(decimal MinCommitmentRatio, int InspectionWindowMonths)
{
    public static readonly MarketRatingOptions Default = new(0.9m, 12);
}

/// <summary>One criterion of the rating, met or not, with the reason in Chinese.</summary>
public sealed record RatingCriterion(string Code, string Name, bool Met, string Reason);

public sealed record MarketRatingResult(MarketRatingLevel Level, IReadOnlyList<RatingCriterion> Criteria)
{
    public string LevelName => MarketRating.Name(Level);

    /// <summary>Counts toward the plan indicator 规范化市场数.</summary>
    public bool IsStandardised => Level >= MarketRatingLevel.Standardised;
}

/// <summary>
/// The 规范化市场 rating (seed task 8: 知识产权准入承诺、先行赔偿、假冒离场). A market is 规范化 when all four criteria hold:
/// <list type="number">
/// <item>准入承诺 established (已建立 or 运行良好) and signed by at least <see cref="MarketRatingOptions.MinCommitmentRatio"/>
/// of its stalls (stall holders' commitments ÷ stall count; exactly the threshold passes);</item>
/// <item>先行赔偿 established with a fund above zero;</item>
/// <item>假冒离场 established;</item>
/// <item>inspected within the last <see cref="MarketRatingOptions.InspectionWindowMonths"/> months (the day exactly that
/// many months ago counts), the latest inspection passed or its rectification recorded.</item>
/// </list>
/// All four and every system 运行良好 → 规范化示范市场; none of the systems established → 未建立; otherwise 培育中.
/// Configurable defaults, not a statute: see <see cref="MarketRatingOptions"/>.
/// </summary>
public static class MarketRating
{
    public static MarketRatingResult Rate(MarketFacts market, MarketRatingOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(options);
        var criteria = new List<RatingCriterion>
        {
            EntryCommitment(market, options),
            AdvanceCompensation(market),
            CounterfeitExit(market),
            Inspection(market, options, today),
        };
        var systems = new[] { market.EntryCommitment, market.AdvanceCompensation, market.CounterfeitExit };
        var level = criteria.All(c => c.Met)
            ? (systems.All(s => s == MarketSystemStatus.WellRun) ? MarketRatingLevel.Exemplary : MarketRatingLevel.Standardised)
            : systems.All(s => s == MarketSystemStatus.NotEstablished) ? MarketRatingLevel.NotStarted : MarketRatingLevel.Developing;
        return new MarketRatingResult(level, criteria);
    }

    /// <summary>Commitments ÷ stalls; null without stalls.</summary>
    public static decimal? CommitmentRatio(int commitments, int stalls) => stalls > 0 ? (decimal)commitments / stalls : null;

    private static RatingCriterion EntryCommitment(MarketFacts m, MarketRatingOptions o)
    {
        const string name = "知识产权准入承诺";
        var threshold = Percent(o.MinCommitmentRatio);
        if (m.EntryCommitment == MarketSystemStatus.NotEstablished)
        {
            return new("entry-commitment", name, false, $"{name}制度未建立");
        }
        if (CommitmentRatio(m.CommitmentCount, m.StallCount) is not { } ratio)
        {
            return new("entry-commitment", name, false, $"{name}{Name(m.EntryCommitment)}，但未登记摊位（店铺）数，无法计算签署率");
        }
        var text = $"{name}{Name(m.EntryCommitment)}，{m.CommitmentCount}/{m.StallCount}户签署，签署率{Percent(ratio)}";
        return ratio >= o.MinCommitmentRatio
            ? new("entry-commitment", name, true, $"{text}，达到{threshold}")
            : new("entry-commitment", name, false, $"{text}，低于{threshold}");
    }

    private static RatingCriterion AdvanceCompensation(MarketFacts m)
    {
        const string name = "先行赔偿";
        if (m.AdvanceCompensation == MarketSystemStatus.NotEstablished)
        {
            return new("advance-compensation", name, false, $"{name}制度未建立");
        }
        return m.CompensationFund is { } fund && fund > 0
            ? new("advance-compensation", name, true, $"{name}{Name(m.AdvanceCompensation)}，赔偿金{fund.ToString("0.##", CultureInfo.InvariantCulture)}元")
            : new("advance-compensation", name, false, $"{name}{Name(m.AdvanceCompensation)}，但未设立先行赔偿金");
    }

    private static RatingCriterion CounterfeitExit(MarketFacts m)
    {
        const string name = "假冒离场";
        return m.CounterfeitExit == MarketSystemStatus.NotEstablished
            ? new("counterfeit-exit", name, false, $"{name}制度未建立")
            : new("counterfeit-exit", name, true, $"{name}{Name(m.CounterfeitExit)}");
    }

    private static RatingCriterion Inspection(MarketFacts m, MarketRatingOptions o, DateOnly today)
    {
        const string name = "检查";
        var since = today.AddMonths(-o.InspectionWindowMonths);
        var latest = m.Inspections.Where(i => i.InspectedOn >= since && i.InspectedOn <= today).OrderBy(i => i.InspectedOn).LastOrDefault();
        if (latest is null)
        {
            return new("inspection", name, false, $"近{o.InspectionWindowMonths}个月（{Text(since)}以来）无检查记录");
        }
        var when = $"最近一次检查（{Text(latest.InspectedOn)}）";
        return latest.Result switch
        {
            InspectionResult.Passed => new("inspection", name, true, $"{when}合格"),
            InspectionResult.Rectify when latest.RectifiedOn is { } done => new("inspection", name, true, $"{when}限期整改，已于{Text(done)}整改完成"),
            InspectionResult.Rectify => new("inspection", name, false, $"{when}限期整改，尚未整改完成"),
            _ => new("inspection", name, false, $"{when}不合格"),
        };
    }

    public static string Name(MarketSystemStatus status) => status switch
    {
        MarketSystemStatus.NotEstablished => "未建立",
        MarketSystemStatus.Established => "已建立",
        MarketSystemStatus.WellRun => "运行良好",
        _ => status.ToString(),
    };

    public static string Name(InspectionResult result) => result switch
    {
        InspectionResult.Passed => "合格",
        InspectionResult.Rectify => "限期整改",
        InspectionResult.Failed => "不合格",
        _ => result.ToString(),
    };

    public static string Name(MarketRatingLevel level) => level switch
    {
        MarketRatingLevel.NotStarted => "未建立",
        MarketRatingLevel.Developing => "培育中",
        MarketRatingLevel.Standardised => "规范化市场",
        MarketRatingLevel.Exemplary => "规范化示范市场",
        _ => level.ToString(),
    };

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
