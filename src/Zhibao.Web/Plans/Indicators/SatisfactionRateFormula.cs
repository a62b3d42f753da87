using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 满意度 (seed task 10: 提高……社会满意度): the share of answered surveys scored 4 (满意) or 5 (很满意), of surveys answered
/// in the period on the bureau's cases — the 满意率 of the satisfaction statistics.
/// </summary>
public sealed class SatisfactionRateFormula() : LiveFormula("satisfaction.rate", "满意度（满意率）", "%", IndicatorNature.Rate, "满意度调查")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var scores = await (from s in ctx.Db.SatisfactionSurveys.AsNoTracking()
                            join c in ctx.Db.Cases on s.CaseId equals c.Id
                            where ctx.UnitIds.Contains(c.OrgUnitId) && s.Score != null && s.AnsweredAt >= ctx.FromUtc && s.AnsweredAt < ctx.ToUtc
                            select s.Score!.Value).ToListAsync(ct);
        if (scores.Count == 0)
        {
            return IndicatorValue.Empty($"{ctx.Scope}尚无已评价的满意度调查");
        }
        var satisfied = scores.Count(s => s >= 4);
        var rate = Math.Round(satisfied * 100m / scores.Count, 1, MidpointRounding.AwayFromZero);
        return IndicatorValue.Of(rate, $"{ctx.Scope}已评价{scores.Count}份，满意（4–5分）{satisfied}份",
            Enumerable.Range(1, 5).Reverse().Select(n => $"{n}分：{scores.Count(s => s == n)}份"));
    }
}
