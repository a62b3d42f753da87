using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 疑难案件报请市局指导数 (seed 三(二): 对疑难案件，及时报请市局指导): cases of the year flagged 疑难 and escalated to the city
/// bureau. The appraisal counts the same cases for their units.
/// </summary>
public sealed class DifficultCasesFormula()
    : LiveFormula("cases.difficult-escalated", "疑难案件报请市局指导数", "件", IndicatorNature.Cumulative, "案件（疑难案件标记）")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var cases = await ctx.Db.Cases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.IsDifficult && c.ReceivedOn >= ctx.From && c.ReceivedOn <= ctx.AsOf)
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Select(c => new { c.CaseNumber, c.Title })
            .ToListAsync(ct);
        return IndicatorValue.Of(cases.Count, $"{ctx.Scope}收案并报请市局指导的疑难案件", cases.Select(c => CaseLabel(c.CaseNumber, c.Title)));
    }
}
