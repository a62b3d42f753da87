using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;
using Zhibao.Web.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 媒体宣传报道数 (seed 三(三): 利用报刊、电视及网络新媒体等开展集中宣传): publications in the 媒体报道 log of the bureau and the
/// units under it in the period — the 媒体报道数 of <c>GET /api/publicity/events/counts</c> (<see cref="MediaReports.Published"/>).
/// </summary>
public sealed class MediaReleasesFormula() : LiveFormula("publicity.media-releases", "媒体宣传报道数", "篇", IndicatorNature.Cumulative, "媒体报道")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var reports = await MediaReports.Published(ctx.Db, ctx.From, ctx.AsOf, ctx.UnitIds)
            .OrderBy(m => m.PublishedOn).ThenBy(m => m.Id)
            .Select(m => new { m.Title, m.PublishedOn, m.Channel, m.Outlet, m.Views })
            .ToListAsync(ct);
        return IndicatorValue.Of(reports.Count, $"{ctx.Scope}在报刊、电视、网络新媒体等发布的宣传报道（阅读量合计{reports.Sum(r => (long)(r.Views ?? 0))}）",
            reports.Select(r => $"{r.PublishedOn:yyyy-MM-dd} {r.Outlet ?? r.Channel}《{r.Title}》"));
    }
}
