using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>调解案件数 (seed task 10, 多元化解): mediations of every kind received in the period, except those not accepted (不予受理).</summary>
public sealed class MediationCasesFormula() : LiveFormula("mediation.cases", "调解案件数", "件", IndicatorNature.Cumulative, "纠纷调解")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var mediations = await ctx.Db.MediationCases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.ReceivedOn >= ctx.From && c.ReceivedOn <= ctx.AsOf && c.Status != nameof(MediationStatus.NotFiled))
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Select(c => new { c.CaseNumber, c.Title })
            .ToListAsync(ct);
        return IndicatorValue.Of(mediations.Count, $"{ctx.Scope}收到的调解申请（不含不予受理）", mediations.Select(c => CaseLabel(c.CaseNumber, c.Title)));
    }
}
