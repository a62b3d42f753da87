using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Jobs;
using Zhibao.Web.Platform.Notices;

namespace Zhibao.Web.Intake;

/// <summary>
/// The intake clocks' background work, hourly:
/// <list type="number">
/// <item>complaint mediation that reached 45 working days after acceptance without agreement ends (暂行办法第二十一条第（五）项),
/// dated the day after the 45th working day, which starts the 7-working-day notice to the parties;</item>
/// <item>a report turned into a case starts its 5-working-day notice once the case is filed or not filed (第三十一条): the
/// item's stored clock is brought up to date;</item>
/// <item>站内信 to the officer handling an item (else to whoever registered it) N working days before its nearest clock
/// (setting Reminders.DaysBeforeDeadline), on the day and once overdue — each once, by a unique key.</item>
/// </list>
/// Intake volumes are a district's (thousands a year), so the open items are read in one pass.
/// </summary>
public sealed class IntakeReminders(IServiceScopeFactory scopes, CalendarService calendars, TimeProvider clock, ILogger<IntakeReminders> log)
    : PeriodicJob(clock, log)
{
    private static readonly LeadStatus[] Finished = [LeadStatus.Closed, LeadStatus.Merged];

    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        // System scope: every unit's items.
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var settings = scope.ServiceProvider.GetRequiredService<SettingsReader>();
        var warning = (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);
        var today = Clock.Today(Time);
        var calendar = await calendars.GetAsync(ct);
        var written = await EndExpiredMediationsAsync(db, calendar, today, warning, ct);
        written += await RefreshDecidedReportsAsync(db, calendar, today, warning, ct);
        written += await RemindAsync(db, calendar.AddWorkingDays(today, warning), today, ct);
        return written;
    }

    private async Task<int> EndExpiredMediationsAsync(ZhibaoDb db, Domain.Calendar.WorkingCalendar calendar, DateOnly today, int warning, CancellationToken ct)
    {
        // 45 working days are at least 45 calendar days: older acceptances are the only candidates.
        var cutoff = today.AddDays(-45);
        var open = await db.Leads.Where(l => l.Kind == LeadKind.Complaint && l.Status == LeadStatus.Accepted && l.MediationOutcome == null
            && l.CaseId == null && l.DecidedOn != null && l.DecidedOn <= cutoff).ToListAsync(ct);
        var ended = 0;
        foreach (var lead in open)
        {
            if (IntakeClocks.MediationExpiresOn(calendar, lead.DecidedOn!.Value, today) is not { } on)
            {
                continue;
            }
            lead.MediationOutcome = MediationOutcome.Expired;
            lead.MediationEndedOn = on;
            lead.MediationNotes = "自投诉受理之日起45个工作日内未能达成调解协议，调解终止";
            lead.UpdatedAt = Time.GetUtcNow().UtcDateTime;
            IntakeService.Refresh(lead, calendar, today, null, warning);
            db.LeadEvents.Add(new LeadEvent
            {
                LeadId = lead.Id, At = Time.GetUtcNow().UtcDateTime, ActorName = "系统", Action = "mediation-expired",
                Title = $"调解期满终止（{on:yyyy-MM-dd}，暂行办法第二十一条），7个工作日内告知投诉人和被投诉人",
            });
            ended++;
        }
        if (ended > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return ended;
    }

    private static async Task<int> RefreshDecidedReportsAsync(ZhibaoDb db, Domain.Calendar.WorkingCalendar calendar, DateOnly today, int warning,
        CancellationToken ct)
    {
        // A converted real-name report waits for its case's 立案 / 不予立案; until then it has no open clock.
        var waiting = await (from l in db.Leads
                             join c in db.Cases on l.CaseId equals c.Id
                             where l.Kind == LeadKind.Report && !l.IsAnonymous && l.ReportedOn == null && l.NextDueOn == null
                                 && !Finished.Contains(l.Status) && (c.FiledOn != null || c.NotFiledOn != null)
                             select new { Lead = l, c.FiledOn, c.NotFiledOn }).ToListAsync(ct);
        foreach (var w in waiting)
        {
            IntakeService.Refresh(w.Lead, calendar, today, IntakeService.FilingDecidedOn(w.Lead, w.FiledOn, w.NotFiledOn), warning);
        }
        if (waiting.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return 0;
    }

    private async Task<int> RemindAsync(ZhibaoDb db, DateOnly window, DateOnly today, CancellationToken ct)
    {
        var kinds = IntakeTerms.Kinds.ToList();
        var due = await db.Leads.AsNoTracking()
            .Where(l => kinds.Contains(l.Kind) && l.NextDueOn != null && l.NextDueOn <= window && l.Status != LeadStatus.Merged)
            .Select(l => new
            {
                l.Id, l.Kind, l.RespondentName, l.NextDueOn, l.NextDueName, l.CreatedById,
                Officer = l.AssignedOfficer == null ? null : l.AssignedOfficer.UserId,
            }).ToListAsync(ct);
        var notices = new List<Notice>();
        foreach (var item in due)
        {
            var dueOn = item.NextDueOn!.Value;
            var userId = item.Officer ?? item.CreatedById;
            if (userId == 0)
            {
                continue;
            }
            var (stage, text) = dueOn < today ? ("overdue", "已逾期") : dueOn == today ? ("today", "今日到期") : ("soon", $"将于{dueOn:yyyy-MM-dd}到期");
            var kind = LeadWorkflow.Name(item.Kind);
            notices.Add(new Notice($"intake:{item.Id}:{item.NextDueName}:{dueOn:yyyyMMdd}:{stage}:{userId}", userId,
                $"{kind}{item.NextDueName}{text}：编号{item.Id}", $"{kind}（编号{item.Id}，{item.RespondentName}）的{item.NextDueName}期限为{dueOn:yyyy-MM-dd}。",
                $"/intake/{item.Id}"));
        }
        return await NoticeWriter.SendAsync(db, notices, Time.GetUtcNow().UtcDateTime, ct);
    }
}
