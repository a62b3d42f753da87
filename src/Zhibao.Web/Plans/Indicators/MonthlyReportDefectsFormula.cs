using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>月报迟报·错报·漏报次数 (seed task 2: 确保每月5日前……上传国家系统，杜绝逾期迟报和错报漏报). Its data source is not on the platform yet: "数据源未接入：月报模块".</summary>
public sealed class MonthlyReportDefectsFormula() : NotConnectedFormula("report.monthly-defects", "月报迟报·错报·漏报次数", "次", IndicatorNature.Cumulative, "月报模块");
