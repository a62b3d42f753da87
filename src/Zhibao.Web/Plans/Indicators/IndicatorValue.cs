namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// What a formula found: a number, or none with the reason — "数据源未接入：月报模块" when the data source has not landed
/// (<see cref="Connected"/> false), or e.g. "本年度尚无已结案件" when there is nothing to count from. Never a made-up number.
/// </summary>
public sealed record IndicatorValue
{
    public decimal? Value { get; init; }

    /// <summary>False when the data source is not part of the platform yet.</summary>
    public bool Connected { get; init; } = true;

    /// <summary>How the value was taken ("截至2023-10-09，北辰区局全局"), or why there is none.</summary>
    public string? Note { get; init; }

    /// <summary>What was counted (officer names, case numbers …), at most <see cref="MaxEvidence"/> lines.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public const int MaxEvidence = 20;

    public static IndicatorValue Of(decimal value, string? note = null, IEnumerable<string>? evidence = null) => new()
    {
        Value = value, Note = note, Evidence = Trim(evidence),
    };

    /// <summary>Connected, but nothing to compute from (a rate with nothing to divide by).</summary>
    public static IndicatorValue Empty(string reason) => new() { Note = reason };

    /// <summary>"数据源未接入：{source}" — shown grey, no number.</summary>
    public static IndicatorValue NotConnected(string source) => new() { Connected = false, Note = NotConnectedPrefix + source };

    public const string NotConnectedPrefix = "数据源未接入：";

    private static List<string> Trim(IEnumerable<string>? evidence)
    {
        var list = evidence?.ToList() ?? [];
        return list.Count <= MaxEvidence ? list : [.. list.Take(MaxEvidence), $"……共{list.Count}项"];
    }
}
