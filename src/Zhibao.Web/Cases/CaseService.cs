using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>Registering, reading, listing and editing cases; the workflow actions are in <see cref="PenaltyActions"/>.</summary>
public sealed class CaseService(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, CalendarService calendars, SettingsReader settings, TimeProvider clock,
    IServiceProvider services, CaseKinds kinds)
{
    // Resolved lazily: the referral service builds case details through this one.
    private CaseReferrals referrals => services.GetRequiredService<CaseReferrals>();

    /// <summary>The first day the penalty catalogue has a version for (程序规定 2021 revision): earlier leads cannot be clocked.</summary>
    public static readonly DateOnly EarliestLeadDate = StatutoryPeriods.Versions("penalty.filing-review").Min(v => v.EffectiveFrom);

    public async Task<(CaseDetail? Case, FieldErrors Errors)> CreatePenaltyAsync(PenaltyCaseInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (c, errors) = await PreparePenaltyAsync(db, input, ct);
        if (c is null)
        {
            return (null, errors);
        }
        await db.SaveChangesAsync(ct);
        return (await GetAsync(c.Id, ct), errors);
    }

    /// <summary>
    /// Checks a penalty registration and adds the new case to <paramref name="db"/> without saving, so a caller can save
    /// it together with its own change (a lead turned into a case keeps the link in the same transaction).
    /// </summary>
    internal async Task<(PenaltyCase? Case, FieldErrors Errors)> PreparePenaltyAsync(ZhibaoDb db, PenaltyCaseInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var today = Clock.Today(clock);
        if (input.LeadReceivedOn is { } lead && (lead > today || lead < EarliestLeadDate))
        {
            errors.Add(nameof(input.LeadReceivedOn), lead > today
                ? "发现线索日期不能晚于今天"
                : $"发现线索日期早于《市场监督管理行政处罚程序规定》现行版本施行日（{EarliestLeadDate:yyyy-MM-dd}），系统无法计算期限");
        }
        await CheckDictionaryAsync(db, "case_subject", input.Subject, nameof(input.Subject), "违法类型", errors, ct);
        await CheckDictionaryAsync(db, "case_source", input.Source, nameof(input.Source), "案件来源", errors, ct);
        if (!string.IsNullOrWhiteSpace(input.KeySector))
        {
            await CheckDictionaryAsync(db, "key_sector", input.KeySector, nameof(input.KeySector), "重点领域", errors, ct);
        }
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.Kind == OrgUnitKind.External || !(user.SeesAllUnits || user.VisibleUnitIds.Contains(unitId)))
        {
            errors.Add(nameof(input.UnitId), "请选择本人数据权限范围内的办案单位");
        }
        var parties = await CheckPartiesAsync(db, input.Parties ?? [], errors, ct);
        var rights = CheckRights(input.Rights ?? [], errors);
        await Registries.ProtectedMarkRegistry.LinkRightsAsync(db, rights, errors, ct);
        var officers = await CheckOfficersAsync(db, input.OfficerIds ?? [], input.LeadReceivedOn ?? today, errors, nameof(input.OfficerIds), ct);
        if (errors.Any)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var c = new PenaltyCase
        {
            Title = input.Title!.Trim(), Subject = input.Subject!.Trim(), Source = input.Source!.Trim(),
            KeySector = Blank(input.KeySector), Summary = Blank(input.Summary), OrgUnitId = unitId,
            Status = nameof(PenaltyCaseStatus.Lead), ReceivedOn = input.LeadReceivedOn!.Value,
            CreatedAt = now, CreatedById = user.UserId ?? 0, UpdatedAt = now,
            Parties = parties, Rights = rights,
            Officers = officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }).ToList(),
        };
        c.Events.Add(Event("register", "登记线索", $"来源：{c.Source}；违法类型：{c.Subject}"));
        await RefreshNextDueAsync(c, ct);
        db.PenaltyCases.Add(c);
        return (c, errors);
    }

    public async Task<CaseDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, id, tracking: false, ct);
        return c is null ? null : await ToDetailAsync(c, ct);
    }

    internal static async Task<Case?> LoadAsync(ZhibaoDb db, int id, bool tracking, CancellationToken ct)
    {
        var query = db.Cases.Where(c => c.Id == id)
            .Include(c => c.OrgUnit)
            .Include(c => c.Parties).ThenInclude(p => p.Party)
            .Include(c => c.Rights)
            .Include(c => c.Officers)
            .Include(c => c.Pauses)
            .Include(c => c.Approvals)
            .Include(c => c.Attachments)
            .Include(c => c.Referrals)
            .Include(c => ((MediationCase)c).Sessions)
            .AsSplitQuery();
        var c = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (c is not null)
        {
            // A case's officers show to everyone who sees the case, even officers of units outside the viewer's scope
            // (a station case handled with the brigade), so they are read past the registry's unit filter.
            var ids = c.Officers.Select(o => o.OfficerId).ToList();
            var officers = db.Officers.IgnoreQueryFilters().Where(o => ids.Contains(o.Id));
            if (tracking)
            {
                await officers.LoadAsync(ct); // fix-up sets each CaseOfficer.Officer
            }
            else
            {
                var byId = await officers.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
                c.Officers.ForEach(o => o.Officer = byId[o.OfficerId]);
            }
        }
        return c;
    }

    public async Task<IReadOnlyList<CaseDeadline>> DeadlinesAsync(Case c, CancellationToken ct) =>
        kinds.For(c).Deadlines(c, await calendars.GetAsync(ct), Clock.Today(clock), await ClockOptionsAsync(ct));

    /// <summary>The settings the clocks read, once for many cases (the plan's 按期结案率 computes the clocks of a year's closures).</summary>
    public async Task<CaseClocks.Options> ClockOptionsAsync(CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        return new CaseClocks.Options(
            (int)SettingsReader.Number(values, "Reminders.DaysBeforeDeadline", 3),
            (int)SettingsReader.Number(values, "Cases.ArchiveWorkingDays", 15),
            SettingsReader.Boolean(values, "Cases.CounterfeitPatentClockIsHardLimit", false));
    }

    /// <summary>Keeps <see cref="Case.NextDueOn"/> current: lists, the overdue filter and reminders read it.</summary>
    internal async Task RefreshNextDueAsync(Case c, CancellationToken ct)
    {
        var deadlines = await DeadlinesAsync(c, ct);
        var next = CaseClocks.Next(deadlines);
        c.NextDueOn = next?.DueDate;
        c.NextDueName = next?.Name;
        if (c is AdjudicationCase a)
        {
            // The 消零 board counts 积案 from this: open after the closing deadline (extensions and pauses applied).
            a.ClosingDueOn = deadlines.FirstOrDefault(d => d.Code == AdjudicationClocks.Closing) is { MetOn: null, Status: not DeadlineStatus.Paused } closing
                ? closing.DueDate : null;
        }
    }

    internal async Task<CaseDetail> ToDetailAsync(Case c, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var history = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.Id)
            .Select(e => new HistoryView(e.Id, e.At, e.ActorName, e.Action, e.Title, e.Comment, e.Changes)).ToListAsync(ct);
        var deadlines = (await DeadlinesAsync(c, ct)).Select(d => new DeadlineView(d.Code, d.Name, d.Rule, d.DueDate, d.Basis, d.Status,
            CaseClocks.Name(d.Status), d.MetOn, d.ForParty, d.WarningOnly, d.Steps)).ToList();
        var kind = kinds.For(c);
        var fullIds = user.HasPermission(Permissions.IdentityNumberView);
        var penalty = c as PenaltyCase;
        var mediation = c is MediationCase m ? MediationView.From(m, deadlines, await CourtNameAsync(db, m, ct)) : null;
        return new CaseDetail(
            c.Id, c.CaseNumber, c.Kind, c.Title, c.Subject, c.Source, c.KeySector, c.Summary, c.OrgUnitId, c.OrgUnit?.Name ?? "",
            c.Status, kind.StatusName(c.Status), c.IsPaused, c.IsDifficult, c.CreatedAt, c.ReceivedOn, c.FiledOn, c.ClosedOn,
            penalty is null ? null : PenaltyViewOf(penalty),
            c is AdjudicationCase a ? AdjudicationView.From(a) : null,
            mediation,
            c.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => new CasePartyView(p.Id, p.PartyId, p.Role, RoleName(p.Role, c.Kind),
                p.Party!.Kind, p.Party.Name, PartyCode(p.Party, fullIds), p.Party.LegalRepresentative, p.Party.Address, p.Party.Phone)).ToList(),
            c.Rights.OrderBy(r => r.Id).Select(r => new CaseRightView(r.Id, r.Kind, RightName(r.Kind), r.Number, r.NiceClass, r.Name, r.Holder, r.ProtectedMarkId)).ToList(),
            c.Officers.OrderByDescending(o => o.IsLead).ThenBy(o => o.Id).Select(o => new CaseOfficerView(o.Id, o.OfficerId, o.Officer!.Name,
                o.Officer.CertificateNumber, o.Officer.CertificateValidTo, o.IsLead)).ToList(),
            deadlines,
            c.Pauses.OrderBy(p => p.PausedOn).Select(p => new PauseView(p.Id, p.Kind, p.Reason, p.PausedOn, p.ResumedOn)).ToList(),
            c.Approvals.OrderBy(a => a.Id).Select(a => new ApprovalView(a.Id, a.Kind, kind.ApprovalName(a.Kind), a.Action, a.Status,
                a.RequestedByName, a.RequestedAt, a.RequestComment, a.DecidedByName, a.DecidedAt, a.DecisionComment, a.Version)).ToList(),
            c.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentView(a.Id, a.Category, a.FileName, a.ContentType, a.Size, a.Sha256,
                a.Description, a.UploadedAt, a.UploadedByName, a.IsDeleted, a.DeletedReason, a.DeletedByName)).ToList(),
            history,
            kind.AllowedActions(c),
            c.Version,
            penalty is null ? null : CaseReferrals.Assess(penalty, await referrals.FractionAsync(ct)),
            penalty is null ? [] : await referrals.ViewsAsync(penalty, ct))
        {
            SourceLead = await db.Leads.AsNoTracking().Where(l => l.CaseId == c.Id)
                .Select(l => new CaseSourceLead(l.Id, l.Kind, "", l.ApplicationNumber, l.SourceReference, l.SourceUnit!.Name))
                .FirstOrDefaultAsync(ct) is { } lead ? lead with { KindName = Zhibao.Domain.Leads.LeadWorkflow.Name(lead.Kind) } : null,
        };
    }

    private static PenaltyView PenaltyViewOf(PenaltyCase c) => new(
        c.ReceivedOn, c.FiledOn, c.NotFiledOn, c.VerificationExtensions, c.DecisionExtensions,
        c.CollectiveDecisionDueOn, c.ReviewSubmittedOn, c.ReviewedOn, c.NotifiedOn, c.HearingRightNotified, c.HearingRequestedOn,
        c.HearingOn, c.DecidedOn, c.Outcome, c.Outcome is { } o ? PenaltyWorkflow.Name(o) : null, c.DecisionContent, c.FineAmount,
        c.ConfiscatedAmount, c.WarningOnly, c.PartyAbsentAtDecision, c.ServedOn, c.ServiceMethod, c.PaidOn, c.PaidAmount,
        c.ClosedOn, c.ArchivedOn, c.PublishedOn, c.PublicationDuration);

    private static async Task<string?> CourtNameAsync(ZhibaoDb db, MediationCase m, CancellationToken ct) =>
        m.CourtOrgUnitId is { } id ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct) : m.CourtName;

    internal static bool HasPendingReferral(Case c) =>
        c.Referrals.Any(r => Enum.TryParse<ReferralStatus>(r.Status, out var s) && ReferralWorkflow.BarsPenalty(s));

    public async Task<(CaseDetail? Case, FieldErrors Errors, bool NotFound)> EditAsync(int id, CaseEditInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, id, tracking: true, ct);
        if (c is null)
        {
            return (null, errors, true);
        }
        // Checked when changed: an adjudication's or mediation's fixed subject (专利侵权纠纷 …) is not a dictionary label.
        if (input.Subject?.Trim() != c.Subject)
        {
            await CheckDictionaryAsync(db, "case_subject", input.Subject, nameof(input.Subject), "违法类型", errors, ct);
        }
        if (input.Source?.Trim() != c.Source)
        {
            await CheckDictionaryAsync(db, "case_source", input.Source, nameof(input.Source), "案件来源", errors, ct);
        }
        if (!string.IsNullOrWhiteSpace(input.KeySector))
        {
            await CheckDictionaryAsync(db, "key_sector", input.KeySector, nameof(input.KeySector), "重点领域", errors, ct);
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(c).Property(x => x.Version).OriginalValue = input.Version;
        var changes = new CaseChanges();
        changes.Set("案件名称", c.Title, input.Title!.Trim(), v => c.Title = v!);
        changes.Set("违法类型", c.Subject, input.Subject!.Trim(), v => c.Subject = v!);
        changes.Set("案件来源", c.Source, input.Source!.Trim(), v => c.Source = v!);
        changes.Set("重点领域", c.KeySector, Blank(input.KeySector), v => c.KeySector = v);
        changes.Set("案情摘要", c.Summary, Blank(input.Summary), v => c.Summary = v);
        if (changes.Any)
        {
            c.Events.Add(Event("edit", "修改基本信息", null, changes.ToJson()));
            Touch(db, c, clock.GetUtcNow().UtcDateTime);
            await RefreshNextDueAsync(c, ct);
            await db.SaveChangesAsync(ct);
        }
        return (await ToDetailAsync(c, ct), errors, false);
    }

    /// <summary>
    /// Marks the case changed even when only its child rows changed (a party added, a file uploaded): the version then
    /// moves on, so an editor holding the old one gets 409 instead of overwriting.
    /// </summary>
    internal static void Touch(ZhibaoDb db, Case c, DateTime now)
    {
        c.UpdatedAt = now;
        db.Entry(c).Property(x => x.UpdatedAt).IsModified = true;
    }

    internal CaseEvent Event(string action, string title, string? comment = null, string? changes = null) => new()
    {
        At = clock.GetUtcNow().UtcDateTime, ActorId = user.UserId, ActorName = user.DisplayName ?? user.UserName ?? "系统",
        Action = action, Title = title, Comment = comment, Changes = changes,
    };

    internal static async Task CheckDictionaryAsync(ZhibaoDb db, string type, string? label, string field, string name, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return;
        }
        var known = await db.DictionaryItems.AnyAsync(i => i.DictionaryType!.Code == type && i.IsActive && i.Label == label.Trim(), ct);
        if (!known)
        {
            errors.Add(field, $"{name}“{label}”不在数据字典中");
        }
    }

    internal static async Task<List<CaseParty>> CheckPartiesAsync(ZhibaoDb db, IReadOnlyList<CasePartyInput> input, FieldErrors errors, CancellationToken ct)
    {
        var ids = input.Select(p => p.PartyId).Distinct().ToList();
        var found = await db.Parties.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        foreach (var missing in ids.Except(found))
        {
            errors.Add("parties", $"当事人（编号{missing}）不存在，请先在当事人名录中登记");
        }
        return input.DistinctBy(p => (p.PartyId, p.Role)).Select(p => new CaseParty { PartyId = p.PartyId, Role = p.Role }).ToList();
    }

    internal static List<CaseRight> CheckRights(IReadOnlyList<CaseRightInput> input, FieldErrors errors)
    {
        var rights = new List<CaseRight>();
        foreach (var (r, i) in input.Select((r, i) => (r, i)))
        {
            var field = $"rights[{i}]";
            if (string.IsNullOrWhiteSpace(r.Name))
            {
                errors.Add(field, $"第{i + 1}项涉案权利：请输入名称（商标名称、专利名称或产品名称）");
                continue;
            }
            string? number = Blank(r.Number);
            switch (r.Kind)
            {
                case RightKind.Trademark:
                    var tm = TrademarkRegistrationNumber.Check(number);
                    if (!tm.IsValid)
                    {
                        errors.Add(field, $"第{i + 1}项涉案权利：{tm.Error}");
                    }
                    if (r.NiceClass is not { } nice || !NiceClass.IsValid(nice))
                    {
                        errors.Add(field, $"第{i + 1}项涉案权利：请填写核定使用商品/服务类别（1至45类）");
                    }
                    number = tm.Normalized ?? number;
                    break;
                case RightKind.Patent:
                    var patent = PatentNumber.Check(number);
                    if (!patent.IsValid)
                    {
                        errors.Add(field, $"第{i + 1}项涉案权利：{patent.Error}");
                    }
                    number = patent.Normalized ?? number;
                    break;
                case RightKind.SpecialMark when number is null:
                    errors.Add(field, $"第{i + 1}项涉案权利：特殊标志请填写核准登记号");
                    break;
            }
            rights.Add(new CaseRight { Kind = r.Kind, Number = number, NiceClass = r.Kind == RightKind.Trademark ? r.NiceClass : null,
                Name = r.Name.Trim(), Holder = Blank(r.Holder), ProtectedMarkId = r.ProtectedMarkId });
        }
        return rights;
    }

    /// <summary>程序规定第十九条: officers assigned must hold a valid enforcement certificate on the day.</summary>
    internal static async Task<List<Officer>> CheckOfficersAsync(ZhibaoDb db, IReadOnlyList<int> ids, DateOnly on, FieldErrors errors, string field, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var officers = await db.Officers.Where(o => distinct.Contains(o.Id)).ToListAsync(ct);
        foreach (var missing in distinct.Except(officers.Select(o => o.Id)))
        {
            errors.Add(field, $"执法人员（编号{missing}）不存在或不在本人数据权限范围内");
        }
        foreach (var o in officers.Where(o => !o.HasValidCertificateOn(on)))
        {
            errors.Add(field, $"{o.Name}在{on:yyyy-MM-dd}没有有效的执法证，不能承办案件");
        }
        return distinct.Select(id => officers.FirstOrDefault(o => o.Id == id)).OfType<Officer>().ToList();
    }

    internal static string? PartyCode(Party p, bool fullIdNumber) => p.Kind == PartyKind.Enterprise
        ? p.UnifiedSocialCreditCode
        : p.ResidentIdNumber is { } id ? (fullIdNumber ? id : ResidentIdNumber.Mask(id)) : null;

    public static string RoleName(CasePartyRole role, CaseKind kind = CaseKind.Penalty) => role switch
    {
        CasePartyRole.Respondent when kind != CaseKind.Penalty => "被请求人",
        CasePartyRole.Requester => "请求人",
        CasePartyRole.Respondent => "当事人",
        CasePartyRole.RightsHolder => "权利人",
        CasePartyRole.Complainant => "投诉人/举报人",
        _ => role.ToString(),
    };

    public static string RightName(RightKind kind) => kind switch
    {
        RightKind.Trademark => "注册商标",
        RightKind.Patent => "专利",
        RightKind.GeographicalIndication => "地理标志",
        RightKind.OfficialMark => "官方标志",
        RightKind.SpecialMark => "特殊标志",
        _ => kind.ToString(),
    };

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
