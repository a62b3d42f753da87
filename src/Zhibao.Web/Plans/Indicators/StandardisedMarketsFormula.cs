using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>规范化市场数 (seed task 8: markets with all three systems — 准入承诺、先行赔偿、假冒离场). Its data source is not on the platform yet: "数据源未接入：名录模块（商业场所）".</summary>
public sealed class StandardisedMarketsFormula() : NotConnectedFormula("markets.standardised", "规范化市场数", "个", IndicatorNature.Cumulative, "名录模块（商业场所）");
