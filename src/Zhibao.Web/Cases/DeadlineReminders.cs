using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Jobs;
using Zhibao.Web.Platform.Notices;

namespace Zhibao.Web.Cases;

/// <summary>
/// 站内信 reminders for case deadlines: N working days before (setting, default 3), on the day, and once overdue.
/// A patent-dispute case past its closing deadline (积案) is also escalated to its officers and the 知识产权科 of its
/// bureau every working day until it is closed or paused (the 消零 board, issue 5).
/// Each notice has a unique key (case, deadline, due date, stage — and the day, for backlog notices), so a restart or a
/// second app instance never sends it twice: the database refuses the duplicate.
/// The work is batched for a million cases: due cases are read in pages, the keys already stored are looked up a chunk at
/// a time, and the missing notices are inserted with one SaveChanges per chunk.
/// </summary>
public sealed class DeadlineReminders(IServiceScopeFactory scopes, CalendarService calendars, OrgTree tree, TimeProvider clock, ILogger<DeadlineReminders> log)
    : PeriodicJob(clock, log)
{

    /// <summary>Due cases read per query, so a million open cases never sit in memory at once.</summary>
    internal const int CasePageSize = 5000;

    /// <summary>Notice keys checked (and notices inserted) per round trip (<see cref="NoticeWriter"/>).</summary>
    internal const int KeyChunkSize = NoticeWriter.KeyChunkSize;

    private static readonly string[] Closed = CaseKinds.Finished;

    /// <summary>Sends what is due today; returns how many notices were written.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>();
        // System scope: reminders cover every unit.
        await using var db = new ZhibaoDb(options);
        var settings = scope.ServiceProvider.GetRequiredService<SettingsReader>();
        var days = (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);
        var today = Clock.Today(Time);
        var calendar = await calendars.GetAsync(ct);
        var window = calendar.AddWorkingDays(today, days);
        var written = await RemindDeadlinesAsync(db, today, window, ct);
        if (calendar.IsWorkingDay(today))
        {
            written += await EscalateBacklogAsync(db, today, ct);
        }
        return written;
    }

    private async Task<int> RemindDeadlinesAsync(ZhibaoDb db, DateOnly today, DateOnly window, CancellationToken ct)
    {
        var written = 0;
        var pages = KeysetPagesAsync(afterId => db.Cases.AsNoTracking()
            .Where(c => c.Id > afterId && c.NextDueOn != null && c.NextDueOn <= window && !Closed.Contains(c.Status) && !c.IsPaused)
            .OrderBy(c => c.Id)
            .Take(CasePageSize)
            .Select(c => new
            {
                c.Id, c.Title, c.CaseNumber, c.NextDueOn, c.NextDueName,
                Users = c.Officers.Where(o => o.Officer!.UserId != null).Select(o => o.Officer!.UserId!.Value).ToList(),
            })
            .ToListAsync(ct), c => c.Id);
        await foreach (var page in pages)
        {
            var notices = new List<Notice>();
            foreach (var c in page)
            {
                var dueOn = c.NextDueOn!.Value;
                var (stage, text) = dueOn < today ? ("overdue", "已逾期") : dueOn == today ? ("today", "今日到期") : ("soon", $"将于{dueOn:yyyy-MM-dd}到期");
                notices.AddRange(c.Users.Distinct().Select(userId => new Notice(
                    $"case:{c.Id}:{c.NextDueName}:{dueOn:yyyyMMdd}:{stage}:{userId}", userId,
                    $"{c.NextDueName}{text}：{c.CaseNumber ?? c.Title}", $"《{c.Title}》的{c.NextDueName}期限为{dueOn:yyyy-MM-dd}。", $"/cases/{c.Id}")));
            }
            written += await SendAsync(db, notices, ct);
        }
        return written;
    }

    /// <summary>
    /// Keyset pages ordered by Id: memory stays bounded with a million open cases, and a row is never skipped or read
    /// twice the way OFFSET paging could while cases change underneath.
    /// </summary>
    private static async IAsyncEnumerable<List<T>> KeysetPagesAsync<T>(Func<int, Task<List<T>>> pageAfter, Func<T, int> idOf)
    {
        var afterId = 0;
        while (true)
        {
            var page = await pageAfter(afterId);
            if (page.Count == 0)
            {
                yield break;
            }
            yield return page;
            if (page.Count < CasePageSize)
            {
                yield break;
            }
            afterId = idOf(page[^1]);
        }
    }

    /// <summary>积案: open adjudication cases past their closing deadline (extensions and pauses applied, see CaseService).</summary>
    private async Task<int> EscalateBacklogAsync(ZhibaoDb db, DateOnly today, CancellationToken ct)
    {
        // The 知识产权科 heads are few: loaded once, matched to each case's bureau in memory.
        var heads = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           where r.Name == BuiltInRoles.IpSection
                           select new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var written = 0;
        var pages = KeysetPagesAsync(afterId => db.AdjudicationCases.AsNoTracking()
            .Where(c => c.Id > afterId && c.ClosingDueOn != null && c.ClosingDueOn < today && !Closed.Contains(c.Status) && !c.IsPaused)
            .OrderBy(c => c.Id)
            .Take(CasePageSize)
            .Select(c => new
            {
                c.Id, c.Title, c.CaseNumber, c.OrgUnitId, c.ClosingDueOn,
                Users = c.Officers.Where(o => o.Officer!.UserId != null).Select(o => o.Officer!.UserId!.Value).ToList(),
            })
            .ToListAsync(ct), c => c.Id);
        await foreach (var page in pages)
        {
            var notices = new List<Notice>();
            foreach (var c in page)
            {
                var bureau = tree.BureauId(c.OrgUnitId);
                var users = c.Users.Concat(heads.Where(h => tree.BureauId(h.OrgUnitId) == bureau).Select(h => h.Id)).Distinct();
                notices.AddRange(users.Select(userId => new Notice(
                    $"backlog:{c.Id}:{today:yyyyMMdd}:{userId}", userId,
                    $"积案：{c.CaseNumber ?? c.Title}已超过审理期限",
                    $"《{c.Title}》的审理期限已于{c.ClosingDueOn:yyyy-MM-dd}届满仍未结案，请立即处理或依法延长、中止（《专利纠纷行政裁决和调解办法》第三十七条）。",
                    $"/cases/{c.Id}")));
            }
            written += await SendAsync(db, notices, ct);
        }
        return written;
    }

    private Task<int> SendAsync(ZhibaoDb db, IEnumerable<Notice> notices, CancellationToken ct) =>
        NoticeWriter.SendAsync(db, notices, Time.GetUtcNow().UtcDateTime, ct);
}
