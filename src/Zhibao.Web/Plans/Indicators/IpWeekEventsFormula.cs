using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>4·26宣传周活动场次 (seed task 3: 知识产权宣传周, the week from 26 April). Its data source is not on the platform yet: "数据源未接入：宣传模块".</summary>
public sealed class IpWeekEventsFormula() : NotConnectedFormula("publicity.events-426", "4·26宣传周活动场次", "场", IndicatorNature.Cumulative, "宣传模块");
