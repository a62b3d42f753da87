using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Collaboration;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 联合执法行动次数 (seed task 1: 推进联合执法工作): joint operations and campaigns of the collaboration module that started in the
/// plan year up to the day, led by a unit of the plan's bureau or joined by one.
/// </summary>
public sealed class JointOperationsFormula()
    : LiveFormula("collaboration.joint-operations", "联合执法行动次数", "次", IndicatorNature.Cumulative, "协作（联合执法与专项行动）")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var operations = await ctx.Db.JointOperations.AsNoTracking()
            .Where(o => o.StartDate >= ctx.From && o.StartDate <= ctx.AsOf
                && (ctx.UnitIds.Contains(o.OrgUnitId) || o.Bodies.Any(b => ctx.UnitIds.Contains(b.OrgUnitId))))
            .OrderBy(o => o.StartDate).ThenBy(o => o.Id)
            .Select(o => new { o.Name, o.Kind, o.StartDate })
            .ToListAsync(ct);
        return IndicatorValue.Of(operations.Count, $"{ctx.Scope}开展的联合执法和专项行动",
            operations.Select(o => $"{o.StartDate:yyyy-MM-dd} {CollaborationRules.Name(o.Kind)}：{o.Name}"));
    }
}
