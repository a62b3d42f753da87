namespace Zhibao.Web.Plans.Indicators;

/// <summary>The registered formulas by code; when two share a code the one registered last wins.</summary>
public sealed class IndicatorFormulas(IEnumerable<IIndicatorFormula> formulas)
{
    private readonly Dictionary<string, IIndicatorFormula> byCode = formulas
        .GroupBy(f => f.Code, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    public IReadOnlyList<IIndicatorFormula> All => byCode.Values.OrderBy(f => f.Code, StringComparer.Ordinal).ToList();

    public IIndicatorFormula? Find(string? code) => code is not null && byCode.TryGetValue(code.Trim(), out var formula) ? formula : null;
}
