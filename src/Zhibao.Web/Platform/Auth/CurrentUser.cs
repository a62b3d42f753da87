using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Auth;

/// <summary>
/// The signed-in user of this request or Blazor circuit. HTTP requests set it in middleware; circuits
/// have no HttpContext, so a circuit handler sets it from the authentication state (the pattern of the
/// ASP.NET Core docs, "circuit handler to capture users for custom services").
/// </summary>
public sealed class CurrentUser(OrgTree tree) : IDataScope
{
    private ClaimsPrincipal principal = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal => principal;

    public void Set(ClaimsPrincipal user) => principal = user;

    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    public int? UserId => int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => principal.Identity?.Name;

    public string? DisplayName => principal.FindFirstValue(ZhibaoClaimTypes.DisplayName);

    public int? OrgUnitId => int.TryParse(principal.FindFirstValue(ZhibaoClaimTypes.OrgUnitId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public DataScopeKind DataScope =>
        Enum.TryParse<DataScopeKind>(principal.FindFirstValue(ZhibaoClaimTypes.DataScope), out var scope) ? scope : DataScopeKind.UnitOnly;

    public bool HasPermission(string code) => principal.HasClaim(Permissions.ClaimType, code);

    public bool SeesAllUnits => IsAuthenticated && DataScope == DataScopeKind.All;

    /// <summary>An anonymous caller sees no unit's records.</summary>
    public IReadOnlyCollection<int> VisibleUnitIds => OrgUnitId is not { } unit
        ? []
        : DataScope == DataScopeKind.UnitOnly ? [unit] : tree.UnitAndBelow(unit);
}

internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser user) : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        user.Set((await authentication.GetAuthenticationStateAsync()).User);
    }

    private void OnChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t => user.Set(t.Result.User), TaskScheduler.Default);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}

internal static class CurrentUserMiddleware
{
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Set(context.User);
            return next(context);
        });
}

/// <summary>
/// For Identity's stores: they must find any user by name to sign them in, so no unit filter, while
/// the audit log still names the acting user. Unit rules for user management live in its handlers.
/// </summary>
internal sealed class UnfilteredActorScope(CurrentUser actor) : IDataScope
{
    public bool SeesAllUnits => true;
    public IReadOnlyCollection<int> VisibleUnitIds => [];
    public int? UserId => actor.UserId;
    public string? UserName => actor.IsAuthenticated ? actor.UserName : "系统";
    public int? OrgUnitId => actor.OrgUnitId;
}
