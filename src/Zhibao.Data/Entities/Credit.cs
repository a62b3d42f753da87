using Zhibao.Domain.Credit;

namespace Zhibao.Data.Entities;

/// <summary>
/// 列入严重违法失信名单 (总局令第44号): one listing decision of one party. Owned by the unit that decided it (the linked case's
/// unit, else the registering user's), so the data scope applies; the party's grade reads every listing regardless.
/// </summary>
public sealed class SeriousViolationListing : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>列入情形: <see cref="SeriousViolationGround"/> names, comma-separated.</summary>
    public required string Grounds { get; set; }
    /// <summary>据以列入的较重行政处罚.</summary>
    public HeavierPenalty HeavierPenalty { get; set; }
    /// <summary>列入决定书文号, unique.</summary>
    public required string DecisionNumber { get; set; }
    /// <summary>事实和理由.</summary>
    public required string Reason { get; set; }
    /// <summary>The penalty case the listing rests on, when it is in the platform.</summary>
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly ListedOn { get; set; }
    /// <summary>列入满三年之日 (with the scheme's period when listed): the listing stops counting then.</summary>
    public DateOnly PlannedRemovalOn { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public RemovalKind? RemovalKind { get; set; }
    public string? RemovalNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public int Version { get; set; }

    public List<JointPunishment> JointPunishments { get; set; } = [];
}

/// <summary>联合惩戒: a measure another body takes against a listed party (outside bodies are external org units).</summary>
public sealed class JointPunishment
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public SeriousViolationListing? Listing { get; set; }
    /// <summary>惩戒措施, e.g. 限制参加政府采购.</summary>
    public required string Measure { get; set; }
    /// <summary>实施单位: an <see cref="OrgUnitKind.External"/> unit.</summary>
    public int ImplementingUnitId { get; set; }
    public OrgUnit? ImplementingUnit { get; set; }
    public DateOnly StartedOn { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
}

public enum RepairDecision
{
    /// <summary>待审核.</summary>
    Pending,
    /// <summary>准予修复.</summary>
    Approved,
    /// <summary>不予修复.</summary>
    Rejected,
}

/// <summary>
/// 信用修复申请 (《市场监督管理信用修复管理办法》): for a penalty record (停止公示, no more weight in the grade) or a listing
/// (提前移出). Owned like the record it repairs.
/// </summary>
public sealed class CreditRepairApplication : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
    public int OrgUnitId { get; set; }
    public RepairTarget Target { get; set; }
    public int? ListingId { get; set; }
    public SeriousViolationListing? Listing { get; set; }
    public int? PenaltyCaseId { get; set; }
    public Case? PenaltyCase { get; set; }
    public DateOnly AppliedOn { get; set; }
    /// <summary>守信承诺书 received.</summary>
    public bool CommitmentSubmitted { get; set; }
    public string? Note { get; set; }
    public RepairDecision Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public int Version { get; set; }
}

/// <summary>The credit scheme an administrator set (one row; none means the shipped default), as JSON.</summary>
public sealed class CreditSchemeSetting : IVersioned
{
    public int Id { get; set; }
    public required string Json { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedByName { get; set; }
    public int Version { get; set; }
}
