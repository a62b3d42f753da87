namespace Zhibao.Data.Entities;

/// <summary>系统设置: a typed value an administrator may change at run time (lockout, upload limits…).</summary>
public sealed class SystemSetting : IVersioned
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public SettingValueType ValueType { get; set; }
    public int Version { get; set; }
}

public enum SettingValueType
{
    Text,
    Number,
    Boolean,
}
