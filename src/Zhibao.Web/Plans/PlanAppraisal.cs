using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Plans;

/// <summary>
/// 绩效考核 (seed 三(二)): each measure scored from its indicators and progress by the plan's scheme
/// (<see cref="AppraisalRules"/>), summed for its responsible unit and person; bonus items (精品案件, 典型案例, 指导案例
/// recommended or adopted) and hard cases escalated to the city bureau (报请市局指导) added up to the cap; leaders'
/// adjustments with their reasons on top. Every point carries the evidence it rests on.
/// </summary>
public sealed class PlanAppraisal(IDbContextFactory<ZhibaoDb> factory, PlanEvaluator evaluator, PlanAccess access, OrgTree tree, TimeProvider clock)
{
    public const decimal MaxAdjustment = 20m;

    public async Task<AppraisalView?> GetAsync(int planId, CancellationToken ct)
    {
        if (await evaluator.EvaluateAsync(planId, null, ct) is not { } evaluated)
        {
            return null;
        }
        await using var db = evaluator.SystemDb();
        var plan = evaluated.Plan;
        var rates = plan.Scheme?.Rates ?? AppraisalRates.Default;
        var bonuses = await BonusesAsync(db, planId, rates, ct);
        var adjustments = await AdjustmentsAsync(db, planId, ct);
        var yearStart = new DateOnly(plan.Year, 1, 1);
        var difficult = await db.Cases.AsNoTracking()
            .Where(c => evaluated.UnitIds.Contains(c.OrgUnitId) && c.IsDifficult && c.ReceivedOn >= yearStart && c.ReceivedOn <= evaluated.AsOf)
            .Select(c => new { c.OrgUnitId, c.CaseNumber, c.Title }).ToListAsync(ct);

        var measures = evaluated.Detail.Tasks.SelectMany(t => t.Measures.Select(m => (Task: t, Measure: m))).Select(x =>
        {
            var m = x.Measure;
            var outcome = m.Status == MeasureStatus.Suspended
                ? MeasureOutcome.NotAssessed
                : AppraisalRules.Outcome(m.Indicators.Select(i => i.Outcome).ToList(), m.Progress.Owed, m.Progress.Approved);
            var evidence = m.Indicators.Select(i => $"{i.Name}：{i.Display}{(i.TargetText is null ? "（仅统计）" : $"，目标{i.TargetText}，{Verdict(i.Outcome)}")}")
                .Append(m.Status == MeasureStatus.Suspended ? "措施暂缓，不参与评分"
                    : m.Progress.Owed == 0 ? "工作进展：尚无到期应报的期间"
                    : $"工作进展：应报{m.Progress.Owed}期，审核通过{m.Progress.Approved}期")
                .ToList();
            return (x.Measure, Score: new MeasureScore(m.Id, x.Task.Heading, PlanText.Clip(m.Text, 40), m.Weight, outcome, AppraisalRules.Name(outcome),
                AppraisalRules.Score(m.Weight, outcome, rates), evidence));
        }).ToList();

        var unitIds = measures.Select(m => m.Measure.ResponsibleUnitId)
            .Concat(bonuses.Select(b => b.OrgUnitId)).Concat(difficult.Select(d => d.OrgUnitId))
            .Concat(adjustments.Where(a => a.OrgUnitId is not null).Select(a => a.OrgUnitId!.Value)).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var unitScores = unitIds.OrderBy(id => units[id].Kind == OrgUnitKind.External).ThenBy(id => units[id].SortOrder).ThenBy(id => id).Select(id =>
        {
            var hard = difficult.Where(d => d.OrgUnitId == id).ToList();
            return Score("unit", id, units[id].Name, null,
                measures.Where(m => m.Measure.ResponsibleUnitId == id).Select(m => m.Score).ToList(),
                bonuses.Where(b => b.OrgUnitId == id).ToList(), hard.Count, hard.Select(h => h.CaseNumber ?? h.Title).ToList(),
                adjustments.Where(a => a.OrgUnitId == id).ToList(), rates);
        }).ToList();

        var personIds = measures.Where(m => m.Measure.ResponsiblePersonId is not null).Select(m => m.Measure.ResponsiblePersonId!.Value)
            .Concat(bonuses.Where(b => b.UserId is not null).Select(b => b.UserId!.Value))
            .Concat(adjustments.Where(a => a.UserId is not null).Select(a => a.UserId!.Value)).Distinct().ToList();
        var people = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => personIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Unit = u.OrgUnit!.Name }).ToDictionaryAsync(u => u.Id, ct);
        var personScores = personIds.Where(people.ContainsKey).OrderBy(id => id).Select(id => Score("person", id, people[id].DisplayName, people[id].Unit,
            measures.Where(m => m.Measure.ResponsiblePersonId == id).Select(m => m.Score).ToList(),
            bonuses.Where(b => b.UserId == id).ToList(), 0, [], adjustments.Where(a => a.UserId == id).ToList(), rates)).ToList();

        return new AppraisalView(planId, plan.Year, evaluated.AsOf, rates, unitScores, personScores, bonuses, adjustments, plan.Scheme?.Version ?? 0);
    }

    private static AppraisalScore Score(string kind, int id, string name, string? unitName, List<MeasureScore> measures, List<BonusView> bonuses,
        int hardCases, List<string> hardEvidence, List<AdjustmentView> adjustments, AppraisalRates rates)
    {
        var assessed = measures.Where(m => m.Outcome != MeasureOutcome.NotAssessed).ToList();
        var earned = assessed.Sum(m => m.Score);
        var maximum = assessed.Sum(m => m.Weight);
        var raw = bonuses.Sum(b => b.Points) + hardCases * rates.DifficultCase;
        var bonus = AppraisalRules.CappedBonus(raw, rates.BonusCap);
        var adjustment = adjustments.Sum(a => a.Points);
        var percent = AppraisalRules.Percent(earned, maximum);
        return new AppraisalScore(kind, id, name, unitName, earned, maximum, percent, measures, bonuses, hardCases, hardEvidence, raw, bonus,
            adjustments, adjustment, AppraisalRules.Total(percent, bonus, adjustment));
    }

    private static string Verdict(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Met => "达标",
        IndicatorOutcome.NotMet => "未达标",
        _ => "无法判断",
    };

    /// <summary>考核调整 by a leader: a unit or a person, ±points (at most <see cref="MaxAdjustment"/>), and the reason (audited).</summary>
    public async Task<PlanResult<AppraisalView>> AdjustAsync(int planId, AdjustmentInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await access.Plans(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return PlanResult.Missing<AppraisalView>();
        }
        if (!access.CanAppraise)
        {
            return PlanResult.Forbidden<AppraisalView>("只有局领导（考核得分调整权限）可以调整得分");
        }
        var errors = new FieldErrors();
        if (input.OrgUnitId is null == input.UserId is null)
        {
            errors.Add(nameof(input.OrgUnitId), "请选择调整对象：单位（orgUnitId）或个人（userId），二者选一");
        }
        else if (input.OrgUnitId is { } unit && !await UnitOfPlanAsync(db, plan, unit, ct))
        {
            errors.Add(nameof(input.OrgUnitId), "调整对象须为本局的单位或方案中的外部责任单位");
        }
        else if (input.UserId is { } user && !await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == user, ct))
        {
            errors.Add(nameof(input.UserId), "调整对象用户不存在");
        }
        if (input.Points is not { } points || points == 0 || Math.Abs(points) > MaxAdjustment)
        {
            errors.Add(nameof(input.Points), $"调整分值须为非零数，且在±{MaxAdjustment:0}分以内");
        }
        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length < 4)
        {
            errors.Add(nameof(input.Reason), "请填写调整理由（不少于4个字）");
        }
        else if (input.Reason.Trim().Length > 500)
        {
            errors.Add(nameof(input.Reason), "调整理由不超过500个字符");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<AppraisalView>(errors);
        }
        db.AppraisalAdjustments.Add(new AppraisalAdjustment
        {
            PlanId = planId, OrgUnitId = input.OrgUnitId, UserId = input.UserId, Points = Math.Round(input.Points!.Value, 2), Reason = input.Reason!.Trim(),
            ById = access.UserId ?? 0, ByName = access.Actor, At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<AppraisalView>((await GetAsync(planId, ct))!);
    }

    /// <summary>加分项 recorded by a plan editor: 精品案件, 典型案例 or 指导案例, recommended or adopted, for a unit (and a person).</summary>
    public async Task<PlanResult<AppraisalView>> AddBonusAsync(int planId, BonusInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await access.Plans(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return PlanResult.Missing<AppraisalView>();
        }
        var errors = new FieldErrors();
        if (input.Kind is null)
        {
            errors.Add(nameof(input.Kind), "请选择加分项：modelCase（精品案件）、typicalCase（典型案例）或 guidingCase（指导案例）");
        }
        if (input.Stage is null)
        {
            errors.Add(nameof(input.Stage), "请选择阶段：recommended（推荐）或 adopted（采用）");
        }
        if (input.OrgUnitId is not { } unit || !await UnitOfPlanAsync(db, plan, unit, ct))
        {
            errors.Add(nameof(input.OrgUnitId), "请选择本局的单位");
        }
        if (input.UserId is { } user && !await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == user, ct))
        {
            errors.Add(nameof(input.UserId), "用户不存在");
        }
        var units = tree.UnitAndBelow(plan.OrgUnitId).ToList();
        var c = input.CaseId is { } caseId ? await db.Cases.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) : null;
        if (input.CaseId is not null && (c is null || !units.Contains(c.OrgUnitId)))
        {
            errors.Add(nameof(input.CaseId), "案件不存在或不属于本局");
        }
        var title = PlanService.Blank(input.Title) ?? c?.Title;
        if (title is null)
        {
            errors.Add(nameof(input.Title), "请填写案例名称或选择案件");
        }
        else if (title.Length > 200)
        {
            errors.Add(nameof(input.Title), "案例名称不超过200个字符");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<AppraisalView>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AppraisalBonuses.Add(new AppraisalBonus
        {
            PlanId = planId, Kind = input.Kind!.Value, Stage = input.Stage!.Value, OrgUnitId = input.OrgUnitId!.Value, UserId = input.UserId,
            CaseId = input.CaseId, Title = title!, RecordedOn = input.RecordedOn ?? Clock.Today(clock), RecordedByName = access.Actor, RecordedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<AppraisalView>((await GetAsync(planId, ct))!);
    }

    public async Task<PlanResult<AppraisalView>> UpdateSchemeAsync(int planId, SchemeInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await access.Plans(db).AnyAsync(p => p.Id == planId, ct))
        {
            return PlanResult.Missing<AppraisalView>();
        }
        var errors = new FieldErrors();
        decimal Share(decimal? value, string field)
        {
            if (value is not { } v || v < 0 || v > 1)
            {
                errors.Add(field, "比例须在0至1之间（如0.6表示60%）");
                return 0;
            }
            return v;
        }
        decimal Points(decimal? value, string field)
        {
            if (value is not { } v || v < 0 || v > 100)
            {
                errors.Add(field, "分值须在0至100之间");
                return 0;
            }
            return v;
        }
        var rates = new AppraisalRates(
            Share(input.Met, nameof(input.Met)), Share(input.Partly, nameof(input.Partly)), Share(input.NotMet, nameof(input.NotMet)),
            Points(input.ModelCaseRecommended, nameof(input.ModelCaseRecommended)), Points(input.ModelCaseAdopted, nameof(input.ModelCaseAdopted)),
            Points(input.TypicalCaseRecommended, nameof(input.TypicalCaseRecommended)), Points(input.TypicalCaseAdopted, nameof(input.TypicalCaseAdopted)),
            Points(input.GuidingCaseRecommended, nameof(input.GuidingCaseRecommended)), Points(input.GuidingCaseAdopted, nameof(input.GuidingCaseAdopted)),
            Points(input.DifficultCase, nameof(input.DifficultCase)), Points(input.BonusCap, nameof(input.BonusCap)));
        if (!errors.Any && !(rates.Met >= rates.Partly && rates.Partly >= rates.NotMet))
        {
            errors.Add(nameof(input.Partly), "须满足：完成 ≥ 部分完成 ≥ 未完成");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<AppraisalView>(errors);
        }
        var scheme = await db.AppraisalSchemes.FirstOrDefaultAsync(s => s.PlanId == planId, ct);
        if (scheme is null)
        {
            scheme = new AppraisalScheme { PlanId = planId };
            db.AppraisalSchemes.Add(scheme);
        }
        else
        {
            db.Entry(scheme).Property(s => s.Version).OriginalValue = input.Version;
        }
        scheme.Apply(rates);
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<AppraisalView>((await GetAsync(planId, ct))!);
    }

    /// <summary>A unit of the plan's bureau, or an outside body named responsible in the plan.</summary>
    private async Task<bool> UnitOfPlanAsync(ZhibaoDb db, Plan plan, int unitId, CancellationToken ct) =>
        tree.UnitAndBelow(plan.OrgUnitId).Contains(unitId)
        || await db.PlanMeasures.AnyAsync(m => m.Task!.PlanId == plan.Id && m.ResponsibleUnitId == unitId, ct);

    private static async Task<List<BonusView>> BonusesAsync(ZhibaoDb db, int planId, AppraisalRates rates, CancellationToken ct) =>
        (await (from b in db.AppraisalBonuses.AsNoTracking()
                join u in db.OrgUnits on b.OrgUnitId equals u.Id
                join p in db.Users.IgnoreQueryFilters() on b.UserId equals (int?)p.Id into person
                from p in person.DefaultIfEmpty()
                join c in db.Cases.IgnoreQueryFilters() on b.CaseId equals (int?)c.Id into cases
                from c in cases.DefaultIfEmpty()
                where b.PlanId == planId
                orderby b.Id
                select new { b, Unit = u.Name, Person = p == null ? null : p.DisplayName, Number = c == null ? null : c.CaseNumber })
            .ToListAsync(ct))
        .Select(x => new BonusView(x.b.Id, x.b.Kind, AppraisalRules.Name(x.b.Kind), x.b.Stage, AppraisalRules.Name(x.b.Stage), x.b.OrgUnitId, x.Unit,
            x.b.UserId, x.Person, x.b.CaseId, x.Number, x.b.Title, AppraisalRules.BonusPoints(x.b.Kind, x.b.Stage, rates), x.b.RecordedOn, x.b.RecordedByName))
        .ToList();

    private static async Task<List<AdjustmentView>> AdjustmentsAsync(ZhibaoDb db, int planId, CancellationToken ct) =>
        (await (from a in db.AppraisalAdjustments.AsNoTracking()
                join u in db.OrgUnits on a.OrgUnitId equals (int?)u.Id into unit
                from u in unit.DefaultIfEmpty()
                join p in db.Users.IgnoreQueryFilters() on a.UserId equals (int?)p.Id into person
                from p in person.DefaultIfEmpty()
                where a.PlanId == planId
                orderby a.Id
                select new { a, Unit = u == null ? null : u.Name, Person = p == null ? null : p.DisplayName })
            .ToListAsync(ct))
        .Select(x => new AdjustmentView(x.a.Id, x.a.OrgUnitId, x.a.UserId, x.Unit ?? x.Person ?? "", x.a.Points, x.a.Reason, x.a.ByName, x.a.At))
        .ToList();
}
