using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Jobs;

namespace Zhibao.Web.Registries;

/// <summary>
/// 站内信 to the 知识产权科 users of a bureau once an agency's 信用承诺书 is past its due date and still unsigned: one notice per
/// user per day listing the bureau's overdue agencies, until each has signed (CLARIFICATIONS: commitments have a due date;
/// the registry lists agencies missing one and reminds). The key (bureau, day, user) is unique, so hourly runs, restarts and a
/// second app instance send the day's notice once.
/// </summary>
public sealed class AgencyCommitmentReminders(IServiceScopeFactory scopes, OrgTree tree, TimeProvider clock, ILogger<AgencyCommitmentReminders> log)
    : PeriodicJob(clock, log)
{

    /// <summary>Sends today's notices not sent yet; returns how many were written.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        // System scope: every bureau's agencies and users.
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var today = Clock.Today(Time);
        var overdue = await AgencyRegistry.Filter(db, new AgencyFilter(null, null, CommitmentState.Overdue, true), today)
            .OrderBy(a => a.Name).Select(a => new { a.OrgUnitId, a.Name, Due = a.Commitments.Min(c => c.DueOn) }).ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return 0;
        }
        var heads = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           where r.Name == BuiltInRoles.IpSection && u.IsActive
                           select new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var written = 0;
        foreach (var bureau in overdue.GroupBy(a => a.OrgUnitId))
        {
            var names = bureau.Select(a => $"{a.Name}（应于{a.Due:yyyy-MM-dd}签署）").ToList();
            var body = $"以下代理机构信用承诺书逾期未签署，请督促签署：{string.Join("；", names)}。";
            foreach (var userId in heads.Where(h => tree.BureauId(h.OrgUnitId) == bureau.Key).Select(h => h.Id).Distinct())
            {
                written += await SendAsync(db, new Notification
                {
                    UserId = userId, DedupKey = $"agency-commitment:{bureau.Key}:{today:yyyyMMdd}:{userId}",
                    Title = $"代理机构信用承诺逾期未签署：{names.Count}家", Body = body.Length > 2000 ? body[..1997] + "……" : body,
                    Link = "/registries/agencies?commitment=overdue", CreatedAt = Time.GetUtcNow().UtcDateTime,
                }, ct);
            }
        }
        return written;
    }

    /// <summary>Writes the notice unless its key is taken (checked first; the unique index settles a race with another instance).</summary>
    private static async Task<int> SendAsync(ZhibaoDb db, Notification notice, CancellationToken ct)
    {
        if (await db.Notifications.AnyAsync(n => n.DedupKey == notice.DedupKey, ct))
        {
            return 0;
        }
        db.Notifications.Add(notice);
        try
        {
            await db.SaveChangesAsync(ct);
            return 1;
        }
        catch (DbUpdateException)
        {
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
