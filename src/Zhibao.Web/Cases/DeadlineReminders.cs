using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>
/// 站内信 reminders for case deadlines: N working days before (setting, default 3), on the day, and once overdue.
/// A patent-dispute case past its closing deadline (积案) is also escalated to its officers and the 知识产权科 of its
/// bureau every working day until it is closed or paused (the 消零 board, issue 5).
/// Each notice has a unique key (case, deadline, due date, stage — and the day, for backlog notices), so a restart or a
/// second app instance never sends it twice: the database refuses the duplicate.
/// </summary>
public sealed class DeadlineReminders(IServiceScopeFactory scopes, CalendarService calendars, OrgTree tree, TimeProvider clock, ILogger<DeadlineReminders> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static readonly string[] Closed = CaseKinds.Finished;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Deadline reminders failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends what is due today; returns how many notices were written.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>();
        // System scope: reminders cover every unit.
        await using var db = new ZhibaoDb(options);
        var settings = scope.ServiceProvider.GetRequiredService<SettingsReader>();
        var days = (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);
        var today = Clock.Today(clock);
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
        var due = await db.Cases.AsNoTracking()
            .Where(c => c.NextDueOn != null && c.NextDueOn <= window && !Closed.Contains(c.Status) && !c.IsPaused)
            .Select(c => new
            {
                c.Id, c.Title, c.CaseNumber, c.NextDueOn, c.NextDueName,
                Users = c.Officers.Where(o => o.Officer!.UserId != null).Select(o => o.Officer!.UserId!.Value).ToList(),
            })
            .ToListAsync(ct);
        var written = 0;
        foreach (var c in due)
        {
            var dueOn = c.NextDueOn!.Value;
            var (stage, text) = dueOn < today ? ("overdue", "已逾期") : dueOn == today ? ("today", "今日到期") : ("soon", $"将于{dueOn:yyyy-MM-dd}到期");
            foreach (var userId in c.Users.Distinct())
            {
                written += await SendAsync(db, userId, $"case:{c.Id}:{c.NextDueName}:{dueOn:yyyyMMdd}:{stage}:{userId}", c.Id,
                    $"{c.NextDueName}{text}：{c.CaseNumber ?? c.Title}", $"《{c.Title}》的{c.NextDueName}期限为{dueOn:yyyy-MM-dd}。", ct);
            }
        }
        return written;
    }

    /// <summary>积案: open adjudication cases past their closing deadline (extensions and pauses applied, see CaseService).</summary>
    private async Task<int> EscalateBacklogAsync(ZhibaoDb db, DateOnly today, CancellationToken ct)
    {
        var backlog = await db.AdjudicationCases.AsNoTracking()
            .Where(c => c.ClosingDueOn != null && c.ClosingDueOn < today && !Closed.Contains(c.Status) && !c.IsPaused)
            .Select(c => new
            {
                c.Id, c.Title, c.CaseNumber, c.OrgUnitId, c.ClosingDueOn,
                Users = c.Officers.Where(o => o.Officer!.UserId != null).Select(o => o.Officer!.UserId!.Value).ToList(),
            })
            .ToListAsync(ct);
        if (backlog.Count == 0)
        {
            return 0;
        }
        var heads = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           where r.Name == BuiltInRoles.IpSection
                           select new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var written = 0;
        foreach (var c in backlog)
        {
            var bureau = tree.BureauId(c.OrgUnitId);
            var users = c.Users.Concat(heads.Where(h => tree.BureauId(h.OrgUnitId) == bureau).Select(h => h.Id)).Distinct();
            foreach (var userId in users)
            {
                written += await SendAsync(db, userId, $"backlog:{c.Id}:{today:yyyyMMdd}:{userId}", c.Id,
                    $"积案：{c.CaseNumber ?? c.Title}已超过审理期限",
                    $"《{c.Title}》的审理期限已于{c.ClosingDueOn:yyyy-MM-dd}届满仍未结案，请立即处理或依法延长、中止（《专利纠纷行政裁决和调解办法》第三十七条）。", ct);
            }
        }
        return written;
    }

    private async Task<int> SendAsync(ZhibaoDb db, int userId, string key, int caseId, string title, string body, CancellationToken ct)
    {
        if (await db.Notifications.AnyAsync(n => n.DedupKey == key, ct))
        {
            return 0;
        }
        db.Notifications.Add(new Notification
        {
            UserId = userId, DedupKey = key, CreatedAt = clock.GetUtcNow().UtcDateTime, Link = $"/cases/{caseId}", Title = title, Body = body,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateException)
        {
            // Another instance wrote the same notice first: the unique key did its job.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
