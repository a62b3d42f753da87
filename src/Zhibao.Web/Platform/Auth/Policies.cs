using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Auth;

/// <summary>Policy names: "perm:&lt;code&gt;" requires that permission claim; built on demand, so modules only add codes.</summary>
public static class Policies
{
    public const string PermissionPrefix = "perm:";

    public static string Permission(string code) => PermissionPrefix + code;

    /// <summary>Requires a signed-in user holding <paramref name="code"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string code) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Permission(code));
}

internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Policies.PermissionPrefix, StringComparison.Ordinal))
        {
            var code = policyName[Policies.PermissionPrefix.Length..];
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(Permissions.ClaimType, code)
                .Build();
        }
        return await base.GetPolicyAsync(policyName);
    }
}
