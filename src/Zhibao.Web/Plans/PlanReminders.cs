using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Jobs;

namespace Zhibao.Web.Plans;

/// <summary>
/// 站内信 for missing progress on published plans: once the past period has ended, the measure's responsible person is
/// told the report is due (待报送, by the due day of the next month, setting Plans.ProgressDueDay); after the due day the
/// person and the bureau's 知识产权科 are told it is overdue (逾期未报). A measure without a responsible person is
/// reminded to the 知识产权科. Each notice has a unique key (measure, period, stage, user), so a restart or a second
/// instance never sends it twice; periods that ended more than <see cref="LookBackDays"/> days ago are left alone.
/// </summary>
public sealed class PlanReminders(IServiceScopeFactory scopes, OrgTree tree, TimeProvider clock, ILogger<PlanReminders> log)
    : PeriodicJob(clock, log)
{
    public const int LookBackDays = 60;

    /// <summary>Sends what is due today; returns how many notices were written.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        // System scope: every bureau's plans.
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var dueDay = Math.Clamp((int)SettingsReader.Number(await scope.ServiceProvider.GetRequiredService<SettingsReader>().AllAsync(ct),
            PlanEvaluator.DueDaySetting, PlanEvaluator.DefaultDueDay), 1, 31);
        var today = Clock.Today(Time);
        var plans = await db.Plans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Status == PlanStatus.Published && (p.Year == today.Year || p.Year == today.Year - 1))
            .ToListAsync(ct);
        var heads = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users.IgnoreQueryFilters() on ur.UserId equals u.Id
                           where r.Name == BuiltInRoles.IpSection && u.IsActive
                           select new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var notices = new List<Notification>();
        var now = Time.GetUtcNow().UtcDateTime;
        foreach (var plan in plans)
        {
            if (ProgressPeriod.LastCompleted(plan.Year, plan.Cadence, today) is not { } period || today.DayNumber - period.End.DayNumber > LookBackDays)
            {
                continue;
            }
            var due = period.DueOn(dueDay);
            var overdue = today > due;
            var sectionHeads = heads.Where(h => tree.BureauId(h.OrgUnitId) == plan.OrgUnitId).Select(h => h.Id).ToList();
            var missing = await db.PlanMeasures.AsNoTracking()
                .Where(m => m.Task!.PlanId == plan.Id && (m.Status == MeasureStatus.NotStarted || m.Status == MeasureStatus.InProgress))
                .Where(m => !db.ProgressReports.Any(r => r.MeasureId == m.Id && r.PeriodKey == period.Key && r.Status != ProgressStatus.Returned))
                .Select(m => new { m.Id, m.Text, m.ResponsiblePersonId })
                .ToListAsync(ct);
            foreach (var m in missing)
            {
                IEnumerable<int> users = m.ResponsiblePersonId is { } person ? [person] : sectionHeads;
                if (overdue)
                {
                    users = users.Concat(sectionHeads);
                }
                var stage = overdue ? "overdue" : "due";
                notices.AddRange(users.Distinct().Select(userId => new Notification
                {
                    UserId = userId, CreatedAt = now, Link = $"/plans/{plan.Id}?measure={m.Id}",
                    DedupKey = $"plan-progress:{m.Id}:{period.Key}:{stage}:{userId}",
                    Title = overdue ? $"工作进展逾期未报：{PlanText.Clip(m.Text, 20)}" : $"工作进展待报送：{PlanText.Clip(m.Text, 20)}",
                    Body = $"《{plan.Title}》措施“{PlanText.Clip(m.Text, 60)}”{period.Name}的工作进展应于{due:yyyy-MM-dd}前报送"
                        + (overdue ? "，现已逾期。" : "。"),
                }));
            }
        }
        return await SendAsync(db, notices, ct);
    }

    /// <summary>Writes the notices whose keys are not stored yet; a key taken meanwhile by another instance is skipped.</summary>
    private static async Task<int> SendAsync(ZhibaoDb db, List<Notification> notices, CancellationToken ct)
    {
        var written = 0;
        foreach (var chunk in notices.DistinctBy(n => n.DedupKey).Chunk(500))
        {
            var keys = chunk.Select(n => n.DedupKey).ToList();
            var existing = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct)).ToHashSet();
            foreach (var notice in chunk.Where(n => !existing.Contains(n.DedupKey)))
            {
                db.Notifications.Add(notice);
                try
                {
                    await db.SaveChangesAsync(ct);
                    written++;
                }
                catch (DbUpdateException)
                {
                    // Another instance wrote this notice first: the unique key did its job.
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        return written;
    }
}
