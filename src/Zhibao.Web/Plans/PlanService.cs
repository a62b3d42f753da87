using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Plans.Indicators;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Plans;

/// <summary>
/// 年度实施方案: list, read (through <see cref="PlanEvaluator"/>), edit the tree and its indicator bindings, publish, copy
/// to a new year, compare years. Writes go through a context in the caller's scope, so the audit log names them; stale
/// versions are refused (409).
/// </summary>
public sealed class PlanService(
    IDbContextFactory<ZhibaoDb> factory, PlanEvaluator evaluator, PlanAccess access, IndicatorFormulas formulas, OrgTree tree, TimeProvider clock)
{
    public const int MaxCompared = 5;

    public async Task<List<PlanRow>> ListAsync(int? year, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        var plans = access.Plans(db).AsNoTracking();
        if (year is { } y)
        {
            plans = plans.Where(p => p.Year == y);
        }
        return (await plans
                .Select(p => new
                {
                    p.Id, p.Year, p.Title, p.OrgUnitId, Unit = p.OrgUnit!.Name, p.Status, p.Cadence, p.PublishedAt, p.CopiedFromId, p.Version,
                    Tasks = p.Tasks.Count, Measures = p.Tasks.SelectMany(t => t.Measures).Count(),
                    Indicators = p.Tasks.SelectMany(t => t.Measures).SelectMany(m => m.Indicators).Count(),
                })
                .ToListAsync(ct))
            .OrderByDescending(p => p.Year).ThenBy(p => p.OrgUnitId)
            .Select(p => new PlanRow(p.Id, p.Year, p.Title, p.OrgUnitId, p.Unit, p.Status, PlanText.Name(p.Status), p.Cadence, p.Tasks, p.Measures,
                p.Indicators, p.PublishedAt, p.CopiedFromId, p.Version))
            .ToList();
    }

    public async Task<PlanDetail?> GetAsync(int id, CancellationToken ct) => (await evaluator.EvaluateAsync(id, null, ct))?.Detail;

    public IReadOnlyList<FormulaView> Formulas() =>
        formulas.All.Select(f => new FormulaView(f.Code, f.Name, f.Unit, f.Nature, f.Source, f is not NotConnectedFormula)).ToList();

    /// <summary>The units a measure may name (the bureau's own and outside bodies) and their users, for the editor.</summary>
    public async Task<(List<OrgUnit> Units, List<User> Users)> ChoicesAsync(int planId, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        var bureau = await access.Plans(db).Where(p => p.Id == planId).Select(p => (int?)p.OrgUnitId).FirstOrDefaultAsync(ct);
        if (bureau is null)
        {
            return ([], []);
        }
        var own = tree.UnitAndBelow(bureau.Value).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.IsActive && (own.Contains(u.Id) || u.Kind == OrgUnitKind.External))
            .OrderBy(u => u.Kind == OrgUnitKind.External).ThenBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct);
        var unitIds = units.Select(u => u.Id).ToList();
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive && unitIds.Contains(u.OrgUnitId)).OrderBy(u => u.OrgUnitId).ThenBy(u => u.Id).ToListAsync(ct);
        return (units, users);
    }

    public async Task<PlanResult<PlanDetail>> UpdateAsync(int id, PlanEditInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await access.Plans(db).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return PlanResult.Missing<PlanDetail>();
        }
        if (input.Cadence is { } cadence && cadence != plan.Cadence && await db.ProgressReports.AnyAsync(r => r.PlanId == id, ct))
        {
            errors.Add(nameof(input.Cadence), "已有工作进展的方案不能更改报送周期");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<PlanDetail>(errors);
        }
        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version;
        plan.Title = input.Title!.Trim();
        plan.Preamble = Blank(input.Preamble);
        plan.GuidingPrinciples = Blank(input.GuidingPrinciples);
        plan.Cadence = input.Cadence ?? plan.Cadence;
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<PlanDetail>((await GetAsync(id, ct))!);
    }

    /// <summary>发布: a draft with at least one measure becomes the plan progress is reported on.</summary>
    public async Task<PlanResult<PlanDetail>> PublishAsync(int id, VersionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await access.Plans(db).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return PlanResult.Missing<PlanDetail>();
        }
        if (plan.Status == PlanStatus.Published)
        {
            return PlanResult.Refused<PlanDetail>("该方案已发布");
        }
        if (!await db.PlanMeasures.AnyAsync(m => m.Task!.PlanId == id, ct))
        {
            return PlanResult.Invalid<PlanDetail>(new FieldErrors().Add("tasks", "方案尚无工作措施，不能发布"));
        }
        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version;
        plan.Status = PlanStatus.Published;
        plan.PublishedAt = clock.GetUtcNow().UtcDateTime;
        plan.PublishedByName = access.Actor;
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<PlanDetail>((await GetAsync(id, ct))!);
    }

    /// <summary>
    /// 复制为新年度: tasks, measures (back to 未启动), indicator bindings and the appraisal scheme — not progress, bonuses,
    /// adjustments or summaries. The year in the title and the opening is replaced. Copied to another bureau, the
    /// measures of the source bureau's own units go to the new bureau itself (outside bodies stay) and lose their people.
    /// </summary>
    public async Task<PlanResult<PlanDetail>> CopyAsync(int id, CopyInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var source = await access.Plans(db).AsNoTracking().Include(p => p.Scheme).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (source is null)
        {
            return PlanResult.Missing<PlanDetail>();
        }
        if (input.Year is not { } year)
        {
            errors.Add(nameof(input.Year), "请输入新方案的年度");
            year = 0;
        }
        else if (year is < 2000 or > 2100)
        {
            errors.Add(nameof(input.Year), "年度须在2000至2100之间");
        }
        var bureauId = input.OrgUnitId ?? source.OrgUnitId;
        var bureau = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == bureauId, ct);
        if (bureau is null || bureau.Kind != OrgUnitKind.Bureau || !(access.SeesAll || access.ReadableBureaus().Contains(bureauId)))
        {
            errors.Add(nameof(input.OrgUnitId), "请选择本人数据权限范围内的局（区局）");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<PlanDetail>(errors);
        }
        if (await db.Plans.IgnoreQueryFilters().AnyAsync(p => p.OrgUnitId == bureauId && p.Year == year, ct))
        {
            return PlanResult.Refused<PlanDetail>($"{bureau!.Name}{year}年的实施方案已存在");
        }
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == id).Include(t => t.Measures).ThenInclude(m => m.Indicators).ToListAsync(ct);
        var sameBureau = bureauId == source.OrgUnitId;
        var external = (await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.External).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        string? Year(string? text) => text?.Replace(source.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var copy = new Plan
        {
            Year = year, Title = Blank(input.Title) ?? Year(source.Title)!, OrgUnitId = bureauId, Status = PlanStatus.Draft,
            Preamble = Year(source.Preamble), GuidingPrinciples = source.GuidingPrinciples, Cadence = source.Cadence, CopiedFromId = source.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = access.Actor,
            Scheme = new AppraisalScheme(),
            Tasks = tasks.OrderBy(t => t.Section).ThenBy(t => t.Number).Select(t => new PlanTask
            {
                Section = t.Section, Group = t.Group, Number = t.Number, Title = t.Title, Text = t.Text,
                Measures = t.Measures.OrderBy(m => m.SortOrder).Select(m => new PlanMeasure
                {
                    SortOrder = m.SortOrder, Text = m.Text, TimeFrame = m.TimeFrame, Schedule = m.Schedule, Status = MeasureStatus.NotStarted, Weight = m.Weight,
                    ResponsibleUnitId = sameBureau || external.Contains(m.ResponsibleUnitId) ? m.ResponsibleUnitId : bureauId,
                    ResponsiblePersonId = sameBureau ? m.ResponsiblePersonId : null,
                    Indicators = m.Indicators.OrderBy(i => i.SortOrder).Select(i => new PlanIndicator
                    {
                        FormulaCode = i.FormulaCode, Name = i.Name, Target = i.Target, Comparison = i.Comparison, Unit = i.Unit, SortOrder = i.SortOrder,
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };
        copy.Scheme.Apply(source.Scheme?.Rates ?? AppraisalRates.Default);
        db.Plans.Add(copy);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another copy for the same bureau and year got in first: the unique index refused this one.
            return PlanResult.Refused<PlanDetail>($"{bureau!.Name}{year}年的实施方案已存在");
        }
        return PlanResult.Ok<PlanDetail>((await GetAsync(copy.Id, ct))!);
    }

    public async Task<PlanResult<TaskView>> AddTaskAsync(int planId, TaskInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await access.Plans(db).AnyAsync(p => p.Id == planId, ct))
        {
            return PlanResult.Missing<TaskView>();
        }
        var errors = ValidateTask(input);
        if (errors.Any)
        {
            return PlanResult.Invalid<TaskView>(errors);
        }
        var section = input.Section!.Value;
        var number = input.Number ?? (await db.PlanTasks.Where(t => t.PlanId == planId && t.Section == section).MaxAsync(t => (int?)t.Number, ct) ?? 0) + 1;
        var task = new PlanTask { PlanId = planId, Section = section, Group = Blank(input.Group), Number = number, Title = input.Title!.Trim(), Text = Blank(input.Text) };
        db.PlanTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return await TaskResultAsync(planId, task.Id, ct);
    }

    public async Task<PlanResult<TaskView>> UpdateTaskAsync(int planId, int taskId, TaskInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await TaskAsync(db, planId, taskId, ct);
        if (task is null)
        {
            return PlanResult.Missing<TaskView>();
        }
        var errors = ValidateTask(input);
        if (errors.Any)
        {
            return PlanResult.Invalid<TaskView>(errors);
        }
        db.Entry(task).Property(t => t.Version).OriginalValue = input.Version;
        task.Section = input.Section!.Value;
        task.Group = Blank(input.Group);
        task.Number = input.Number ?? task.Number;
        task.Title = input.Title!.Trim();
        task.Text = Blank(input.Text);
        await db.SaveChangesAsync(ct);
        return await TaskResultAsync(planId, taskId, ct);
    }

    public async Task<PlanResult<PlanDetail>> DeleteTaskAsync(int planId, int taskId, int? version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await TaskAsync(db, planId, taskId, ct);
        if (task is null)
        {
            return PlanResult.Missing<PlanDetail>();
        }
        if (version is null)
        {
            return PlanResult.Invalid<PlanDetail>(new FieldErrors().Add("version", "请提供记录版本（version）"));
        }
        if (await db.ProgressReports.AnyAsync(r => r.Measure!.TaskId == taskId, ct))
        {
            return PlanResult.Refused<PlanDetail>("该任务的措施已有工作进展，不能删除；可将措施状态改为“暂缓”");
        }
        db.Entry(task).Property(t => t.Version).OriginalValue = version.Value;
        db.PlanTasks.Remove(task);
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<PlanDetail>((await GetAsync(planId, ct))!);
    }

    public async Task<PlanResult<MeasureView>> AddMeasureAsync(int planId, int taskId, MeasureInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await TaskAsync(db, planId, taskId, ct);
        if (task is null)
        {
            return PlanResult.Missing<MeasureView>();
        }
        var errors = await ValidateMeasureAsync(db, planId, input, ct);
        if (errors.Any)
        {
            return PlanResult.Invalid<MeasureView>(errors);
        }
        var measure = new PlanMeasure
        {
            TaskId = taskId, Text = "", Schedule = "",
            SortOrder = input.SortOrder ?? (await db.PlanMeasures.Where(m => m.TaskId == taskId).MaxAsync(m => (int?)m.SortOrder, ct) ?? 0) + 1,
        };
        Apply(measure, input);
        db.PlanMeasures.Add(measure);
        await db.SaveChangesAsync(ct);
        return await MeasureResultAsync(planId, measure.Id, ct);
    }

    public async Task<PlanResult<MeasureView>> UpdateMeasureAsync(int planId, int measureId, MeasureInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var measure = await MeasureAsync(db, planId, measureId, ct);
        if (measure is null)
        {
            return PlanResult.Missing<MeasureView>();
        }
        var errors = await ValidateMeasureAsync(db, planId, input, ct);
        if (errors.Any)
        {
            return PlanResult.Invalid<MeasureView>(errors);
        }
        db.Entry(measure).Property(m => m.Version).OriginalValue = input.Version;
        Apply(measure, input);
        measure.SortOrder = input.SortOrder ?? measure.SortOrder;
        await db.SaveChangesAsync(ct);
        return await MeasureResultAsync(planId, measureId, ct);
    }

    public async Task<PlanResult<PlanDetail>> DeleteMeasureAsync(int planId, int measureId, int? version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var measure = await MeasureAsync(db, planId, measureId, ct);
        if (measure is null)
        {
            return PlanResult.Missing<PlanDetail>();
        }
        if (version is null)
        {
            return PlanResult.Invalid<PlanDetail>(new FieldErrors().Add("version", "请提供记录版本（version）"));
        }
        if (await db.ProgressReports.AnyAsync(r => r.MeasureId == measureId, ct))
        {
            return PlanResult.Refused<PlanDetail>("该措施已有工作进展，不能删除；可将状态改为“暂缓”");
        }
        db.Entry(measure).Property(m => m.Version).OriginalValue = version.Value;
        db.PlanMeasures.Remove(measure);
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<PlanDetail>((await GetAsync(planId, ct))!);
    }

    /// <summary>指标绑定: any registered formula on any measure, with a target (≥ / ≤ / =) or none (仅统计).</summary>
    public async Task<PlanResult<MeasureView>> AddIndicatorAsync(int planId, int measureId, IndicatorInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var measure = await MeasureAsync(db, planId, measureId, ct);
        if (measure is null)
        {
            return PlanResult.Missing<MeasureView>();
        }
        var errors = ValidateIndicator(input);
        if (errors.Any)
        {
            return PlanResult.Invalid<MeasureView>(errors);
        }
        var indicator = new PlanIndicator
        {
            MeasureId = measureId, FormulaCode = "",
            SortOrder = input.SortOrder ?? (await db.PlanIndicators.Where(i => i.MeasureId == measureId).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0) + 1,
        };
        Apply(indicator, input);
        db.PlanIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return await MeasureResultAsync(planId, measureId, ct);
    }

    public async Task<PlanResult<MeasureView>> UpdateIndicatorAsync(int planId, int indicatorId, IndicatorInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicator = await IndicatorAsync(db, planId, indicatorId, ct);
        if (indicator is null)
        {
            return PlanResult.Missing<MeasureView>();
        }
        var errors = ValidateIndicator(input);
        if (errors.Any)
        {
            return PlanResult.Invalid<MeasureView>(errors);
        }
        db.Entry(indicator).Property(i => i.Version).OriginalValue = input.Version;
        Apply(indicator, input);
        indicator.SortOrder = input.SortOrder ?? indicator.SortOrder;
        await db.SaveChangesAsync(ct);
        return await MeasureResultAsync(planId, indicator.MeasureId, ct);
    }

    public async Task<PlanResult<MeasureView>> DeleteIndicatorAsync(int planId, int indicatorId, int? version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicator = await IndicatorAsync(db, planId, indicatorId, ct);
        if (indicator is null)
        {
            return PlanResult.Missing<MeasureView>();
        }
        if (version is null)
        {
            return PlanResult.Invalid<MeasureView>(new FieldErrors().Add("version", "请提供记录版本（version）"));
        }
        db.Entry(indicator).Property(i => i.Version).OriginalValue = version.Value;
        db.PlanIndicators.Remove(indicator);
        await db.SaveChangesAsync(ct);
        return await MeasureResultAsync(planId, indicator.MeasureId, ct);
    }

    /// <summary>年度对比: each formula bound in any of the plans, with each plan's value for its own year.</summary>
    public async Task<PlanResult<PlanComparison>> CompareAsync(string? ids, CancellationToken ct)
    {
        var parsed = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).ToList();
        var errors = new FieldErrors();
        if (parsed.Count == 0 || parsed.Any(p => p is null))
        {
            errors.Add("ids", "请以英文逗号分隔要对比的方案编号，例如 ids=1,2");
        }
        else if (parsed.Distinct().Count() > MaxCompared)
        {
            errors.Add("ids", $"一次最多对比{MaxCompared}个方案");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<PlanComparison>(errors);
        }
        var plans = new List<EvaluatedPlan>();
        foreach (var id in parsed.Select(p => p!.Value).Distinct())
        {
            if (await evaluator.EvaluateAsync(id, null, ct) is not { } plan)
            {
                return PlanResult.Missing<PlanComparison>();
            }
            plans.Add(plan);
        }
        plans = [.. plans.OrderBy(p => p.Plan.Year).ThenBy(p => p.Plan.OrgUnitId)];
        var indicators = plans.Select(p => p.Detail.Tasks.SelectMany(t => t.Measures).SelectMany(m => m.Indicators).ToList()).ToList();
        var rows = indicators.SelectMany(list => list).Select(i => i.FormulaCode).Distinct(StringComparer.Ordinal).Select(code =>
        {
            var first = indicators.SelectMany(list => list).First(i => i.FormulaCode == code);
            return new ComparisonRow(code, first.Name, first.Unit, plans.Select((plan, n) => indicators[n].FirstOrDefault(i => i.FormulaCode == code) is { } i
                ? new ComparisonCell(plan.Plan.Id, plan.Plan.Year, plan.AsOf, i.Value, i.Display, i.TargetText, i.Rag, i.Note)
                : null).ToList());
        }).ToList();
        var rowsOfPlans = plans.Select(p => new PlanRow(p.Plan.Id, p.Plan.Year, p.Plan.Title, p.Plan.OrgUnitId, p.Detail.OrgUnitName, p.Plan.Status,
            PlanText.Name(p.Plan.Status), p.Plan.Cadence, p.Tasks.Count, p.Tasks.Sum(t => t.Measures.Count), indicators[plans.IndexOf(p)].Count,
            p.Plan.PublishedAt, p.Plan.CopiedFromId, p.Plan.Version)).ToList();
        return PlanResult.Ok<PlanComparison>(new PlanComparison(rowsOfPlans, rows));
    }

    private async Task<PlanResult<TaskView>> TaskResultAsync(int planId, int taskId, CancellationToken ct) =>
        (await GetAsync(planId, ct))?.Tasks.FirstOrDefault(t => t.Id == taskId) is { } view ? PlanResult.Ok<TaskView>(view) : PlanResult.Missing<TaskView>();

    private async Task<PlanResult<MeasureView>> MeasureResultAsync(int planId, int measureId, CancellationToken ct) =>
        (await GetAsync(planId, ct))?.Tasks.SelectMany(t => t.Measures).FirstOrDefault(m => m.Id == measureId) is { } view
            ? PlanResult.Ok<MeasureView>(view) : PlanResult.Missing<MeasureView>();

    private async Task<PlanTask?> TaskAsync(ZhibaoDb db, int planId, int taskId, CancellationToken ct) =>
        await access.Plans(db).AnyAsync(p => p.Id == planId, ct)
            ? await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.PlanId == planId, ct) : null;

    private async Task<PlanMeasure?> MeasureAsync(ZhibaoDb db, int planId, int measureId, CancellationToken ct) =>
        await access.Plans(db).AnyAsync(p => p.Id == planId, ct)
            ? await db.PlanMeasures.FirstOrDefaultAsync(m => m.Id == measureId && m.Task!.PlanId == planId, ct) : null;

    private async Task<PlanIndicator?> IndicatorAsync(ZhibaoDb db, int planId, int indicatorId, CancellationToken ct) =>
        await access.Plans(db).AnyAsync(p => p.Id == planId, ct)
            ? await db.PlanIndicators.FirstOrDefaultAsync(i => i.Id == indicatorId && db.PlanMeasures.Any(m => m.Id == i.MeasureId && m.Task!.PlanId == planId), ct)
            : null;

    private static FieldErrors ValidateTask(TaskInput input)
    {
        var errors = Validation.Validate(input);
        if (input.Section is null)
        {
            errors.Add(nameof(input.Section), "请选择所属部分：keyTask（重点任务）或 requirement（工作要求）");
        }
        if (input.Number is < 1 or > 99)
        {
            errors.Add(nameof(input.Number), "序号须在1至99之间");
        }
        return errors;
    }

    private async Task<FieldErrors> ValidateMeasureAsync(ZhibaoDb db, int planId, MeasureInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var bureau = await db.Plans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.OrgUnitId).FirstAsync(ct);
        var own = tree.UnitAndBelow(bureau).ToList();
        OrgUnit? unit = input.ResponsibleUnitId is { } unitId ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
        if (unit is null || !(own.Contains(unit.Id) || unit.Kind == OrgUnitKind.External))
        {
            errors.Add(nameof(input.ResponsibleUnitId), "请选择责任部门：本局的科室、所、队，或外部单位");
        }
        if (input.ResponsiblePersonId is { } personId)
        {
            var person = await db.Users.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(u => u.Id == personId && u.IsActive, ct);
            var personUnit = person is null ? null : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == person.OrgUnitId, ct);
            if (personUnit is null || !(own.Contains(personUnit.Id) || personUnit.Kind == OrgUnitKind.External))
            {
                errors.Add(nameof(input.ResponsiblePersonId), "责任人须为本局或外部单位的在用账号");
            }
        }
        if (!string.IsNullOrWhiteSpace(input.Schedule) && !MeasureSchedule.TryParse(input.Schedule, out _, out var scheduleError))
        {
            errors.Add(nameof(input.Schedule), scheduleError!);
        }
        if (input.Weight is < 0 or > 100)
        {
            errors.Add(nameof(input.Weight), "权重须在0至100之间");
        }
        return errors;
    }

    private FieldErrors ValidateIndicator(IndicatorInput input)
    {
        var errors = Validation.Validate(input);
        var formula = formulas.Find(input.FormulaCode);
        if (string.IsNullOrWhiteSpace(input.FormulaCode))
        {
            errors.Add(nameof(input.FormulaCode), "请选择指标公式");
        }
        else if (formula is null)
        {
            errors.Add(nameof(input.FormulaCode), $"未知的指标公式“{input.FormulaCode.Trim()}”，可选公式见 GET /api/plans/formulas");
        }
        if (input.Target is null != input.Comparison is null)
        {
            errors.Add(input.Target is null ? nameof(input.Target) : nameof(input.Comparison), "目标值与比较方式（≥、≤、=）须同时填写，或同时留空（仅统计）");
        }
        if (input.Target is < 0)
        {
            errors.Add(nameof(input.Target), "目标值不能为负数");
        }
        else if (input.Target is > 100 && (input.Unit ?? formula?.Unit) == "%")
        {
            errors.Add(nameof(input.Target), "比率指标的目标值不能超过100%");
        }
        return errors;
    }

    private static void Apply(PlanMeasure measure, MeasureInput input)
    {
        measure.Text = input.Text!.Trim();
        measure.ResponsibleUnitId = input.ResponsibleUnitId!.Value;
        measure.ResponsiblePersonId = input.ResponsiblePersonId;
        measure.TimeFrame = Blank(input.TimeFrame);
        measure.Schedule = MeasureSchedule.TryParse(input.Schedule, out var schedule, out _) ? schedule.Code : MeasureSchedule.AllYear.Code;
        measure.Status = input.Status ?? measure.Status;
        measure.Weight = input.Weight ?? (measure.Id == 0 ? 1m : measure.Weight);
    }

    private static void Apply(PlanIndicator indicator, IndicatorInput input)
    {
        indicator.FormulaCode = input.FormulaCode!.Trim();
        indicator.Name = Blank(input.Name);
        indicator.Target = input.Target;
        indicator.Comparison = input.Comparison;
        indicator.Unit = Blank(input.Unit);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
