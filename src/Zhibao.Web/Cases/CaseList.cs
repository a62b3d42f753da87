using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Cases;

/// <summary>
/// The case list: filters, search, paging and export, under the caller's data scope (query filter). The deadline colour
/// comes from the stored next due date, so a million cases filter by it through an index.
/// </summary>
public sealed class CaseList(IDbContextFactory<ZhibaoDb> factory, CalendarService calendars, SettingsReader settings, TimeProvider clock)
{
    public static FieldErrors Validate(CaseListQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Status) && !Enum.TryParse<PenaltyCaseStatus>(q.Status, ignoreCase: true, out _))
        {
            errors.Add("status", $"未知的案件状态“{q.Status}”，可选：{string.Join("、", Enum.GetNames<PenaltyCaseStatus>())}");
        }
        if (!string.IsNullOrWhiteSpace(q.Kind) && !Enum.TryParse<CaseKind>(q.Kind, ignoreCase: true, out _))
        {
            errors.Add("kind", $"未知的案件类别“{q.Kind}”，可选：{string.Join("、", Enum.GetNames<CaseKind>())}");
        }
        if (!string.IsNullOrWhiteSpace(q.DeadlineStatus) && !Enum.TryParse<DeadlineStatus>(q.DeadlineStatus, ignoreCase: true, out _))
        {
            errors.Add("deadlineStatus", "期限状态须为 overdue、dueSoon、running 或 paused");
        }
        if (q.FiledFrom > q.FiledTo)
        {
            errors.Add("filedFrom", "立案起始日期不能晚于截止日期");
        }
        if (q.LeadFrom > q.LeadTo)
        {
            errors.Add("leadFrom", "线索起始日期不能晚于截止日期");
        }
        return errors;
    }

    public async Task<Page<CaseRow>> ListAsync(CaseListQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (today, soon) = await WindowAsync(ct);
        var query = Filter(db, q, today, soon);
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        var total = await query.CountAsync(ct);
        var rows = await Project(db, query.OrderByDescending(c => c.Id).Skip((page - 1) * size).Take(size), today, soon).ToListAsync(ct);
        return new Page<CaseRow>(rows.Select(Named).ToList(), total, page, size);
    }

    public async Task<List<CaseRow>> AllAsync(CaseListQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (today, soon) = await WindowAsync(ct);
        var rows = await Project(db, Filter(db, q, today, soon).OrderByDescending(c => c.Id).Take(ExcelExport.MaxRows), today, soon).ToListAsync(ct);
        return rows.Select(Named).ToList();
    }

    public static readonly ExcelColumn<CaseRow>[] Columns =
    [
        new("案号", r => r.CaseNumber), new("案件名称", r => r.Title), new("违法类型", r => r.Subject), new("案件来源", r => r.Source),
        new("重点领域", r => r.KeySector), new("当事人", r => r.Parties), new("办案单位", r => r.OrgUnitName), new("状态", r => r.StatusName),
        new("发现线索日期", r => r.LeadReceivedOn), new("立案日期", r => r.FiledOn), new("最近期限", r => r.NextDueName),
        new("到期日", r => r.NextDueOn), new("期限状态", r => r.DeadlineStatus is { } s ? CaseClocks.Name(s) : ""),
    ];

    /// <summary>Today and the last day of the "due soon" window (reminder setting, in working days).</summary>
    private async Task<(DateOnly Today, DateOnly Soon)> WindowAsync(CancellationToken ct)
    {
        var today = Clock.Today(clock);
        var days = (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);
        return (today, (await calendars.GetAsync(ct)).AddWorkingDays(today, days));
    }

    private static IQueryable<Case> Filter(ZhibaoDb db, CaseListQuery q, DateOnly today, DateOnly soon)
    {
        var query = db.Cases.AsNoTracking();
        if (Enum.TryParse<CaseKind>(q.Kind, true, out var kind))
        {
            query = query.Where(c => c.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(q.Status) && Enum.TryParse<PenaltyCaseStatus>(q.Status, true, out var status))
        {
            var name = status.ToString();
            query = query.Where(c => c.Status == name);
        }
        if (!string.IsNullOrWhiteSpace(q.Subject))
        {
            query = query.Where(c => c.Subject == q.Subject);
        }
        if (!string.IsNullOrWhiteSpace(q.Source))
        {
            query = query.Where(c => c.Source == q.Source);
        }
        if (!string.IsNullOrWhiteSpace(q.KeySector))
        {
            query = query.Where(c => c.KeySector == q.KeySector);
        }
        if (q.UnitId is { } unit)
        {
            query = query.Where(c => c.OrgUnitId == unit);
        }
        if (q.OfficerId is { } officer)
        {
            query = query.Where(c => c.Officers.Any(o => o.OfficerId == officer));
        }
        if (q.FiledFrom is { } ff)
        {
            query = query.Where(c => ((PenaltyCase)c).FiledOn >= ff);
        }
        if (q.FiledTo is { } ft)
        {
            query = query.Where(c => ((PenaltyCase)c).FiledOn <= ft);
        }
        if (q.LeadFrom is { } lf)
        {
            query = query.Where(c => ((PenaltyCase)c).LeadReceivedOn >= lf);
        }
        if (q.LeadTo is { } lt)
        {
            query = query.Where(c => ((PenaltyCase)c).LeadReceivedOn <= lt);
        }
        if (q.Overdue == true)
        {
            query = query.Where(c => c.NextDueOn < today);
        }
        query = (Enum.TryParse<DeadlineStatus>(q.DeadlineStatus, true, out var deadline) ? deadline : (DeadlineStatus?)null) switch
        {
            DeadlineStatus.Overdue => query.Where(c => c.NextDueOn < today),
            DeadlineStatus.DueSoon => query.Where(c => c.NextDueOn >= today && c.NextDueOn <= soon),
            DeadlineStatus.Running => query.Where(c => c.NextDueOn > soon),
            DeadlineStatus.Paused => query.Where(c => c.IsPaused),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            // Substring search (Chinese has no word breaks) over title, number, parties and rights.
            var k = q.Search.Trim();
            query = query.Where(c => c.Title.Contains(k) || (c.CaseNumber != null && c.CaseNumber.Contains(k))
                || c.Parties.Any(p => p.Party!.Name.Contains(k) || p.Party.UnifiedSocialCreditCode == k)
                || c.Rights.Any(r => r.Name.Contains(k) || r.Number == k));
        }
        return query;
    }

    private sealed record RawRow(int Id, string? CaseNumber, CaseKind Kind, string Title, string Subject, string Source, string? KeySector,
        string Status, string OrgUnitName, DateOnly? LeadReceivedOn, DateOnly? FiledOn, DateOnly? NextDueOn, string? NextDueName,
        DeadlineStatus? DeadlineStatus, bool IsPaused, string? FirstParty);

    private static IQueryable<RawRow> Project(ZhibaoDb db, IQueryable<Case> query, DateOnly today, DateOnly soon) =>
        query.Select(c => new RawRow(c.Id, c.CaseNumber, c.Kind, c.Title, c.Subject, c.Source, c.KeySector, c.Status, c.OrgUnit!.Name,
            ((PenaltyCase)c).LeadReceivedOn, ((PenaltyCase)c).FiledOn, c.NextDueOn, c.NextDueName,
            c.IsPaused ? DeadlineStatus.Paused
                : c.NextDueOn == null ? null
                : c.NextDueOn < today ? DeadlineStatus.Overdue
                : c.NextDueOn <= soon ? DeadlineStatus.DueSoon
                : DeadlineStatus.Running,
            c.IsPaused,
            c.Parties.Where(p => p.Role == CasePartyRole.Respondent).OrderBy(p => p.Id).Select(p => p.Party!.Name).FirstOrDefault()));

    private static CaseRow Named(RawRow r) => new(r.Id, r.CaseNumber, r.Kind, r.Title, r.Subject, r.Source, r.KeySector, r.Status,
        Enum.TryParse<PenaltyCaseStatus>(r.Status, out var s) ? PenaltyWorkflow.Name(s) : r.Status, r.OrgUnitName, r.LeadReceivedOn,
        r.FiledOn, r.NextDueOn, r.NextDueName, r.DeadlineStatus, r.IsPaused, r.FirstParty);
}
