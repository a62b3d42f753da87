using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 按期结案率: of the penalty and adjudication cases closed in the period, the share whose statutory handling deadline was
/// met — 作出处罚决定 (程序规定第六十四条, with approved extensions) for a penalty case, 结案 (令第81号第三十七条, with
/// extensions and pauses) for an adjudication — as the case clocks compute them.
/// </summary>
public sealed class OnTimeClosureRateFormula(CaseKinds kinds, CaseService cases, CalendarService calendars)
    : LiveFormula("cases.on-time-closure-rate", "按期结案率", "%", IndicatorNature.Rate, "行政处罚、专利纠纷行政裁决案件")
{
    /// <summary>The clock that says whether a case of each kind was handled in time.</summary>
    private static string? MainClock(CaseKind kind) => kind switch
    {
        CaseKind.Penalty => "decision",
        CaseKind.Adjudication => AdjudicationClocks.Closing,
        _ => null,
    };

    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var closed = await ctx.Db.Cases.AsNoTracking().Include(c => c.Pauses)
            .Where(c => ctx.UnitIds.Contains(c.OrgUnitId) && c.Kind != CaseKind.Mediation && c.ClosedOn >= ctx.From && c.ClosedOn <= ctx.AsOf)
            .OrderBy(c => c.ClosedOn).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var options = await cases.ClockOptionsAsync(ct);
        var counted = 0;
        var late = new List<string>();
        foreach (var c in closed)
        {
            var clock = kinds.For(c).Deadlines(c, calendar, ctx.Today, options).FirstOrDefault(d => d.Code == MainClock(c.Kind));
            if (clock is null)
            {
                continue;
            }
            counted++;
            if (clock.Status != DeadlineStatus.Done)
            {
                late.Add($"{CaseLabel(c.CaseNumber, c.Title)}：{clock.Name}期限{clock.DueDate:yyyy-MM-dd}，{CaseClocks.Name(clock.Status)}");
            }
        }
        if (counted == 0)
        {
            return IndicatorValue.Empty($"{ctx.Scope}尚无结案的行政处罚或专利纠纷行政裁决案件");
        }
        var rate = Math.Round((counted - late.Count) * 100m / counted, 1, MidpointRounding.AwayFromZero);
        return IndicatorValue.Of(rate, $"{ctx.Scope}结案{counted}件，按期{counted - late.Count}件", late);
    }
}
