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
/// <remarks>
/// Built for a million cases (docs/benchmarks.md): a page is found through its ids first — an index-only walk, however
/// deep the page — and only those rows are read; the total for the unit / kind / status filters (and none) is summed
/// from the CaseListCounts table the database keeps by trigger (migration CaseListIndexes) instead of counting every case.
/// </remarks>
public sealed class CaseList(IDbContextFactory<ZhibaoDb> factory, CalendarService calendars, SettingsReader settings, TimeProvider clock)
{
    public static FieldErrors Validate(CaseListQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Status) && StatusName(q.Status) is null)
        {
            errors.Add("status", $"未知的案件状态“{q.Status}”，可选：{string.Join("、", CaseKinds.AllStatuses.Distinct())}");
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
        var (query, counted) = Filter(db, q, today, soon);
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        var total = counted is { } key ? await CountedAsync(db, key, ct) : await query.CountAsync(ct);
        var skip = (page - 1) * size;
        List<RawRow> rows = skip >= total ? [] : await Project(db, PageOf(db, query, skip, size), today, soon).ToListAsync(ct);
        return new Page<CaseRow>(rows.Select(Named).ToList(), total, page, size);
    }

    /// <summary>
    /// The page's cases, newest first: the ids are paged in a subquery the database answers from an index alone
    /// ((OrgUnitId, Status, Id), (Status, Id), the primary key …), so OFFSET skips index entries, not rows; then only those
    /// rows are read and projected.
    /// </summary>
    private static IQueryable<Case> PageOf(ZhibaoDb db, IQueryable<Case> filtered, int skip, int take)
    {
        // Written inside the lambda so that skip and take become SQL parameters (one cached plan for every page).
        return db.Cases.AsNoTracking()
            .Where(c => filtered.OrderByDescending(x => x.Id).Skip(skip).Take(take).Select(x => x.Id).Contains(c.Id))
            .OrderByDescending(c => c.Id);
    }

    /// <summary>The filters the CaseListCounts table can total: kind, status and unit, each optional.</summary>
    private sealed record CountKey(string? Kind, string? Status, int? UnitId);

    /// <summary>A row of CaseListCounts (migration CaseListIndexes; not an EF entity: only this list reads it).</summary>
    private sealed class CaseListCount
    {
        public int OrgUnitId { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public long Count { get; init; }
    }

    /// <summary>The total from the per unit / kind / status counts, within the caller's data scope.</summary>
    private static async Task<int> CountedAsync(ZhibaoDb db, CountKey key, CancellationToken ct)
    {
        var counts = db.Database.SqlQueryRaw<CaseListCount>("SELECT \"OrgUnitId\", \"Kind\", \"Status\", \"Count\" FROM \"CaseListCounts\"");
        if (!db.Scope.SeesAllUnits)
        {
            var visible = db.Scope.VisibleUnitIds.ToList();
            counts = counts.Where(k => visible.Contains(k.OrgUnitId));
        }
        if (key.Kind is { } kind)
        {
            counts = counts.Where(k => k.Kind == kind);
        }
        if (key.Status is { } status)
        {
            counts = counts.Where(k => k.Status == status);
        }
        if (key.UnitId is { } unit)
        {
            counts = counts.Where(k => k.OrgUnitId == unit);
        }
        return (int)await counts.SumAsync(k => k.Count, ct);
    }

    public async Task<List<CaseRow>> AllAsync(CaseListQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (today, soon) = await WindowAsync(ct);
        var rows = await Project(db, Filter(db, q, today, soon).Query.OrderByDescending(c => c.Id).Take(ExcelExport.MaxRows), today, soon).ToListAsync(ct);
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

    /// <summary>The stored status name (any kind's, case-insensitive), or null when there is none by that name.</summary>
    private static string? StatusName(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null : CaseKinds.AllStatuses.FirstOrDefault(s => s.Equals(status.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The filtered cases, and the <see cref="CountKey"/> when only kind, status and unit filter them.</summary>
    private static (IQueryable<Case> Query, CountKey? Counted) Filter(ZhibaoDb db, CaseListQuery q, DateOnly today, DateOnly soon)
    {
        var query = db.Cases.AsNoTracking();
        string? kindName = null, statusName = null;
        var other = false;
        if (Enum.TryParse<CaseKind>(q.Kind, true, out var kind))
        {
            query = query.Where(c => c.Kind == kind);
            kindName = kind.ToString();
        }
        if (StatusName(q.Status) is { } name)
        {
            query = query.Where(c => c.Status == name);
            statusName = name;
        }
        if (!string.IsNullOrWhiteSpace(q.Subject))
        {
            query = query.Where(c => c.Subject == q.Subject);
            other = true;
        }
        if (!string.IsNullOrWhiteSpace(q.Source))
        {
            query = query.Where(c => c.Source == q.Source);
            other = true;
        }
        if (!string.IsNullOrWhiteSpace(q.KeySector))
        {
            query = query.Where(c => c.KeySector == q.KeySector);
            other = true;
        }
        if (q.UnitId is { } unit)
        {
            query = query.Where(c => c.OrgUnitId == unit);
        }
        if (q.OfficerId is { } officer)
        {
            query = query.Where(c => c.Officers.Any(o => o.OfficerId == officer));
            other = true;
        }
        if (q.FiledFrom is { } ff)
        {
            query = query.Where(c => c.FiledOn >= ff);
            other = true;
        }
        if (q.FiledTo is { } ft)
        {
            query = query.Where(c => c.FiledOn <= ft);
            other = true;
        }
        if (q.LeadFrom is { } lf)
        {
            query = query.Where(c => c.ReceivedOn >= lf);
            other = true;
        }
        if (q.LeadTo is { } lt)
        {
            query = query.Where(c => c.ReceivedOn <= lt);
            other = true;
        }
        if (q.Overdue == true)
        {
            query = query.Where(c => c.NextDueOn < today);
            other = true;
        }
        var deadline = Enum.TryParse<DeadlineStatus>(q.DeadlineStatus, true, out var parsed) ? parsed : (DeadlineStatus?)null;
        query = deadline switch
        {
            DeadlineStatus.Overdue => query.Where(c => c.NextDueOn < today),
            DeadlineStatus.DueSoon => query.Where(c => c.NextDueOn >= today && c.NextDueOn <= soon),
            DeadlineStatus.Running => query.Where(c => c.NextDueOn > soon),
            DeadlineStatus.Paused => query.Where(c => c.IsPaused),
            _ => query,
        };
        other |= deadline is DeadlineStatus.Overdue or DeadlineStatus.DueSoon or DeadlineStatus.Running or DeadlineStatus.Paused;
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            // Substring search (Chinese has no word breaks) over title, number, parties and rights.
            var k = q.Search.Trim();
            query = query.Where(c => c.Title.Contains(k) || (c.CaseNumber != null && c.CaseNumber.Contains(k))
                || c.Parties.Any(p => p.Party!.Name.Contains(k) || p.Party.UnifiedSocialCreditCode == k)
                || c.Rights.Any(r => r.Name.Contains(k) || r.Number == k));
            other = true;
        }
        return (query, other ? null : new CountKey(kindName, statusName, q.UnitId));
    }

    private sealed record RawRow(int Id, string? CaseNumber, CaseKind Kind, string Title, string Subject, string Source, string? KeySector,
        string Status, string OrgUnitName, DateOnly? LeadReceivedOn, DateOnly? FiledOn, DateOnly? NextDueOn, string? NextDueName,
        DeadlineStatus? DeadlineStatus, bool IsPaused, string? FirstParty);

    private static IQueryable<RawRow> Project(ZhibaoDb db, IQueryable<Case> query, DateOnly today, DateOnly soon) =>
        query.Select(c => new RawRow(c.Id, c.CaseNumber, c.Kind, c.Title, c.Subject, c.Source, c.KeySector, c.Status, c.OrgUnit!.Name,
            c.ReceivedOn, c.FiledOn, c.NextDueOn, c.NextDueName,
            c.IsPaused ? DeadlineStatus.Paused
                : c.NextDueOn == null ? null
                : c.NextDueOn < today ? DeadlineStatus.Overdue
                : c.NextDueOn <= soon ? DeadlineStatus.DueSoon
                : DeadlineStatus.Running,
            c.IsPaused,
            c.Parties.Where(p => p.Role == CasePartyRole.Respondent).OrderBy(p => p.Id).Select(p => p.Party!.Name).FirstOrDefault()));

    private static CaseRow Named(RawRow r) => new(r.Id, r.CaseNumber, r.Kind, r.Title, r.Subject, r.Source, r.KeySector, r.Status,
        CaseKinds.StatusName(r.Kind, r.Status), r.OrgUnitName, r.LeadReceivedOn,
        r.FiledOn, r.NextDueOn, r.NextDueName, r.DeadlineStatus, r.IsPaused, r.FirstParty);
}
