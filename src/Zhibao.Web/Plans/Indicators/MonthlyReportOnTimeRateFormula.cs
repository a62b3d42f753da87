using Zhibao.Domain.Plans;
using Zhibao.Web.Reporting;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 月报按时上报率 (seed task 2: 每月5日前上传国家系统): of the months whose report is due, the share whose first version went
/// in by the due date — the reporting module's 按时上报率.
/// </summary>
public sealed class MonthlyReportOnTimeRateFormula(MonthlyReports reports)
    : MonthlyReportFormula("report.on-time-rate", "月报按时上报率", "%", IndicatorNature.Rate, reports)
{
    protected override IndicatorValue Compute(IndicatorContext ctx, MonthlyReportYear year)
    {
        var indicator = year.Indicator;
        if (indicator.OnTimeRate is not { } rate)
        {
            return IndicatorValue.Empty($"{Scope(ctx)}尚无到期的月报");
        }
        // ReportTotals.Rate is already a percentage with one decimal.
        return IndicatorValue.Of(rate, $"{Scope(ctx)}应报月报{indicator.MonthsDue}个月，按时报送{indicator.MonthsOnTime}个月",
            Counted(year).Where(m => m.OnTime is not null).Select(Line));
    }
}
