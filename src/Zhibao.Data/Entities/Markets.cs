using Zhibao.Domain.Markets;

namespace Zhibao.Data.Entities;

/// <summary>
/// 商业场所 (规范化市场培育, seed task 8): a commodity market, business district, mall or e-commerce platform with its
/// three systems — 知识产权准入承诺, 先行赔偿, 假冒离场 — and its inspections. It belongs to the supervising unit
/// (usually the station of its area), which scopes who sees it.
/// </summary>
public sealed class Market : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    /// <summary>Unique: the natural key for re-import.</summary>
    public required string Name { get; set; }
    public MarketKind Kind { get; set; }
    /// <summary>开办者/运营者 from the party registry, when there …</summary>
    public int? OperatorPartyId { get; set; }
    public Party? OperatorParty { get; set; }
    /// <summary>… or as named (taken from the party when linked).</summary>
    public string? OperatorName { get; set; }
    public string? OperatorUscc { get; set; }
    public string? Address { get; set; }
    /// <summary>街镇 (dictionary area label).</summary>
    public string? Area { get; set; }
    /// <summary>摊位数 (shops, for a platform).</summary>
    public int StallCount { get; set; }
    public string? Contact { get; set; }
    public string? Phone { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>知识产权准入承诺 and the number of stall holders who signed it.</summary>
    public MarketSystemStatus EntryCommitmentStatus { get; set; }
    public int CommitmentCount { get; set; }
    /// <summary>先行赔偿 and its fund (元).</summary>
    public MarketSystemStatus AdvanceCompensationStatus { get; set; }
    public decimal? CompensationFund { get; set; }
    /// <summary>假冒离场.</summary>
    public MarketSystemStatus CounterfeitExitStatus { get; set; }
    public string? Remark { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<MarketInspection> Inspections { get; set; } = [];
    public List<MarketCompensationClaim> CompensationClaims { get; set; } = [];
    public List<MarketRemoval> Removals { get; set; } = [];
}

/// <summary>检查: a visit to the market and its result.</summary>
public sealed class MarketInspection
{
    public int Id { get; set; }
    public int MarketId { get; set; }
    public DateOnly InspectedOn { get; set; }
    public InspectionResult Result { get; set; }
    public string? Inspectors { get; set; }
    public string? Findings { get; set; }
    /// <summary>整改完成日期 of a 限期整改 result.</summary>
    public DateOnly? RectifiedOn { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>先行赔偿: a claim the market paid out of its fund.</summary>
public sealed class MarketCompensationClaim
{
    public int Id { get; set; }
    public int MarketId { get; set; }
    public DateOnly PaidOn { get; set; }
    public decimal Amount { get; set; }
    public string? Claimant { get; set; }
    public string? Description { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>假冒离场: a stall holder removed from the market for selling counterfeits.</summary>
public sealed class MarketRemoval
{
    public int Id { get; set; }
    public int MarketId { get; set; }
    public DateOnly RemovedOn { get; set; }
    public required string StallHolder { get; set; }
    public string? StallNumber { get; set; }
    public string? Reason { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAt { get; set; }
}
