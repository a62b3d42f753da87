using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>罚没款金额: fines and confiscations imposed by the penalty decisions made in the period (元).</summary>
public sealed class PenaltyFinesFormula() : LiveFormula("penalty.fines", "罚没款金额", "元", IndicatorNature.Cumulative, "行政处罚案件")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        // Summed here, not in SQL: SQLite has no decimal aggregate.
        var decided = await ctx.Db.PenaltyCases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.Outcome == DecisionOutcome.Penalty && c.DecidedOn >= ctx.From && c.DecidedOn <= ctx.AsOf)
            .OrderBy(c => c.DecidedOn).ThenBy(c => c.Id)
            .Select(c => new { c.CaseNumber, c.Title, c.FineAmount, c.ConfiscatedAmount })
            .ToListAsync(ct);
        var total = decided.Sum(c => (c.FineAmount ?? 0m) + (c.ConfiscatedAmount ?? 0m));
        return IndicatorValue.Of(total, $"{ctx.Scope}作出行政处罚决定{decided.Count}件的罚款与没收违法所得",
            decided.Select(c => $"{CaseLabel(c.CaseNumber, c.Title)}：{(c.FineAmount ?? 0m) + (c.ConfiscatedAmount ?? 0m):#,0.##}元"));
    }
}
