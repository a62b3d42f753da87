using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Plans.Indicators;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Plans;

/// <summary>A readable plan loaded with its tree and evaluated on a day: the entity, the view, and what was computed.</summary>
public sealed record EvaluatedPlan(Plan Plan, IReadOnlyList<PlanTask> Tasks, PlanDetail Detail, DateOnly AsOf, DateOnly Today, int[] UnitIds, int DueDay);

/// <summary>
/// Loads a plan the caller may read and computes it: every bound formula once (for the plan's bureau and year, up to the
/// day asked), each indicator against its target, each measure's progress on the past period, and the colours. The tree
/// is read in the system scope after the access check, so the names of units and people outside the caller's scope show
/// and the values are the same for every reader.
/// </summary>
public sealed class PlanEvaluator(
    DbContextOptions<ZhibaoDb> options, PlanAccess access, IndicatorFormulas formulas, OrgTree tree, SettingsReader settings,
    TimeProvider clock, ILogger<PlanEvaluator> log)
{
    public const string DueDaySetting = "Plans.ProgressDueDay";
    public const int DefaultDueDay = 10;

    /// <summary>A context in the system scope: callers check access (<see cref="PlanAccess.Plans"/>) on it.</summary>
    public ZhibaoDb SystemDb() => new(options);

    public async Task<int> DueDayAsync(CancellationToken ct) =>
        Math.Clamp((int)SettingsReader.Number(await settings.AllAsync(ct), DueDaySetting, DefaultDueDay), 1, 31);

    /// <summary>The plan as of <paramref name="asOf"/> (default: today, or 31 December for a past year); null when not readable.</summary>
    public async Task<EvaluatedPlan?> EvaluateAsync(int planId, DateOnly? asOf, CancellationToken ct)
    {
        await using var db = SystemDb();
        var plan = await access.Plans(db).AsNoTracking().Include(p => p.OrgUnit).Include(p => p.Scheme).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }
        var tasks = await db.PlanTasks.AsNoTracking().AsSplitQuery()
            .Where(t => t.PlanId == planId)
            .Include(t => t.Measures).ThenInclude(m => m.Indicators)
            .Include(t => t.Measures).ThenInclude(m => m.ResponsibleUnit)
            .Include(t => t.Measures).ThenInclude(m => m.ResponsiblePerson)
            .ToListAsync(ct);
        tasks = [.. tasks.OrderBy(t => t.Section).ThenBy(t => t.Number).ThenBy(t => t.Id)];
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.PlanId == planId)
            .Select(r => new { r.MeasureId, r.PeriodKey, r.Status }).ToListAsync(ct);
        var today = Clock.Today(clock);
        var yearEnd = new DateOnly(plan.Year, 12, 31);
        var day = asOf ?? (today < yearEnd ? today : yearEnd);
        var dueDay = await DueDayAsync(ct);
        var units = tree.UnitAndBelow(plan.OrgUnitId).ToArray();
        var codes = tasks.SelectMany(t => t.Measures).SelectMany(m => m.Indicators).Select(i => i.FormulaCode);
        var values = await ComputeAsync(db, plan, units, codes, day, today, ct);

        // The periods that count are those ended by the evaluation day (the day after it, for a past period: mid-year, a past
        // year); whether their reports are overdue is judged today.
        var periodDay = day < today ? day.AddDays(1) : today;
        var last = plan.Status == PlanStatus.Published ? ProgressPeriod.LastCompleted(plan.Year, plan.Cadence, periodDay) : null;
        var owedPeriods = plan.Status == PlanStatus.Published
            ? ProgressPeriod.Elapsed(plan.Year, plan.Cadence, periodDay).Where(p => p.DueOn(dueDay) < today).Select(p => p.Key).ToHashSet()
            : [];
        var byMeasure = reports.ToLookup(r => r.MeasureId);
        var periodOver = day >= yearEnd || day < today;

        IndicatorView Indicator(PlanIndicator i)
        {
            var (formula, value) = values[i.FormulaCode];
            var unit = i.Unit ?? formula?.Unit ?? "";
            var (outcome, rag) = IndicatorRules.Evaluate(value.Value, i.Target, i.Comparison, formula?.Nature ?? IndicatorNature.Snapshot, periodOver);
            return new IndicatorView(i.Id, i.MeasureId, i.FormulaCode, i.Name ?? formula?.Name ?? i.FormulaCode, unit, value.Connected, value.Value,
                value.Value is { } v ? PlanText.Format(v, unit) : !value.Connected ? value.Note ?? "数据源未接入" : "暂无数据", i.Target, i.Comparison, PlanText.Target(i.Target, i.Comparison, unit),
                formula?.Nature ?? IndicatorNature.Snapshot, outcome, rag, IndicatorRules.Name(rag), value.Note, value.Evidence, i.SortOrder, i.Version);
        }

        MeasureView Measure(PlanMeasure m)
        {
            var mine = byMeasure[m.Id].ToDictionary(r => r.PeriodKey, r => r.Status);
            var reporting = m.Status is MeasureStatus.NotStarted or MeasureStatus.InProgress;
            var state = !reporting || last is null ? ProgressState.NotDue
                : !mine.TryGetValue(last.Key, out var status) ? ProgressState.Missing
                : status switch
                {
                    ProgressStatus.Approved => ProgressState.Approved,
                    ProgressStatus.Returned => ProgressState.Returned,
                    _ => ProgressState.Submitted,
                };
            var pastDue = last is not null && today > last.DueOn(dueDay);
            var approved = owedPeriods.Count(k => mine.TryGetValue(k, out var s) && s == ProgressStatus.Approved);
            var (owed, credited) = m.Status switch
            {
                MeasureStatus.Suspended => (0, 0),
                // A completed measure owes no more reports: one approved report is its proof.
                MeasureStatus.Completed => (Math.Min(1, owedPeriods.Count), Math.Min(1, mine.Values.Count(s => s == ProgressStatus.Approved))),
                _ => (owedPeriods.Count, approved),
            };
            var progress = new ProgressSummary(last?.Key, last?.Name, last?.DueOn(dueDay), state, ProgressRules.Name(state, pastDue),
                ProgressRules.Rag(state, pastDue), owed, Math.Min(credited, owed));
            var indicators = m.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(Indicator).ToList();
            var rag = m.Status == MeasureStatus.Suspended ? Rag.Grey : IndicatorRules.Worst(indicators.Select(i => i.Rag).Append(progress.Rag));
            var schedule = MeasureSchedule.TryParse(m.Schedule, out var parsed, out _) ? parsed.Describe() : m.Schedule;
            return new MeasureView(m.Id, m.TaskId, m.SortOrder, m.Text, m.ResponsibleUnitId, m.ResponsibleUnit?.Name ?? "",
                m.ResponsibleUnit?.Kind == OrgUnitKind.External, m.ResponsiblePersonId, m.ResponsiblePerson?.DisplayName, m.TimeFrame, m.Schedule,
                schedule, m.Status, PlanText.Name(m.Status), m.Weight, rag, IndicatorRules.Name(rag), progress, indicators,
                plan.Status == PlanStatus.Published && access.CanReport(m.ResponsibleUnitId, m.ResponsiblePersonId), m.Version);
        }

        var taskViews = tasks.Select(t =>
        {
            var measures = t.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(Measure).ToList();
            return new TaskView(t.Id, t.Section, PlanText.Name(t.Section), t.Group, t.Number, PlanText.Heading(t.Section, t.Number, t.Title),
                t.Title, t.Text, IndicatorRules.Worst(measures.Select(m => m.Rag)), t.Version, measures);
        }).ToList();
        var all = taskViews.SelectMany(t => t.Measures).ToList();
        var detail = new PlanDetail(plan.Id, plan.Year, plan.Title, plan.OrgUnitId, plan.OrgUnit?.Name ?? "", plan.Status, PlanText.Name(plan.Status),
            plan.Preamble, plan.GuidingPrinciples, plan.Cadence, PlanText.Name(plan.Cadence), day, last?.Key, last?.Name, last?.DueOn(dueDay),
            plan.CopiedFromId, plan.PublishedAt, plan.PublishedByName, plan.Version, taskViews,
            new RagCounts(all.Count(m => m.Rag == Rag.Green), all.Count(m => m.Rag == Rag.Amber), all.Count(m => m.Rag == Rag.Red), all.Count(m => m.Rag == Rag.Grey)),
            new PlanPermissions(access.CanEdit, access.CanReview, access.CanAppraise));
        return new EvaluatedPlan(plan, tasks, detail, day, today, units, dueDay);
    }

    /// <summary>Every formula of <paramref name="codes"/> once; an unknown code or a failing formula says so instead of a number.</summary>
    public async Task<Dictionary<string, (IIndicatorFormula? Formula, IndicatorValue Value)>> ComputeAsync(
        ZhibaoDb db, Plan plan, int[] units, IEnumerable<string> codes, DateOnly asOf, DateOnly today, CancellationToken ct)
    {
        var ctx = new IndicatorContext(db, plan.OrgUnitId, plan.OrgUnit?.Name ?? "", units, plan.Year, asOf, today);
        var values = new Dictionary<string, (IIndicatorFormula?, IndicatorValue)>(StringComparer.Ordinal);
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var formula = formulas.Find(code);
            IndicatorValue value;
            if (formula is null)
            {
                value = IndicatorValue.Empty($"未知的指标公式“{code}”");
            }
            else if (formula is not NotConnectedFormula && today < ctx.From)
            {
                value = IndicatorValue.Empty($"{plan.Year}年度尚未开始");
            }
            else
            {
                try
                {
                    value = await formula.ComputeAsync(ctx, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Indicator formula {Code} failed for plan {PlanId}", code, plan.Id);
                    value = IndicatorValue.Empty("计算失败，请稍后重试");
                }
            }
            values[code] = (formula, value);
        }
        return values;
    }
}
