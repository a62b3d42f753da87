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
    private Unit[] units = [];

    private sealed record Unit(int Id, string Path, string Name, Zhibao.Data.Entities.OrgUnitKind Kind);
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public IReadOnlyCollection<int> UnitAndBelow(int unitId)
    {
        var snapshot = Current();
        var path = snapshot.FirstOrDefault(u => u.Id == unitId)?.Path;
        return path is null ? [unitId] : snapshot.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Id).ToArray();
    }

    /// <summary>The name of the bureau a unit belongs to (the nearest bureau above it), shown in the header.</summary>
    public string? BureauName(int unitId)
    {
        var snapshot = Current();
        var path = snapshot.FirstOrDefault(u => u.Id == unitId)?.Path;
        return path is null
            ? null
            : snapshot.Where(u => u.Kind == Zhibao.Data.Entities.OrgUnitKind.Bureau && path.StartsWith(u.Path, StringComparison.Ordinal))
                .MaxBy(u => u.Path.Length)?.Name ?? snapshot.First(u => u.Id == unitId).Name;
    }

    /// <summary>The nearest bureau at or above a unit: case numbers run per bureau, so a city's districts never share one.</summary>
    public int BureauId(int unitId)
    {
        var snapshot = Current();
        var path = snapshot.FirstOrDefault(u => u.Id == unitId)?.Path;
        return path is null
            ? unitId
            : snapshot.Where(u => u.Kind == Zhibao.Data.Entities.OrgUnitKind.Bureau && path.StartsWith(u.Path, StringComparison.Ordinal))
                .MaxBy(u => u.Path.Length)?.Id ?? unitId;
    }

    public void Invalidate()
    {
        lock (gate)
        {
            loadedAt = DateTimeOffset.MinValue;
        }
    }

    private Unit[] Current()
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
        var loaded = db.OrgUnits.AsNoTracking().Select(u => new Unit(u.Id, u.Path, u.Name, u.Kind)).ToArray();
        lock (gate)
        {
            units = loaded;
            loadedAt = clock.GetUtcNow();
            return units;
        }
    }
}
