using Microsoft.EntityFrameworkCore;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Auth;

/// <summary>
/// The organisation tree held in memory for data-scope checks, which run on every query.
/// Reloaded after an edit here and at most a minute after an edit on another app instance.
/// </summary>
public sealed class OrgTree(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private (int Id, string Path)[] units = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public IReadOnlyCollection<int> UnitAndBelow(int unitId)
    {
        var snapshot = Current();
        var path = snapshot.FirstOrDefault(u => u.Id == unitId).Path;
        return path is null ? [unitId] : snapshot.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Id).ToArray();
    }

    public void Invalidate()
    {
        lock (gate)
        {
            loadedAt = DateTimeOffset.MinValue;
        }
    }

    private (int Id, string Path)[] Current()
    {
        lock (gate)
        {
            if (clock.GetUtcNow() - loadedAt < MaxAge)
            {
                return units;
            }
        }
        using var scope = scopes.CreateScope();
        // The system scope: the tree itself is not unit-owned, and this must not recurse into CurrentUser.
        using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var loaded = db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path }).AsEnumerable().Select(u => (u.Id, u.Path)).ToArray();
        lock (gate)
        {
            units = loaded;
            loadedAt = clock.GetUtcNow();
            return units;
        }
    }
}
