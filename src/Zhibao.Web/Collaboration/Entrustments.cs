using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;
using static Zhibao.Web.Collaboration.CollaborationText;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// 委托执法 and 联合办案 with the protection centres (seed task 9). A case of the bureau, or a task, is entrusted to an outside
/// body with its scope and term. <c>db.Entrustments</c> is scoped to the entrusting unit and to the partner (ADR 0012): the
/// partner's users see the entrustment, the case's basic facts (read here past the case's own scope, on purpose and nowhere
/// else), the shared material and the results, and add material and results while it is active and within its term.
/// </summary>
public sealed class Entrustments(IDbContextFactory<ZhibaoDb> factory, CollaborationAccess access, OrgTree tree, CaseKinds kinds, CaseService cases,
    UploadedFiles files, TimeProvider clock)
{
    private DateOnly Today => Clock.Today(clock);

    public static string KindError(string? kind) =>
        (string.IsNullOrWhiteSpace(kind) ? "请选择委托方式" : $"委托方式“{kind.Trim()}”无效") + "，可选：entrusted（委托执法）、joint（联合办案）";

    private static EntrustmentKind? ParseKind(string? text) => CollaborationRules.Parse<EntrustmentKind>(text, CollaborationRules.Name);

    /// <summary>active (办理中, within term), expired (已到期), completed (已完成), revoked (已撤回).</summary>
    private static string? ParseState(string? text) => text?.Trim() switch
    {
        "active" or "办理中" => "active",
        "expired" or "已到期" => "expired",
        "completed" or "已完成" => "completed",
        "revoked" or "已撤回" => "revoked",
        _ => null,
    };

    public FieldErrors Validate(EntrustmentQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Kind) && ParseKind(q.Kind) is null)
        {
            errors.Add("kind", KindError(q.Kind));
        }
        if (!string.IsNullOrWhiteSpace(q.Status) && ParseState(q.Status) is null)
        {
            errors.Add("status", "状态须为 active（办理中）、expired（已到期）、completed（已完成）或 revoked（已撤回）");
        }
        access.ValidateYearAndUnit(q.Year, q.UnitId, errors);
        return errors;
    }

    public async Task<Page<EntrustmentRow>> ListAsync(EntrustmentQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = await FilterAsync(db, q, ct);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(db, query.OrderByDescending(e => e.StartOn).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<EntrustmentRow>(rows, total, page, size);
    }

    public async Task<List<EntrustmentRow>> AllAsync(EntrustmentQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(db, (await FilterAsync(db, q, ct)).OrderByDescending(e => e.StartOn).ThenByDescending(e => e.Id).Take(ExcelExport.MaxRows), ct);
    }

    private async Task<IQueryable<Entrustment>> FilterAsync(ZhibaoDb db, EntrustmentQuery q, CancellationToken ct)
    {
        var query = db.Entrustments.AsNoTracking();
        if (ParseKind(q.Kind) is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        var today = Today;
        query = ParseState(q.Status) switch
        {
            "active" => query.Where(e => e.Status == EntrustmentStatus.Active && e.EndOn >= today),
            "expired" => query.Where(e => e.Status == EntrustmentStatus.Active && e.EndOn < today),
            "completed" => query.Where(e => e.Status == EntrustmentStatus.Completed),
            "revoked" => query.Where(e => e.Status == EntrustmentStatus.Revoked),
            _ => query,
        };
        if (q.PartnerUnitId is { } partner)
        {
            query = query.Where(e => e.PartnerUnitId == partner);
        }
        if (q.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(e => e.StartOn >= from && e.StartOn <= to);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(e => units.Contains(e.OrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            // The case's title and number are matched in their own query: the case is read past its scope, and a filter
            // switched off inside the entrustment query would switch off the entrustment's own scope too.
            var entrusted = await query.Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().Take(10_000).ToListAsync(ct);
            var matching = await db.Cases.IgnoreQueryFilters().AsNoTracking()
                .Where(c => entrusted.Contains(c.Id) && (c.Title.Contains(k) || (c.CaseNumber != null && c.CaseNumber.Contains(k))))
                .Select(c => c.Id).ToListAsync(ct);
            query = query.Where(e => (e.TaskTitle != null && e.TaskTitle.Contains(k)) || e.Scope.Contains(k) || (e.CaseId != null && matching.Contains(e.CaseId.Value)));
        }
        return query;
    }

    private async Task<List<EntrustmentRow>> RowsAsync(ZhibaoDb db, IQueryable<Entrustment> query, CancellationToken ct)
    {
        var rows = await query.Select(e => new
        {
            e.Id, e.Kind, e.CaseId, e.TaskTitle, e.OrgUnitId, Unit = e.OrgUnit!.Name, e.PartnerUnitId, Partner = e.PartnerUnit!.Name, e.StartOn, e.EndOn,
            e.Status, Results = e.Results.Count, Files = e.Files.Count, e.Version,
        }).ToListAsync(ct);
        var caseIds = rows.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var caseRows = caseIds.Count == 0 ? [] : await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Title }).ToDictionaryAsync(c => c.Id, ct);
        var today = Today;
        return rows.Select(r =>
        {
            var c = r.CaseId is { } id ? caseRows.GetValueOrDefault(id) : null;
            return new EntrustmentRow(r.Id, r.Kind, CollaborationRules.Name(r.Kind), c?.Title ?? r.TaskTitle ?? "", r.CaseId, c?.CaseNumber, r.OrgUnitId, r.Unit,
                r.PartnerUnitId, r.Partner, r.StartOn, r.EndOn, r.Status, CollaborationRules.StateName(r.Status, r.EndOn, today), r.Results, r.Files, r.Version);
        }).ToList();
    }

    public async Task<EntrustmentDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await DetailAsync(db, id, ct);
    }

    private async Task<EntrustmentDetail?> DetailAsync(ZhibaoDb db, int id, CancellationToken ct)
    {
        var e = await db.Entrustments.AsNoTracking().AsSplitQuery().Include(x => x.OrgUnit).Include(x => x.PartnerUnit)
            .Include(x => x.Files).ThenInclude(f => f.Unit).Include(x => x.Results).ThenInclude(r => r.Unit)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }
        var c = e.CaseId is { } caseId ? await CaseViewAsync(db, caseId, ct) : null;
        var today = Today;
        return new EntrustmentDetail(e.Id, e.Kind, CollaborationRules.Name(e.Kind), c?.Title ?? e.TaskTitle ?? "", Ref(e.OrgUnit!), Ref(e.PartnerUnit!), c,
            e.TaskTitle, e.Scope, e.StartOn, e.EndOn, e.Status, CollaborationRules.StateName(e.Status, e.EndOn, today),
            CollaborationRules.WithinTerm(e.Status, e.StartOn, e.EndOn, today), e.Outcome, e.CompletedOn, e.RevokedReason,
            e.Files.OrderBy(f => f.Id).Select(f => File(f, f.UnitId, f.Unit!.Name, $"/api/entrustments/{e.Id}/files/{f.Id}")).ToList(),
            e.Results.OrderBy(r => r.ReportedOn).ThenBy(r => r.Id)
                .Select(r => new EntrustmentResultView(r.Id, r.UnitId, r.Unit!.Name, r.ReportedOn, r.Content, r.CreatedAt, r.CreatedByName)).ToList(),
            MayManage(e), MayContribute(e, today) is null, e.CreatedAt, e.CreatedByName, e.UpdatedAt, e.Version);
    }

    /// <summary>
    /// The entrusted case as its partner sees it: number, title, kind, subject, status, dates, the parties' names and the rights —
    /// never identity numbers, addresses, evidence or documents. Read past the case's scope: the entrustment was found in scope.
    /// </summary>
    private async Task<EntrustedCaseView?> CaseViewAsync(ZhibaoDb db, int caseId, CancellationToken ct)
    {
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().AsSplitQuery().Include(x => x.Parties).ThenInclude(p => p.Party)
            .Include(x => x.Rights).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return null;
        }
        return new EntrustedCaseView(c.Id, c.CaseNumber, c.Title, CaseKinds.Name(c.Kind), c.Subject, c.KeySector, kinds.For(c).StatusName(c.Status),
            c.ReceivedOn, c.FiledOn, c.ClosedOn,
            c.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => $"{RoleName(p.Role)}：{p.Party!.Name}").ToList(),
            c.Rights.OrderBy(r => r.Id).Select(r => r.Number is { } n ? $"{r.Name}（{n}）" : r.Name).ToList());
    }

    private static string RoleName(CasePartyRole role) => role switch
    {
        CasePartyRole.Respondent => "当事人",
        CasePartyRole.RightsHolder => "权利人",
        CasePartyRole.Complainant => "投诉举报人",
        CasePartyRole.Requester => "请求人",
        _ => role.ToString(),
    };

    /// <summary>The entrusting unit's staff (with collaboration.edit) change, complete and revoke an entrustment.</summary>
    private bool MayManage(Entrustment e) => !access.IsPartner && access.CanEdit && access.Sees(e.OrgUnitId);

    /// <summary>Null when the user may add material and results now, or why not.</summary>
    private string? MayContribute(Entrustment e, DateOnly today)
    {
        if (e.Status != EntrustmentStatus.Active)
        {
            return $"委托{CollaborationRules.Name(e.Status)}，不能再补充材料或结果";
        }
        if (access.IsPartner)
        {
            if (access.UnitId != e.PartnerUnitId)
            {
                return "只有受托单位可以补充材料或结果";
            }
            return CollaborationRules.WithinTerm(e.Status, e.StartOn, e.EndOn, today) ? null
                : today < e.StartOn ? $"委托期限自{Date(e.StartOn)}开始" : $"委托期限已于{Date(e.EndOn)}届满";
        }
        return MayManage(e) ? null : "只有委托单位或受托单位可以补充材料或结果";
    }

    public async Task<CollabResult<EntrustmentDetail>> CreateAsync(EntrustmentInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, valid) = await ValidateAsync(db, input, null, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<EntrustmentDetail>(errors);
        }
        if (valid.CaseId is { } caseId && await db.Entrustments.AsNoTracking()
                .Where(e => e.CaseId == caseId && e.PartnerUnitId == valid.Partner && e.Status == EntrustmentStatus.Active).Select(e => (int?)e.Id)
                .FirstOrDefaultAsync(ct) is { } open)
        {
            return CollabResult.Refused<EntrustmentDetail>($"该案件已委托该单位办理（委托编号{open}），请在原委托中调整范围或期限");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var e = new Entrustment { Scope = "", CreatedAt = now, CreatedByName = access.Actor, Status = EntrustmentStatus.Active };
        Apply(e, valid, now);
        db.Entrustments.Add(e);
        if (valid.CaseId is { } id)
        {
            var c = await db.Cases.FirstAsync(x => x.Id == id, ct);
            var partner = await db.OrgUnits.Where(u => u.Id == valid.Partner).Select(u => u.Name).FirstAsync(ct);
            c.Events.Add(cases.Event("entrust", $"{CollaborationRules.Name(valid.Kind)}：{partner}",
                $"委托范围：{valid.Scope}；期限：{Date(valid.Start)}至{Date(valid.End)}"));
        }
        await db.SaveChangesAsync(ct);
        await NotifyUnitAsync(db, e.PartnerUnitId, $"entrustment:{e.Id}", $"{CollaborationRules.Name(e.Kind)}：委托期限{Date(e.StartOn)}至{Date(e.EndOn)}",
            e.Scope, $"/collaboration/entrustments/{e.Id}", now, ct);
        return CollabResult.Ok((await DetailAsync(db, e.Id, ct))!);
    }

    /// <summary>Scope, term, kind and partner of an active entrustment; a stale version throws (409).</summary>
    public async Task<CollabResult<EntrustmentDetail>> UpdateAsync(int id, EntrustmentInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Entrustments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return CollabResult.Missing<EntrustmentDetail>();
        }
        if (!MayManage(e))
        {
            return CollabResult.Denied<EntrustmentDetail>("只有委托单位可以修改委托");
        }
        if (e.Status != EntrustmentStatus.Active)
        {
            return CollabResult.Refused<EntrustmentDetail>($"委托{CollaborationRules.Name(e.Status)}，不能再修改");
        }
        var (errors, valid) = await ValidateAsync(db, input, e, ct);
        if (valid is null)
        {
            return CollabResult.Invalid<EntrustmentDetail>(errors);
        }
        db.Entry(e).Property(x => x.Version).OriginalValue = input!.Version;
        // A save always takes a new version, even when only its tasks or bodies change: the next stale save is refused.
        db.Entry(e).Property(x => x.UpdatedAt).IsModified = true;
        Apply(e, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    private sealed record ValidEntrustment(EntrustmentKind Kind, int Unit, int Partner, int? CaseId, string? TaskTitle, string Scope, DateOnly Start, DateOnly End);

    private async Task<(FieldErrors Errors, ValidEntrustment? Valid)> ValidateAsync(ZhibaoDb db, EntrustmentInput? input, Entrustment? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return (errors, null);
        }
        var kind = ParseKind(input.Kind);
        if (kind is null)
        {
            errors.Add("kind", KindError(input.Kind));
        }
        var partner = input.PartnerUnitId is { } p ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == p && u.IsActive, ct) : null;
        if (partner is null || partner.Kind != OrgUnitKind.External)
        {
            errors.Add("partnerUnitId", "请选择受托的外部单位（如天津市知识产权保护中心、滨海新区知识产权保护中心）");
        }
        var caseId = input.CaseId;
        int? caseUnit = null;
        if (existing is not null && caseId != existing.CaseId)
        {
            errors.Add("caseId", "委托的案件不能更改，请撤回后重新委托");
        }
        else if (caseId is { } c && existing is null)
        {
            // Cases are unit-owned: a user entrusts only a case they may see.
            var found = await db.Cases.AsNoTracking().Where(x => x.Id == c).Select(x => new { x.OrgUnitId, x.ClosedOn, x.NotFiledOn }).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                errors.Add("caseId", "所选案件不存在或不在您的数据权限范围内");
            }
            else if (found.ClosedOn is not null || found.NotFiledOn is not null)
            {
                errors.Add("caseId", "案件已办结（结案或不予立案），不能再委托");
            }
            else
            {
                caseUnit = found.OrgUnitId;
            }
        }
        else if (caseId is null && string.IsNullOrWhiteSpace(input.TaskTitle))
        {
            errors.Add("caseId", "请选择委托的案件，或填写委托事项");
        }
        var unitId = existing?.OrgUnitId ?? input.UnitId ?? caseUnit ?? access.UnitId;
        var unit = unitId is { } u ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == u, ct) : null;
        if (unit is null || unit.Kind == OrgUnitKind.External)
        {
            errors.Add("unitId", "请选择本局的委托单位");
        }
        else if (!access.Sees(unit.Id))
        {
            errors.Add("unitId", "只能以本单位及下级单位的名义委托");
        }
        if (input.StartOn is { } start && input.EndOn is { } end && end < start)
        {
            errors.Add("endOn", "委托截止日期不能早于起始日期");
        }
        if (errors.Any)
        {
            return (errors, null);
        }
        return (errors, new ValidEntrustment(kind!.Value, unit!.Id, partner!.Id, caseId, caseId is null ? Blank(input.TaskTitle) : null,
            input.Scope!.Trim(), input.StartOn!.Value, input.EndOn!.Value));
    }

    private static void Apply(Entrustment e, ValidEntrustment v, DateTime now)
    {
        e.Kind = v.Kind;
        e.OrgUnitId = v.Unit;
        e.PartnerUnitId = v.Partner;
        e.CaseId = v.CaseId;
        e.TaskTitle = v.TaskTitle;
        e.Scope = v.Scope;
        e.StartOn = v.Start;
        e.EndOn = v.End;
        e.UpdatedAt = now;
    }

    /// <summary>complete (outcome required) or revoke (reason required); the partner stops seeing a revoked entrustment.</summary>
    public async Task<CollabResult<EntrustmentDetail>> ActAsync(int id, string action, EntrustmentActionInput? input, CancellationToken ct)
    {
        if (action is not ("complete" or "revoke"))
        {
            return CollabResult.Missing<EntrustmentDetail>();
        }
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Entrustments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return CollabResult.Missing<EntrustmentDetail>();
        }
        if (!MayManage(e))
        {
            return CollabResult.Denied<EntrustmentDetail>("只有委托单位可以办结或撤回委托");
        }
        if (e.Status != EntrustmentStatus.Active)
        {
            return CollabResult.Refused<EntrustmentDetail>($"委托{CollaborationRules.Name(e.Status)}");
        }
        var today = Today;
        if (action == "complete")
        {
            if (string.IsNullOrWhiteSpace(input?.Outcome))
            {
                errors.Add("outcome", "请填写办理结果");
            }
            if (input?.CompletedOn is { } on && (on < e.StartOn || on > today))
            {
                errors.Add("completedOn", $"完成日期须在{Date(e.StartOn)}至今天之间");
            }
        }
        else if (string.IsNullOrWhiteSpace(input?.Reason))
        {
            errors.Add("reason", "请填写撤回理由");
        }
        if (errors.Any)
        {
            return CollabResult.Invalid<EntrustmentDetail>(errors);
        }
        if (input!.Version is { } version)
        {
            db.Entry(e).Property(x => x.Version).OriginalValue = version;
        }
        if (action == "complete")
        {
            e.Status = EntrustmentStatus.Completed;
            e.Outcome = input.Outcome!.Trim();
            e.CompletedOn = input.CompletedOn ?? today;
        }
        else
        {
            e.Status = EntrustmentStatus.Revoked;
            e.RevokedReason = input.Reason!.Trim();
        }
        e.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    /// <summary>A result or progress report, by the partner (within the term) or the entrusting unit.</summary>
    public async Task<CollabResult<EntrustmentDetail>> AddResultAsync(int id, EntrustmentResultInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Entrustments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return CollabResult.Missing<EntrustmentDetail>();
        }
        var today = Today;
        if (MayContribute(e, today) is { } refusal)
        {
            return e.Status == EntrustmentStatus.Active && (access.IsPartner ? access.UnitId == e.PartnerUnitId : MayManage(e))
                ? CollabResult.Refused<EntrustmentDetail>(refusal) : CollabResult.Denied<EntrustmentDetail>(refusal);
        }
        var on = input?.ReportedOn ?? today;
        if (on < e.StartOn || on > today)
        {
            errors.Add("reportedOn", $"填报日期须在{Date(e.StartOn)}至今天之间");
        }
        if (errors.Any)
        {
            return CollabResult.Invalid<EntrustmentDetail>(errors);
        }
        db.EntrustmentResults.Add(new EntrustmentResult
        {
            EntrustmentId = id, UnitId = access.IsPartner ? e.PartnerUnitId : e.OrgUnitId, ReportedOn = on, Content = input!.Content!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = access.Actor,
        });
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    /// <summary>Material shared by either side while the entrustment may take contributions.</summary>
    public async Task<CollabResult<EntrustmentDetail>> UploadAsync(int id, string? fileName, Stream content, string? description, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (description?.Trim().Length > 500)
        {
            errors.Add("description", "说明不超过500个字符");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Entrustments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return CollabResult.Missing<EntrustmentDetail>();
        }
        if (MayContribute(e, Today) is { } refusal)
        {
            return e.Status == EntrustmentStatus.Active && (access.IsPartner ? access.UnitId == e.PartnerUnitId : MayManage(e))
                ? CollabResult.Refused<EntrustmentDetail>(refusal) : CollabResult.Denied<EntrustmentDetail>(refusal);
        }
        var file = await files.ReadAsync(fileName, content, errors, null, ct);
        if (file is null)
        {
            return CollabResult.Invalid<EntrustmentDetail>(errors);
        }
        db.EntrustmentFiles.Add(new EntrustmentFile
        {
            EntrustmentId = id, UnitId = access.IsPartner ? e.PartnerUnitId : e.OrgUnitId, FileName = file.FileName, ContentType = file.ContentType,
            Size = file.Content.Length, Sha256 = file.Sha256, Description = Blank(description), StoredFile = new StoredFile { Content = file.Content },
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedByName = access.Actor,
        });
        await db.SaveChangesAsync(ct);
        return CollabResult.Ok((await DetailAsync(db, id, ct))!);
    }

    public async Task<UploadedFile?> FileAsync(int id, int fileId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Through the entrustment, so its data scope applies to its files.
        if (!await db.Entrustments.AnyAsync(e => e.Id == id, ct))
        {
            return null;
        }
        return await db.EntrustmentFiles.AsNoTracking().Where(f => f.Id == fileId && f.EntrustmentId == id)
            .Select(f => new UploadedFile(f.FileName, f.ContentType, f.StoredFile!.Content, f.Sha256)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Cases in scope still being handled, for the entrustment form.</summary>
    public async Task<List<LookupOption>> OpenCasesAsync(string? keyword, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Cases.AsNoTracking().Where(c => c.ClosedOn == null && c.NotFiledOn == null);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var k = keyword.Trim();
            query = query.Where(c => c.Title.Contains(k) || (c.CaseNumber != null && c.CaseNumber.Contains(k)));
        }
        var rows = await query.OrderByDescending(c => c.Id).Take(100).Select(c => new { c.Id, c.CaseNumber, c.Title, c.Kind }).ToListAsync(ct);
        return rows.Select(c => new LookupOption(c.Id, $"{c.CaseNumber ?? "（未立案）"} {c.Title}（{CaseKinds.Name(c.Kind)}）")).ToList();
    }

    public static readonly ExcelColumn<EntrustmentRow>[] Columns =
    [
        new("方式", r => r.KindName), new("案件/事项", r => r.Subject), new("案号", r => r.CaseNumber), new("委托单位", r => r.UnitName),
        new("受托单位", r => r.PartnerUnitName), new("起始日期", r => Date(r.StartOn)), new("截止日期", r => Date(r.EndOn)), new("状态", r => r.StateName),
        new("结果数", r => r.Results), new("材料数", r => r.Files),
    ];
}
