using System.Collections.Frozen;

namespace Zhibao.Domain.Rules;

/// <summary>
/// The catalogue of statutory periods, versioned by entry into force (CLARIFICATIONS "Rules in force": apply the rule
/// in force on the date that matters — the act, the request, the filing). Source: shared/domain/legal-rules.md §0.
/// </summary>
public static class StatutoryPeriods
{
    /// <summary>Every version of every period, grouped by procedure.</summary>
    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        .. PenaltyPeriods.All,
        .. PatentPeriods.All,
        .. ReferralAndCourtPeriods.All,
        .. IntakePeriods.All,
    ];

    // Versions per code, oldest first. Declared after All: static initialisers run in text order.
    private static readonly FrozenDictionary<string, StatutoryPeriod[]> ByCode = All
        .GroupBy(p => p.Code, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.EffectiveFrom).ToArray(), StringComparer.Ordinal);

    /// <summary>The distinct codes.</summary>
    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    /// <summary>All versions of <paramref name="code"/>, oldest first.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code (Chinese message).</exception>
    public static IReadOnlyList<StatutoryPeriod> Versions(string code) => Lookup(code);

    /// <summary>
    /// The version in force on <paramref name="on"/> (the date that matters: the act, request or filing), or null if
    /// no catalogued version was in force that day.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown code (Chinese message).</exception>
    public static StatutoryPeriod? InForce(string code, DateOnly on)
    {
        foreach (var version in Lookup(code))
        {
            if (version.IsInForce(on))
            {
                return version;
            }
        }
        return null;
    }

    /// <summary>As <see cref="InForce"/>, but a day with no version in force is an error.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code (Chinese message).</exception>
    /// <exception cref="InvalidOperationException">No version in force on <paramref name="on"/> (Chinese message).</exception>
    public static StatutoryPeriod Get(string code, DateOnly on) =>
        InForce(code, on) ?? throw new InvalidOperationException(NoVersionMessage(Lookup(code), on));

    private static StatutoryPeriod[] Lookup(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out var versions)
            ? versions
            : throw new KeyNotFoundException($"未知的法定期限代码“{code}”，请从法定期限目录中选择");
    }

    private static string NoVersionMessage(StatutoryPeriod[] versions, DateOnly on)
    {
        var ranges = string.Join("；", versions.Select(v => v.EffectiveTo is null
            ? $"自 {v.EffectiveFrom:yyyy-MM-dd} 起施行"
            : $"{v.EffectiveFrom:yyyy-MM-dd} 至 {v.EffectiveTo:yyyy-MM-dd}"));
        return $"{versions[0].Name}（{versions[0].Code}）在 {on:yyyy-MM-dd} 没有施行中的规则版本（已收录：{ranges}），请人工确定期限依据";
    }
}
