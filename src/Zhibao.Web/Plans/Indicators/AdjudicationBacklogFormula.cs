using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Plans;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 专利侵权纠纷案件积案数 (seed task 5, "消零"): adjudication cases still open after their statutory closing deadline with
/// approved extensions and pauses applied (CLARIFICATIONS "消零") — the rule of the 消零 board
/// (<see cref="AdjudicationService.BacklogAsync"/>). For a day before today (a past plan year) the closing clock is
/// recomputed for the cases open on that day.
/// </summary>
public sealed class AdjudicationBacklogFormula(CaseKinds kinds, CaseService cases, CalendarService calendars)
    : LiveFormula("adjudication.backlog", "专利侵权纠纷案件积案数", "件", IndicatorNature.Snapshot, "专利纠纷行政裁决案件")
{
    private static readonly string[] Open = [nameof(AdjudicationStatus.Received), nameof(AdjudicationStatus.Correcting), nameof(AdjudicationStatus.Trying)];

    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var day = ctx.AsOf;
        var inUnits = ctx.Db.AdjudicationCases.AsNoTracking().Where(c => ctx.UnitIds.Contains(c.OrgUnitId));
        List<(string Label, DateOnly Due)> backlog;
        if (day >= ctx.Today)
        {
            backlog = (await inUnits
                    .Where(c => Open.Contains(c.Status) && !c.IsPaused && c.ClosingDueOn != null && c.ClosingDueOn < ctx.Today)
                    .OrderBy(c => c.ClosingDueOn)
                    .Select(c => new { c.CaseNumber, c.Title, Due = c.ClosingDueOn!.Value })
                    .ToListAsync(ct))
                .Select(c => (CaseLabel(c.CaseNumber, c.Title), c.Due)).ToList();
        }
        else
        {
            var open = await inUnits.Include(c => c.Pauses)
                .Where(c => c.FiledOn != null && c.FiledOn <= day && (c.ClosedOn == null || c.ClosedOn > day) && c.Status != nameof(AdjudicationStatus.NotFiled))
                .ToListAsync(ct);
            var calendar = await calendars.GetAsync(ct);
            var options = await cases.ClockOptionsAsync(ct);
            backlog = [];
            foreach (var c in open.Where(c => !c.Pauses.Any(p => p.PausedOn <= day && (p.ResumedOn is null || p.ResumedOn > day))))
            {
                // The clock as it stood that day: closure after the day is not yet a closure.
                var closedOn = c.ClosedOn;
                c.ClosedOn = null;
                var closing = kinds.For(c).Deadlines(c, calendar, day, options).FirstOrDefault(d => d.Code == AdjudicationClocks.Closing);
                c.ClosedOn = closedOn;
                if (closing is { } d && d.DueDate < day)
                {
                    backlog.Add((CaseLabel(c.CaseNumber, c.Title), d.DueDate));
                }
            }
        }
        return IndicatorValue.Of(backlog.Count, $"截至{day:yyyy-MM-dd}，超过审理期限（含批准延长、扣除中止）仍未结案的案件",
            backlog.Select(b => $"{b.Label}：审理期限{b.Due:yyyy-MM-dd}届满"));
    }
}
