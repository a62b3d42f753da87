using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>Adjudications closed (结案) in the period, all of them or only utility-model and design disputes.</summary>
public abstract class ClosedAdjudicationsFormula(string code, string name, bool localOnly)
    : LiveFormula(code, name, "件", IndicatorNature.Cumulative, "专利纠纷行政裁决案件")
{
    private static readonly PatentKind[] Local = [PatentKind.UtilityModel, PatentKind.Design];

    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var query = ctx.Db.AdjudicationCases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.ClosedOn >= ctx.From && c.ClosedOn <= ctx.AsOf);
        if (localOnly)
        {
            query = query.Where(c => Local.Contains(c.PatentKind));
        }
        var closed = await query.OrderBy(c => c.ClosedOn).ThenBy(c => c.Id).Select(c => new { c.CaseNumber, c.Title }).ToListAsync(ct);
        return IndicatorValue.Of(closed.Count, $"{ctx.Scope}结案的{(localOnly ? "实用新型、外观设计专利" : "专利")}侵权纠纷",
            closed.Select(c => CaseLabel(c.CaseNumber, c.Title)));
    }
}
