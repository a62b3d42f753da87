using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>3·15宣传活动场次 (seed task 3: 国际消费者权益日, a day). Its data source is not on the platform yet: "数据源未接入：宣传模块".</summary>
public sealed class ConsumerDayEventsFormula() : NotConnectedFormula("publicity.events-315", "3·15宣传活动场次", "场", IndicatorNature.Cumulative, "宣传模块");
