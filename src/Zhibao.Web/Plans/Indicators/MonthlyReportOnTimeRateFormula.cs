using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>月报按时上报率 (seed task 2: 每月5日前上传国家系统). Its data source is not on the platform yet: "数据源未接入：月报模块".</summary>
public sealed class MonthlyReportOnTimeRateFormula() : NotConnectedFormula("report.on-time-rate", "月报按时上报率", "%", IndicatorNature.Rate, "月报模块");
