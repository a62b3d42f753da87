using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>Registering patent-dispute requests (专利侵权纠纷处理请求) and the 消零 board.</summary>
public sealed class AdjudicationService(IDbContextFactory<ZhibaoDb> factory, CaseService cases, CurrentUser user, CalendarService calendars, TimeProvider clock)
{
    /// <summary>The first request date the catalogue has a filing clock for (专利行政执法办法 2015).</summary>
    public static readonly DateOnly EarliestRequestDate = StatutoryPeriods.Versions("patent-dispute.filing").Min(v => v.EffectiveFrom);

    public async Task<(CaseDetail? Case, FieldErrors Errors)> CreateAsync(AdjudicationCaseInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var today = Clock.Today(clock);
        PatentNumberInfo? patent = null;
        if (!string.IsNullOrWhiteSpace(input.PatentNumber) && !PatentNumber.TryParse(input.PatentNumber, out patent, out var patentError))
        {
            errors.Add(nameof(input.PatentNumber), patentError ?? "专利号无效");
        }
        if (patent is not null && input.PatentKind is { } kind && kind != patent.Kind)
        {
            errors.Add(nameof(input.PatentKind), $"专利类型与专利号不符：{patent.Normalized}是{patent.KindName}专利");
        }
        if (input.RequestReceivedOn is { } received)
        {
            if (received > today)
            {
                errors.Add(nameof(input.RequestReceivedOn), "收到请求书的日期不能晚于今天");
            }
            else if (received < EarliestRequestDate)
            {
                errors.Add(nameof(input.RequestReceivedOn), $"收到请求书的日期早于《专利行政执法办法》（2015年修订）施行日（{EarliestRequestDate:yyyy-MM-dd}），系统无法计算期限");
            }
            if (input.KnewOn > received)
            {
                errors.Add(nameof(input.KnewOn), "知道侵权的日期不能晚于收到请求书的日期");
            }
        }
        var standing = input.RequesterStanding ?? RequesterStanding.Patentee;
        if (AdjudicationRules.StandingError(standing, input.LicenseeAuthorised ?? false) is { } standingError)
        {
            errors.Add(nameof(input.RequesterStanding), standingError);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.Kind == OrgUnitKind.External || !(user.SeesAllUnits || user.VisibleUnitIds.Contains(unitId)))
        {
            errors.Add(nameof(input.UnitId), "请选择本人数据权限范围内的办案单位");
        }
        if (!string.IsNullOrWhiteSpace(input.KeySector))
        {
            await CaseService.CheckDictionaryAsync(db, "key_sector", input.KeySector, nameof(input.KeySector), "重点领域", errors, ct);
        }
        var parties = await CaseService.CheckPartiesAsync(db, input.Parties ?? [], errors, ct);
        var officers = await CaseService.CheckOfficersAsync(db, input.OfficerIds ?? [], input.RequestReceivedOn ?? today, errors, nameof(input.OfficerIds), ct);
        var materials = string.Join(',', (input.Materials ?? []).Select(m => m.Trim()).Distinct());
        foreach (var unknown in (input.Materials ?? []).Where(m => AdjudicationRules.Materials.All(k => k.Code != m.Trim())))
        {
            errors.Add(nameof(input.Materials), $"未知的材料“{unknown}”，可选：{string.Join("、", AdjudicationRules.Materials.Select(k => $"{k.Code}（{k.Name}）"))}");
        }
        if (errors.Any)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var c = new AdjudicationCase
        {
            Title = input.Title!.Trim(), Subject = AdjudicationRules.Subject, Source = AdjudicationRules.Source,
            KeySector = CaseService.Blank(input.KeySector), Summary = CaseService.Blank(input.Summary), OrgUnitId = unitId,
            Status = nameof(AdjudicationStatus.Received), ReceivedOn = input.RequestReceivedOn!.Value, KnewOn = input.KnewOn,
            PatentNumber = patent!.Normalized, PatentKind = patent.Kind, PatentTitle = CaseService.Blank(input.PatentTitle),
            JurisdictionBasis = input.JurisdictionBasis ?? JurisdictionBasis.Entrusted, JurisdictionNote = CaseService.Blank(input.JurisdictionNote),
            RequesterStanding = standing, LicenseeAuthorised = input.LicenseeAuthorised ?? false,
            RespondentWithoutDomicile = input.RespondentWithoutDomicile ?? false, Materials = materials,
            CreatedAt = now, CreatedById = user.UserId ?? 0, UpdatedAt = now, Parties = parties,
            Rights = [new CaseRight { Kind = RightKind.Patent, Number = patent.Normalized, Name = CaseService.Blank(input.PatentTitle) ?? patent.Normalized }],
            Officers = officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }).ToList(),
        };
        c.Events.Add(cases.Event("register", "收到专利侵权纠纷处理请求",
            $"{patent.KindName}专利{patent.Normalized}；{AdjudicationRules.Name(c.JurisdictionBasis)}{(c.JurisdictionNote is null ? "" : "：" + c.JurisdictionNote)}"));
        await cases.RefreshNextDueAsync(c, ct);
        db.AdjudicationCases.Add(c);
        await db.SaveChangesAsync(ct);
        return (await cases.GetAsync(c.Id, ct), errors);
    }

    /// <summary>
    /// The 消零 board (CLARIFICATIONS "消零"): 积案 = open after the statutory closing deadline (extensions and pauses
    /// applied); every open case by age so leaders see what will become backlog; closure figures for the year.
    /// </summary>
    public async Task<BacklogBoard> BacklogAsync(int? year, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Clock.Today(clock);
        var calendar = await calendars.GetAsync(ct);
        var soon = calendar.AddWorkingDays(today, 5);
        var y = year ?? today.Year;
        var yearStart = new DateOnly(y, 1, 1);
        var yearEnd = new DateOnly(y, 12, 31);
        string[] openStatuses = [nameof(AdjudicationStatus.Received), nameof(AdjudicationStatus.Correcting), nameof(AdjudicationStatus.Trying)];
        var rows = await db.AdjudicationCases.AsNoTracking()
            .Where(c => openStatuses.Contains(c.Status) || (c.ClosedOn >= yearStart && c.ClosedOn <= yearEnd) || (c.FiledOn >= yearStart && c.FiledOn <= yearEnd))
            .Select(c => new BoardRow(c.Id, c.CaseNumber, c.Title, c.Status, c.OrgUnitId, c.OrgUnit!.Name, c.ReceivedOn, c.FiledOn, c.ClosedOn,
                c.ClosingDueOn, c.NextDueOn, c.NextDueName, c.IsPaused, c.PatentKind,
                c.Officers.Select(o => new LookupOption(o.OfficerId, o.Officer!.Name)).ToList()))
            .ToListAsync(ct);
        var openRows = rows.Where(r => openStatuses.Contains(r.Status)).ToList();
        var backlog = openRows.Where(r => r.ClosingDueOn is { } due && due < today && !r.IsPaused).ToList();
        var overdueAny = openRows.Where(r => r.NextDueOn is { } due && due < today && !r.IsPaused).ToList();
        var dueSoon = openRows.Where(r => !r.IsPaused && r.NextDueOn is { } due && due >= today && due <= soon).ToList();
        int Age(DateOnly received) => today.DayNumber - received.DayNumber;
        var bands = new (string Name, int Min, int Max)[] { ("30日以内", 0, 30), ("31至60日", 31, 60), ("61至90日", 61, 90), ("91至180日", 91, 180), ("180日以上", 181, int.MaxValue) };
        var closed = rows.Where(r => r.ClosedOn is { } d && d >= yearStart && d <= yearEnd).ToList();
        var durations = closed.Select(r => (double)(r.ClosedOn!.Value.DayNumber - r.ReceivedOn.DayNumber)).Order().ToList();
        var filed = rows.Count(r => r.FiledOn is { } d && d >= yearStart && d <= yearEnd);
        var local = new[] { PatentKind.UtilityModel, PatentKind.Design };
        BacklogCase Row(BoardRow r) => new(r.Id, r.CaseNumber, r.Title, r.Unit, r.ReceivedOn, r.ClosingDueOn, r.NextDueName, r.NextDueOn, Age(r.ReceivedOn));
        return new BacklogBoard(
            today, openRows.Count, backlog.Count, overdueAny.Count, dueSoon.Count, openRows.Count(r => r.IsPaused),
            bands.Select(b => new BacklogBand(b.Name,
                openRows.Count(r => Age(r.ReceivedOn) >= b.Min && Age(r.ReceivedOn) <= b.Max),
                backlog.Count(r => Age(r.ReceivedOn) >= b.Min && Age(r.ReceivedOn) <= b.Max))).ToList(),
            openRows.GroupBy(r => (r.OrgUnitId, r.Unit)).Select(g => new BacklogGroup(g.Key.OrgUnitId, g.Key.Unit, g.Count(),
                g.Count(backlog.Contains), g.Count(dueSoon.Contains))).OrderByDescending(g => g.Backlog).ThenByDescending(g => g.Open).ToList(),
            openRows.SelectMany(r => r.Officers.Select(o => (OfficerId: o.Id, Name: o.Label, Case: r))).GroupBy(x => (x.OfficerId, x.Name))
                .Select(g => new BacklogGroup(g.Key.OfficerId, g.Key.Name, g.Count(), g.Count(x => backlog.Contains(x.Case)), g.Count(x => dueSoon.Contains(x.Case))))
                .OrderByDescending(g => g.Backlog).ThenByDescending(g => g.Open).ToList(),
            closed.Count, filed,
            filed + openRows.Count == 0 ? null : Math.Round((double)closed.Count / (closed.Count + openRows.Count), 4),
            durations.Count == 0 ? null : Math.Round(durations.Average(), 1),
            durations.Count == 0 ? null : Percentile(durations, 0.9),
            openRows.Count(r => local.Contains(r.PatentKind)), closed.Count(r => local.Contains(r.PatentKind)),
            backlog.OrderBy(r => r.ClosingDueOn).Select(Row).ToList(),
            dueSoon.OrderBy(r => r.NextDueOn).Select(Row).ToList());
    }

    private sealed record BoardRow(int Id, string? CaseNumber, string Title, string Status, int OrgUnitId, string Unit, DateOnly ReceivedOn,
        DateOnly? FiledOn, DateOnly? ClosedOn, DateOnly? ClosingDueOn, DateOnly? NextDueOn, string? NextDueName, bool IsPaused,
        PatentKind PatentKind, List<LookupOption> Officers);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
