using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>A formula whose data source is another module not on the platform yet: always "数据源未接入：{source}".</summary>
public abstract class NotConnectedFormula(string code, string name, string unit, IndicatorNature nature, string source)
    : IndicatorFormula(code, name, unit, nature, source)
{
    public sealed override Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct) =>
        Task.FromResult(IndicatorValue.NotConnected(Source));
}
