using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Cases;
using Zhibao.Web.Leads;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Statistics;

namespace Zhibao.Web.Intake;

/// <summary>
/// 投诉举报: registering complaints, reports, assigned leads and transfers on the one lead entity (ADR 0011), reading them
/// with their statutory clocks, the list with its filters and export, duplicate suggestions and the counts by key sector.
/// The actions are in <see cref="IntakeActions"/>. Items are unit-owned (data scope). A reporter's identity shows only to
/// holders of intake.informant.view; lists and exports never carry a complainant's or reporter's identity.
/// </summary>
public sealed class IntakeService(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, CalendarService calendars, SettingsReader settings, TimeProvider clock)
{
    public const string NoSector = StatisticsService.NoSector;

    public DateOnly Today => Clock.Today(clock);

    /// <summary>The earliest receipt the clocks can count from: the complaint measures (2020-01-01), or for reports and
    /// assigned leads the penalty procedure's current version (2021-07-15).</summary>
    public static DateOnly EarliestReceipt(LeadKind kind) =>
        kind == LeadKind.Complaint ? Domain.Rules.StatutoryPeriods.Versions("complaint.acceptance").Min(v => v.EffectiveFrom) : CaseService.EarliestLeadDate;

    public static bool TryParseKind(string? text, out LeadKind kind) => LeadWorkflow.TryParse(text, LeadWorkflow.Name, out kind) && IntakeTerms.IsIntake(kind);

    public async Task<IntakeResult> CreateAsync(IntakeInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var today = Today;
        LeadKind kind = default;
        var kindOk = false;
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            errors.Add(nameof(input.Kind), "请选择类型：投诉、举报、上级交办或部门移送");
        }
        else if (!TryParseKind(input.Kind, out kind))
        {
            errors.Add(nameof(input.Kind), $"类型“{input.Kind.Trim()}”无效，应为投诉（Complaint）、举报（Report）、上级交办（Assignment）或部门移送（Transfer）");
        }
        else
        {
            kindOk = true;
        }
        var channel = kindOk ? CheckChannel(kind, input.Channel, errors) : null;
        if (input.ReceivedOn is { } received)
        {
            if (received > today)
            {
                errors.Add(nameof(input.ReceivedOn), "收到日期不能晚于今天");
            }
            else if (kindOk && received < EarliestReceipt(kind))
            {
                errors.Add(nameof(input.ReceivedOn), $"收到日期早于适用规定的施行日（{EarliestReceipt(kind):yyyy-MM-dd}），系统无法计算期限");
            }
        }
        var time = ParseTime(input.ReceivedTime, errors);
        if (kindOk)
        {
            CheckInformant(kind, input, errors);
        }
        var idNumber = CheckIdNumber(input.InformantIdNumber, errors);
        IntakeSubject subject = default;
        if (string.IsNullOrWhiteSpace(input.Subject))
        {
            errors.Add(nameof(input.Subject), "请选择涉及客体：商标、专利、地理标志、官方标志、特殊标志或其他");
        }
        else if (!IntakeTerms.TryParse(input.Subject, IntakeTerms.Name, out subject))
        {
            errors.Add(nameof(input.Subject), $"涉及客体“{input.Subject.Trim()}”无效，可选：{string.Join("、", Enum.GetValues<IntakeSubject>().Select(IntakeTerms.Name))}");
        }
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            errors.Add(nameof(input.Description), "请填写事项内容（投诉、举报或交办的具体事实）");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        Party? party = null;
        if (input.RespondentPartyId is { } partyId)
        {
            party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId, ct);
            if (party is null)
            {
                errors.Add(nameof(input.RespondentPartyId), $"当事人（编号{partyId}）不存在，请先在当事人名录中登记");
            }
        }
        var respondent = LeadService.Blank(input.RespondentName) ?? party?.Name;
        if (kindOk && respondent is null && input.RespondentPartyId is null && !IntakeTerms.HasSender(kind))
        {
            errors.Add(nameof(input.RespondentName), kind == LeadKind.Complaint ? "请填写被投诉人" : "请填写被举报人");
        }
        if (!string.IsNullOrWhiteSpace(input.KeySector))
        {
            await CaseService.CheckDictionaryAsync(db, "key_sector", input.KeySector, nameof(input.KeySector), "重点领域", errors, ct);
        }
        await LeadService.CheckAreaAsync(db, input.Area, errors, ct);
        OrgUnit? source = null;
        if (kindOk && IntakeTerms.HasSender(kind))
        {
            source = input.SourceUnitId is { } sourceId ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == sourceId, ct) : null;
            if (source is null)
            {
                errors.Add(nameof(input.SourceUnitId), kind == LeadKind.Assignment ? "请选择交办单位" : "请选择移送单位");
            }
            LeadService.CheckSenderDeadline(input.ReceivedOn, input.SenderDeadlineOn, input.SenderDeadlineWorkingDays, errors);
        }
        else if (input.SenderDeadlineOn is not null || input.SenderDeadlineWorkingDays is not null)
        {
            errors.Add(nameof(input.SenderDeadlineOn), "只有上级交办和部门移送的事项有交办期限");
        }
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        await LeadService.CheckUnitAsync(db, user, unitId, nameof(input.UnitId), "请选择本人数据权限范围内的承办单位", errors, ct);
        if (errors.Any)
        {
            return new IntakeResult(null, errors);
        }

        var reference = LeadService.Blank(input.SourceReference);
        var key = LeadService.NaturalKey(kind, source?.Id, null, reference);
        if (await DuplicateAsync(db, key, ct) is { } duplicate)
        {
            return duplicate;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var receivedOn = input.ReceivedOn!.Value;
        var anonymous = kind == LeadKind.Report && input.Anonymous;
        var lead = new Lead
        {
            Kind = kind, Status = LeadStatus.Received, NaturalKey = key, Channel = channel, ReceivedOn = receivedOn,
            ReceivedAt = time is { } t ? DateTime.SpecifyKind(receivedOn.ToDateTime(t) - Clock.ChinaOffset, DateTimeKind.Utc) : null,
            SourceUnitId = source?.Id, SourceReference = reference, SenderDeadlineOn = input.SenderDeadlineOn,
            SenderDeadlineWorkingDays = input.SenderDeadlineWorkingDays, IpSubject = subject, KeySector = LeadService.Blank(input.KeySector),
            RightName = LeadService.Blank(input.RightName), Summary = input.Description!.Trim(), Area = LeadService.Blank(input.Area),
            RespondentName = respondent, RespondentPartyId = party?.Id, IsAnonymous = anonymous, RewardRequested = input.RewardRequested,
            OrgUnitId = unitId, CreatedAt = now, CreatedById = user.UserId ?? 0, UpdatedAt = now,
        };
        SetKeys(lead);
        if (!anonymous && LeadService.Blank(input.InformantName) is { } name)
        {
            lead.Informant = new LeadInformant
            {
                Name = name, IdNumber = idNumber, Phone = LeadService.Blank(input.InformantPhone), Address = LeadService.Blank(input.InformantAddress),
            };
        }
        var calendar = await calendars.GetAsync(ct);
        lead.ReplyDueOn = LeadReplyClock.Due(calendar, receivedOn, input.SenderDeadlineOn, input.SenderDeadlineWorkingDays)?.DueOn;
        Refresh(lead, calendar, today, null, await WarningDaysAsync(ct));
        lead.Events.Add(NewEvent("register", $"登记{LeadWorkflow.Name(kind)}（{(channel is { } c ? IntakeTerms.Name(c) : source?.Name)}）",
            reference is null ? null : $"文号/登记编号：{reference}"));
        db.Leads.Add(lead);
        return await LeadService.SaveNewAsync(db, factory, key, fresh => DuplicateAsync(fresh, key, ct), ct)
            ?? new IntakeResult(await GetAsync(lead.Id, ct), errors);
    }

    private static IntakeChannel? CheckChannel(LeadKind kind, string? text, FieldErrors errors)
    {
        var allowed = IntakeTerms.Channels(kind);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (allowed.Count == 1)
            {
                return allowed[0];
            }
            errors.Add("channel", $"请选择登记渠道：{string.Join("、", allowed.Select(IntakeTerms.Name))}");
            return null;
        }
        if (!IntakeTerms.TryParse(text, IntakeTerms.Name, out IntakeChannel channel) || !allowed.Contains(channel))
        {
            errors.Add("channel", $"{LeadWorkflow.Name(kind)}的登记渠道应为：{string.Join("、", allowed.Select(IntakeTerms.Name))}");
            return null;
        }
        return channel;
    }

    private static TimeOnly? ParseTime(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        errors.Add("receivedTime", "收到时间格式应为“时:分”，如 09:30");
        return null;
    }

    /// <summary>暂行办法第九条: a complaint gives the complainant's name and phone; a report may be anonymous.</summary>
    private static void CheckInformant(LeadKind kind, IntakeInput input, FieldErrors errors)
    {
        if (kind == LeadKind.Complaint)
        {
            if (input.Anonymous)
            {
                errors.Add(nameof(input.Anonymous), "投诉须提供投诉人的姓名和联系方式（暂行办法第九条）；匿名反映的请按举报登记");
                return;
            }
            if (string.IsNullOrWhiteSpace(input.InformantName))
            {
                errors.Add(nameof(input.InformantName), "请填写投诉人姓名或名称");
            }
            if (string.IsNullOrWhiteSpace(input.InformantPhone))
            {
                errors.Add(nameof(input.InformantPhone), "请填写投诉人联系电话");
            }
        }
        else if (kind == LeadKind.Report && !input.Anonymous && string.IsNullOrWhiteSpace(input.InformantName))
        {
            errors.Add(nameof(input.InformantName), "实名举报请填写举报人姓名；不愿留名的请勾选匿名");
        }
    }

    private static string? CheckIdNumber(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var person = ResidentIdNumber.Check(text);
        if (person.IsValid)
        {
            return person.Normalized;
        }
        var organisation = UnifiedSocialCreditCode.Check(text);
        if (organisation.IsValid)
        {
            return organisation.Normalized;
        }
        errors.Add("informantIdNumber", "证件号码须为有效的居民身份证号码或统一社会信用代码（校验位不符或位数不对）");
        return null;
    }

    internal static void SetKeys(Lead lead)
    {
        lead.RespondentKey = IntakeDuplicates.Key(lead.RespondentName);
        lead.MarkKey = IntakeDuplicates.Key(lead.RightName);
    }

    private static async Task<IntakeResult?> DuplicateAsync(ZhibaoDb db, string? key, CancellationToken ct)
    {
        if (key is null)
        {
            return null;
        }
        var existing = await db.Leads.IgnoreQueryFilters().AsNoTracking().Where(l => l.NaturalKey == key)
            .Select(l => new { l.Id, l.SourceReference, l.ReceivedOn, Unit = l.OrgUnit!.Name }).FirstOrDefaultAsync(ct);
        return existing is null ? null : new IntakeResult(null, new FieldErrors(),
            $"文号/登记编号“{existing.SourceReference}”已于{existing.ReceivedOn:yyyy-MM-dd}登记（编号{existing.Id}，承办单位：{existing.Unit}），不能重复登记",
            ExistingId: existing.Id);
    }

    internal async Task<int> WarningDaysAsync(CancellationToken ct) =>
        (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);

    internal async Task<int> DuplicateWindowAsync(CancellationToken ct) =>
        (int)SettingsReader.Number(await settings.AllAsync(ct), "Intake.DuplicateWindowDays", 30);

    /// <summary>The 立案 / 不予立案 day of the case an item became (a report's filing decision), read past the data scope.</summary>
    internal static async Task<(DateOnly? FiledOn, DateOnly? NotFiledOn)> CaseDecisionAsync(ZhibaoDb db, int? caseId, CancellationToken ct)
    {
        if (caseId is not { } id)
        {
            return (null, null);
        }
        var dates = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.FiledOn, c.NotFiledOn }).FirstOrDefaultAsync(ct);
        return (dates?.FiledOn, dates?.NotFiledOn);
    }

    /// <summary>A report's 是否立案 decision: its own refusal, or the case's 立案 / 不予立案.</summary>
    internal static DateOnly? FilingDecidedOn(Lead l, DateOnly? caseFiledOn, DateOnly? caseNotFiledOn) =>
        l.Kind != LeadKind.Report ? null
        : l.Status == LeadStatus.Refused ? l.DecidedOn
        : caseFiledOn ?? caseNotFiledOn;

    internal static IntakeFacts Facts(Lead l, DateOnly? filingDecidedOn) => new(
        l.Kind, l.Status, l.ReceivedOn, l.DecidedOn, l.MediationOutcome, l.MediationEndedOn, l.LeadFoundOn, l.VerificationExtended,
        l.ConvertedOn, filingDecidedOn, !l.IsAnonymous, l.ReportedOn, l.SenderDeadlineOn, l.SenderDeadlineWorkingDays, l.DisputeStartedOn,
        l.DisputeSettledOn, l.ClosedOn);

    internal static IntakeState State(Lead l, DateOnly? filingDecidedOn) => new(
        l.Kind, l.Status, l.MediationOutcome, l.LeadFoundOn, l.VerificationExtended, l.CaseId is not null, l.ReportedOn is not null,
        l.DisputeStartedOn, l.DisputeSettledOn, !l.IsAnonymous, filingDecidedOn);

    /// <summary>Recomputes the clocks and stores the nearest open one on the item; returns the clocks.</summary>
    internal static IReadOnlyList<IntakeClock> Refresh(Lead l, WorkingCalendar calendar, DateOnly today, DateOnly? filingDecidedOn, int warningDays)
    {
        var clocks = IntakeClocks.Compute(calendar, Facts(l, filingDecidedOn), today, warningDays);
        var next = IntakeClocks.Next(clocks);
        l.NextDueOn = next?.DueOn;
        l.NextDueName = next?.Name;
        return clocks;
    }

    public static DeadlineStatus Tag(IntakeClockState state) => state switch
    {
        IntakeClockState.Running => DeadlineStatus.Running,
        IntakeClockState.DueSoon => DeadlineStatus.DueSoon,
        IntakeClockState.Overdue => DeadlineStatus.Overdue,
        IntakeClockState.Met => DeadlineStatus.Done,
        _ => DeadlineStatus.DoneLate,
    };

    public async Task<IntakeDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var l = await db.Leads.AsNoTracking().Include(x => x.OrgUnit).Include(x => x.SourceUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (l is null || !IntakeTerms.IsIntake(l.Kind))
        {
            return null;
        }
        var today = Today;
        var calendar = await calendars.GetAsync(ct);
        var warning = await WarningDaysAsync(ct);
        var (filed, notFiled) = await CaseDecisionAsync(db, l.CaseId, ct);
        var filingDecided = FilingDecidedOn(l, filed, notFiled);
        var clocks = IntakeClocks.Compute(calendar, Facts(l, filingDecided), today, warning);
        var next = IntakeClocks.Next(clocks);

        var informant = await InformantAsync(db, l, ct);
        var officer = l.AssignedOfficerId is { } officerId
            ? await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == officerId).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        var linked = l.CaseId is { } caseId
            ? await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status }).FirstOrDefaultAsync(ct) : null;
        var mergedInto = l.MergedIntoId is { } target ? (await LinksAsync(db.Leads.Where(x => x.Id == target), ct)).FirstOrDefault() : null;
        var merged = await LinksAsync(db.Leads.Where(x => x.MergedIntoId == id), ct);
        var duplicates = await DuplicatesAsync(db, l, await DuplicateWindowAsync(ct), ct);
        var attachments = await db.LeadAttachments.AsNoTracking().Where(a => a.LeadId == id).OrderBy(a => a.Id)
            .Select(a => new IntakeAttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.Description, a.UploadedAt, a.UploadedByName))
            .ToListAsync(ct);
        var history = await db.LeadEvents.AsNoTracking().Where(e => e.LeadId == id).OrderBy(e => e.Id)
            .Select(e => new IntakeHistoryView(e.Id, e.At, e.ActorName, e.Action, e.Title, e.Comment)).ToListAsync(ct);
        var state = State(l, filingDecided);
        return new IntakeDetail(
            l.Id, l.Kind, LeadWorkflow.Name(l.Kind), l.Channel, l.Channel is { } ch ? IntakeTerms.Name(ch) : null, l.ReceivedOn, l.ReceivedAt,
            informant, l.RewardRequested, l.RespondentName, l.RespondentPartyId, l.IpSubject, l.IpSubject is { } s ? IntakeTerms.Name(s) : null,
            l.KeySector, l.RightName, l.Summary, l.Area, l.SourceUnitId, l.SourceUnit?.Name, l.SourceReference, l.SenderDeadlineOn,
            l.SenderDeadlineWorkingDays, l.Status, IntakeTerms.StatusName(l.Status), l.OrgUnitId, l.OrgUnit?.Name ?? "", l.AssignedOfficerId, officer,
            l.DecidedOn, l.DecisionNotes, l.MediationOutcome, l.MediationOutcome is { } m ? IntakeTerms.Name(m) : null, l.MediationEndedOn,
            l.MediationNotes, l.LeadFoundOn, l.VerificationExtended, l.ExtensionReason,
            linked is null ? null : new IntakeCaseLink(linked.Id, linked.Kind, CaseKinds.Name(linked.Kind), linked.CaseNumber, linked.Title,
                CaseKinds.StatusName(linked.Kind, linked.Status)),
            l.ConvertedOn, filingDecided, l.ReportedOn, l.ReplyNumber, l.ReportNotes, l.DisputeStartedOn, l.DisputeWith, l.DisputeSettledOn,
            l.DisputeEscalated, l.DisputeNotes, l.ClosedOn, l.CloseNotes, mergedInto, merged, duplicates,
            clocks.Select(c => new IntakeClockView(c.Code, c.Name, c.Rule, c.StartedOn, c.DueOn, c.Basis, Tag(c.State), CaseClocks.Name(Tag(c.State)),
                c.MetOn, c.Steps)).ToList(),
            next?.DueOn, next?.Name, next is null ? null : Tag(next.State),
            IntakeWorkflow.Allowed(state).Select(a => new IntakeActionView(IntakeWorkflow.ApiName(a), IntakeWorkflow.Name(a, l.Kind))).ToList(),
            attachments, history, l.CreatedAt, l.Version);
    }

    /// <summary>
    /// The complainant is shown to whoever sees the complaint (mediation needs the contact); a reporter only to holders of
    /// intake.informant.view (暂行办法: the reporter's information is kept confidential).
    /// </summary>
    private async Task<InformantView> InformantAsync(ZhibaoDb db, Lead l, CancellationToken ct)
    {
        if (l.IsAnonymous)
        {
            return new InformantView(true, false, null, null, null, null);
        }
        if (l.Kind == LeadKind.Report && !user.HasPermission(Permissions.InformantView))
        {
            return new InformantView(false, true, null, null, null, null);
        }
        var i = await db.LeadInformants.AsNoTracking().FirstOrDefaultAsync(x => x.LeadId == l.Id, ct);
        return new InformantView(false, false, i?.Name, i?.IdNumber, i?.Phone, i?.Address);
    }

    private static async Task<List<IntakeLinkView>> LinksAsync(IQueryable<Lead> query, CancellationToken ct) =>
        (await query.AsNoTracking().OrderBy(x => x.Id)
            .Select(x => new { x.Id, x.Kind, x.ReceivedOn, x.RespondentName, x.RightName, x.Status }).Take(50).ToListAsync(ct))
        .Select(x => new IntakeLinkView(x.Id, LeadWorkflow.Name(x.Kind), x.ReceivedOn, x.RespondentName, x.RightName, IntakeTerms.StatusName(x.Status)))
        .ToList();

    /// <summary>Items about the same respondent and the same mark, received within the window (setting Intake.DuplicateWindowDays).</summary>
    internal static async Task<List<IntakeLinkView>> DuplicatesAsync(ZhibaoDb db, Lead l, int window, CancellationToken ct)
    {
        if (l.RespondentKey is not { } respondent || l.MarkKey is not { } mark || l.Status == LeadStatus.Merged)
        {
            return [];
        }
        var (from, to) = (l.ReceivedOn.AddDays(-window), l.ReceivedOn.AddDays(window));
        var kinds = IntakeTerms.Kinds.ToList();
        var candidates = db.Leads.Where(x => x.Id != l.Id && kinds.Contains(x.Kind) && x.Status != LeadStatus.Merged && x.MarkKey == mark
            && x.RespondentKey == respondent && x.ReceivedOn >= from && x.ReceivedOn <= to);
        return (await LinksAsync(candidates, ct)).Where(x => IntakeDuplicates.Match(respondent, mark, l.ReceivedOn, respondent, mark, x.ReceivedOn, window)).ToList();
    }

    public async Task<Page<IntakeRow>> ListAsync(IntakeFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (soon, warning) = await WindowAsync(ct);
        var query = Filter(db, filter, soon);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(query.OrderByDescending(l => l.ReceivedOn).ThenByDescending(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize), db, soon, ct);
        return new Page<IntakeRow>(rows, total, page, pageSize);
    }

    public async Task<List<IntakeRow>> AllAsync(IntakeFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (soon, _) = await WindowAsync(ct);
        return await RowsAsync(Filter(db, filter, soon).OrderByDescending(l => l.ReceivedOn).ThenByDescending(l => l.Id).Take(ExcelExport.MaxRows), db, soon, ct);
    }

    /// <summary>The last day of the reminder window: a clock due by then is amber.</summary>
    private async Task<(DateOnly Soon, int Warning)> WindowAsync(CancellationToken ct)
    {
        var warning = await WarningDaysAsync(ct);
        return ((await calendars.GetAsync(ct)).AddWorkingDays(Today, warning), warning);
    }

    private IQueryable<Lead> Filter(ZhibaoDb db, IntakeFilter f, DateOnly soon)
    {
        var kinds = (f.Kinds.Count > 0 ? f.Kinds : IntakeTerms.Kinds).ToList();
        var query = db.Leads.AsNoTracking().Where(l => kinds.Contains(l.Kind));
        if (f.Channel is { } channel)
        {
            query = query.Where(l => l.Channel == channel);
        }
        if (f.Sector is { } sector)
        {
            query = sector == NoSector ? query.Where(l => l.KeySector == null) : query.Where(l => l.KeySector == sector);
        }
        if (f.Subject is { } subject)
        {
            query = query.Where(l => l.IpSubject == subject);
        }
        if (f.Status is { } status)
        {
            query = query.Where(l => l.Status == status);
        }
        var today = Today;
        query = f.Clock switch
        {
            ClockFilter.Overdue => query.Where(l => l.NextDueOn != null && l.NextDueOn < today),
            ClockFilter.Soon => query.Where(l => l.NextDueOn != null && l.NextDueOn >= today && l.NextDueOn <= soon),
            ClockFilter.Running => query.Where(l => l.NextDueOn != null && l.NextDueOn > soon),
            ClockFilter.None => query.Where(l => l.NextDueOn == null),
            _ => query,
        };
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
            query = query.Where(l => (l.RespondentName != null && l.RespondentName.Contains(k)) || (l.RightName != null && l.RightName.Contains(k))
                || (l.SourceReference != null && l.SourceReference.Contains(k)) || (l.Summary != null && l.Summary.Contains(k)));
        }
        return query;
    }

    private async Task<List<IntakeRow>> RowsAsync(IQueryable<Lead> query, ZhibaoDb db, DateOnly soon, CancellationToken ct)
    {
        // No informant here: a list or an export never carries the complainant's or reporter's identity.
        var raw = await query.Select(l => new
        {
            l.Id, l.Kind, l.Channel, l.ReceivedOn, l.SourceReference, l.RespondentName, l.IpSubject, l.RightName, l.KeySector, l.Area,
            l.IsAnonymous, l.Status, l.NextDueOn, l.NextDueName, l.AssignedOfficerId, Unit = l.OrgUnit!.Name, l.CaseId, l.MergedIntoId,
        }).ToListAsync(ct);
        var officerIds = raw.Select(r => r.AssignedOfficerId).OfType<int>().Distinct().ToList();
        var officers = await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var caseIds = raw.Select(r => r.CaseId).OfType<int>().Distinct().ToList();
        var numbers = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, ct);
        var today = Today;
        return raw.Select(r =>
        {
            DeadlineStatus? tag = r.NextDueOn is { } due ? Tag(IntakeClocks.StateOf(due, null, today, soon)) : null;
            return new IntakeRow(r.Id, r.Kind, LeadWorkflow.Name(r.Kind), r.Channel, r.Channel is { } c ? IntakeTerms.Name(c) : null, r.ReceivedOn,
                r.SourceReference, r.RespondentName, r.IpSubject, r.IpSubject is { } s ? IntakeTerms.Name(s) : null, r.RightName, r.KeySector,
                r.Area, r.IsAnonymous, r.Status, IntakeTerms.StatusName(r.Status), r.NextDueOn, r.NextDueName, tag,
                tag is { } t ? CaseClocks.Name(t) : null, r.AssignedOfficerId is { } o ? officers.GetValueOrDefault(o) : null, r.Unit, r.CaseId,
                r.CaseId is { } id ? numbers.GetValueOrDefault(id) : null, r.MergedIntoId);
        }).ToList();
    }

    /// <summary>GET /api/intake/counts: items received in <paramref name="year"/> by key sector, within the caller's scope.</summary>
    public async Task<IntakeCounts> CountsAsync(int year, IReadOnlyList<LeadKind> kinds, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var order = await SectorOrderAsync(db, ct);
        var rows = await CountBySectorAsync(db.Leads, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), kinds, order, ct);
        return new IntakeCounts(year, kinds.Select(k => k.ToString()).ToList(), rows, Sum("重点领域合计", rows.Where(r => r.KeySector)), Sum("合计", rows));
    }

    internal static Task<List<string>> SectorOrderAsync(ZhibaoDb db, CancellationToken ct) =>
        db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == "key_sector").OrderBy(i => i.SortOrder).Select(i => i.Label).ToListAsync(ct);

    /// <summary>
    /// The counts by sector of the items of <paramref name="kinds"/> received from <paramref name="from"/> to <paramref name="to"/>
    /// in <paramref name="source"/> (the caller applies scope or units): 受理 = accepted (still open or closed), 办结 = closed,
    /// 不予受理, 转立案件; merged duplicates are left out (they count in the item they joined). The key sectors of the plan come
    /// first, then the dictionary's other sectors, then 未标注.
    /// </summary>
    /// <param name="closedBy">Count only decisions, closures and conversions made by this day (a plan evaluated as of a past
    /// day); null for all.</param>
    internal static async Task<List<IntakeSectorCount>> CountBySectorAsync(IQueryable<Lead> source, DateOnly from, DateOnly to,
        IReadOnlyList<LeadKind> kinds, IReadOnlyList<string> order, CancellationToken ct, DateOnly? closedBy = null)
    {
        var kindList = kinds.ToList();
        var raw = await source.AsNoTracking()
            .Where(l => kindList.Contains(l.Kind) && l.Status != LeadStatus.Merged && l.ReceivedOn >= from && l.ReceivedOn <= to)
            .Select(l => new { l.KeySector, l.Status, l.DecidedOn, l.ClosedOn, l.ConvertedOn, Converted = l.CaseId != null }).ToListAsync(ct);
        var by = closedBy ?? DateOnly.MaxValue;
        // As of the day: a later decision leaves the item received only, a later closure leaves it accepted.
        var items = raw.Select(i => new
        {
            i.KeySector,
            Status = i.DecidedOn is null || i.DecidedOn > by ? LeadStatus.Received
                : i.Status == LeadStatus.Closed && i.ClosedOn > by ? LeadStatus.Accepted
                : i.Status,
            Converted = i.Converted && i.ConvertedOn <= by,
        }).ToList();
        var names = StatisticsService.KeySectors.Concat(order).Concat(items.Select(i => i.KeySector).OfType<string>().Order(StringComparer.Ordinal))
            .Distinct().ToList();
        var rows = names.Select(name => Row(name, StatisticsService.KeySectors.Contains(name),
            items.Where(i => i.KeySector == name).Select(i => (i.Status, i.Converted)))).ToList();
        rows.Add(Row(NoSector, false, items.Where(i => i.KeySector is null).Select(i => (i.Status, i.Converted))));
        return rows;
    }

    private static IntakeSectorCount Row(string sector, bool key, IEnumerable<(LeadStatus Status, bool Converted)> items)
    {
        var list = items.ToList();
        var accepted = list.Count(i => i.Status is LeadStatus.Accepted or LeadStatus.Closed);
        var closed = list.Count(i => i.Status == LeadStatus.Closed);
        return new IntakeSectorCount(sector, key, list.Count, accepted, list.Count(i => i.Status == LeadStatus.Refused), closed,
            list.Count(i => i.Converted), IntakeRates.ClosureRate(closed, accepted));
    }

    internal static IntakeSectorCount Sum(string name, IEnumerable<IntakeSectorCount> rows)
    {
        var list = rows.ToList();
        var (accepted, closed) = (list.Sum(r => r.Accepted), list.Sum(r => r.Closed));
        return new IntakeSectorCount(name, false, list.Sum(r => r.Received), accepted, list.Sum(r => r.Refused), closed, list.Sum(r => r.Converted),
            IntakeRates.ClosureRate(closed, accepted));
    }

    internal LeadEvent NewEvent(string action, string title, string? comment) => new()
    {
        At = clock.GetUtcNow().UtcDateTime, ActorId = user.UserId, ActorName = user.DisplayName ?? user.UserName ?? "系统",
        Action = action, Title = title, Comment = comment,
    };

    public static readonly ExcelColumn<IntakeRow>[] Columns =
    [
        new("编号", r => r.Id), new("类型", r => r.KindName), new("登记渠道", r => r.ChannelName), new("收到日期", r => Date(r.ReceivedOn)),
        new("文号/登记编号", r => r.SourceReference), new("实名/匿名", r => r.Anonymous ? "匿名" : "实名"),
        new("被投诉（举报）人", r => r.RespondentName), new("涉及客体", r => r.SubjectName), new("商标/标志名称", r => r.RightName),
        new("重点领域", r => r.KeySector), new("街镇", r => r.Area), new("状态", r => r.StatusName), new("最近期限", r => r.NextDueName),
        new("到期日", r => Date(r.NextDueOn)), new("期限状态", r => r.ClockStatusName), new("承办人", r => r.OfficerName),
        new("承办单位", r => r.OrgUnitName), new("转立案件", r => r.CaseNumber ?? (r.CaseId is { } id ? $"案件{id}（未立案）" : null)),
        new("合并到", r => r.MergedIntoId),
    ];

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
