using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Documents;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using static Zhibao.Web.Collaboration.CollaborationText;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// 联合执法与专项行动 (seed tasks 1, 6, 7): the plan (类别, 期间, 牵头单位, 参与单位, 目标, 分工), the results each unit reports with
/// the cases opened linked by id, and the summary report (.docx). <c>db.JointOperations</c> carries the data scope: the lead
/// unit's scope and every participating unit (a partner body included) see an operation; only the lead unit's scope edits it.
/// </summary>
public sealed class JointOperations(IDbContextFactory<ZhibaoDb> factory, CollaborationAccess access, OrgTree tree, CaseKinds kinds, TimeProvider clock)
{
    public const int MaxTargets = 100;
    public const int MaxTasks = 200;
    public const int MaxCasesPerResult = 200;

    private const string KeySectorDictionary = "key_sector";
    private const string AreaDictionary = "area";

    private DateOnly Today => Clock.Today(clock);

    public static string KindError(string? kind) =>
        (string.IsNullOrWhiteSpace(kind) ? "请选择行动类别" : $"行动类别“{kind.Trim()}”无效") + "，可选：" + CollaborationRules.Choices<OperationKind>(CollaborationRules.Name);

    public FieldErrors Validate(OperationQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Kind) && CollaborationRules.Parse<OperationKind>(q.Kind, CollaborationRules.Name) is null)
        {
            errors.Add("kind", KindError(q.Kind));
        }
        if (!string.IsNullOrWhiteSpace(q.Phase) && CollaborationRules.Parse<OperationPhase>(q.Phase, CollaborationRules.Name) is null)
        {
            errors.Add("phase", "阶段须为 planned（未开始）、running（进行中）或 ended（已结束）");
        }
        access.ValidateYearAndUnit(q.Year, q.UnitId, errors);
        return errors;
    }

    public async Task<Page<OperationRow>> ListAsync(OperationQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(db, query.OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<OperationRow>(rows, total, page, size);
    }

    public async Task<List<OperationRow>> AllAsync(OperationQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(db, Filter(db, q).OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).Take(ExcelExport.MaxRows), ct);
    }

    private IQueryable<JointOperation> Filter(ZhibaoDb db, OperationQuery q)
    {
        var query = db.JointOperations.AsNoTracking();
        if (CollaborationRules.Parse<OperationKind>(q.Kind, CollaborationRules.Name) is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (q.Year is { } year)
        {
            // An operation counts in every year its period touches.
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(o => o.StartDate <= to && o.EndDate >= from);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(o => units.Contains(o.OrgUnitId) || o.Bodies.Any(b => units.Contains(b.OrgUnitId)));
        }
        var today = Today;
        query = CollaborationRules.Parse<OperationPhase>(q.Phase, CollaborationRules.Name) switch
        {
            OperationPhase.Planned => query.Where(o => o.StartDate > today),
            OperationPhase.Running => query.Where(o => o.StartDate <= today && o.EndDate >= today),
            OperationPhase.Ended => query.Where(o => o.EndDate < today),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(o => o.Name.Contains(k) || (o.Description != null && o.Description.Contains(k)) || (o.OtherBodies != null && o.OtherBodies.Contains(k)));
        }
        return query;
    }

    private async Task<List<OperationRow>> RowsAsync(ZhibaoDb db, IQueryable<JointOperation> query, CancellationToken ct)
    {
        var rows = await query.Select(o => new
        {
            o.Id, o.Kind, o.Name, o.StartDate, o.EndDate, o.OrgUnitId, Lead = o.OrgUnit!.Name, o.OtherBodies, o.Version,
            Bodies = o.Bodies.Select(b => b.OrgUnit!.Name).ToList(),
            Tasks = o.Tasks.Count, TasksDone = o.Tasks.Count(t => t.Status == WorkItemStatus.Done),
            Inspections = o.Results.Sum(r => r.Inspections), Other = o.Results.Sum(r => r.OtherCasesOpened),
            Goods = o.Results.Sum(r => r.GoodsSeized), Referrals = o.Results.Sum(r => r.Referrals),
            Linked = db.JointOperationCases.Count(c => c.OperationId == o.Id),
        }).ToListAsync(ct);
        var today = Today;
        return rows.Select(r =>
        {
            var phase = CollaborationRules.PhaseOn(r.StartDate, r.EndDate, today);
            var bodies = string.Join("、", r.Bodies.Append(r.OtherBodies).Where(b => !string.IsNullOrWhiteSpace(b)));
            return new OperationRow(r.Id, r.Kind, CollaborationRules.Name(r.Kind), r.Name, r.StartDate, r.EndDate, phase, CollaborationRules.Name(phase),
                r.OrgUnitId, r.Lead, bodies, r.Tasks, r.TasksDone, r.Inspections, r.Linked + r.Other, r.Goods, r.Referrals, r.Version);
        }).ToList();
    }

    public async Task<OperationDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    private async Task<OperationDetail?> DetailAsync(ZhibaoDb db, int id, CancellationToken ct)
    {
        var o = await db.JointOperations.AsNoTracking().AsSplitQuery().Include(x => x.OrgUnit)
            .Include(x => x.Bodies).ThenInclude(b => b.OrgUnit).Include(x => x.Targets)
            .Include(x => x.Tasks).ThenInclude(t => t.OwnerUnit).Include(x => x.Results).ThenInclude(r => r.Unit)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return null;
        }
        // The operation is in scope; its linked cases show to the bureau's staff whatever unit handles them. A partner body
        // sees that a case was opened, never which (ADR 0012).
        var links = await db.JointOperationCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.OperationId == id)
            .Select(c => new { c.ResultId, c.CaseId, c.Case!.CaseNumber, c.Case.Title, c.Case.Kind, c.Case.Status }).ToListAsync(ct);
        var partner = access.IsPartner;
        var cases = links.ToLookup(l => l.ResultId, l => partner
            ? new OperationCaseView(l.CaseId, null, null, null)
            : new OperationCaseView(l.CaseId, l.CaseNumber, l.Title, kinds.For(l.Kind).StatusName(l.Status)));
        var today = Today;
        var canEdit = !partner && access.CanEdit && access.Sees(o.OrgUnitId);
        var participants = o.Bodies.Select(b => b.OrgUnitId).Append(o.OrgUnitId).ToList();
        var canReport = partner ? access.UnitId is { } u && participants.Contains(u) : access.CanEdit && participants.Any(access.Sees);
        var phase = CollaborationRules.PhaseOn(o.StartDate, o.EndDate, today);
        var results = o.Results.OrderBy(r => r.ReportedOn).ThenBy(r => r.Id).Select(r => new OperationResultView(r.Id, r.UnitId, r.Unit!.Name, r.ReportedOn,
            r.Inspections, r.GoodsSeized, r.GoodsValue, r.Referrals, r.OtherCasesOpened, cases[r.Id].ToList(), r.Note, r.CreatedAt, r.CreatedByName)).ToList();
        var totals = new OperationTotals(results.Sum(r => r.Inspections), links.Count, results.Sum(r => r.OtherCasesOpened),
            links.Count + results.Sum(r => r.OtherCasesOpened), results.Sum(r => r.GoodsSeized), results.Sum(r => r.GoodsValue ?? 0m), results.Sum(r => r.Referrals));
        return new OperationDetail(o.Id, o.Kind, CollaborationRules.Name(o.Kind), o.Name, o.StartDate, o.EndDate, phase, CollaborationRules.Name(phase),
            Ref(o.OrgUnit!), o.Description, o.Bodies.OrderBy(b => b.Id).Select(b => Ref(b.OrgUnit!)).ToList(), o.OtherBodies,
            o.Targets.OrderBy(t => t.Id).Select(t => new OperationTargetView(t.Kind, CollaborationRules.Name(t.Kind), t.MarketId, t.ProtectedMarkId, t.Label)).ToList(),
            o.Tasks.OrderBy(t => t.SortOrder).Select(t => new OperationTaskView(t.Id, t.OwnerUnitId, t.OwnerUnit!.Name, t.Content, t.DueOn, t.Status,
                CollaborationRules.Name(t.Status), t.DoneOn, t.Note, t.Status != WorkItemStatus.Done && t.DueOn < today,
                canEdit || (access.Sees(t.OwnerUnitId) && (partner || access.CanEdit)))).ToList(),
            results, totals, o.Summary, canEdit, canReport, o.CreatedAt, o.CreatedByName, o.UpdatedAt, o.Version);
    }

    public async Task<CollabResult<OperationDetail>> CreateAsync(OperationInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, valid) = await ValidateAsync(db, input, null, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<OperationDetail>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var o = new JointOperation { Name = "", CreatedAt = now, CreatedByName = access.Actor };
        Apply(o, valid, now);
        db.JointOperations.Add(o);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, o.Id, ct))!);
    }

    /// <summary>A stale <see cref="OperationInput.Version"/> throws <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public async Task<CollabResult<OperationDetail>> UpdateAsync(int id, OperationInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var o = await db.JointOperations.AsSplitQuery().Include(x => x.Bodies).Include(x => x.Targets).Include(x => x.Tasks)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return CollabResult.Missing<OperationDetail>();
        }
        if (!access.Sees(o.OrgUnitId))
        {
            return CollabResult.Denied<OperationDetail>("只有牵头单位可以修改行动方案");
        }
        var (errors, valid) = await ValidateAsync(db, input, o, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<OperationDetail>(errors);
        }
        db.Entry(o).Property(x => x.Version).OriginalValue = input!.Version;
        // A save always takes a new version, even when only its tasks or bodies change: the next stale save is refused.
        db.Entry(o).Property(x => x.UpdatedAt).IsModified = true;
        Apply(o, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    private sealed record ValidTask(int? Id, int OwnerUnitId, string Content, DateOnly? DueOn, WorkItemStatus? Status);

    private sealed record ValidOperation(OperationKind Kind, string Name, DateOnly Start, DateOnly End, int LeadUnitId, string? Description,
        List<int> Bodies, string? OtherBodies, List<JointOperationTarget> Targets, List<ValidTask> Tasks, string? Summary);

    private async Task<(FieldErrors Errors, ValidOperation? Valid)> ValidateAsync(ZhibaoDb db, OperationInput? input, JointOperation? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return (errors, null);
        }
        var kind = CollaborationRules.Parse<OperationKind>(input.Kind, CollaborationRules.Name);
        if (kind is null)
        {
            errors.Add("kind", KindError(input.Kind));
        }
        if (input.StartDate is { } start && input.EndDate is { } end && end < start)
        {
            errors.Add("endDate", "结束日期不能早于开始日期");
        }
        var leadId = input.LeadUnitId ?? existing?.OrgUnitId ?? access.UnitId;
        var lead = leadId is { } l ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == l && u.IsActive, ct) : null;
        if (lead is null || lead.Kind == OrgUnitKind.External)
        {
            errors.Add("leadUnitId", "请选择本局的牵头单位（公安、法院等外部单位请列为参与单位）");
        }
        else if (!access.Sees(lead.Id))
        {
            errors.Add("leadUnitId", "只能登记本单位及下级单位牵头的行动");
        }
        var bodies = await BodiesAsync(db, input.BodyUnitIds, lead?.Id, "bodyUnitIds", "牵头单位不必再列为参与单位", errors, ct);
        if (kind == OperationKind.JointEnforcement && bodies.Count == 0 && string.IsNullOrWhiteSpace(input.OtherBodies))
        {
            errors.Add("bodyUnitIds", "联合执法须至少有一个参与单位（公安、检察院、法院、文化执法或其他部门）");
        }
        var targets = await TargetsAsync(db, input.Targets, errors, ct);
        var tasks = ValidateTasks(input.Tasks, lead?.Id, bodies, existing, errors);
        if (errors.Any)
        {
            return (errors, null);
        }
        return (errors, new ValidOperation(kind!.Value, input.Name!.Trim(), input.StartDate!.Value, input.EndDate!.Value, lead!.Id, Blank(input.Description),
            bodies, Blank(input.OtherBodies), targets, tasks, Blank(input.Summary)));
    }

    private static async Task<List<JointOperationTarget>> TargetsAsync(ZhibaoDb db, IReadOnlyList<OperationTargetInput>? input, FieldErrors errors, CancellationToken ct)
    {
        var list = input ?? [];
        var targets = new List<JointOperationTarget>();
        if (list.Count > MaxTargets)
        {
            errors.Add("targets", $"行动目标不超过{MaxTargets}项");
            return targets;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            var field = $"targets[{i}]";
            switch (CollaborationRules.Parse<OperationTargetKind>(t.Kind, CollaborationRules.Name))
            {
                case OperationTargetKind.Market:
                    // Markets are unit-owned: a unit targets the markets it supervises, the 知识产权科 any.
                    var market = t.MarketId is { } m ? await db.Markets.AsNoTracking().Where(x => x.Id == m).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
                    if (market is null)
                    {
                        errors.Add($"{field}.marketId", "所选市场不存在或不在您的数据权限范围内");
                    }
                    else if (targets.All(x => x.MarketId != t.MarketId))
                    {
                        targets.Add(new JointOperationTarget { Kind = OperationTargetKind.Market, MarketId = t.MarketId, Label = market });
                    }
                    break;
                case OperationTargetKind.Mark:
                    var mark = t.ProtectedMarkId is { } k ? await db.ProtectedMarks.AsNoTracking().Where(x => x.Id == k).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
                    if (mark is null)
                    {
                        errors.Add($"{field}.protectedMarkId", "所选商标/标志不在重点保护名录中");
                    }
                    else if (targets.All(x => x.ProtectedMarkId != t.ProtectedMarkId))
                    {
                        targets.Add(new JointOperationTarget { Kind = OperationTargetKind.Mark, ProtectedMarkId = t.ProtectedMarkId, Label = mark });
                    }
                    break;
                case OperationTargetKind.Sector or OperationTargetKind.Area:
                    var targetKind = CollaborationRules.Parse<OperationTargetKind>(t.Kind, CollaborationRules.Name)!.Value;
                    var dictionary = targetKind == OperationTargetKind.Sector ? KeySectorDictionary : AreaDictionary;
                    var label = t.Label?.Trim();
                    var known = label is not null && await db.DictionaryItems.AnyAsync(d => d.DictionaryType!.Code == dictionary && d.IsActive && d.Label == label, ct);
                    if (!known)
                    {
                        errors.Add($"{field}.label", targetKind == OperationTargetKind.Sector ? "请从数据字典“重点领域”中选择" : "请从数据字典“街镇”中选择");
                    }
                    else if (targets.All(x => x.Kind != targetKind || x.Label != label))
                    {
                        targets.Add(new JointOperationTarget { Kind = targetKind, Label = label! });
                    }
                    break;
                default:
                    errors.Add($"{field}.kind", "目标类别须为 market（市场）、mark（商标/标志）、sector（重点领域）或 area（街镇）");
                    break;
            }
        }
        return targets;
    }

    private static List<ValidTask> ValidateTasks(IReadOnlyList<OperationTaskInput>? input, int? leadId, List<int> bodies, JointOperation? existing, FieldErrors errors)
    {
        var list = input ?? [];
        var tasks = new List<ValidTask>();
        if (list.Count > MaxTasks)
        {
            errors.Add("tasks", $"任务分工不超过{MaxTasks}项");
            return tasks;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            if (t.Id is null && t.OwnerUnitId is null && string.IsNullOrWhiteSpace(t.Content))
            {
                continue; // an empty line of the form
            }
            var field = $"tasks[{i}]";
            if (t.OwnerUnitId is not { } owner || (owner != leadId && !bodies.Contains(owner)))
            {
                errors.Add($"{field}.ownerUnitId", "承担单位须为牵头单位或参与单位");
            }
            if (string.IsNullOrWhiteSpace(t.Content) || t.Content.Trim().Length > 1000)
            {
                errors.Add($"{field}.content", "请填写任务内容（不超过1000个字符）");
            }
            WorkItemStatus? status = null;
            if (!string.IsNullOrWhiteSpace(t.Status))
            {
                status = CollaborationRules.Parse<WorkItemStatus>(t.Status, CollaborationRules.Name);
                if (status is null)
                {
                    errors.Add($"{field}.status", "任务状态须为 pending（未开始）、inProgress（进行中）或 done（已完成）");
                }
            }
            if (t.Id is { } id && existing?.Tasks.All(x => x.Id != id) != false)
            {
                errors.Add($"{field}.id", "该任务不属于本次行动");
            }
            tasks.Add(new ValidTask(t.Id, t.OwnerUnitId ?? 0, t.Content?.Trim() ?? "", t.DueOn, status));
        }
        return tasks;
    }

    private void Apply(JointOperation o, ValidOperation v, DateTime now)
    {
        o.Kind = v.Kind;
        o.Name = v.Name;
        o.StartDate = v.Start;
        o.EndDate = v.End;
        o.OrgUnitId = v.LeadUnitId;
        o.Description = v.Description;
        o.OtherBodies = v.OtherBodies;
        o.Summary = v.Summary;
        o.UpdatedAt = now;
        o.Bodies.RemoveAll(b => !v.Bodies.Contains(b.OrgUnitId));
        o.Bodies.AddRange(v.Bodies.Where(id => o.Bodies.All(b => b.OrgUnitId != id)).Select(id => new JointOperationBody { OrgUnitId = id }));
        o.Targets.Clear();
        o.Targets.AddRange(v.Targets);
        var keep = v.Tasks.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        o.Tasks.RemoveAll(t => !keep.Contains(t.Id));
        var order = 0;
        foreach (var t in v.Tasks)
        {
            var task = t.Id is { } id ? o.Tasks.Single(x => x.Id == id) : new JointOperationTask { Content = "" };
            if (t.Id is null)
            {
                o.Tasks.Add(task);
            }
            task.SortOrder = ++order;
            task.OwnerUnitId = t.OwnerUnitId;
            task.Content = t.Content;
            task.DueOn = t.DueOn;
            SetStatus(task, t.Status ?? task.Status, null);
        }
    }

    private void SetStatus(JointOperationTask task, WorkItemStatus status, DateOnly? doneOn)
    {
        task.DoneOn = status == WorkItemStatus.Done ? doneOn ?? task.DoneOn ?? Today : null;
        task.Status = status;
    }

    /// <summary>The owner unit (a partner body included) or the lead unit reports how far a task is.</summary>
    public async Task<CollabResult<OperationDetail>> UpdateTaskAsync(int id, int taskId, TaskStatusInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var o = await db.JointOperations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var task = o is null ? null : await db.JointOperationTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.OperationId == id, ct);
        if (task is null)
        {
            return CollabResult.Missing<OperationDetail>();
        }
        var lead = !access.IsPartner && access.CanEdit && access.Sees(o!.OrgUnitId);
        var owner = access.Sees(task.OwnerUnitId) && (access.IsPartner || access.CanEdit);
        if (!lead && !owner)
        {
            return CollabResult.Denied<OperationDetail>("只有任务承担单位或牵头单位可以更新任务状态");
        }
        var status = CollaborationRules.Parse<WorkItemStatus>(input?.Status, CollaborationRules.Name);
        if (input?.Status is not null && status is null)
        {
            errors.Add("status", "任务状态须为 pending（未开始）、inProgress（进行中）或 done（已完成）");
        }
        if (input?.DoneOn is { } done && done > Today)
        {
            errors.Add("doneOn", "完成日期不能晚于今天");
        }
        if (errors.Any)
        {
            return CollabResult.Invalid<OperationDetail>(errors);
        }
        SetStatus(task, status!.Value, input!.DoneOn);
        task.Note = Blank(input.Note) ?? task.Note;
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    /// <summary>
    /// A unit reports results. A partner body reports as itself and links no case (the bureau's cases are not theirs to see);
    /// the bureau's staff report for the lead unit or a participating unit in their scope and link the cases opened, each
    /// once per operation and found after the operation began.
    /// </summary>
    public async Task<CollabResult<OperationDetail>> AddResultAsync(int id, OperationResultInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var o = await db.JointOperations.AsNoTracking().Include(x => x.Bodies).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return CollabResult.Missing<OperationDetail>();
        }
        if (!access.IsPartner && !access.CanEdit)
        {
            return CollabResult.Denied<OperationDetail>("无权填报行动成果");
        }
        if (input is null)
        {
            return CollabResult.Invalid<OperationDetail>(errors);
        }
        var participants = o.Bodies.Select(b => b.OrgUnitId).Append(o.OrgUnitId).ToList();
        int? unitId;
        if (access.IsPartner)
        {
            unitId = access.UnitId;
            if (input.UnitId is { } other && other != unitId)
            {
                errors.Add("unitId", "协作单位只能以本单位名义填报");
            }
            if (input.CaseIds is { Count: > 0 })
            {
                errors.Add("caseIds", "协作单位不能关联本局案件，请填写本单位立案数");
            }
        }
        else
        {
            unitId = input.UnitId ?? (access.Sees(o.OrgUnitId) ? o.OrgUnitId : participants.FirstOrDefault(access.Sees));
            if (unitId is not { } u || !participants.Contains(u))
            {
                errors.Add("unitId", "填报单位须为牵头单位或参与单位");
            }
            else if (!access.Sees(u) && !access.Sees(o.OrgUnitId))
            {
                errors.Add("unitId", "只能以本单位及下级单位的名义填报");
            }
        }
        if (access.IsPartner && (unitId is not { } reporter || !participants.Contains(reporter)))
        {
            return CollabResult.Denied<OperationDetail>("本单位未参加该行动");
        }
        if (input.ReportedOn is { } on)
        {
            if (on < o.StartDate)
            {
                errors.Add("reportedOn", $"填报日期不能早于行动开始日期（{Date(o.StartDate)}）");
            }
            else if (on > Today)
            {
                errors.Add("reportedOn", "填报日期不能晚于今天");
            }
        }
        foreach (var (field, value, name) in new[]
        {
            ("inspections", input.Inspections, "检查经营主体数"), ("goodsSeized", input.GoodsSeized, "查扣商品件数"), ("referrals", input.Referrals, "移送件数"),
            ("otherCasesOpened", input.OtherCasesOpened, "其他单位立案数"),
        })
        {
            if (value is < 0)
            {
                errors.Add(field, $"{name}不能为负数");
            }
        }
        if (input.GoodsValue is < 0)
        {
            errors.Add("goodsValue", "货值不能为负数");
        }
        var caseIds = access.IsPartner ? [] : (input.CaseIds ?? []).Distinct().ToList();
        await CheckCasesAsync(db, o, caseIds, errors, ct);
        if (input.Inspections is null && input.GoodsSeized is null && input.Referrals is null && input.OtherCasesOpened is null && caseIds.Count == 0
            && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add("inspections", "请至少填写一项成果（检查数、立案、查扣商品、移送或说明）");
        }
        if (errors.Any)
        {
            return CollabResult.Invalid<OperationDetail>(errors);
        }
        var result = new JointOperationResult
        {
            OperationId = id, UnitId = unitId!.Value, ReportedOn = input.ReportedOn!.Value, Inspections = input.Inspections ?? 0,
            GoodsSeized = input.GoodsSeized ?? 0, GoodsValue = input.GoodsValue, Referrals = input.Referrals ?? 0,
            OtherCasesOpened = input.OtherCasesOpened ?? 0, Note = Blank(input.Note), CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByName = access.Actor,
            Cases = caseIds.Select(c => new JointOperationCase { OperationId = id, CaseId = c }).ToList(),
        };
        db.JointOperationResults.Add(result);
        // The operation itself is not touched: a form open on it keeps its version.
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    private static async Task CheckCasesAsync(ZhibaoDb db, JointOperation o, List<int> caseIds, FieldErrors errors, CancellationToken ct)
    {
        if (caseIds.Count == 0)
        {
            return;
        }
        if (caseIds.Count > MaxCasesPerResult)
        {
            errors.Add("caseIds", $"一次最多关联{MaxCasesPerResult}件案件");
            return;
        }
        // Cases are unit-owned: a user links only cases they may see.
        var found = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Title, c.ReceivedOn }).ToListAsync(ct);
        if (found.Count != caseIds.Count)
        {
            errors.Add("caseIds", "所选案件不存在或不在您的数据权限范围内");
            return;
        }
        var linked = await db.JointOperationCases.AsNoTracking().Where(l => l.OperationId == o.Id && caseIds.Contains(l.CaseId)).Select(l => l.CaseId).ToListAsync(ct);
        foreach (var c in found)
        {
            var label = c.CaseNumber ?? $"《{c.Title}》";
            if (linked.Contains(c.Id))
            {
                errors.Add("caseIds", $"案件{label}已计入本次行动");
            }
            else if (c.ReceivedOn < o.StartDate)
            {
                errors.Add("caseIds", $"案件{label}的线索发现于{Date(c.ReceivedOn)}，早于行动开始日期（{Date(o.StartDate)}），不能计为本次行动查办的案件");
            }
        }
    }

    /// <summary>Removes a result reported in error (the lead unit's scope only); the audit log keeps it.</summary>
    public async Task<CollabResult<OperationDetail>> DeleteResultAsync(int id, int resultId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var o = await db.JointOperations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var result = o is null ? null : await db.JointOperationResults.Include(r => r.Cases).FirstOrDefaultAsync(r => r.Id == resultId && r.OperationId == id, ct);
        if (result is null)
        {
            return CollabResult.Missing<OperationDetail>();
        }
        if (!access.Sees(o!.OrgUnitId))
        {
            return CollabResult.Denied<OperationDetail>("只有牵头单位可以删除成果记录");
        }
        db.JointOperationResults.Remove(result);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    /// <summary>The summary report (.docx): plan, bodies, targets, tasks and how far they went, the results with the cases opened.</summary>
    public async Task<CollabResult<GeneratedDocument>> ReportAsync(int id, CancellationToken ct)
    {
        var o = await GetAsync(id, ct);
        if (o is null)
        {
            return CollabResult.Missing<GeneratedDocument>();
        }
        var issuer = tree.BureauName(o.LeadUnit.Id) ?? o.LeadUnit.Name;
        var bodies = string.Join("、", o.Bodies.Select(b => b.Name).Append(o.OtherBodies).Where(b => !string.IsNullOrWhiteSpace(b)));
        var t = o.Totals;
        var results = $"行动期间共检查经营主体（场所）{t.Inspections}家次，立案查处{t.CasesOpened}件（其中本局立案{t.LinkedCases}件），"
            + $"查扣侵权假冒商品{t.GoodsSeized}件、货值{t.GoodsValue:0.##}元，移送{t.Referrals}件。";
        var content = new OperationReportContent(
            $"{o.Name}工作总结",
            [
                ("行动类别", o.KindName), ("行动时间", $"{Date(o.StartDate)}至{Date(o.EndDate)}"), ("牵头单位", o.LeadUnit.Name),
                ("参与单位", bodies.Length == 0 ? "无" : bodies),
                ("行动目标", o.Targets.Count == 0 ? "无" : string.Join("\n", o.Targets.GroupBy(x => x.KindName).Select(g => $"{g.Key}：{string.Join("、", g.Select(x => x.Label))}"))),
            ],
            o.Description,
            o.Tasks.Select(x => $"{x.OwnerUnitName}：{x.Content}（{(x.DueOn is { } due ? $"完成期限{Date(due)}，" : "")}{x.StatusName}{(x.DoneOn is { } d ? $"，{Date(d)}完成" : "")}）").ToList(),
            results,
            o.Results.Select(r => $"{Date(r.ReportedOn)} {r.UnitName}：检查{r.Inspections}家次，立案{r.Cases.Count + r.OtherCasesOpened}件，查扣商品{r.GoodsSeized}件"
                + (r.GoodsValue is { } v ? $"（货值{v:0.##}元）" : "") + $"，移送{r.Referrals}件" + (r.Note is { } n ? $"。{n}" : "")).ToList(),
            o.Results.SelectMany(r => r.Cases).Select(c => $"{c.CaseNumber ?? "（未立案）"} {c.Title}（{c.StatusName}）").ToList(),
            o.Summary, issuer, Today);
        return CollabResult.Ok(new GeneratedDocument($"{o.Name}工作总结.docx", OperationReportDocument.Build(content)));
    }

    /// <summary>Recent operations in scope, for linking a meeting.</summary>
    public async Task<List<LookupOption>> RecentAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.JointOperations.AsNoTracking().OrderByDescending(o => o.StartDate).ThenByDescending(o => o.Id).Take(200)
            .Select(o => new { o.Id, o.Name, o.StartDate }).ToListAsync(ct);
        return rows.Select(o => new LookupOption(o.Id, $"{Date(o.StartDate)} {o.Name}")).ToList();
    }

    public static readonly ExcelColumn<OperationRow>[] Columns =
    [
        new("行动类别", r => r.KindName), new("行动名称", r => r.Name), new("开始日期", r => Date(r.StartDate)), new("结束日期", r => Date(r.EndDate)),
        new("阶段", r => r.PhaseName), new("牵头单位", r => r.LeadUnitName), new("参与单位", r => r.Bodies), new("任务数", r => r.Tasks),
        new("已完成任务", r => r.TasksDone), new("检查家次", r => r.Inspections), new("立案数", r => r.CasesOpened), new("查扣商品（件）", r => r.GoodsSeized),
        new("移送数", r => r.Referrals),
    ];
}
