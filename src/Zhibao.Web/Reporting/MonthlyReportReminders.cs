using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Jobs;

namespace Zhibao.Web.Reporting;

/// <summary>
/// 迟报 reminders (计算规则8): from the 1st of the next month, every day until the month's report is submitted, a 站内信 to
/// the bureau's 知识产权科 staff; once past the due date (the 5th, not moved off a weekend or holiday) also to its 局领导.
/// Each notice's key names the bureau, month, day and user, so each person gets one a day per month, even with a restart
/// or a second app instance (the unique key refuses the second). The month before last and earlier stay in the round while
/// still not submitted, back to the first month the bureau ever prepared (at most a year): a bureau new to the platform is
/// reminded only of last month.
/// </summary>
public sealed class MonthlyReportReminders(
    IServiceScopeFactory scopes, CalendarService calendars, OrgTree tree, TimeProvider clock, ILogger<MonthlyReportReminders> log)
    : PeriodicJob(clock, log)
{
    /// <summary>Sends today's reminders; returns how many notices were written.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        // System scope: every bureau, every user.
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var dueDay = await MonthlyReports.DueDayAsync(scope.ServiceProvider.GetRequiredService<SettingsReader>(), ct);
        var today = Clock.Today(Time);
        var calendar = await calendars.GetAsync(ct);
        var staff = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           where u.IsActive && (r.Name == BuiltInRoles.IpSection || r.Name == BuiltInRoles.Leader)
                           select new { u.Id, u.OrgUnitId, Leader = r.Name == BuiltInRoles.Leader }).ToListAsync(ct);
        var last = ReportPeriod.Of(today).Previous;
        var notices = new List<Notification>();
        foreach (var bureau in staff.Where(s => !s.Leader).Select(s => tree.BureauId(s.OrgUnitId)).Distinct())
        {
            var reports = await db.NationalReports.AsNoTracking().Where(r => r.BureauId == bureau)
                .Select(r => new { r.Year, r.Month, Submitted = r.Versions.Any(v => v.SubmittedAt != null) }).ToListAsync(ct);
            var earliest = reports.Select(r => new ReportPeriod(r.Year, r.Month)).DefaultIfEmpty(last).Min();
            var first = earliest < last ? (earliest > Back(last, 11) ? earliest : Back(last, 11)) : last;
            for (var period = first; period <= last; period = period.Next)
            {
                var p = period;
                var submitted = reports.Any(r => r.Year == p.Year && r.Month == p.Month && r.Submitted);
                var stage = ReportReminderSchedule.StageOn(p, today, submitted, dueDay);
                if (stage == ReportReminderStage.None)
                {
                    continue;
                }
                var (title, body) = Text(p, p.DueDate(dueDay), today, stage, calendar.Describe(p.DueDate(dueDay)));
                var users = staff.Where(s => tree.BureauId(s.OrgUnitId) == bureau && (!s.Leader || stage == ReportReminderStage.Overdue))
                    .Select(s => s.Id).Distinct();
                notices.AddRange(users.Select(userId => new Notification
                {
                    UserId = userId, Title = title, Body = body, Link = MonthlyReports.Link(p), CreatedAt = Time.GetUtcNow().UtcDateTime,
                    DedupKey = $"report:{bureau}:{p}:{today:yyyyMMdd}:{userId}",
                }));
            }
        }
        return await SendAsync(db, notices, ct);
    }

    private static ReportPeriod Back(ReportPeriod period, int months) =>
        Enumerable.Range(0, months).Aggregate(period, (p, _) => p.Previous);

    internal static (string Title, string Body) Text(ReportPeriod period, DateOnly due, DateOnly today, ReportReminderStage stage, Zhibao.Domain.Calendar.CalendarDay dueDay)
    {
        var rest = dueDay.IsWorkingDay ? "" : $"截止日为{dueDay.Name ?? "周末"}休息日，不顺延，请提前报送（计算规则8）。";
        return stage == ReportReminderStage.Overdue
            ? ($"专利执法月报已逾期：{period.Name}（截止{due:yyyy-MM-dd}）",
                $"{period.Name}专利行政执法案件信息月报应于{due:yyyy-MM-dd}前报送，已逾期{today.DayNumber - due.DayNumber}日仍未报送（迟报），请立即完成审核、审批并上传国家系统后登记回执号。")
            : ($"专利执法月报待报送：{period.Name}（截止{due:yyyy-MM-dd}）",
                $"请于{due:yyyy-MM-dd}前完成{period.Name}专利行政执法案件信息月报的生成、审核、审批，上传国家系统后登记回执号。{rest}");
    }

    /// <summary>Writes the notices whose keys are not taken; a key taken meanwhile by another instance is skipped.</summary>
    private static async Task<int> SendAsync(ZhibaoDb db, List<Notification> notices, CancellationToken ct)
    {
        var keys = notices.Select(n => n.DedupKey).ToList();
        var taken = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct)).ToHashSet();
        var written = 0;
        foreach (var notice in notices.Where(n => taken.Add(n.DedupKey)))
        {
            db.Notifications.Add(notice);
            try
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
            catch (DbUpdateException)
            {
                // The unique key: another instance sent this one first.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return written;
    }
}
