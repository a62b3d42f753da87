using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;
using Zhibao.Web.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 典型案例发布数 (seed task 3: 曝光知识产权执法保护典型案例; 三(三): 发布知识产权执法典型案件; CLARIFICATIONS: typical cases
/// live in publicity): typical cases of the bureau and the units under it published in the period — the 发布数 of
/// <c>GET /api/typical-cases/counts</c> (<see cref="TypicalCases.Published"/>).
/// </summary>
public sealed class TypicalCasesFormula() : LiveFormula("publicity.typical-cases", "典型案例发布数", "件", IndicatorNature.Cumulative, "典型案例")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var published = await TypicalCases.Published(ctx.Db, ctx.From, ctx.AsOf, ctx.UnitIds)
            .OrderBy(t => t.PublishedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Title, t.PublishedOn, t.PublishChannel, t.PublishOutlet })
            .ToListAsync(ct);
        return IndicatorValue.Of(published.Count, $"{ctx.Scope}发布的典型案例",
            published.Select(t => $"{t.PublishedOn:yyyy-MM-dd} 《{t.Title}》（{t.PublishOutlet ?? t.PublishChannel}）"));
    }
}
