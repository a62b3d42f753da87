using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>The description every formula carries; subclasses compute.</summary>
public abstract class IndicatorFormula(string code, string name, string unit, IndicatorNature nature, string source) : IIndicatorFormula
{
    public string Code => code;
    public string Name => name;
    public string Unit => unit;
    public IndicatorNature Nature => nature;
    public string Source => source;

    public abstract Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct);
}
