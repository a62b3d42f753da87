using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 典型案例和指导案例推荐数 (seed 三(二): 树立办理精品案件意识，做好典型案例和指导案例推荐工作): typical cases of the bureau and
/// the units under it recommended to the city bureau in the period, with the result — the 推荐数 of
/// <c>GET /api/typical-cases/counts</c> (<see cref="TypicalCases.Recommended"/>). The appraisal's bonus points for them stay
/// the plan editor's records (推荐 / 采用).
/// </summary>
public sealed class RecommendedCasesFormula()
    : LiveFormula("publicity.recommended-cases", "典型案例和指导案例推荐数", "件", IndicatorNature.Cumulative, "典型案例（推荐市局）")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var recommended = await TypicalCases.Recommended(ctx.Db, ctx.From, ctx.AsOf, ctx.UnitIds)
            .OrderBy(t => t.RecommendedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Title, t.RecommendedOn, t.RecommendationKind, t.RecommendationResult, t.RecommendationResultOn, t.IsFineCase })
            .ToListAsync(ct);
        return IndicatorValue.Of(recommended.Count,
            $"{ctx.Scope}推荐市局的典型案例、指导案例，采纳{recommended.Count(t => t.RecommendationResult == RecommendationResult.Adopted && t.RecommendationResultOn <= ctx.AsOf)}件",
            recommended.Select(t => $"{t.RecommendedOn:yyyy-MM-dd} 《{t.Title}》推荐为{TypicalCaseWorkflow.Name(t.RecommendationKind ?? RecommendationKind.TypicalCase)}"
                + $"（{(t.RecommendationResultOn <= ctx.AsOf ? TypicalCaseWorkflow.Name(t.RecommendationResult ?? RecommendationResult.Pending) : TypicalCaseWorkflow.Name(RecommendationResult.Pending))}）"
                + (t.IsFineCase ? "，精品案件" : "")));
    }
}
