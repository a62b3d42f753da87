using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using static Zhibao.Web.Collaboration.CollaborationText;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// 协调会 (seed task 1: 常态化协作机制, 战略领导小组/双打领导小组): the date, the bodies present, what was decided, and the follow-up
/// tasks with their owners and deadlines. Internal to the bureau: <c>db.CoordinationMeetings</c> is scoped to the convening unit
/// and the units present, and its endpoints need collaboration.view.
/// </summary>
public sealed class CoordinationMeetings(IDbContextFactory<ZhibaoDb> factory, CollaborationAccess access, OrgTree tree, TimeProvider clock)
{
    public const int MaxFollowUps = 100;

    private DateOnly Today => Clock.Today(clock);

    public FieldErrors Validate(MeetingQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        access.ValidateYearAndUnit(q.Year, q.UnitId, errors);
        return errors;
    }

    public async Task<Page<MeetingRow>> ListAsync(MeetingQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<MeetingRow>(rows, total, page, size);
    }

    public async Task<List<MeetingRow>> AllAsync(MeetingQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(Filter(db, q).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(ExcelExport.MaxRows), ct);
    }

    private IQueryable<CoordinationMeeting> Filter(ZhibaoDb db, MeetingQuery q)
    {
        var query = db.CoordinationMeetings.AsNoTracking();
        if (q.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(m => m.HeldOn >= from && m.HeldOn <= to);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(m => units.Contains(m.OrgUnitId) || m.Bodies.Any(b => units.Contains(b.OrgUnitId)));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(m => m.Title.Contains(k) || m.Decisions.Contains(k) || (m.Place != null && m.Place.Contains(k)));
        }
        return query;
    }

    private async Task<List<MeetingRow>> RowsAsync(IQueryable<CoordinationMeeting> query, CancellationToken ct)
    {
        var today = Today;
        var rows = await query.Select(m => new
        {
            m.Id, m.Title, m.HeldOn, m.Place, m.OrgUnitId, Unit = m.OrgUnit!.Name, m.OtherBodies, m.Version,
            Bodies = m.Bodies.Select(b => b.OrgUnit!.Name).ToList(), FollowUps = m.FollowUps.Count,
            Done = m.FollowUps.Count(f => f.Status == WorkItemStatus.Done),
            Overdue = m.FollowUps.Count(f => f.Status != WorkItemStatus.Done && f.DueOn != null && f.DueOn < today),
        }).ToListAsync(ct);
        return rows.Select(m => new MeetingRow(m.Id, m.Title, m.HeldOn, m.Place, m.OrgUnitId, m.Unit,
            string.Join("、", m.Bodies.Append(m.OtherBodies).Where(b => !string.IsNullOrWhiteSpace(b))), m.FollowUps, m.Done, m.Overdue, m.Version)).ToList();
    }

    public async Task<MeetingDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    private async Task<MeetingDetail?> DetailAsync(ZhibaoDb db, int id, CancellationToken ct)
    {
        var m = await db.CoordinationMeetings.AsNoTracking().AsSplitQuery().Include(x => x.OrgUnit).Include(x => x.Bodies).ThenInclude(b => b.OrgUnit)
            .Include(x => x.FollowUps).ThenInclude(f => f.OwnerUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return null;
        }
        var operation = m.OperationId is { } o ? await db.JointOperations.AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var today = Today;
        return new MeetingDetail(m.Id, m.Title, m.HeldOn, m.Place, Ref(m.OrgUnit!), m.Bodies.OrderBy(b => b.Id).Select(b => Ref(b.OrgUnit!)).ToList(),
            m.OtherBodies, m.Decisions, operation is null ? null : m.OperationId, operation,
            m.FollowUps.OrderBy(f => f.SortOrder).Select(f => new FollowUpView(f.Id, f.Content, f.OwnerUnitId, f.OwnerUnit!.Name, f.OwnerName, f.DueOn,
                f.Status, CollaborationRules.Name(f.Status), f.DoneOn, f.Status != WorkItemStatus.Done && f.DueOn < today)).ToList(),
            access.CanEdit && access.Sees(m.OrgUnitId), m.CreatedAt, m.CreatedByName, m.UpdatedAt, m.Version);
    }

    public async Task<CollabResult<MeetingDetail>> CreateAsync(MeetingInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, valid) = await ValidateAsync(db, input, null, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<MeetingDetail>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var m = new CoordinationMeeting { Title = "", Decisions = "", CreatedAt = now, CreatedByName = access.Actor };
        Apply(m, valid, now);
        db.CoordinationMeetings.Add(m);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, m.Id, ct))!);
    }

    /// <summary>A stale version throws <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public async Task<CollabResult<MeetingDetail>> UpdateAsync(int id, MeetingInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.CoordinationMeetings.AsSplitQuery().Include(x => x.Bodies).Include(x => x.FollowUps).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return CollabResult.Missing<MeetingDetail>();
        }
        if (!access.Sees(m.OrgUnitId))
        {
            return CollabResult.Denied<MeetingDetail>("只有召集单位可以修改会议记录");
        }
        var (errors, valid) = await ValidateAsync(db, input, m, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<MeetingDetail>(errors);
        }
        db.Entry(m).Property(x => x.Version).OriginalValue = input!.Version;
        // A save always takes a new version, even when only its tasks or bodies change: the next stale save is refused.
        db.Entry(m).Property(x => x.UpdatedAt).IsModified = true;
        Apply(m, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    private sealed record ValidMeeting(string Title, DateOnly HeldOn, string? Place, int Unit, List<int> Bodies, string? OtherBodies, string Decisions,
        int? OperationId, List<MeetingFollowUp> FollowUps);

    private async Task<(FieldErrors Errors, ValidMeeting? Valid)> ValidateAsync(ZhibaoDb db, MeetingInput? input, CoordinationMeeting? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return (errors, null);
        }
        if (input.HeldOn is { } held && held > Today.AddYears(1))
        {
            errors.Add("heldOn", "会议日期不能晚于一年以后");
        }
        var unitId = input.UnitId ?? existing?.OrgUnitId ?? access.UnitId;
        var unit = unitId is { } u ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == u && x.IsActive, ct) : null;
        if (unit is null || unit.Kind == OrgUnitKind.External)
        {
            errors.Add("unitId", "请选择本局的召集单位");
        }
        else if (!access.Sees(unit.Id))
        {
            errors.Add("unitId", "只能登记本单位及下级单位召集的会议");
        }
        var bodies = await BodiesAsync(db, input.BodyUnitIds, unit?.Id, "bodyUnitIds", "召集单位不必再列为参会单位", errors, ct);
        if (input.OperationId is { } o && !await db.JointOperations.AnyAsync(x => x.Id == o, ct))
        {
            errors.Add("operationId", "所选行动不存在或不在您的数据权限范围内");
        }
        var followUps = FollowUps(input.FollowUps, unit?.Id, bodies, existing, errors);
        if (errors.Any)
        {
            return (errors, null);
        }
        return (errors, new ValidMeeting(input.Title!.Trim(), input.HeldOn!.Value, Blank(input.Place), unit!.Id, bodies, Blank(input.OtherBodies),
            input.Decisions!.Trim(), input.OperationId, followUps));
    }

    private List<MeetingFollowUp> FollowUps(IReadOnlyList<FollowUpInput>? input, int? unitId, List<int> bodies, CoordinationMeeting? existing, FieldErrors errors)
    {
        var list = input ?? [];
        var result = new List<MeetingFollowUp>();
        if (list.Count > MaxFollowUps)
        {
            errors.Add("followUps", $"后续任务不超过{MaxFollowUps}项");
            return result;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            if (f.Id is null && f.OwnerUnitId is null && string.IsNullOrWhiteSpace(f.Content))
            {
                continue; // an empty line of the form
            }
            var field = $"followUps[{i}]";
            if (string.IsNullOrWhiteSpace(f.Content) || f.Content.Trim().Length > 1000)
            {
                errors.Add($"{field}.content", "请填写任务内容（不超过1000个字符）");
            }
            if (f.OwnerUnitId is not { } owner || (owner != unitId && !bodies.Contains(owner)))
            {
                errors.Add($"{field}.ownerUnitId", "责任单位须为召集单位或参会单位");
            }
            if (f.OwnerName?.Trim().Length > 50)
            {
                errors.Add($"{field}.ownerName", "责任人不超过50个字符");
            }
            if (f.DueOn is null)
            {
                errors.Add($"{field}.dueOn", "请选择完成期限");
            }
            var status = string.IsNullOrWhiteSpace(f.Status) ? WorkItemStatus.Pending : CollaborationRules.Parse<WorkItemStatus>(f.Status, CollaborationRules.Name);
            if (status is null)
            {
                errors.Add($"{field}.status", "状态须为 pending（未开始）、inProgress（进行中）或 done（已完成）");
            }
            if (f.DoneOn is { } done && done > Today)
            {
                errors.Add($"{field}.doneOn", "完成日期不能晚于今天");
            }
            if (f.Id is { } id && existing?.FollowUps.All(x => x.Id != id) != false)
            {
                errors.Add($"{field}.id", "该任务不属于本次会议");
            }
            result.Add(new MeetingFollowUp
            {
                Id = f.Id ?? 0, Content = f.Content?.Trim() ?? "", OwnerUnitId = f.OwnerUnitId ?? 0, OwnerName = Blank(f.OwnerName), DueOn = f.DueOn,
                Status = status ?? WorkItemStatus.Pending, DoneOn = status == WorkItemStatus.Done ? f.DoneOn : null,
            });
        }
        return result;
    }

    private void Apply(CoordinationMeeting m, ValidMeeting v, DateTime now)
    {
        m.Title = v.Title;
        m.HeldOn = v.HeldOn;
        m.Place = v.Place;
        m.OrgUnitId = v.Unit;
        m.OtherBodies = v.OtherBodies;
        m.Decisions = v.Decisions;
        m.OperationId = v.OperationId;
        m.UpdatedAt = now;
        m.Bodies.RemoveAll(b => !v.Bodies.Contains(b.OrgUnitId));
        m.Bodies.AddRange(v.Bodies.Where(id => m.Bodies.All(b => b.OrgUnitId != id)).Select(id => new CoordinationMeetingBody { OrgUnitId = id }));
        var keep = v.FollowUps.Where(f => f.Id != 0).Select(f => f.Id).ToHashSet();
        m.FollowUps.RemoveAll(f => !keep.Contains(f.Id));
        var order = 0;
        foreach (var f in v.FollowUps)
        {
            var target = f.Id != 0 ? m.FollowUps.Single(x => x.Id == f.Id) : f;
            // A task already done keeps the day it was done unless another is given.
            DateOnly? doneOn = f.Status == WorkItemStatus.Done ? f.DoneOn ?? (f.Id != 0 ? target.DoneOn : null) ?? Today : null;
            if (f.Id == 0)
            {
                m.FollowUps.Add(f);
            }
            target.SortOrder = ++order;
            target.Content = f.Content;
            target.OwnerUnitId = f.OwnerUnitId;
            target.OwnerName = f.OwnerName;
            target.DueOn = f.DueOn;
            target.Status = f.Status;
            target.DoneOn = doneOn;
        }
    }

    public static readonly ExcelColumn<MeetingRow>[] Columns =
    [
        new("会议名称", r => r.Title), new("会议日期", r => Date(r.HeldOn)), new("地点", r => r.Place), new("召集单位", r => r.UnitName),
        new("参会单位", r => r.Bodies), new("后续任务", r => r.FollowUps), new("已完成", r => r.FollowUpsDone), new("逾期未完成", r => r.FollowUpsOverdue),
    ];
}
