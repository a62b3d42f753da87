using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>涉刑案件移送数 (seed task 1, 行刑衔接): referrals handed over to the police in the period (国务院令第310号第五条).</summary>
public sealed class CriminalReferralsFormula() : LiveFormula("referrals.transferred", "涉刑案件移送数", "件", IndicatorNature.Cumulative, "涉嫌犯罪案件移送")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var referrals = await (from r in ctx.Db.CriminalReferrals.AsNoTracking()
                               join c in ctx.Db.Cases on r.CaseId equals c.Id
                               where ctx.UnitIds.Contains(c.OrgUnitId) && r.TransferredAt >= ctx.FromUtc && r.TransferredAt < ctx.ToUtc
                               orderby r.TransferredAt
                               select new { c.CaseNumber, c.Title, r.SuspectedOffence }).ToListAsync(ct);
        return IndicatorValue.Of(referrals.Count, $"{ctx.Scope}已移送公安机关",
            referrals.Select(r => $"{CaseLabel(r.CaseNumber, r.Title)}（涉嫌{r.SuspectedOffence}）"));
    }
}
