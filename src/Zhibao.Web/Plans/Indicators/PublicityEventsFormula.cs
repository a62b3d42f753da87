using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// Publicity events of the given types held in the period by the bureau and the units under it — the events the publicity
/// module's yearly counts count by type (<see cref="PublicityEvents.Held"/>, <c>GET /api/publicity/events/counts</c>).
/// </summary>
public abstract class PublicityEventsFormula(string code, string name, string unit, params PublicityEventType[] types)
    : LiveFormula(code, name, unit, IndicatorNature.Cumulative, "宣传活动")
{
    public sealed override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var events = await PublicityEvents.Held(ctx.Db, ctx.From, ctx.AsOf, ctx.UnitIds).Where(e => types.Contains(e.Type))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new { e.Title, e.StartDate, e.EndDate, Unit = e.OrgUnit!.Name, e.AudienceCount })
            .ToListAsync(ct);
        return IndicatorValue.Of(events.Count, $"{ctx.Scope}开展的{string.Join("、", types.Select(PublicityEventRules.ShortName))}活动（参加{events.Sum(e => e.AudienceCount)}人次）",
            events.Select(e => $"{e.StartDate:yyyy-MM-dd}{(e.EndDate == e.StartDate ? "" : $"至{e.EndDate:MM-dd}")} {e.Title}（{e.Unit}）"));
    }
}
