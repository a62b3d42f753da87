using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Plans;

/// <summary>
/// Who reads and works on which plan. A plan belongs to its bureau (IUnitOwned): a user who sees all units reads every
/// plan; anyone else reads the plans of the units in their data scope and their own bureau's plan — a station carries out
/// its bureau's plan (三(一)), but never sees another district's.
/// </summary>
public sealed class PlanAccess(CurrentUser user, OrgTree tree)
{
    /// <summary>The readable plans; works on a system-scope context too, so callers may load names across units.</summary>
    public IQueryable<Plan> Plans(ZhibaoDb db)
    {
        if (user.SeesAllUnits)
        {
            return db.Plans.IgnoreQueryFilters();
        }
        var bureaus = ReadableBureaus();
        return db.Plans.IgnoreQueryFilters().Where(p => bureaus.Contains(p.OrgUnitId));
    }

    public int[] ReadableBureaus() =>
        user.OrgUnitId is not { } own ? [] : user.VisibleUnitIds.Append(tree.BureauId(own)).Distinct().ToArray();

    public bool SeesAll => user.SeesAllUnits;

    public bool CanEdit => user.HasPermission(Permissions.PlanEdit);

    public bool CanReview => user.HasPermission(Permissions.PlanReview);

    public bool CanAppraise => user.HasPermission(Permissions.PlanAppraise);

    /// <summary>The responsible person, anyone of the responsible unit (or above it in their scope), or a plan editor.</summary>
    public bool CanReport(int responsibleUnitId, int? responsiblePersonId) =>
        CanEdit || (user.HasPermission(Permissions.PlanReport)
            && (responsiblePersonId is { } person && person == user.UserId || user.VisibleUnitIds.Contains(responsibleUnitId)));

    public int? UserId => user.UserId;

    public string Actor => user.DisplayName ?? user.UserName ?? "系统";
}
