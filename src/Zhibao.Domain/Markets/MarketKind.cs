namespace Zhibao.Domain.Markets;

/// <summary>The kinds of commercial venue the 规范化市场 work covers (seed task 8: 商业场所; 线上线下一体化保护).</summary>
public enum MarketKind
{
    /// <summary>商品交易市场.</summary>
    CommodityMarket,
    /// <summary>商圈 / 商业街区.</summary>
    BusinessDistrict,
    /// <summary>商场 / 商业综合体.</summary>
    ShoppingMall,
    /// <summary>电商平台 (stalls are the platform's shops).</summary>
    ECommercePlatform,
    /// <summary>其他.</summary>
    Other,
}

public static class MarketKinds
{
    public static string Name(MarketKind kind) => kind switch
    {
        MarketKind.CommodityMarket => "商品交易市场",
        MarketKind.BusinessDistrict => "商圈",
        MarketKind.ShoppingMall => "商场/商业综合体",
        MarketKind.ECommercePlatform => "电商平台",
        MarketKind.Other => "其他",
        _ => kind.ToString(),
    };

    /// <summary>The enum name in any case or the Chinese name; null when not recognised.</summary>
    public static MarketKind? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Enum.GetValues<MarketKind>().Cast<MarketKind?>().FirstOrDefault(k =>
            string.Equals(k.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase) || Name(k!.Value) == text.Trim());
}
