using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>A formula reading platform data through the context's system-scope DbContext, restricted to the plan's units.</summary>
public abstract class LiveFormula(string code, string name, string unit, IndicatorNature nature, string source)
    : IndicatorFormula(code, name, unit, nature, source)
{
    /// <summary>A case as evidence: its number, or its title before 立案.</summary>
    protected static string CaseLabel(string? number, string title) => number is null ? $"《{title}》" : $"{number}《{title}》";
}
