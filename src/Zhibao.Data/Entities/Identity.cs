using Microsoft.AspNetCore.Identity;

namespace Zhibao.Data.Entities;

public sealed class User : IdentityUser<int>, IUnitOwned, IVersioned
{
    public required string DisplayName { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>How far a role sees beyond its holder's unit (RuoYi 数据权限).</summary>
public enum DataScopeKind
{
    /// <summary>全部数据.</summary>
    All = 1,
    /// <summary>本单位及以下.</summary>
    UnitAndBelow = 2,
    /// <summary>仅本单位.</summary>
    UnitOnly = 3,
}

public sealed class Role : IdentityRole<int>, IVersioned
{
    public string? Description { get; set; }
    public DataScopeKind DataScope { get; set; } = DataScopeKind.UnitAndBelow;
    /// <summary>Built-in roles cannot be deleted or renamed: code and seed data refer to them.</summary>
    public bool IsBuiltIn { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
