using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>
/// 站内信 reminders for case deadlines: N working days before (setting, default 3), on the day, and once overdue.
/// Each notice has a unique key (case, deadline, due date, stage), so a restart or a second app instance never sends
/// it twice: the database refuses the duplicate.
/// </summary>
public sealed class DeadlineReminders(IServiceScopeFactory scopes, CalendarService calendars, TimeProvider clock, ILogger<DeadlineReminders> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static readonly string[] Closed =
        [nameof(PenaltyCaseStatus.NotFiled), nameof(PenaltyCaseStatus.Closed), nameof(PenaltyCaseStatus.Archived)];

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
        var window = (await calendars.GetAsync(ct)).AddWorkingDays(today, days);

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
                var key = $"case:{c.Id}:{c.NextDueName}:{dueOn:yyyyMMdd}:{stage}:{userId}";
                if (await db.Notifications.AnyAsync(n => n.DedupKey == key, ct))
                {
                    continue;
                }
                db.Notifications.Add(new Notification
                {
                    UserId = userId, DedupKey = key, CreatedAt = clock.GetUtcNow().UtcDateTime, Link = $"/cases/{c.Id}",
                    Title = $"{c.NextDueName}{text}：{c.CaseNumber ?? c.Title}",
                    Body = $"《{c.Title}》的{c.NextDueName}期限为{dueOn:yyyy-MM-dd}。",
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    written++;
                }
                catch (DbUpdateException)
                {
                    // Another instance wrote the same notice first: the unique key did its job.
                    db.ChangeTracker.Clear();
                }
            }
        }
        return written;
    }
}
