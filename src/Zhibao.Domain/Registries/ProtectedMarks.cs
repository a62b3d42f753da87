namespace Zhibao.Domain.Registries;

/// <summary>What a record of the 重点保护商标/标志 register protects.</summary>
public enum ProtectedMarkKind
{
    /// <summary>注册商标: natural key the registration number.</summary>
    Trademark,
    /// <summary>地理标志 (产品): natural key the product name and the protected area.</summary>
    GeographicalIndication,
    /// <summary>官方标志: natural key the name.</summary>
    OfficialMark,
    /// <summary>特殊标志 (《特殊标志管理条例》): natural key the 核准登记号.</summary>
    SpecialMark,
}

/// <summary>
/// The protection categories a registered trademark may carry on the district's list (seed task 6: 驰名商标·老字号·涉农商标·
/// "津农精品"). Several may apply at once; none means an ordinary registered trademark (普通注册商标).
/// </summary>
[Flags]
public enum MarkTags
{
    /// <summary>普通注册商标.</summary>
    None = 0,
    /// <summary>驰名商标 (商标法第十三条、第十四条: recognised case by case).</summary>
    WellKnown = 1,
    /// <summary>中华老字号 (商务部认定).</summary>
    ChinaTimeHonoured = 2,
    /// <summary>天津老字号.</summary>
    TianjinTimeHonoured = 4,
    /// <summary>涉农商标.</summary>
    Agricultural = 8,
    /// <summary>津农精品 (天津农产品品牌).</summary>
    JinnongPremium = 16,
}

/// <summary>地理标志产品类别 (CLARIFICATIONS: 农产品, 加工食品, 道地药材, 传统手工艺品, 其他).</summary>
public enum GiCategory
{
    /// <summary>农产品.</summary>
    AgriculturalProduct,
    /// <summary>加工食品.</summary>
    ProcessedFood,
    /// <summary>道地药材.</summary>
    AuthenticMedicinal,
    /// <summary>传统手工艺品.</summary>
    TraditionalCraft,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>A mark's validity on a day.</summary>
public enum MarkValidity
{
    /// <summary>No validity recorded (a GI or an official mark, or a trademark whose term was not entered).</summary>
    NotRecorded,
    /// <summary>有效.</summary>
    Valid,
    /// <summary>未生效.</summary>
    NotYetValid,
    /// <summary>已过期.</summary>
    Expired,
}

/// <summary>Names, parsing and the rules of the protected-mark register.</summary>
public static class ProtectedMarkRules
{
    /// <summary>The tags that may be chosen, in the order staff list them.</summary>
    public static readonly IReadOnlyList<MarkTags> Tags =
        [MarkTags.WellKnown, MarkTags.ChinaTimeHonoured, MarkTags.TianjinTimeHonoured, MarkTags.Agricultural, MarkTags.JinnongPremium];

    public const string OrdinaryName = "普通注册商标";

    /// <summary>《特殊标志管理条例》第九条: 特殊标志有效期为四年，自核准登记之日起计算.</summary>
    public const int SpecialMarkYears = 4;

    /// <summary>商标法第三十九条: 注册商标的有效期为十年，自核准注册之日起计算.</summary>
    public const int TrademarkYears = 10;

    public static string KindName(ProtectedMarkKind kind) => kind switch
    {
        ProtectedMarkKind.Trademark => "注册商标",
        ProtectedMarkKind.GeographicalIndication => "地理标志",
        ProtectedMarkKind.OfficialMark => "官方标志",
        ProtectedMarkKind.SpecialMark => "特殊标志",
        _ => kind.ToString(),
    };

    public static string TagName(MarkTags tag) => tag switch
    {
        MarkTags.None => OrdinaryName,
        MarkTags.WellKnown => "驰名商标",
        MarkTags.ChinaTimeHonoured => "中华老字号",
        MarkTags.TianjinTimeHonoured => "天津老字号",
        MarkTags.Agricultural => "涉农商标",
        MarkTags.JinnongPremium => "津农精品",
        _ => tag.ToString(),
    };

    /// <summary>The single tags set in <paramref name="tags"/>, in list order; empty for an ordinary mark.</summary>
    public static IReadOnlyList<MarkTags> Split(MarkTags tags) => Tags.Where(t => (tags & t) == t).ToList();

    /// <summary>"驰名商标、天津老字号", or 普通注册商标 when none is set.</summary>
    public static string TagNames(MarkTags tags) =>
        tags == MarkTags.None ? OrdinaryName : string.Join("、", Split(tags).Select(TagName));

    public static string CategoryName(GiCategory category) => category switch
    {
        GiCategory.AgriculturalProduct => "农产品",
        GiCategory.ProcessedFood => "加工食品",
        GiCategory.AuthenticMedicinal => "道地药材",
        GiCategory.TraditionalCraft => "传统手工艺品",
        GiCategory.Other => "其他",
        _ => category.ToString(),
    };

    public static string ValidityName(MarkValidity validity) => validity switch
    {
        MarkValidity.NotRecorded => "未登记有效期",
        MarkValidity.Valid => "有效",
        MarkValidity.NotYetValid => "未生效",
        MarkValidity.Expired => "已过期",
        _ => validity.ToString(),
    };

    /// <summary>The enum name in any case, or the Chinese name; null when not recognised.</summary>
    public static ProtectedMarkKind? ParseKind(string? text) => Parse(text, Enum.GetValues<ProtectedMarkKind>(), KindName);

    public static GiCategory? ParseCategory(string? text) => Parse(text, Enum.GetValues<GiCategory>(), CategoryName);

    /// <summary>One tag by its enum name or Chinese name; "Ordinary" / 普通注册商标 gives <see cref="MarkTags.None"/>.</summary>
    public static MarkTags? ParseTag(string? text) =>
        string.Equals(text?.Trim(), "Ordinary", StringComparison.OrdinalIgnoreCase) || text?.Trim() is OrdinaryName or "普通商标"
            ? MarkTags.None
            : Parse(text, [.. Tags], TagName);

    /// <summary>
    /// The tags chosen for a trademark. 普通注册商标 means "none of the others", so it cannot be chosen together with one of
    /// them; an unknown name is refused. The error is a sentence for the field.
    /// </summary>
    public static bool TryParseTags(IEnumerable<string?>? names, out MarkTags tags, out string? error)
    {
        tags = MarkTags.None;
        error = null;
        var ordinary = false;
        foreach (var name in (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            if (ParseTag(name) is not { } tag)
            {
                error = $"未知的商标类别“{name!.Trim()}”，可选：{string.Join("、", Tags.Select(TagName))}、{OrdinaryName}";
                return false;
            }
            ordinary |= tag == MarkTags.None;
            tags |= tag;
        }
        if (ordinary && tags != MarkTags.None)
        {
            error = $"“{OrdinaryName}”不能与{TagNames(tags)}同时选择";
            tags = MarkTags.None;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The last day of a term of <paramref name="years"/> years counted from <paramref name="from"/> (the registration day
    /// counts as the first day), as the registration certificates print it: 2019-01-08 → 2023-01-07 for four years, the day
    /// before the anniversary. A term starting on 29 February has no anniversary in a common year; it ends on 28 February,
    /// the month's last day (民法典第二百零二条: 没有对应日的，月末日为期间的最后一日).
    /// </summary>
    public static DateOnly TermEnd(DateOnly from, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        var anniversary = from.AddYears(years);
        return from is { Month: 2, Day: 29 } && anniversary.Day == 28 ? anniversary : anniversary.AddDays(-1);
    }

    /// <summary>The default validity end when only the start was entered: 4 years for a special mark (条例第九条), 10 for a trademark (商标法第三十九条).</summary>
    public static DateOnly? DefaultValidTo(ProtectedMarkKind kind, DateOnly? from) => (kind, from) switch
    {
        (ProtectedMarkKind.SpecialMark, { } f) => TermEnd(f, SpecialMarkYears),
        (ProtectedMarkKind.Trademark, { } f) => TermEnd(f, TrademarkYears),
        _ => null,
    };

    /// <summary>The validity on <paramref name="day"/>: both ends count as valid days.</summary>
    public static MarkValidity ValidityOn(DateOnly? from, DateOnly? to, DateOnly day)
    {
        if (from is null && to is null)
        {
            return MarkValidity.NotRecorded;
        }
        if (from is { } f && day < f)
        {
            return MarkValidity.NotYetValid;
        }
        return to is { } t && day > t ? MarkValidity.Expired : MarkValidity.Valid;
    }

    /// <summary>
    /// The natural key that makes a record unique (and an Excel import idempotent): the registration number of a trademark,
    /// the product name and protected area of a GI, the name of an official mark, the approval number of a special mark.
    /// Text is compared without spaces and in upper case, so "沙窝 萝卜" and "沙窝萝卜" are one product.
    /// </summary>
    public static string NaturalKey(ProtectedMarkKind kind, string? number, string? name, string? area) => kind switch
    {
        ProtectedMarkKind.Trademark => "TM:" + Fold(number),
        ProtectedMarkKind.GeographicalIndication => "GI:" + Fold(name) + "|" + Fold(area),
        ProtectedMarkKind.OfficialMark => "OM:" + Fold(name),
        ProtectedMarkKind.SpecialMark => "SM:" + Fold(number),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Fold(string? text) =>
        string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u3000')).ToUpperInvariant();

    private static T? Parse<T>(string? text, IEnumerable<T> values, Func<T, string> chinese) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        foreach (var value in values)
        {
            if (string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase) || chinese(value) == t)
            {
                return value;
            }
        }
        return null;
    }
}
