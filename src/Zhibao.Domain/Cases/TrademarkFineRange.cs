using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Cases;

/// <summary>The facts 商标法第六十条第二款 turns on.</summary>
/// <param name="IllegalBusinessVolume">违法经营额 (商标法实施条例第七十八条); null where there is none.</param>
/// <param name="RepeatWithinFiveYears">五年内实施两次以上商标侵权行为: infringing again within five years of the date an earlier
/// penalty or judgment for trademark infringement took effect (《商标侵权判断标准》第三十四条).</param>
/// <param name="OtherSeriousCircumstances">其他严重情节: the other ground for mandatory heavier punishment.</param>
/// <param name="InnocentSeller">The party only sold, did not know, proved lawful acquisition and named the supplier.</param>
public sealed record TrademarkFineFacts(
    decimal? IllegalBusinessVolume,
    bool RepeatWithinFiveYears = false,
    bool OtherSeriousCircumstances = false,
    bool InnocentSeller = false);

/// <summary>The statutory fine range: <see cref="Min"/>–<see cref="Max"/> yuan; the law sets no minimum ("可以处…以下").</summary>
/// <param name="MustAggravate">应当从重处罚.</param>
public sealed record FineRange(decimal Min, decimal Max, bool MustAggravate, string Basis, string Explanation);

/// <summary>
/// The fine range for trademark infringement (商标法第六十条第二款, legal-rules.md §3.1, VERIFIED in the 2019 text): with an
/// illegal business volume of 50,000 yuan or more, up to five times the volume; with none or less, up to 250,000 yuan; a
/// repeat within five years or other serious circumstances must be punished more heavily; an innocent seller is only
/// ordered to stop selling. Exactly 50,000 yuan is "五万元以上" (both rules give 250,000 there). An aid for the officer's
/// discretion (and the local 裁量基准), never the decision itself.
/// </summary>
/// <remarks>
/// The revised 商标法 (in force 2027-01-01) moves the rule to art.74 with the same amounts; legal-rules.md has that from a
/// single secondary source, so decisions from that date cite art.74 marked "条号待核实" until it is confirmed.
/// </remarks>
public static class TrademarkFineRange
{
    public const decimal VolumeThreshold = 50_000m;
    public const decimal VolumeMultiple = 5m;
    public const decimal FixedMaximum = 250_000m;

    /// <summary>The revised 商标法 takes effect (legal-rules.md §3.1, UNVERIFIED single source).</summary>
    public static readonly DateOnly Revision2027 = new(2027, 1, 1);

    private const string AidNote = "以上为法定罚款幅度，仅供裁量参考，具体罚款数额应当结合裁量基准和案件情节依法确定，不构成处罚决定";

    public static string Basis(DateOnly decidedOn) => decidedOn >= Revision2027
        ? "《中华人民共和国商标法》第七十四条（2027年1月1日起施行的修正文本，条号待核实）"
        : "《中华人民共和国商标法》第六十条第二款";

    /// <exception cref="ArgumentOutOfRangeException">The volume is negative.</exception>
    public static FineRange Compute(TrademarkFineFacts facts, DateOnly decidedOn)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.IllegalBusinessVolume < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.IllegalBusinessVolume, "违法经营额不能为负数");
        }
        var basis = Basis(decidedOn);
        if (facts.InnocentSeller)
        {
            return new(0m, 0m, false, basis,
                $"销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，责令停止销售，不予罚款（{basis}）");
        }

        var volume = facts.IllegalBusinessVolume ?? 0m;
        var (max, range) = volume >= VolumeThreshold
            ? (volume * VolumeMultiple,
                $"违法经营额{Yuan(volume)}，在{Yuan(VolumeThreshold)}以上，可以处违法经营额五倍以下即{Yuan(volume * VolumeMultiple)}以下的罚款")
            : (FixedMaximum, (facts.IllegalBusinessVolume is null ? "没有违法经营额" : $"违法经营额{Yuan(volume)}，不足{Yuan(VolumeThreshold)}")
                + $"，可以处{Yuan(FixedMaximum)}以下的罚款");
        var aggravate = facts.RepeatWithinFiveYears || facts.OtherSeriousCircumstances;
        var reasons = new[]
        {
            facts.RepeatWithinFiveYears ? "五年内实施两次以上商标侵权行为" : null,
            facts.OtherSeriousCircumstances ? "有其他严重情节" : null,
        }.OfType<string>();
        var heavier = aggravate ? $"；{string.Join("、", reasons)}，应当从重处罚" : "";
        return new(0m, max, aggravate, basis, $"{range}{heavier}（{basis}）。{AidNote}");
    }
}
