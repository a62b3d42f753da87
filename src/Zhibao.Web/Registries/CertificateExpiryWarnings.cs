using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Jobs;
using Zhibao.Web.Platform.Notices;

namespace Zhibao.Web.Registries;

/// <summary>
/// 执法证到期预警: once a day, 站内信 to the 知识产权科 of the officer's bureau (and to the officer, when they have an account)
/// for every active officer whose certificate ends within the warning window (setting Officers.CertificateExpiryWarningDays,
/// 60 days), and once more when it has expired. Each warning is sent once per certificate (its number and end date are in
/// the key): a renewed certificate warns again when its own end comes near, a restart or a second node never repeats one.
/// An expired certificate bars the officer from cases and from the "具备知识产权执法资格人数" indicator.
/// </summary>
public sealed class CertificateExpiryWarnings(IServiceScopeFactory scopes, OrgTree tree, TimeProvider clock, ILogger<CertificateExpiryWarnings> log)
    : PeriodicJob(clock, log)
{
    public override TimeSpan Interval => TimeSpan.FromDays(1);

    /// <summary>Sends the warnings due today; returns how many 站内信 were written.</summary>
    public override async Task<int> RunAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        // System scope: every unit's officers.
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var days = await OfficerRegistry.NumberSettingAsync(db, OfficerRegistry.WarningDaysSetting, OfficerRegistry.DefaultWarningDays, ct);
        var today = Clock.Today(Time);
        var until = today.AddDays(days);
        // Expired ones are reported once, for as long after the end as the window is before it (not years-old certificates).
        var since = today.AddDays(-days);
        var officers = await db.Officers.AsNoTracking()
            .Where(o => o.IsActive && o.CertificateNumber != null && o.CertificateValidTo != null && o.CertificateValidTo <= until && o.CertificateValidTo >= since)
            .Select(o => new { o.Id, o.Name, o.OrgUnitId, Unit = o.OrgUnit!.Name, o.UserId, o.CertificateNumber, ValidTo = o.CertificateValidTo!.Value })
            .ToListAsync(ct);
        if (officers.Count == 0)
        {
            return 0;
        }
        var heads = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           where r.Name == BuiltInRoles.IpSection && u.IsActive
                           select new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var notices = new List<Notice>();
        foreach (var o in officers)
        {
            var bureau = tree.BureauId(o.OrgUnitId);
            var users = heads.Where(h => tree.BureauId(h.OrgUnitId) == bureau).Select(h => h.Id).ToList();
            if (o.UserId is { } own)
            {
                users.Add(own);
            }
            var left = o.ValidTo.DayNumber - today.DayNumber;
            var (stage, title, body) = left >= 0
                ? ("soon", $"执法证即将到期：{o.Name}",
                    $"{o.Unit}{o.Name}的执法证（{o.CertificateNumber}）将于{o.ValidTo:yyyy-MM-dd}到期（{(left == 0 ? "今日到期" : $"剩{left}日")}）。到期后不能承办案件，也不再计入具备知识产权执法资格人数，请及时办理换证并更新名录。")
                : ("expired", $"执法证已过期：{o.Name}",
                    $"{o.Unit}{o.Name}的执法证（{o.CertificateNumber}）已于{o.ValidTo:yyyy-MM-dd}到期，不能再承办案件，已不计入具备知识产权执法资格人数。换证后请更新名录。");
            notices.AddRange(users.Distinct().Select(userId => new Notice(
                $"certificate:{o.Id}:{o.CertificateNumber}:{o.ValidTo:yyyyMMdd}:{stage}:{userId}", userId, title, body, "/registries/officers")));
        }
        return await NoticeWriter.SendAsync(db, notices, Time.GetUtcNow().UtcDateTime, ct);
    }
}
