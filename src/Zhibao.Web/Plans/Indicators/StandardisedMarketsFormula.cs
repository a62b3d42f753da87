using Zhibao.Domain.Plans;
using Zhibao.Web.Markets;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 规范化市场数 (seed task 8: 指导商业场所完善知识产权准入承诺、先行赔偿、假冒离场等管理制度): markets of the bureau and the
/// units under it rated 规范化 (or 示范) on the day — the rating of the market registry (<see cref="MarketRegistry.RatedAsync"/>),
/// the figure of <c>GET /api/markets/standardised-count</c>. Cumulative: markets are brought up to standard during the year.
/// </summary>
public sealed class StandardisedMarketsFormula(MarketRegistry markets)
    : LiveFormula("markets.standardised", "规范化市场数", "个", IndicatorNature.Cumulative, "规范化市场名录")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var rated = await markets.RatedAsync(ctx.Db, ctx.UnitIds, ctx.AsOf, ct);
        var standardised = rated.Count(m => m.Rating.IsStandardised);
        return IndicatorValue.Of(standardised,
            $"截至{ctx.AsOf:yyyy-MM-dd}，{ctx.BureauName}（含下属单位）监管的市场{rated.Count}个，评定为规范化（含示范）{standardised}个；"
            + $"已建立准入承诺{rated.Count(m => m.EntryCommitment)}个、先行赔偿{rated.Count(m => m.AdvanceCompensation)}个、假冒离场{rated.Count(m => m.CounterfeitExit)}个",
            rated.OrderByDescending(m => m.Rating.IsStandardised).Select(m => m.Rating.IsStandardised
                ? $"{m.Name}：{m.Rating.LevelName}"
                : $"{m.Name}：{m.Rating.LevelName}（未满足：{string.Join("、", m.Rating.Criteria.Where(c => !c.Met).Select(c => c.Name))}）"));
    }
}
