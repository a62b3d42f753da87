using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Excel;

/// <summary>
/// Organisation units a unit column may name, by name and by code (a name two units share must be given as the code), with
/// the reason a unit found is refused. Loaded once per pass in a definition's <c>PrepareAsync</c>.
/// </summary>
public sealed class ImportUnits
{
    private readonly Dictionary<string, (OrgUnit? Unit, string? Problem)> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, OrgUnit> byId = [];
    private readonly HashSet<int> allowed = [];

    public static ImportUnits Empty { get; } = new();

    /// <summary>
    /// Units of the importer's data scope that records of the bureau belong to: not outside bodies (<paramref name="external"/>
    /// gives the message for one, from its name), not disabled.
    /// </summary>
    public static Task<ImportUnits> InScopeAsync(ZhibaoDb db, ImportContext context, Func<string, string> external, CancellationToken ct) =>
        LoadAsync(db, context.Sees, unit => unit.Kind == OrgUnitKind.External ? external(unit.Name) : !unit.IsActive ? $"“{unit.Name}”已停用" : null, ct);

    /// <summary>Outside bodies (组织机构中的外部单位) that are in use.</summary>
    public static Task<ImportUnits> ExternalAsync(ZhibaoDb db, CancellationToken ct) =>
        LoadAsync(db, _ => true, unit => unit.Kind != OrgUnitKind.External ? $"“{unit.Name}”不是外部单位" : !unit.IsActive ? $"“{unit.Name}”已停用" : null, ct);

    private static async Task<ImportUnits> LoadAsync(ZhibaoDb db, Func<int, bool> visible, Func<OrgUnit, string?> refuse, CancellationToken ct)
    {
        var lookup = new ImportUnits();
        var all = await db.OrgUnits.AsNoTracking().ToListAsync(ct);
        foreach (var unit in all)
        {
            lookup.byId[unit.Id] = unit;
        }
        lookup.allowed.UnionWith(all.Where(u => visible(u.Id) && refuse(u) is null).Select(u => u.Id));
        foreach (var group in all.Where(u => visible(u.Id)).SelectMany(u => new[] { (Key: u.Name, Unit: u), (Key: u.Code, Unit: u) }).GroupBy(x => x.Key))
        {
            var candidates = group.Select(x => x.Unit).DistinctBy(u => u.Id).ToList();
            lookup.byKey[group.Key] = candidates.Count > 1 ? (null, $"单位名称“{group.Key}”不唯一，请改填单位编码") : (candidates[0], refuse(candidates[0]));
        }
        return lookup;
    }

    /// <summary>The unit <paramref name="text"/> names, or a Chinese message (<paramref name="notFound"/> when no unit has that name or code).</summary>
    public string? Find(string text, string notFound, out OrgUnit unit)
    {
        unit = null!;
        if (!byKey.TryGetValue(text, out var found))
        {
            return notFound;
        }
        if (found.Problem is { } problem)
        {
            return problem;
        }
        unit = found.Unit!;
        return null;
    }

    /// <summary>Whether a record may belong to the unit (e.g. the importer's own, the default of a unit column left blank).</summary>
    public bool Allows(int? id) => id is { } unit && allowed.Contains(unit);

    /// <summary>Any unit's name by id (also those out of scope), for messages.</summary>
    public string NameOf(int id) => byId.TryGetValue(id, out var unit) ? unit.Name : $"单位{id}";
}

/// <summary>Dictionary lookups for import columns.</summary>
public static class ImportDictionaries
{
    /// <summary>The active labels of a dictionary type (e.g. "area" 街镇).</summary>
    public static async Task<HashSet<string>> LabelsAsync(ZhibaoDb db, string type, CancellationToken ct) =>
        (await db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == type && i.IsActive).Select(i => i.Label).ToListAsync(ct))
        .ToHashSet(StringComparer.Ordinal);
}

/// <summary>Who records what an import writes (e.g. a lead's 处理记录, a commitment's 登记人).</summary>
public static class ImportActor
{
    /// <summary>The importer's display name, as the forms record it (user name or 系统 when there is none).</summary>
    public static async Task<string> NameAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        var id = context.Scope.UserId;
        var name = id is null ? null
            : await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return name ?? context.Scope.UserName ?? "系统";
    }
}
