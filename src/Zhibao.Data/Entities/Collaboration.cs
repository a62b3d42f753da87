using Zhibao.Domain.Collaboration;

namespace Zhibao.Data.Entities;

/// <summary>
/// 联合执法 / 专项行动 (seed tasks 1, 6, 7): a plan with its period and 牵头单位 (a unit of the bureau, <see cref="OrgUnitId"/>),
/// the bodies taking part, its targets, a task per unit and the results reported. Seen by the lead unit's scope and by every
/// participating unit (a partner body sees the operations it takes part in: ADR 0012).
/// </summary>
public sealed class JointOperation : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public OperationKind Kind { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>牵头单位 on the bureau's side.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string? Description { get; set; }
    /// <summary>Bodies taking part that are not in the organisation records, as written.</summary>
    public string? OtherBodies { get; set; }
    /// <summary>行动总结, the closing text of the summary report.</summary>
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<JointOperationBody> Bodies { get; set; } = [];
    public List<JointOperationTarget> Targets { get; set; } = [];
    public List<JointOperationTask> Tasks { get; set; } = [];
    public List<JointOperationResult> Results { get; set; } = [];
}

/// <summary>参与单位: an outside body (公安, 检察院, 法院, 文化执法 …) or another unit of the bureau.</summary>
public sealed class JointOperationBody
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}

/// <summary>A target: a market, a protected mark, a key sector or an area.</summary>
public sealed class JointOperationTarget
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public OperationTargetKind Kind { get; set; }
    public int? MarketId { get; set; }
    public Market? Market { get; set; }
    public int? ProtectedMarkId { get; set; }
    public ProtectedMark? ProtectedMark { get; set; }
    /// <summary>The sector or area label; for a market or mark, its name when chosen.</summary>
    public required string Label { get; set; }
}

/// <summary>分工: what one unit does in the operation, by when, and how far it is.</summary>
public sealed class JointOperationTask
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public int SortOrder { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    public required string Content { get; set; }
    public DateOnly? DueOn { get; set; }
    public WorkItemStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// 行动成果 reported by a unit on a day: inspections, goods seized, referrals, and the cases opened (linked to the platform's
/// cases through <see cref="JointOperationCase"/>).
/// </summary>
public sealed class JointOperationResult
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    /// <summary>The reporting unit (a participating body or the lead unit).</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly ReportedOn { get; set; }
    /// <summary>检查经营主体（场所）数.</summary>
    public int Inspections { get; set; }
    /// <summary>查扣侵权假冒商品（件）.</summary>
    public int GoodsSeized { get; set; }
    /// <summary>查扣商品货值（元）.</summary>
    public decimal? GoodsValue { get; set; }
    /// <summary>移送（公安机关或其他部门）件数.</summary>
    public int Referrals { get; set; }
    /// <summary>立案数 of a body whose cases are not on the platform (公安 …); the bureau's own cases are linked instead.</summary>
    public int OtherCasesOpened { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }

    public List<JointOperationCase> Cases { get; set; } = [];
}

/// <summary>A case of the platform opened in an operation; a case counts once per operation.</summary>
public sealed class JointOperationCase
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public int ResultId { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
}

/// <summary>
/// A request between bodies: 京津冀协查, 移送, 通报, 报请市局指导, 技术咨询/技术调查, 协助整理案卷. Both sides see it with its
/// status: the data scope lets a user see a request whose sender or receiver is in their scope (ADR 0012).
/// </summary>
public sealed class CollaborationRequest : IVersioned
{
    public int Id { get; set; }
    public RequestKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }
    public int SenderUnitId { get; set; }
    public OrgUnit? SenderUnit { get; set; }
    public int ReceiverUnitId { get; set; }
    public OrgUnit? ReceiverUnit { get; set; }
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    /// <summary>发出日期 (or the day an incoming request was received).</summary>
    public DateOnly SentOn { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>When the deadline was given as working days from <see cref="SentOn"/>.</summary>
    public int? DueWorkingDays { get; set; }
    public string? Reply { get; set; }
    public DateOnly? RepliedOn { get; set; }
    public string? RepliedByName { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<CollaborationRequestFile> Files { get; set; } = [];
}

/// <summary>An attachment of a request or of its reply, with the unit that added it.</summary>
public sealed class CollaborationRequestFile : UploadedFileRecord
{
    public int RequestId { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
}

/// <summary>
/// 委托执法 / 联合办案 with a protection centre (seed task 9): a case (or a task) entrusted to <see cref="PartnerUnitId"/> with
/// its scope and term. The partner's users see it, its case's basic facts, the shared files and the results, and nothing
/// else (ADR 0012); a revoked entrustment disappears for them.
/// </summary>
public sealed class Entrustment : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public EntrustmentKind Kind { get; set; }
    /// <summary>委托单位 (a unit of the bureau).</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int PartnerUnitId { get; set; }
    public OrgUnit? PartnerUnit { get; set; }
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    /// <summary>The task entrusted when no case is.</summary>
    public string? TaskTitle { get; set; }
    /// <summary>委托事项和权限范围.</summary>
    public required string Scope { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public EntrustmentStatus Status { get; set; }
    /// <summary>办理结果, recorded on completion.</summary>
    public string? Outcome { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? RevokedReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<EntrustmentFile> Files { get; set; } = [];
    public List<EntrustmentResult> Results { get; set; } = [];
}

/// <summary>Material shared in an entrustment, by either side.</summary>
public sealed class EntrustmentFile : UploadedFileRecord
{
    public int EntrustmentId { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
}

/// <summary>A result reported in an entrustment (检查情况, 技术调查意见, 办理进展 …) by the partner or the bureau.</summary>
public sealed class EntrustmentResult
{
    public int Id { get; set; }
    public int EntrustmentId { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
}

/// <summary>协调会 (seed task 1: 常态化协作机制): the bodies present, what was decided and who follows up by when.</summary>
public sealed class CoordinationMeeting : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    /// <summary>召集单位.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string? OtherBodies { get; set; }
    /// <summary>议定事项, one per line.</summary>
    public required string Decisions { get; set; }
    /// <summary>The operation the meeting coordinated, when there is one.</summary>
    public int? OperationId { get; set; }
    public JointOperation? Operation { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<CoordinationMeetingBody> Bodies { get; set; } = [];
    public List<MeetingFollowUp> FollowUps { get; set; } = [];
}

public sealed class CoordinationMeetingBody
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}

/// <summary>A follow-up task of a meeting with its owner and deadline.</summary>
public sealed class MeetingFollowUp
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int SortOrder { get; set; }
    public required string Content { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    /// <summary>责任人.</summary>
    public string? OwnerName { get; set; }
    public DateOnly? DueOn { get; set; }
    public WorkItemStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
}
