namespace Zhibao.Data.Entities;

/// <summary>A record that belongs to an organisation unit; data scope (数据权限) filters on it.</summary>
public interface IUnitOwned
{
    int OrgUnitId { get; }
}

/// <summary>An editable row with optimistic concurrency: a stale save is refused, never silently applied.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
