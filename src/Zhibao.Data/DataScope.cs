namespace Zhibao.Data;

/// <summary>
/// Who is acting and which units' records they may see. The DbContext applies it as a global query
/// filter to every <see cref="Entities.IUnitOwned"/> entity, so no query can forget it.
/// </summary>
public interface IDataScope
{
    /// <summary>True for administrators, leaders and background jobs: no unit filter.</summary>
    bool SeesAllUnits { get; }

    /// <summary>Units whose records are visible when <see cref="SeesAllUnits"/> is false.</summary>
    IReadOnlyCollection<int> VisibleUnitIds { get; }

    int? UserId { get; }
    string? UserName { get; }
    int? OrgUnitId { get; }
}

/// <summary>The scope of the system itself: seeding, migrations, background jobs.</summary>
public sealed class SystemDataScope : IDataScope
{
    public static readonly SystemDataScope Instance = new();

    public bool SeesAllUnits => true;
    public IReadOnlyCollection<int> VisibleUnitIds => [];
    public int? UserId => null;
    public string? UserName => "系统";
    public int? OrgUnitId => null;
}
