using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// A named formula over platform data that a plan's indicator binds to (the binding — target, comparison — is data; the
/// formula is code). Formulas are registered in DI and found by <see cref="Code"/> through <see cref="IndicatorFormulas"/>;
/// registering another formula with the same code replaces the earlier one, which is how a source that lands later is
/// wired in place of its "数据源未接入" placeholder.
/// </summary>
public interface IIndicatorFormula
{
    /// <summary>Stable code stored in bindings, e.g. "officers.ip-qualified".</summary>
    string Code { get; }

    /// <summary>指标名称.</summary>
    string Name { get; }

    /// <summary>计量单位: 人, 件, %, 元 …</summary>
    string Unit { get; }

    /// <summary>Snapshot, cumulative or rate: decides whether a miss is still reachable before year end.</summary>
    IndicatorNature Nature { get; }

    /// <summary>数据来源 in Chinese, shown beside the value.</summary>
    string Source { get; }

    /// <summary>The value for the plan's bureau and period; never throws for missing data — says so in the value.</summary>
    Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct);
}
