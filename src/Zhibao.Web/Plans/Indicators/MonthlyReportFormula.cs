using Zhibao.Domain.Plans;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Reporting;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// A figure of the monthly report to the national system (seed task 2: 确保每月5日前将专利行政执法案件信息上传国家系统，杜绝逾期迟报和错报漏报),
/// read from the reporting module's own yearly indicator (<see cref="MonthlyReports.YearAsync(int, int, DateOnly, CancellationToken)"/>)
/// for the plan's bureau as it stood on the evaluation day — the figures of 统计报表 › 专利执法月报, never counted twice.
/// </summary>
public abstract class MonthlyReportFormula(string code, string name, string unit, IndicatorNature nature, MonthlyReports reports)
    : LiveFormula(code, name, unit, nature, "专利执法月报")
{
    public sealed override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct) =>
        Compute(ctx, await reports.YearAsync(ctx.BureauId, ctx.Year, ctx.AsOf, ct));

    protected abstract IndicatorValue Compute(IndicatorContext ctx, MonthlyReportYear year);

    /// <summary>The months the indicator counts (from the first month the bureau reported on the platform).</summary>
    protected static IEnumerable<ReportMonthView> Counted(MonthlyReportYear year) => year.Months.Where(m => m.Counted);

    /// <summary>"2023-09月报（10月5日截止）：10月7日报送，迟报".</summary>
    protected static string Line(ReportMonthView month)
    {
        var head = $"{month.Period}月报（{month.DueDate:M月d日}截止）：";
        var submitted = month.FirstSubmittedAt is { } at ? $"{ReportPeriod.ChinaDate(at):M月d日}报送" : "尚未报送";
        var standing = month.OnTime switch { true => "按时", false => "迟报", null => "未到期" };
        var corrections = (month.WrongCorrections, month.MissingCorrections) switch
        {
            (0, 0) => "",
            var (w, m) => "，" + string.Join("、", new[] { w > 0 ? $"错报更正{w}次" : null, m > 0 ? $"漏报更正{m}次" : null }.OfType<string>()),
        };
        return $"{head}{submitted}，{standing}{corrections}";
    }

    protected static string Scope(IndicatorContext ctx) => $"{ctx.Year}年截至{ctx.AsOf:M月d日}，{ctx.BureauName}";
}
