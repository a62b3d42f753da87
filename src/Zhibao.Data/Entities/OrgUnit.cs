namespace Zhibao.Data.Entities;

public enum OrgUnitKind
{
    /// <summary>市场监督管理局 (区局/市局).</summary>
    Bureau,
    /// <summary>科室, e.g. 知识产权科, 法制审核科.</summary>
    Section,
    /// <summary>执法大队.</summary>
    Brigade,
    /// <summary>市场监督管理所.</summary>
    Station,
    /// <summary>外部单位: 公安, 检察院, 法院, 保护中心, 兄弟局, 协调机构 (CLARIFICATIONS: outside bodies are records).</summary>
    External,
}

/// <summary>组织机构: one tree holding the bureau, its sections and stations, and outside bodies.</summary>
public sealed class OrgUnit : IVersioned
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public required string Name { get; set; }
    /// <summary>Short unique code, e.g. BC-ZSCQ.</summary>
    public required string Code { get; set; }
    public OrgUnitKind Kind { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Materialised path of ids, "/1/4/": "this unit and below" is a prefix match.</summary>
    public string Path { get; set; } = "/";
    public string? Contact { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
