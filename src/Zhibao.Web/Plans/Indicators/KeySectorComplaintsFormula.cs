using Zhibao.Domain.Intake;
using Zhibao.Domain.Plans;
using Zhibao.Web.Intake;
using Zhibao.Web.Statistics;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 重点领域投诉举报办结率 (seed task 7; CLARIFICATIONS: complaint figures come from intake, not from cases): of the complaints
/// and reports in the five key sectors (食品、药品、种业、水泥、公共卫生) received in the plan year up to the evaluation day by
/// the bureau's units, those closed (办结) by that day ÷ those accepted (受理). Merged duplicates count once, in the item they
/// joined; refused items were never accepted.
/// </summary>
public sealed class KeySectorComplaintsFormula() : LiveFormula("complaints.key-sector-closure-rate", "重点领域投诉举报办结率", "%", IndicatorNature.Rate, "投诉举报")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var units = ctx.UnitIds;
        var rows = await IntakeService.CountBySectorAsync(ctx.Db.Leads.Where(l => units.Contains(l.OrgUnitId)), ctx.From, ctx.AsOf,
            IntakeTerms.ComplaintsAndReports, [], ct, closedBy: ctx.AsOf);
        var key = rows.Where(r => r.KeySector).ToList();
        var total = IntakeService.Sum("重点领域", key);
        if (total.ClosureRate is not { } rate)
        {
            return IndicatorValue.Empty($"{ctx.Scope}重点领域（{string.Join("、", StatisticsService.KeySectors)}）尚无已受理的投诉举报");
        }
        return IndicatorValue.Of(rate, $"{ctx.Scope}重点领域投诉举报受理{total.Accepted}件，办结{total.Closed}件",
            key.Where(r => r.Received > 0).Select(r => $"{r.Sector}：收到{r.Received}件，受理{r.Accepted}件，办结{r.Closed}件"));
    }
}
