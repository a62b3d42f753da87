using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>The deadline reminders over more cases than one chunk of keys holds: batched, yet each notice exactly once.</summary>
public abstract class DeadlineReminderBatchTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private const int CaseCount = 1200;

    [Fact]
    public async Task Many_due_cases_get_one_notice_per_officer_across_chunks_and_an_existing_notice_is_kept()
    {
        Assert.True(CaseCount * 2 > DeadlineReminders.KeyChunkSize, "the test must need several chunks of keys");
        var reminders = App.Services.GetRequiredService<DeadlineReminders>();
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var officers = await CaseTestData.WithDbAsync(App, db => db.Officers
            .Where(o => o.User!.UserName == "zhifa1" || o.User!.UserName == "zhifa2")
            .Select(o => new { o.Id, UserId = o.UserId!.Value, o.OrgUnitId })
            .ToListAsync());
        Assert.Equal(2, officers.Count);

        // 1,200 penalty cases due today, each with both officers, written straight to the database.
        var ids = await CaseTestData.WithDbAsync(App, async db =>
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            var cases = Enumerable.Range(1, CaseCount).Select(i => new PenaltyCase
            {
                Title = $"批量提醒测试案{i}", Subject = "商标侵权", Source = "投诉", Status = nameof(PenaltyCaseStatus.Investigating),
                OrgUnitId = officers[0].OrgUnitId, ReceivedOn = today.AddDays(-10), FiledOn = today.AddDays(-9),
                NextDueOn = today, NextDueName = "办结", CreatedAt = now, UpdatedAt = now, CreatedById = officers[0].UserId,
                Officers = officers.Select((o, n) => new CaseOfficer { OfficerId = o.Id, IsLead = n == 0 }).ToList(),
            }).ToList();
            db.PenaltyCases.AddRange(cases);
            await db.SaveChangesAsync();
            return cases.Select(c => c.Id).ToList();
        });

        // One notice is already there (sent by another instance, say): it must be neither duplicated nor replaced.
        var taken = $"case:{ids[0]}:办结:{today:yyyyMMdd}:today:{officers[0].UserId}";
        await CaseTestData.WithDbAsync(App, db =>
        {
            db.Notifications.Add(new Notification
            {
                UserId = officers[0].UserId, DedupKey = taken, Title = "已由另一实例发送", Link = $"/cases/{ids[0]}",
                CreatedAt = App.Clock.GetUtcNow().UtcDateTime,
            });
            return db.SaveChangesAsync();
        });

        // Two runs at once, as two app instances would: the unique key and the per-notice fallback keep each notice single.
        var runs = await Task.WhenAll(reminders.RunAsync(CancellationToken.None), reminders.RunAsync(CancellationToken.None));
        Assert.True(runs.Sum() >= 1, "the runs wrote nothing");

        var links = ids.Select(id => $"/cases/{id}").ToHashSet();
        var notices = (await CaseTestData.WithDbAsync(App, db => db.Notifications.AsNoTracking()
                .Select(n => new { n.DedupKey, n.UserId, n.Link, n.Title }).ToListAsync()))
            .Where(n => links.Contains(n.Link!))
            .ToList();
        Assert.Equal(CaseCount * officers.Count, notices.Count);
        Assert.All(notices.GroupBy(n => (n.Link, n.UserId)), g => Assert.Single(g));
        Assert.Equal(officers.Select(o => o.UserId).Order(), notices.Select(n => n.UserId).Distinct().Order());
        Assert.Equal("已由另一实例发送", Assert.Single(notices, n => n.DedupKey == taken).Title);
        Assert.All(notices.Where(n => n.DedupKey != taken), n => Assert.StartsWith("办结今日到期：批量提醒测试案", n.Title));

        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
    }
}

public sealed class DeadlineReminderBatchTests_Sqlite(SqliteApp app) : DeadlineReminderBatchTests<SqliteApp>(app);

public sealed class DeadlineReminderBatchTests_Postgres(PostgresApp app) : DeadlineReminderBatchTests<PostgresApp>(app);
