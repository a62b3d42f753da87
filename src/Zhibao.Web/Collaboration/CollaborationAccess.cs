using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// Who is acting in the collaboration module (ADR 0012). Staff of the bureau hold <see cref="Permissions.CollaborationView"/>;
/// a partner body's users hold only <see cref="Permissions.CollaborationPartner"/> and act for their own unit, on the items
/// the data scope shares with it. What a user may see is the query filter's business; this class answers what they may do.
/// </summary>
public sealed class CollaborationAccess(CurrentUser user)
{
    /// <summary>The name of the policy every collaboration read (and partner contribution) requires.</summary>
    public const string ReadPolicy = "collaboration.read";

    /// <summary>A partner body's user: sees only what is shared with their unit, never edits the bureau's plans.</summary>
    public bool IsPartner => !user.HasPermission(Permissions.CollaborationView) && user.HasPermission(Permissions.CollaborationPartner);

    public bool CanEdit => user.HasPermission(Permissions.CollaborationEdit);

    public int? UnitId => user.OrgUnitId;

    /// <summary>The unit is in the user's data scope (their unit and below, or every unit).</summary>
    public bool Sees(int unitId) => user.SeesAllUnits || user.VisibleUnitIds.Contains(unitId);

    public bool SeesAllUnits => user.SeesAllUnits;

    public string Actor => user.DisplayName ?? user.UserName ?? "系统";

    /// <summary>The year and unit filters every list and the counts share.</summary>
    public void ValidateYearAndUnit(int? year, int? unitId, FieldErrors errors)
    {
        if (year is < 2000 or > 2100)
        {
            errors.Add("year", "年份须在2000至2100之间");
        }
        if (unitId is { } unit && !Sees(unit))
        {
            errors.Add("unitId", "请选择本人数据权限范围内的单位");
        }
    }
}

/// <summary>Small pieces the collaboration services share.</summary>
internal static class CollaborationText
{
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "";

    public static UnitRef Ref(OrgUnit unit) => new(unit.Id, unit.Name, unit.Kind == OrgUnitKind.External);

    /// <summary>The units with these ids (active or not), by id.</summary>
    public static async Task<Dictionary<int, OrgUnit>> UnitsAsync(ZhibaoDb db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.OrgUnits.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
    }

    /// <summary>Checks a list of participating bodies: every id an active unit, none the excluded one; returns them distinct.</summary>
    public static async Task<List<int>> BodiesAsync(ZhibaoDb db, IReadOnlyList<int>? ids, int? excluded, string field, string excludedMessage,
        FieldErrors errors, CancellationToken ct)
    {
        var bodies = (ids ?? []).Distinct().ToList();
        if (bodies.Count == 0)
        {
            return bodies;
        }
        var known = await db.OrgUnits.AsNoTracking().CountAsync(u => bodies.Contains(u.Id) && u.IsActive, ct);
        if (known != bodies.Count)
        {
            errors.Add(field, "所选单位不存在或已停用");
        }
        else if (excluded is { } e && bodies.Contains(e))
        {
            errors.Add(field, excludedMessage);
        }
        return bodies;
    }

    /// <summary>
    /// 站内信 to the active users of <paramref name="unitId"/> itself (an outside body's liaison, or a unit's staff), once per
    /// key: a new request to its receiver, an answer to its sender, an entrustment to its partner.
    /// </summary>
    public static async Task NotifyUnitAsync(ZhibaoDb db, int unitId, string key, string title, string body, string link, DateTime now, CancellationToken ct)
    {
        var users = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.OrgUnitId == unitId && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
        await Platform.Notices.NoticeWriter.SendAsync(db, users.Select(u => new Platform.Notices.Notice($"{key}:{u}", u, Cut(title, 200), Cut(body, 2000), link)),
            now, ct);
    }

    public static CollaborationFileView File(UploadedFileRecord f, int unitId, string unitName, string url) =>
        new(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, f.Description, unitId, unitName, f.UploadedAt, f.UploadedByName, url);
}
