using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>Penalty cases filed in the period, on the given subjects (违法类型) or on all of them.</summary>
public abstract class SubjectCasesFormula(string code, string name, string[]? subjects)
    : LiveFormula(code, name, "件", IndicatorNature.Cumulative, "行政处罚案件")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var query = ctx.Db.PenaltyCases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.FiledOn >= ctx.From && c.FiledOn <= ctx.AsOf);
        if (subjects is not null)
        {
            query = query.Where(c => subjects.Contains(c.Subject));
        }
        var filed = await query.OrderBy(c => c.FiledOn).ThenBy(c => c.Id).Select(c => new { c.CaseNumber, c.Title, c.Subject }).ToListAsync(ct);
        var what = subjects is null ? "立案的行政处罚案件" : $"立案的{string.Join("、", subjects)}案件";
        return IndicatorValue.Of(filed.Count, $"{ctx.Scope}{what}", filed.Select(c => $"{CaseLabel(c.CaseNumber, c.Title)}（{c.Subject}）"));
    }
}
