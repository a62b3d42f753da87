using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 司法确认数 (seed task 1: 落实……行政调解协议司法确认工作): mediation agreements the court confirmed in the period
/// (民事诉讼法第二百零五条、第二百零六条), as recorded on the mediation case.
/// </summary>
public sealed class JudicialConfirmationsFormula()
    : LiveFormula("mediation.judicial-confirmations", "司法确认数", "件", IndicatorNature.Cumulative, "纠纷调解（司法确认）")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var confirmed = await ctx.Db.MediationCases.AsNoTracking()
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.Confirmation == ConfirmationStatus.Confirmed
                && c.CourtRuledOn >= ctx.From && c.CourtRuledOn <= ctx.AsOf)
            .OrderBy(c => c.CourtRuledOn)
            .Select(c => new { c.CaseNumber, c.Title, c.CourtRulingNumber })
            .ToListAsync(ct);
        return IndicatorValue.Of(confirmed.Count, $"{ctx.Scope}人民法院裁定确认有效的调解协议",
            confirmed.Select(c => $"{CaseLabel(c.CaseNumber, c.Title)}{(c.CourtRulingNumber is null ? "" : $"（{c.CourtRulingNumber}）")}"));
    }
}
