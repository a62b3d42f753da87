using Zhibao.Domain.Plans;
using Zhibao.Web.Reporting;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 月报迟报·错报·漏报次数 (seed task 2: 杜绝逾期迟报和错报漏报): months reported late or still missing after the due date, plus
/// corrections after submission for wrong data (错报) or left-out cases (漏报) — the reporting module's indicator.
/// </summary>
public sealed class MonthlyReportDefectsFormula(MonthlyReports reports)
    : MonthlyReportFormula("report.monthly-defects", "月报迟报·错报·漏报次数", "次", IndicatorNature.Cumulative, reports)
{
    protected override IndicatorValue Compute(IndicatorContext ctx, MonthlyReportYear year)
    {
        var i = year.Indicator;
        return IndicatorValue.Of(i.Late + i.Wrong + i.Missing, $"{Scope(ctx)}迟报{i.Late}次、错报{i.Wrong}次、漏报{i.Missing}次（应报月报{i.MonthsDue}个月）",
            Counted(year).Where(m => m.Late || m.WrongCorrections + m.MissingCorrections > 0).Select(Line));
    }
}
