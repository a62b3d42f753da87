using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;
using static Zhibao.Web.Collaboration.CollaborationText;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// Requests between bodies (seed tasks 1, 10, 三(二)): 京津冀协查, 移送, 通报, 报请市局指导, 技术咨询/技术调查, 协助整理案卷. Each has a
/// sender, a receiver, an optional case, a deadline, a reply and attachments; both sides see it and its status (待处理, 已答复,
/// 逾期) because <c>db.CollaborationRequests</c> is scoped to the sender and the receiver (ADR 0012). A request for the city
/// bureau's guidance on a case marks the case 疑难 and writes the request and the answer into the case's history.
/// </summary>
public sealed class CollaborationRequests(
    IDbContextFactory<ZhibaoDb> factory, CollaborationAccess access, OrgTree tree, CaseService cases, CalendarService calendars, UploadedFiles files,
    TimeProvider clock)
{
    public const int MaxDueWorkingDays = 365;

    private DateOnly Today => Clock.Today(clock);

    public static string KindError(string? kind) =>
        (string.IsNullOrWhiteSpace(kind) ? "请选择请求类别" : $"请求类别“{kind.Trim()}”无效") + "，可选：" + CollaborationRules.Choices<RequestKind>(CollaborationRules.Name);

    public FieldErrors Validate(RequestQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Kind) && CollaborationRules.Parse<RequestKind>(q.Kind, CollaborationRules.Name) is null)
        {
            errors.Add("kind", KindError(q.Kind));
        }
        if (!string.IsNullOrWhiteSpace(q.Status) && CollaborationRules.Parse<RequestStatus>(q.Status, CollaborationRules.Name) is null)
        {
            errors.Add("status", "状态须为 pending（待处理）、answered（已答复）或 overdue（逾期）");
        }
        if (!string.IsNullOrWhiteSpace(q.Direction) && q.Direction.Trim() is not ("sent" or "received" or "发出" or "收到"))
        {
            errors.Add("direction", "方向须为 sent（发出）或 received（收到）");
        }
        if (!string.IsNullOrWhiteSpace(q.Direction) && q.UnitId is null && access.UnitId is null)
        {
            errors.Add("direction", "按方向筛选须指定单位");
        }
        access.ValidateYearAndUnit(q.Year, q.UnitId, errors);
        return errors;
    }

    public async Task<Page<RequestRow>> ListAsync(RequestQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(query.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<RequestRow>(rows, total, page, size);
    }

    public async Task<List<RequestRow>> AllAsync(RequestQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(Filter(db, q).OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id).Take(ExcelExport.MaxRows), ct);
    }

    private IQueryable<CollaborationRequest> Filter(ZhibaoDb db, RequestQuery q)
    {
        var query = db.CollaborationRequests.AsNoTracking();
        if (CollaborationRules.Parse<RequestKind>(q.Kind, CollaborationRules.Name) is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }
        var today = Today;
        query = CollaborationRules.Parse<RequestStatus>(q.Status, CollaborationRules.Name) switch
        {
            RequestStatus.Answered => query.Where(r => r.RepliedOn != null),
            RequestStatus.Overdue => query.Where(r => r.RepliedOn == null && r.DueOn != null && r.DueOn < today),
            RequestStatus.Pending => query.Where(r => r.RepliedOn == null && (r.DueOn == null || r.DueOn >= today)),
            _ => query,
        };
        if (q.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(r => r.SentOn >= from && r.SentOn <= to);
        }
        var unit = q.UnitId ?? access.UnitId;
        var units = unit is { } u ? tree.UnitAndBelow(u).ToList() : [];
        query = q.Direction?.Trim() switch
        {
            "sent" or "发出" => query.Where(r => units.Contains(r.SenderUnitId)),
            "received" or "收到" => query.Where(r => units.Contains(r.ReceiverUnitId)),
            _ when q.UnitId is not null => query.Where(r => units.Contains(r.SenderUnitId) || units.Contains(r.ReceiverUnitId)),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(r => r.Title.Contains(k) || r.Content.Contains(k) || (r.Reply != null && r.Reply.Contains(k)));
        }
        return query;
    }

    private async Task<List<RequestRow>> RowsAsync(IQueryable<CollaborationRequest> query, CancellationToken ct)
    {
        // The case number is read past the case's data scope: the request is in scope, and both sides know which case it is about.
        var rows = await query.Select(r => new
        {
            r.Id, r.Kind, r.Title, r.SenderUnitId, Sender = r.SenderUnit!.Name, r.ReceiverUnitId, Receiver = r.ReceiverUnit!.Name, r.CaseId,
            r.SentOn, r.DueOn, r.RepliedOn, r.Version,
        }).ToListAsync(ct);
        var caseIds = rows.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var numbers = await CaseNumbersAsync(caseIds, ct);
        var today = Today;
        return rows.Select(r =>
        {
            var status = CollaborationRules.StatusOn(r.DueOn, r.RepliedOn, today);
            return new RequestRow(r.Id, r.Kind, CollaborationRules.Name(r.Kind), r.Title, r.SenderUnitId, r.Sender, r.ReceiverUnitId, r.Receiver, r.CaseId,
                r.CaseId is { } c ? numbers.GetValueOrDefault(c) : null, r.SentOn, r.DueOn, status, CollaborationRules.Name(status),
                CollaborationRules.RepliedLate(r.DueOn, r.RepliedOn), r.RepliedOn, r.Version);
        }).ToList();
    }

    private async Task<Dictionary<int, string?>> CaseNumbersAsync(List<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (string?)(c.CaseNumber ?? c.Title), ct);
    }

    public async Task<RequestDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    private async Task<RequestDetail?> DetailAsync(ZhibaoDb db, int id, CancellationToken ct)
    {
        var r = await db.CollaborationRequests.AsNoTracking().AsSplitQuery().Include(x => x.SenderUnit).Include(x => x.ReceiverUnit)
            .Include(x => x.Files).ThenInclude(f => f.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return null;
        }
        var c = r.CaseId is { } caseId
            ? await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == caseId).Select(x => new RequestCaseView(x.Id, x.CaseNumber, x.Title)).FirstOrDefaultAsync(ct)
            : null;
        var status = CollaborationRules.StatusOn(r.DueOn, r.RepliedOn, Today);
        var basis = r.DueWorkingDays is { } n && r.DueOn is { } due
            ? $"自发出之日（{Date(r.SentOn)}）起{n}个工作日（节假日不计、调休上班日计入），到期日{Date(due)}"
            : r.DueOn is { } d ? $"请于{Date(d)}前答复" : null;
        return new RequestDetail(r.Id, r.Kind, CollaborationRules.Name(r.Kind), r.Title, r.Content, Ref(r.SenderUnit!), Ref(r.ReceiverUnit!), c,
            r.SentOn, r.DueOn, r.DueWorkingDays, basis, status, CollaborationRules.Name(status), CollaborationRules.RepliedLate(r.DueOn, r.RepliedOn),
            r.Reply, r.RepliedOn, r.RepliedByName,
            r.Files.OrderBy(f => f.Id).Select(f => File(f, f.UnitId, f.Unit!.Name, $"/api/requests/{r.Id}/files/{f.Id}")).ToList(),
            r.RepliedOn is null && MayEdit(r), r.RepliedOn is null && MayReply(r), access.IsPartner || access.CanEdit, r.CreatedAt, r.CreatedByName, r.UpdatedAt, r.Version);
    }

    /// <summary>The sending side edits a request until it is answered: a partner its own, the bureau's staff any in their scope.</summary>
    private bool MayEdit(CollaborationRequest r) =>
        access.IsPartner ? access.UnitId == r.SenderUnitId : access.CanEdit && (access.Sees(r.SenderUnitId) || access.Sees(r.ReceiverUnitId));

    /// <summary>
    /// The receiver answers. A partner answers what is addressed to its unit; the bureau's staff answer what is addressed to a unit
    /// in their scope, and record the answer of an outside body (the city bureau's guidance, a counterpart's 协查 reply).
    /// </summary>
    private bool MayReply(CollaborationRequest r) =>
        access.IsPartner ? access.UnitId == r.ReceiverUnitId : access.CanEdit && (access.Sees(r.ReceiverUnitId) || r.ReceiverUnit?.Kind == OrgUnitKind.External);

    public async Task<CollabResult<RequestDetail>> CreateAsync(RequestInput? input, CancellationToken ct)
    {
        if (!access.IsPartner && !access.CanEdit)
        {
            return CollabResult.Denied<RequestDetail>("无权发出或登记请求");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, valid) = await ValidateAsync(db, input, null, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<RequestDetail>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var r = new CollaborationRequest { Title = "", Content = "", CreatedAt = now, CreatedByName = access.Actor };
        await ApplyAsync(db, r, valid, now, ct);
        db.CollaborationRequests.Add(r);
        await db.SaveChangesAsync(ct);
        await NotifyUnitAsync(db, r.ReceiverUnitId, $"collab-request:{r.Id}", $"收到{CollaborationRules.Name(r.Kind)}：{r.Title}",
            r.DueOn is { } due ? $"请于{Date(due)}前答复" : "请及时处理", $"/collaboration/requests/{r.Id}", now, ct);
        return CollabResult.Ok((await DetailAsync(db, r.Id, ct))!);
    }

    /// <summary>A stale <see cref="RequestInput.Version"/> throws <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public async Task<CollabResult<RequestDetail>> UpdateAsync(int id, RequestInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.CollaborationRequests.Include(x => x.ReceiverUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return CollabResult.Missing<RequestDetail>();
        }
        if (!MayEdit(r))
        {
            return CollabResult.Denied<RequestDetail>("只有发出单位可以修改请求");
        }
        if (r.RepliedOn is not null)
        {
            return CollabResult.Refused<RequestDetail>("请求已答复，不能再修改");
        }
        var (errors, valid) = await ValidateAsync(db, input, r, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<RequestDetail>(errors);
        }
        db.Entry(r).Property(x => x.Version).OriginalValue = input!.Version;
        // A save always takes a new version, even when only its tasks or bodies change: the next stale save is refused.
        db.Entry(r).Property(x => x.UpdatedAt).IsModified = true;
        await ApplyAsync(db, r, valid, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    private sealed record ValidRequest(RequestKind Kind, string Title, string Content, int Sender, int Receiver, int? CaseId, DateOnly SentOn,
        DateOnly? DueOn, int? DueWorkingDays);

    private async Task<(FieldErrors Errors, ValidRequest? Valid)> ValidateAsync(ZhibaoDb db, RequestInput? input, CollaborationRequest? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return (errors, null);
        }
        var kind = CollaborationRules.Parse<RequestKind>(input.Kind, CollaborationRules.Name);
        if (kind is null)
        {
            errors.Add("kind", KindError(input.Kind));
        }
        var senderId = access.IsPartner ? access.UnitId : input.SenderUnitId ?? existing?.SenderUnitId ?? access.UnitId;
        var receiverId = input.ReceiverUnitId;
        var units = await UnitsAsync(db, new[] { senderId, receiverId }.Where(x => x is not null).Select(x => x!.Value), ct);
        var sender = senderId is { } s ? units.GetValueOrDefault(s) : null;
        var receiver = receiverId is { } rc ? units.GetValueOrDefault(rc) : null;
        if (access.IsPartner && input.SenderUnitId is { } claimed && claimed != access.UnitId)
        {
            errors.Add("senderUnitId", "协作单位只能以本单位名义发出请求");
        }
        if (sender is not { IsActive: true })
        {
            errors.Add("senderUnitId", "请选择发出单位");
        }
        if (receiver is not { IsActive: true })
        {
            errors.Add("receiverUnitId", "请选择接收单位");
        }
        else if (sender is not null && sender.Id == receiver.Id)
        {
            errors.Add("receiverUnitId", "发出单位和接收单位不能相同");
        }
        else if (access.IsPartner && receiver.Kind == OrgUnitKind.External)
        {
            errors.Add("receiverUnitId", "协作单位的请求须发给本局的单位");
        }
        else if (!access.IsPartner && sender is not null && !OnOurSide(sender) && !OnOurSide(receiver))
        {
            errors.Add("receiverUnitId", "发出单位或接收单位须有一方是本人数据权限范围内的本局单位");
        }
        int? caseId = null;
        if (input.CaseId is { } c)
        {
            if (access.IsPartner)
            {
                // A partner names only a case entrusted to it; anything else it cannot see.
                var shared = await db.Entrustments.AnyAsync(e => e.CaseId == c && e.PartnerUnitId == access.UnitId, ct);
                if (!shared)
                {
                    errors.Add("caseId", "只能关联委托本单位办理的案件");
                }
            }
            else if (!await db.Cases.AnyAsync(x => x.Id == c, ct))
            {
                errors.Add("caseId", "所选案件不存在或不在您的数据权限范围内");
            }
            caseId = c;
        }
        if (kind == RequestKind.Guidance && input.CaseId is null)
        {
            errors.Add("caseId", "报请市局指导须关联所涉疑难案件");
        }
        if (kind == RequestKind.Guidance && receiver is not null && receiver.Kind != OrgUnitKind.External)
        {
            errors.Add("receiverUnitId", "报请市局指导的接收单位须为市局（外部单位）");
        }
        var sentOn = input.SentOn ?? existing?.SentOn ?? Today;
        if (sentOn > Today)
        {
            errors.Add("sentOn", "发出日期不能晚于今天");
        }
        var due = input.DueOn;
        if (input.DueOn is not null && input.DueWorkingDays is not null)
        {
            errors.Add("dueOn", "答复期限请填写截止日期或工作日数其中一项");
        }
        else if (input.DueOn is { } d && d < sentOn)
        {
            errors.Add("dueOn", "答复期限不能早于发出日期");
        }
        if (input.DueWorkingDays is < 1 or > MaxDueWorkingDays)
        {
            errors.Add("dueWorkingDays", $"答复期限工作日数须在1到{MaxDueWorkingDays}之间");
        }
        else if (input.DueWorkingDays is { } n && input.DueOn is null)
        {
            // 计算规则2: working days on the holiday calendar, counted from the day after sending.
            due = (await calendars.GetAsync(ct)).AddWorkingDays(sentOn, n);
        }
        if (errors.Any)
        {
            return (errors, null);
        }
        return (errors, new ValidRequest(kind!.Value, input.Title!.Trim(), input.Content!.Trim(), sender!.Id, receiver!.Id, caseId, sentOn, due,
            input.DueOn is null ? input.DueWorkingDays : null));
    }

    private bool OnOurSide(OrgUnit unit) => unit.Kind != OrgUnitKind.External && access.Sees(unit.Id);

    private async Task ApplyAsync(ZhibaoDb db, CollaborationRequest r, ValidRequest v, DateTime now, CancellationToken ct)
    {
        var newGuidanceCase = v.Kind == RequestKind.Guidance && (r.Kind != RequestKind.Guidance || r.CaseId != v.CaseId || r.Id == 0) ? v.CaseId : null;
        r.Kind = v.Kind;
        r.Title = v.Title;
        r.Content = v.Content;
        r.SenderUnitId = v.Sender;
        r.ReceiverUnitId = v.Receiver;
        r.CaseId = v.CaseId;
        r.SentOn = v.SentOn;
        r.DueOn = v.DueOn;
        r.DueWorkingDays = v.DueWorkingDays;
        r.UpdatedAt = now;
        if (newGuidanceCase is { } caseId)
        {
            // CLARIFICATIONS: a case can be flagged 疑难 and escalated to the city bureau, with the guidance recorded on the case.
            var c = await db.Cases.IgnoreQueryFilters().FirstAsync(x => x.Id == caseId, ct);
            c.IsDifficult = true;
            c.Events.Add(cases.Event("guidance-request", "疑难案件报请市局指导", v.Title));
        }
    }

    /// <summary>The receiver's answer; a stale version answers 409. An answer of the city bureau on a case goes into its history.</summary>
    public async Task<CollabResult<RequestDetail>> ReplyAsync(int id, ReplyInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.CollaborationRequests.Include(x => x.ReceiverUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return CollabResult.Missing<RequestDetail>();
        }
        if (!MayReply(r))
        {
            return CollabResult.Denied<RequestDetail>("只有接收单位可以答复");
        }
        if (r.RepliedOn is not null)
        {
            return CollabResult.Refused<RequestDetail>($"请求已于{Date(r.RepliedOn.Value)}答复");
        }
        var on = input?.RepliedOn ?? Today;
        if (on < r.SentOn)
        {
            errors.Add("repliedOn", $"答复日期不能早于发出日期（{Date(r.SentOn)}）");
        }
        else if (on > Today)
        {
            errors.Add("repliedOn", "答复日期不能晚于今天");
        }
        if (errors.Any)
        {
            return CollabResult.Invalid<RequestDetail>(errors);
        }
        if (input!.Version is { } version)
        {
            db.Entry(r).Property(x => x.Version).OriginalValue = version;
        }
        r.Reply = input.Reply!.Trim();
        r.RepliedOn = on;
        r.RepliedByName = access.Actor;
        r.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (r is { Kind: RequestKind.Guidance, CaseId: { } caseId })
        {
            var c = await db.Cases.IgnoreQueryFilters().FirstAsync(x => x.Id == caseId, ct);
            c.Events.Add(cases.Event("guidance-reply", $"{r.ReceiverUnit!.Name}指导意见", r.Reply));
        }
        await db.SaveChangesAsync(ct);
        await NotifyUnitAsync(db, r.SenderUnitId, $"collab-reply:{r.Id}", $"{r.ReceiverUnit!.Name}已答复：{r.Title}", r.Reply,
            $"/collaboration/requests/{r.Id}", r.UpdatedAt, ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    /// <summary>An attachment from either side; the request itself is not touched, so a form open on it keeps its version.</summary>
    public async Task<CollabResult<RequestDetail>> UploadAsync(int id, string? fileName, Stream content, string? description, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (description?.Trim().Length > 500)
        {
            errors.Add("description", "说明不超过500个字符");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.CollaborationRequests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return CollabResult.Missing<RequestDetail>();
        }
        if (!access.IsPartner && !access.CanEdit)
        {
            return CollabResult.Denied<RequestDetail>("无权上传附件");
        }
        var file = await files.ReadAsync(fileName, content, errors, null, ct);
        if (file is null)
        {
            return CollabResult.Invalid<RequestDetail>(errors);
        }
        // The side the user is on: a partner its unit; the bureau's staff their unit, or the side of the request they see.
        var unit = access.IsPartner ? access.UnitId!.Value
            : access.UnitId is { } own && (own == r.SenderUnitId || own == r.ReceiverUnitId) ? own
            : access.Sees(r.SenderUnitId) ? r.SenderUnitId : access.Sees(r.ReceiverUnitId) ? r.ReceiverUnitId : access.UnitId ?? r.SenderUnitId;
        db.CollaborationRequestFiles.Add(new CollaborationRequestFile
        {
            RequestId = id, UnitId = unit, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length, Sha256 = file.Sha256,
            Description = Blank(description), StoredFile = new StoredFile { Content = file.Content }, UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedByName = access.Actor,
        });
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    public async Task<UploadedFile?> FileAsync(int id, int fileId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Through the request, so its data scope applies to its files.
        if (!await db.CollaborationRequests.AnyAsync(r => r.Id == id, ct))
        {
            return null;
        }
        return await db.CollaborationRequestFiles.AsNoTracking().Where(f => f.Id == fileId && f.RequestId == id)
            .Select(f => new UploadedFile(f.FileName, f.ContentType, f.StoredFile!.Content, f.Sha256)).FirstOrDefaultAsync(ct);
    }

    public static readonly ExcelColumn<RequestRow>[] Columns =
    [
        new("类别", r => r.KindName), new("事由", r => r.Title), new("发出单位", r => r.SenderUnitName), new("接收单位", r => r.ReceiverUnitName),
        new("关联案件", r => r.CaseNumber), new("发出日期", r => Date(r.SentOn)), new("答复期限", r => Date(r.DueOn)), new("状态", r => r.StatusName),
        new("答复日期", r => Date(r.RepliedOn)), new("超期答复", r => r.RepliedLate ? "是" : ""),
    ];
}
