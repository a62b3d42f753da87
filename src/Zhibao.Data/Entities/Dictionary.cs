namespace Zhibao.Data.Entities;

/// <summary>数据字典类型: a list staff can edit without a release (case sources, sectors, mark categories…).</summary>
public sealed class DictionaryType : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Remark { get; set; }
    public List<DictionaryItem> Items { get; set; } = [];
    public int Version { get; set; }
}

public sealed class DictionaryItem : IVersioned
{
    public int Id { get; set; }
    public int DictionaryTypeId { get; set; }
    public DictionaryType? DictionaryType { get; set; }
    /// <summary>Stable value stored on records.</summary>
    public required string Value { get; set; }
    /// <summary>Chinese label shown to users.</summary>
    public required string Label { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
