using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Auth;

public static class ZhibaoClaimTypes
{
    public const string OrgUnitId = "zhibao:unit";
    public const string DataScope = "zhibao:datascope";
    public const string DisplayName = "zhibao:name";
}

/// <summary>Adds the unit, the widest data scope of the user's roles and the display name to the sign-in.</summary>
internal sealed class ZhibaoClaimsFactory(
    UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roleNames = await UserManager.GetRolesAsync(user);
        var scopes = await RoleManager.Roles.Where(r => roleNames.Contains(r.Name!)).Select(r => r.DataScope).ToListAsync();
        // Lower enum value = wider scope (All < UnitAndBelow < UnitOnly).
        var widest = scopes.Count == 0 ? DataScopeKind.UnitOnly : scopes.Min();
        identity.AddClaim(new Claim(ZhibaoClaimTypes.OrgUnitId, user.OrgUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ZhibaoClaimTypes.DataScope, widest.ToString()));
        identity.AddClaim(new Claim(ZhibaoClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
