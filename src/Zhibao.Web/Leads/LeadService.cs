using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Leads;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Leads;

/// <summary>
/// 线索: registering the leads on abnormal patent applications and malicious trademark registrations the city bureau or
/// CNIPA assign, and their flow — assign to an officer, check (the categories of 令第77号第三条 / 总局令第17号第三条、第四条),
/// report back to the sender, and turn a confirmed one into a penalty case with the link kept both ways. Leads are
/// unit-owned (data scope); the sender's reply deadline is clocked like a case deadline.
/// </summary>
public sealed class LeadService(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, CalendarService calendars, SettingsReader settings, TimeProvider clock,
    CaseService cases)
{
    public const int MaxDeadlineWorkingDays = 365;

    private const string StaleMessage = "该线索已被他人修改，请刷新后重试";

    public DateOnly Today => Clock.Today(clock);

    /// <summary>
    /// The natural key that makes a re-import idempotent: kind, source body and the normalised application/registration
    /// number; for kinds without one, the sender's reference. Null when the lead has neither.
    /// </summary>
    public static string? NaturalKey(LeadKind kind, int? sourceUnitId, string? applicationNumber, string? sourceReference) =>
        applicationNumber is { Length: > 0 } number ? $"{kind}|{sourceUnitId}|{number}"
        : sourceReference is { Length: > 0 } reference ? $"{kind}|{sourceUnitId}|ref:{reference}"
        : null;

    /// <summary>专利申请号 (check digit verified; stored without ZL) or 商标申请号/注册号, normalised.</summary>
    public static IdentifierCheck CheckApplicationNumber(LeadKind kind, string? text)
    {
        if (kind == LeadKind.AbnormalPatentApplication)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return IdentifierCheck.Invalid("请输入专利申请号");
            }
            var patent = PatentNumber.Check(text);
            return patent.IsValid
                ? IdentifierCheck.Valid(patent.Normalized!.StartsWith("ZL", StringComparison.Ordinal) ? patent.Normalized[2..] : patent.Normalized)
                : IdentifierCheck.Invalid(patent.Error!.Replace("专利号", "专利申请号", StringComparison.Ordinal));
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentifierCheck.Invalid("请输入商标申请号/注册号");
        }
        var trademark = TrademarkRegistrationNumber.Check(text);
        return trademark.IsValid ? trademark : IdentifierCheck.Invalid(trademark.Error!.Replace("商标注册号", "商标申请号/注册号", StringComparison.Ordinal));
    }

    public static bool TryParseKind(string? text, out LeadKind kind) => LeadWorkflow.TryParse(text, LeadWorkflow.Name, out kind);

    public async Task<LeadResultOf> CreateAsync(LeadInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        LeadKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            errors.Add(nameof(input.Kind), "请选择线索类型：非正常专利申请（AbnormalPatentApplication）或恶意商标注册（MaliciousTrademarkApplication）");
        }
        else if (!TryParseKind(input.Kind, out kind))
        {
            errors.Add(nameof(input.Kind), $"线索类型“{input.Kind.Trim()}”无效，应为非正常专利申请（AbnormalPatentApplication）或恶意商标注册（MaliciousTrademarkApplication）");
        }
        else if (!LeadWorkflow.AbnormalFilingKinds.Contains(kind))
        {
            errors.Add(nameof(input.Kind), $"{LeadWorkflow.Name(kind)}在“投诉举报”中登记（POST /api/intake），此处只登记非正常专利申请和恶意商标注册线索");
        }
        var source = input.SourceUnitId is { } sourceId
            ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == sourceId && u.Kind == OrgUnitKind.External, ct) : null;
        if (source is null)
        {
            errors.Add(nameof(input.SourceUnitId), "请选择交办单位（组织机构中的外部单位，如国家知识产权局、天津市知识产权局）");
        }
        if (input.ReceivedOn > today)
        {
            errors.Add(nameof(input.ReceivedOn), "收到日期不能晚于今天");
        }
        CheckSenderDeadline(input.ReceivedOn, input.SenderDeadlineOn, input.SenderDeadlineWorkingDays, errors);
        string? number = null;
        if (LeadWorkflow.AbnormalFilingKinds.Contains(kind) && !string.IsNullOrWhiteSpace(input.Kind))
        {
            var check = CheckApplicationNumber(kind, input.ApplicationNumber);
            if (check.IsValid)
            {
                number = check.Normalized;
            }
            else
            {
                errors.Add(nameof(input.ApplicationNumber), check.Error!);
            }
        }
        if (input.ApplicantPartyId is { } partyId && !await db.Parties.AnyAsync(p => p.Id == partyId, ct))
        {
            errors.Add(nameof(input.ApplicantPartyId), $"当事人（编号{partyId}）不存在，请先在当事人名录中登记");
        }
        await CheckAreaAsync(db, input.Area, errors, ct);
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        await CheckUnitAsync(db, user, unitId, nameof(input.UnitId), "请选择本人数据权限范围内的承办单位", errors, ct);
        if (errors.Any)
        {
            return new LeadResultOf(null, errors);
        }

        var reference = Blank(input.SourceReference);
        var key = NaturalKey(kind, source!.Id, number, reference);
        if (await DuplicateAsync(db, key, ct) is { } duplicate)
        {
            return duplicate;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await calendars.GetAsync(ct);
        var lead = new Lead
        {
            Kind = kind, Status = LeadStatus.Received, NaturalKey = key, SourceUnitId = source.Id, SourceReference = reference,
            BatchReference = Blank(input.BatchReference), ReceivedOn = input.ReceivedOn!.Value, SenderDeadlineOn = input.SenderDeadlineOn,
            SenderDeadlineWorkingDays = input.SenderDeadlineWorkingDays,
            ReplyDueOn = LeadReplyClock.Due(calendar, input.ReceivedOn.Value, input.SenderDeadlineOn, input.SenderDeadlineWorkingDays)?.DueOn,
            Subject = LeadWorkflow.DefaultSubject(kind), Summary = Blank(input.Summary), ApplicationNumber = number,
            OtherNumbers = Blank(input.OtherNumbers), RightName = Blank(input.RightName), NiceClasses = Blank(input.NiceClasses),
            Applicant = input.Applicant!.Trim(), ApplicantPartyId = input.ApplicantPartyId, AgencyName = Blank(input.AgencyName),
            Area = Blank(input.Area), OrgUnitId = unitId, CreatedAt = now, CreatedById = user.UserId ?? 0, UpdatedAt = now,
        };
        lead.Events.Add(Event("register", $"登记线索（{source.Name}交办）", reference is null ? null : $"来文文号：{reference}"));
        db.Leads.Add(lead);
        return await SaveNewAsync(db, factory, key, fresh => DuplicateAsync(fresh, key, ct), ct)
            ?? new LeadResultOf(await GetAsync(lead.Id, ct), errors);
    }

    private static async Task<LeadResultOf?> DuplicateAsync(ZhibaoDb db, string? key, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }
        // Across units: the same lead registered by another unit is still the same lead.
        var existing = await db.Leads.IgnoreQueryFilters().AsNoTracking().Where(l => l.NaturalKey == key)
            .Select(l => new { l.Id, l.ApplicationNumber, l.SourceReference, l.ReceivedOn, Unit = l.OrgUnit!.Name }).FirstOrDefaultAsync(ct);
        return existing is null ? null : new LeadResultOf(null, new FieldErrors(),
            $"该线索已于{existing.ReceivedOn:yyyy-MM-dd}登记（线索编号{existing.Id}，{existing.ApplicationNumber ?? existing.SourceReference}，承办单位：{existing.Unit}），不能重复登记",
            ExistingId: existing.Id);
    }

    public async Task<LeadDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await db.Leads.AsNoTracking().Include(l => l.OrgUnit).Include(l => l.SourceUnit).Include(l => l.TransferredToUnit)
            .FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return null;
        }
        var history = await db.LeadEvents.AsNoTracking().Where(e => e.LeadId == id).OrderBy(e => e.Id)
            .Select(e => new LeadHistoryView(e.Id, e.At, e.ActorName, e.Action, e.Title, e.Comment)).ToListAsync(ct);
        // The officer and the case show to everyone who sees the lead, even when they sit outside the viewer's scope.
        var officer = lead.AssignedOfficerId is { } officerId
            ? await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == officerId).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        var linked = lead.CaseId is { } caseId
            ? await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status }).FirstOrDefaultAsync(ct) : null;
        var (calendar, warning) = await ClockAsync(ct);
        var due = LeadReplyClock.Due(calendar, lead.ReceivedOn, lead.SenderDeadlineOn, lead.SenderDeadlineWorkingDays);
        var reply = LeadReplyClock.StatusOn(calendar, lead.ReplyDueOn, lead.ReportedOn, Today, warning);
        return new LeadDetail(
            lead.Id, lead.Kind, LeadWorkflow.Name(lead.Kind), lead.Status, LeadWorkflow.Name(lead.Status), lead.NaturalKey,
            lead.SourceUnitId, lead.SourceUnit?.Name, lead.SourceReference, lead.BatchReference, lead.ReceivedOn,
            lead.SenderDeadlineOn, lead.SenderDeadlineWorkingDays, lead.ReplyDueOn, due?.Basis, reply, LeadReplyClock.Name(reply),
            Tag(reply), lead.Subject, lead.Summary, lead.ApplicationNumber, lead.OtherNumbers, lead.RightName, lead.NiceClasses,
            lead.Applicant, lead.ApplicantPartyId, lead.AgencyName, lead.Area, lead.OrgUnitId, lead.OrgUnit?.Name ?? "",
            lead.AssignedOfficerId, officer, lead.AssignedOn, lead.CheckedOn, lead.Result,
            lead.Result is { } r ? LeadWorkflow.Name(r) : null,
            LeadCategories.Parse(lead.Kind, lead.Categories).Select(c => new LeadCategoryView(c.Code, c.Name, c.Text, c.Basis)).ToList(),
            lead.TransferredToUnitId, lead.TransferredToUnit?.Name ?? lead.TransferredTo, lead.CheckNotes, lead.CheckedByName,
            lead.ReportedOn, lead.ReplyNumber, lead.ReportNotes,
            linked is null ? null : new LeadCaseLink(linked.Id, linked.CaseNumber, linked.Title, CaseKinds.StatusName(linked.Kind, linked.Status)),
            lead.ConvertedOn,
            LeadWorkflow.Allowed(lead.Status, lead.Result, lead.CaseId is not null).Select(LeadWorkflow.ApiName).ToList(),
            history, lead.CreatedAt, lead.Version);
    }

    public async Task<Page<LeadRow>> ListAsync(LeadFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(query.OrderByDescending(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize), db, ct);
        return new Page<LeadRow>(rows, total, page, pageSize);
    }

    public async Task<List<LeadRow>> AllAsync(LeadFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(Filter(db, filter).OrderByDescending(l => l.Id).Take(ExcelExport.MaxRows), db, ct);
    }

    private IQueryable<Lead> Filter(ZhibaoDb db, LeadFilter f)
    {
        var query = db.Leads.AsNoTracking();
        if (f.Kinds.Count > 0)
        {
            var kinds = f.Kinds.ToList();
            query = query.Where(l => kinds.Contains(l.Kind));
        }
        if (f.Status is { } status)
        {
            query = query.Where(l => l.Status == status);
        }
        if (f.OfficerId is { } officer)
        {
            query = query.Where(l => l.AssignedOfficerId == officer);
        }
        if (f.Overdue is { } overdue)
        {
            var today = Today;
            query = overdue
                ? query.Where(l => l.ReportedOn == null && l.ReplyDueOn != null && l.ReplyDueOn < today)
                : query.Where(l => !(l.ReportedOn == null && l.ReplyDueOn != null && l.ReplyDueOn < today));
        }
        if (f.ReceivedFrom is { } from)
        {
            query = query.Where(l => l.ReceivedOn >= from);
        }
        if (f.ReceivedTo is { } to)
        {
            query = query.Where(l => l.ReceivedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            query = query.Where(l => (l.ApplicationNumber != null && l.ApplicationNumber.Contains(k)) || (l.Applicant != null && l.Applicant.Contains(k))
                || (l.AgencyName != null && l.AgencyName.Contains(k)) || (l.SourceReference != null && l.SourceReference.Contains(k))
                || (l.BatchReference != null && l.BatchReference.Contains(k)) || (l.RightName != null && l.RightName.Contains(k)));
        }
        return query;
    }

    private async Task<List<LeadRow>> RowsAsync(IQueryable<Lead> query, ZhibaoDb db, CancellationToken ct)
    {
        var raw = await query.Select(l => new
        {
            l.Id, l.Kind, l.Status, Source = l.SourceUnit!.Name, l.SourceReference, l.BatchReference, l.ApplicationNumber, l.RightName,
            l.Applicant, l.AgencyName, l.Area, l.ReceivedOn, l.ReplyDueOn, l.AssignedOfficerId, Unit = l.OrgUnit!.Name, l.Result,
            l.CheckedOn, l.ReportedOn, l.ReplyNumber, l.CaseId,
        }).ToListAsync(ct);
        var officerIds = raw.Select(r => r.AssignedOfficerId).OfType<int>().Distinct().ToList();
        var officers = await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var caseIds = raw.Select(r => r.CaseId).OfType<int>().ToList();
        var numbers = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, ct);
        var (calendar, warning) = await ClockAsync(ct);
        var today = Today;
        return raw.Select(r =>
        {
            var reply = LeadReplyClock.StatusOn(calendar, r.ReplyDueOn, r.ReportedOn, today, warning);
            return new LeadRow(r.Id, r.Kind, LeadWorkflow.Name(r.Kind), r.Status, LeadWorkflow.Name(r.Status), r.Source, r.SourceReference,
                r.BatchReference, r.ApplicationNumber, r.RightName, r.Applicant, r.AgencyName, r.Area, r.ReceivedOn, r.ReplyDueOn, reply,
                LeadReplyClock.Name(reply), Tag(reply), r.AssignedOfficerId is { } o ? officers.GetValueOrDefault(o) : null, r.Unit, r.Result,
                r.Result is { } res ? LeadWorkflow.Name(res) : null, r.CheckedOn, r.ReportedOn, r.ReplyNumber, r.CaseId,
                r.CaseId is { } c ? numbers.GetValueOrDefault(c) : null);
        }).ToList();
    }

    /// <summary>The reply clock as the red/amber/green tag of the case lists.</summary>
    public static DeadlineStatus? Tag(ReplyStatus status) => status switch
    {
        ReplyStatus.OnTrack => DeadlineStatus.Running,
        ReplyStatus.DueSoon => DeadlineStatus.DueSoon,
        ReplyStatus.Overdue => DeadlineStatus.Overdue,
        ReplyStatus.Replied => DeadlineStatus.Done,
        ReplyStatus.RepliedLate => DeadlineStatus.DoneLate,
        _ => null,
    };

    private async Task<(WorkingCalendar Calendar, int WarningDays)> ClockAsync(CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        return (await calendars.GetAsync(ct), (int)SettingsReader.Number(values, "Reminders.DaysBeforeDeadline", 3));
    }

    /// <summary>GET /api/leads/abnormal-filings/monthly: per month of <paramref name="year"/>, within the caller's scope.</summary>
    public async Task<LeadMonthlyCounts> MonthlyAsync(int year, IReadOnlyList<LeadKind> kinds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var kindList = kinds.ToList();
        var dates = await db.Leads.AsNoTracking().Where(l => kindList.Contains(l.Kind))
            .Where(l => (l.ReceivedOn >= from && l.ReceivedOn <= to) || (l.CheckedOn >= from && l.CheckedOn <= to)
                || (l.ReportedOn >= from && l.ReportedOn <= to))
            .Select(l => new { l.ReceivedOn, l.CheckedOn, l.ReportedOn, l.Result }).ToListAsync(ct);
        bool In(DateOnly? day, int month) => day is { } d && d.Year == year && d.Month == month;
        var months = Enumerable.Range(1, 12).Select(m => new LeadMonth(m,
            dates.Count(d => In(d.ReceivedOn, m)),
            dates.Count(d => In(d.CheckedOn, m)),
            dates.Count(d => In(d.CheckedOn, m) && d.Result == LeadResult.Confirmed),
            dates.Count(d => In(d.ReportedOn, m)))).ToList();
        var total = new LeadMonth(0, months.Sum(m => m.Received), months.Sum(m => m.Checked), months.Sum(m => m.Confirmed), months.Sum(m => m.ReportedBack));
        return new LeadMonthlyCounts(year, kindList.Select(k => k.ToString()).ToList(), months, total);
    }

    /// <summary>
    /// What 交办线索办结率 counts for the plan (seed task 4: 及时处置交办的恶意商标注册等违法行为线索): the leads on abnormal patent
    /// applications and malicious trademark registrations that <paramref name="units"/> received between
    /// <paramref name="from"/> and <paramref name="to"/>; a lead is 办结 once reported back to its sender (已反馈, the end of
    /// its flow) by <paramref name="to"/>.
    /// </summary>
    public static async Task<List<AssignedLead>> AssignedAsync(ZhibaoDb db, IReadOnlyCollection<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var kinds = LeadWorkflow.AbnormalFilingKinds.ToList();
        var leads = await db.Leads.AsNoTracking()
            .Where(l => kinds.Contains(l.Kind) && units.Contains(l.OrgUnitId) && l.ReceivedOn >= from && l.ReceivedOn <= to)
            .OrderBy(l => l.ReceivedOn).ThenBy(l => l.Id)
            .Select(l => new { l.Id, l.Kind, l.ApplicationNumber, l.Applicant, l.SourceReference, l.ReceivedOn, l.ReplyDueOn, l.ReportedOn })
            .ToListAsync(ct);
        return leads.Select(l => new AssignedLead(l.Id, l.Kind, l.ApplicationNumber ?? l.SourceReference, l.Applicant, l.ReceivedOn, l.ReplyDueOn,
            l.ReportedOn <= to ? l.ReportedOn : null)).ToList();
    }

    public async Task<LeadResultOf> RunAsync(int id, string actionName, LeadActionInput input, CancellationToken ct)
    {
        if (LeadWorkflow.ParseAction(actionName) is not { } action)
        {
            return new LeadResultOf(null, new FieldErrors(), $"线索不支持操作“{actionName}”，可选：assign、check、report、convert", NotFound: true);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
        {
            return new LeadResultOf(null, new FieldErrors(), NotFound: true);
        }
        if (Domain.Intake.IntakeTerms.IsIntake(lead.Kind))
        {
            return new LeadResultOf(null, new FieldErrors(), $"{LeadWorkflow.Name(lead.Kind)}在“投诉举报”中办理（POST /api/intake/{id}/actions/…）");
        }
        if (input.Version is { } seen && seen != lead.Version)
        {
            return new LeadResultOf(null, new FieldErrors(), StaleMessage);
        }
        if (LeadWorkflow.Refusal(lead.Status, action, lead.Result, lead.CaseId is not null) is { } refusal)
        {
            return new LeadResultOf(null, new FieldErrors(), refusal);
        }
        var errors = action switch
        {
            LeadAction.Assign => await AssignAsync(db, lead, input, ct),
            LeadAction.Check => await CheckAsync(db, lead, input, ct),
            LeadAction.Report => Report(db, lead, input),
            _ => await ConvertAsync(db, lead, input, ct),
        };
        if (errors.Any)
        {
            return new LeadResultOf(null, errors);
        }
        lead.Status = LeadWorkflow.Next(lead.Status, action);
        lead.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new LeadResultOf(null, new FieldErrors(), StaleMessage);
        }
        return new LeadResultOf(await GetAsync(id, ct), errors);
    }

    private async Task<FieldErrors> AssignAsync(ZhibaoDb db, Lead lead, LeadActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var on = CheckDay(input.AssignedOn, lead.ReceivedOn, "assignedOn", "分派日期", "收到日期", errors);
        // The officer registry's unit filter applies: only officers within the caller's scope can be chosen.
        var officer = input.OfficerId is { } officerId
            ? await db.Officers.Include(o => o.OrgUnit).FirstOrDefaultAsync(o => o.Id == officerId && o.IsActive, ct) : null;
        if (officer is null)
        {
            errors.Add("officerId", input.OfficerId is null ? "请选择承办人" : $"执法人员（编号{input.OfficerId}）不存在、已停用或不在本人数据权限范围内");
        }
        if (errors.Any)
        {
            return errors;
        }
        var again = lead.AssignedOfficerId is not null;
        lead.AssignedOfficerId = officer!.Id;
        lead.AssignedOn = on;
        lead.OrgUnitId = officer.OrgUnitId;   // the officer's unit now handles it (and sees it)
        AddEvent(db, lead, "assign", $"{(again ? "改派" : "分派")}给{officer.Name}（{officer.OrgUnit?.Name}）", input.Notes);
        return errors;
    }

    private async Task<FieldErrors> CheckAsync(ZhibaoDb db, Lead lead, LeadActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var on = CheckDay(input.CheckedOn, lead.ReceivedOn, "checkedOn", "核查日期", "收到日期", errors);
        if (input.Result is not { } result || !Enum.IsDefined(result))
        {
            errors.Add("result", "请选择核查结果：核查属实（Confirmed）、核查不属实（NotConfirmed）或移交（Transferred）");
            return errors;
        }
        var codes = (input.Categories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        foreach (var unknown in codes.Where(c => LeadCategories.Find(lead.Kind, c) is null))
        {
            errors.Add("categories", $"“{unknown}”不是{LeadWorkflow.Name(lead.Kind)}线索的认定情形");
        }
        if (result == LeadResult.Confirmed && codes.Count == 0)
        {
            errors.Add("categories", lead.Kind == LeadKind.AbnormalPatentApplication
                ? "核查属实须勾选至少一项非正常申请专利行为（国家知识产权局令第77号第三条）"
                : "核查属实须勾选至少一项恶意商标注册情形（总局令第17号第三条、第四条）");
        }
        if (result == LeadResult.NotConfirmed && codes.Count > 0)
        {
            errors.Add("categories", "核查不属实时不应勾选认定情形");
        }
        OrgUnit? target = null;
        if (result == LeadResult.Transferred)
        {
            target = input.TransferredToUnitId is { } unitId ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
            if (input.TransferredToUnitId is not null && target is null)
            {
                errors.Add("transferredToUnitId", "接收单位不存在");
            }
            else if (target is null && string.IsNullOrWhiteSpace(input.TransferredTo))
            {
                errors.Add("transferredTo", "移交须选择或填写接收单位");
            }
        }
        if (string.IsNullOrWhiteSpace(input.Notes))
        {
            errors.Add("notes", "请填写核查情况");
        }
        else if (input.Notes.Length > 2000)
        {
            errors.Add("notes", "核查情况不超过2000个字符");
        }
        if (input.TransferredTo?.Length > 200)
        {
            errors.Add("transferredTo", "接收单位不超过200个字符");
        }
        if (errors.Any)
        {
            return errors;
        }
        var again = lead.CheckedOn is not null;
        lead.CheckedOn = on;
        lead.Result = result;
        lead.Categories = LeadCategories.Join(lead.Kind, codes);
        lead.TransferredToUnitId = target?.Id;
        lead.TransferredTo = result == LeadResult.Transferred ? target?.Name ?? input.TransferredTo!.Trim() : null;
        lead.CheckNotes = input.Notes!.Trim();
        lead.CheckedByName = user.DisplayName ?? user.UserName;
        var cited = LeadCategories.Parse(lead.Kind, lead.Categories).Select(c => c.Code + c.Name).ToList();
        var title = $"{(again ? "更正" : "登记")}核查结果：{LeadWorkflow.Name(result)}"
            + (cited.Count > 0 ? $"（{string.Join("、", cited)}）" : "")
            + (lead.TransferredTo is { } to ? $"，移交{to}" : "");
        AddEvent(db, lead, "check", title, lead.CheckNotes);
        return errors;
    }

    private FieldErrors Report(ZhibaoDb db, Lead lead, LeadActionInput input)
    {
        var errors = new FieldErrors();
        var on = CheckDay(input.ReportedOn, lead.CheckedOn ?? lead.ReceivedOn, "reportedOn", "反馈日期", "核查日期", errors);
        if (input.ReplyNumber?.Length > 100)
        {
            errors.Add("replyNumber", "反馈文号不超过100个字符");
        }
        if (input.Notes?.Length > 2000)
        {
            errors.Add("notes", "反馈说明不超过2000个字符");
        }
        if (errors.Any)
        {
            return errors;
        }
        lead.ReportedOn = on;
        lead.ReplyNumber = Blank(input.ReplyNumber);
        lead.ReportNotes = Blank(input.Notes);
        var late = lead.ReplyDueOn is { } due && on > due ? $"，超过交办期限（{due:yyyy-MM-dd}）" : "";
        AddEvent(db, lead, "report", $"反馈交办单位{(lead.ReplyNumber is { } n ? $"（{n}）" : "")}{late}", lead.ReportNotes);
        return errors;
    }

    /// <summary>
    /// 转为行政处罚案件: the case is registered through the penalty registration's own checks (subject from the dictionary —
    /// 非正常专利申请, 恶意商标注册 or 代理违法 —, unit, officers with a valid certificate) and saved with the lead's link.
    /// </summary>
    private async Task<FieldErrors> ConvertAsync(ZhibaoDb db, Lead lead, LeadActionInput input, CancellationToken ct)
    {
        var kindName = LeadWorkflow.Name(lead.Kind);
        var cited = LeadCategories.Parse(lead.Kind, lead.Categories);
        var summary = string.Join("；", new[]
        {
            $"{kindName}线索（线索编号{lead.Id}）",
            lead.SourceReference is { } r ? $"来文文号：{r}" : null,
            lead.ApplicationNumber is { } n ? $"申请号/注册号：{n}" : null,
            $"申请人：{lead.Applicant}",
            lead.AgencyName is { } a ? $"代理机构：{a}" : null,
            cited.Count > 0 ? $"核查认定：{string.Join("；", cited.Select(c => $"{c.Name}（{c.Basis}）"))}" : null,
            lead.CheckNotes is { } notes ? $"核查情况：{notes}" : null,
        }.OfType<string>());
        var caseInput = new PenaltyCaseInput(
            Blank(input.Title) ?? $"{lead.Applicant}{kindName}案",
            Blank(input.Subject) ?? lead.Subject ?? LeadWorkflow.DefaultSubject(lead.Kind),
            LeadWorkflow.CaseSource(lead.Kind),
            input.LeadReceivedOn ?? Today,
            input.UnitId ?? lead.OrgUnitId,
            null,
            summary.Length > 4000 ? summary[..4000] : summary,
            lead.ApplicantPartyId is { } party ? [new CasePartyInput(party)] : [],
            [],
            input.OfficerIds ?? (lead.AssignedOfficerId is { } officer ? [officer] : []));
        var (c, errors) = await cases.PreparePenaltyAsync(db, caseInput, ct);
        if (c is null)
        {
            return errors;
        }
        c.Events.Add(cases.Event("from-lead", $"由{kindName}线索转立（线索编号{lead.Id}）", lead.SourceReference));
        lead.Case = c;
        lead.ConvertedOn = Today;
        AddEvent(db, lead, "convert", $"转为行政处罚案件“{c.Title}”（违法类型：{c.Subject}）", null);
        return errors;
    }

    /// <summary>An action's date: today when omitted; not in the future, not before <paramref name="earliest"/>.</summary>
    private DateOnly CheckDay(DateOnly? given, DateOnly earliest, string field, string name, string earliestName, FieldErrors errors)
    {
        var day = given ?? Today;
        if (day > Today)
        {
            errors.Add(field, $"{name}不能晚于今天");
        }
        else if (day < earliest)
        {
            errors.Add(field, $"{name}不能早于{earliestName}（{earliest:yyyy-MM-dd}）");
        }
        return day;
    }

    /// <summary>
    /// Saves a new lead. When two registrations of the same lead (the same natural key) arrive at once, the unique key lets
    /// one in; the other answers like a duplicate (<paramref name="duplicate"/>, read in a fresh context) instead of failing.
    /// </summary>
    internal static async Task<T?> SaveNewAsync<T>(ZhibaoDb db, IDbContextFactory<ZhibaoDb> factory, string? key, Func<ZhibaoDb, Task<T?>> duplicate,
        CancellationToken ct) where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException) when (key is not null)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            if (await duplicate(fresh) is { } raced)
            {
                return raced;
            }
            throw;
        }
    }

    /// <summary>The sender's deadline: a date not before receipt, or 1–365 working days after it, not both.</summary>
    internal static void CheckSenderDeadline(DateOnly? receivedOn, DateOnly? deadlineOn, int? workingDays, FieldErrors errors)
    {
        if (deadlineOn is not null && workingDays is not null)
        {
            errors.Add("senderDeadlineOn", "交办期限请填写截止日期或工作日数其中一项");
        }
        if (deadlineOn is { } deadline && receivedOn is { } received && deadline < received)
        {
            errors.Add("senderDeadlineOn", "交办期限不能早于收到日期");
        }
        if (workingDays is < 1 or > MaxDeadlineWorkingDays)
        {
            errors.Add("senderDeadlineWorkingDays", $"交办期限工作日数须在1到{MaxDeadlineWorkingDays}之间");
        }
    }

    /// <summary>A unit of the bureau (not an outside body) within the caller's data scope.</summary>
    internal static async Task CheckUnitAsync(ZhibaoDb db, CurrentUser user, int unitId, string field, string message, FieldErrors errors, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.Kind == OrgUnitKind.External || !(user.SeesAllUnits || user.VisibleUnitIds.Contains(unitId)))
        {
            errors.Add(field, message);
        }
    }

    internal static async Task CheckAreaAsync(ZhibaoDb db, string? area, FieldErrors errors, CancellationToken ct) =>
        await CaseService.CheckDictionaryAsync(db, "area", area, "area", "街镇", errors, ct);

    private void AddEvent(ZhibaoDb db, Lead lead, string action, string title, string? comment)
    {
        var e = Event(action, title, comment);
        e.LeadId = lead.Id;
        db.LeadEvents.Add(e);
    }

    private LeadEvent Event(string action, string title, string? comment) => new()
    {
        At = clock.GetUtcNow().UtcDateTime, ActorId = user.UserId, ActorName = user.DisplayName ?? user.UserName ?? "系统",
        Action = action, Title = title, Comment = comment,
    };

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static readonly ExcelColumn<LeadRow>[] Columns =
    [
        new("线索编号", r => r.Id), new("线索类型", r => r.KindName), new("状态", r => r.StatusName), new("交办单位", r => r.SourceUnitName),
        new("来文文号", r => r.SourceReference), new("批次号", r => r.BatchReference), new("申请号/注册号", r => r.ApplicationNumber),
        new("名称", r => r.RightName), new("申请人", r => r.Applicant), new("代理机构", r => r.AgencyName), new("街镇", r => r.Area),
        new("收到日期", r => Date(r.ReceivedOn)), new("反馈期限", r => Date(r.ReplyDueOn)), new("期限状态", r => r.ReplyStatusName),
        new("承办人", r => r.OfficerName), new("承办单位", r => r.OrgUnitName), new("核查结果", r => r.ResultName),
        new("核查日期", r => Date(r.CheckedOn)), new("反馈日期", r => Date(r.ReportedOn)), new("反馈文号", r => r.ReplyNumber),
        new("转立案件", r => r.CaseNumber ?? (r.CaseId is { } id ? $"案件{id}（未立案）" : null)),
    ];

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
