using Zhibao.Domain.Cases;

namespace Zhibao.Data.Entities;

public enum CaseKind
{
    /// <summary>行政处罚案件.</summary>
    Penalty,
    /// <summary>专利侵权纠纷行政裁决案件.</summary>
    Adjudication,
    /// <summary>调解 (行政调解、人民调解、行业调解、司法调解).</summary>
    Mediation,
}

/// <summary>
/// The case core shared by every kind of case: number, subject, unit, dates, parties, rights, officers, pauses,
/// approvals, evidence and history. Each kind derives from it (one table, <see cref="Kind"/> as discriminator).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "GLOSSARY.md names 案件 Case; only VB reserves it.")]
public abstract class Case : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public CaseKind Kind { get; set; }
    /// <summary>Assigned at 立案 and never reused (<see cref="CaseNumberCounter"/>).</summary>
    public string? CaseNumber { get; set; }
    public required string Title { get; set; }
    /// <summary>违法类型, dictionary case_subject (label).</summary>
    public required string Subject { get; set; }
    /// <summary>案件来源, dictionary case_source (label).</summary>
    public required string Source { get; set; }
    /// <summary>重点领域, dictionary key_sector (label).</summary>
    public string? KeySector { get; set; }
    public string? Summary { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>The status name of the kind's workflow (e.g. <see cref="PenaltyCaseStatus"/>), stored as text.</summary>
    public required string Status { get; set; }
    /// <summary>A pause (中止, 检测鉴定 …) is running.</summary>
    public bool IsPaused { get; set; }
    /// <summary>The nearest open deadline, kept current on every change so lists can filter and sort by it.</summary>
    public DateOnly? NextDueOn { get; set; }
    public string? NextDueName { get; set; }
    /// <summary>发现线索 / 收到请求 / 收到申请: the day the first clock starts (column LeadReceivedOn).</summary>
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? FiledOn { get; set; }
    public DateOnly? NotFiledOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>疑难案件, escalated to the city bureau (报请市局指导).</summary>
    public bool IsDifficult { get; set; }
    public DateTime CreatedAt { get; set; }
    public int CreatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<CaseParty> Parties { get; set; } = [];
    public List<CaseRight> Rights { get; set; } = [];
    public List<CaseOfficer> Officers { get; set; } = [];
    public List<CasePause> Pauses { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
    public List<CaseApproval> Approvals { get; set; } = [];
    public List<CaseAttachment> Attachments { get; set; } = [];
    public List<CriminalReferral> Referrals { get; set; } = [];
}

/// <summary>行政处罚案件 (商标, 假冒专利, 地理标志, 官方标志, 特殊标志 …).</summary>
public sealed class PenaltyCase : Case
{
    public int VerificationExtensions { get; set; }
    public int DecisionExtensions { get; set; }
    /// <summary>The date set by 负责人集体讨论 when the extended decision period is still not enough (程序规定第六十四条).</summary>
    public DateOnly? CollectiveDecisionDueOn { get; set; }
    public DateOnly? ReviewSubmittedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public bool HearingRightNotified { get; set; }
    public DateOnly? HearingRequestedOn { get; set; }
    public DateOnly? HearingOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DecisionOutcome? Outcome { get; set; }
    public string? DecisionContent { get; set; }
    public decimal? FineAmount { get; set; }
    public decimal? ConfiscatedAmount { get; set; }
    public bool WarningOnly { get; set; }
    public bool PartyAbsentAtDecision { get; set; }
    public DateOnly? ServedOn { get; set; }
    public string? ServiceMethod { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
    public DateOnly? ArchivedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>How long the publication stays (总局令第45号第十三条): 3 months or 3 years.</summary>
    public string? PublicationDuration { get; set; }

    // 法释〔2025〕5号 amounts, recorded as the investigation finds them (行刑衔接).
    public decimal? IllegalBusinessVolume { get; set; }
    public decimal? IllegalIncome { get; set; }
    public decimal? SalesAmount { get; set; }
    public decimal? UnsoldGoodsValue { get; set; }
    public decimal? DirectLoss { get; set; }
    public int? LabelCount { get; set; }
    public int? MarkCount { get; set; }
    public bool RepeatWithinTwoYears { get; set; }
    public bool RepeatWithinFiveYears { get; set; }
    public bool IsServiceMark { get; set; }
}

public enum CasePartyRole
{
    /// <summary>当事人 (the party investigated).</summary>
    Respondent,
    /// <summary>权利人.</summary>
    RightsHolder,
    /// <summary>投诉人 / 举报人.</summary>
    Complainant,
    /// <summary>请求人 / 申请人 of a dispute (adjudication, mediation); the other side is the <see cref="Respondent"/> (被请求人).</summary>
    Requester,
}

public sealed class CaseParty
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
    public CasePartyRole Role { get; set; }
}

public enum RightKind
{
    /// <summary>注册商标.</summary>
    Trademark,
    /// <summary>专利.</summary>
    Patent,
    /// <summary>地理标志.</summary>
    GeographicalIndication,
    /// <summary>官方标志.</summary>
    OfficialMark,
    /// <summary>特殊标志.</summary>
    SpecialMark,
}

/// <summary>涉案权利: a registered trademark (number, class), a patent (ZL number), a GI, an official or special mark.</summary>
public sealed class CaseRight
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public RightKind Kind { get; set; }
    /// <summary>Registration number, patent number (normalised), approval number; null for a GI or official mark.</summary>
    public string? Number { get; set; }
    /// <summary>Nice class of a trademark (1–45).</summary>
    public int? NiceClass { get; set; }
    /// <summary>Mark name, patent title, GI product name.</summary>
    public required string Name { get; set; }
    public string? Holder { get; set; }
    /// <summary>The mark on the 重点保护商标/标志 register this right is, when known (linked at registration by number or name).</summary>
    public int? ProtectedMarkId { get; set; }
}

public sealed class CaseOfficer
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int OfficerId { get; set; }
    public Officer? Officer { get; set; }
    public bool IsLead { get; set; }
}

/// <summary>An excluded interval (计算规则5): from PausedOn up to but not including ResumedOn.</summary>
public sealed class CasePause
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    /// <summary>中止, 听证, 公告, 检测, 检验, 检疫, 鉴定, 权利人辨认或者鉴别 …: a rule's excluded-interval name.</summary>
    public required string Kind { get; set; }
    public required string Reason { get; set; }
    public DateOnly PausedOn { get; set; }
    public DateOnly? ResumedOn { get; set; }
}

/// <summary>流程记录: one row per action or change, never updated or deleted.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public DateTime At { get; set; }
    public int? ActorId { get; set; }
    public required string ActorName { get; set; }
    /// <summary>Action code ("file", "pause", "edit" …).</summary>
    public required string Action { get; set; }
    /// <summary>What happened, in Chinese ("立案（津辰市监知罚〔2023〕12号）").</summary>
    public required string Title { get; set; }
    public string? Comment { get; set; }
    /// <summary>JSON object: field → {"old": …, "new": …}, when fields changed.</summary>
    public string? Changes { get; set; }
}

public enum ApprovalStatus
{
    Pending,
    Approved,
    Returned,
}

/// <summary>审批: an action waiting for (or given) the approval it needs; approving it carries the action out.</summary>
public sealed class CaseApproval : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    /// <summary>Copied from the case, so each approver's to-do list is scoped like the cases.</summary>
    public int OrgUnitId { get; set; }
    public ApprovalKind Kind { get; set; }
    /// <summary>The API name of the action to carry out, and its fields as JSON.</summary>
    public required string Action { get; set; }
    public required string Payload { get; set; }
    /// <summary>The permission an approver must hold.</summary>
    public required string RequiredPermission { get; set; }
    public ApprovalStatus Status { get; set; }
    public int RequestedById { get; set; }
    public required string RequestedByName { get; set; }
    public DateTime RequestedAt { get; set; }
    public string? RequestComment { get; set; }
    public int? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionComment { get; set; }
    public int Version { get; set; }
}

/// <summary>What every uploaded file keeps beside its content (a <see cref="StoredFile"/>): name, type, size, hash, who and when.</summary>
public abstract class UploadedFileRecord
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content, recorded on upload.</summary>
    public required string Sha256 { get; set; }
    public string? Description { get; set; }
    public int StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}

/// <summary>证据与附件. Once the case is filed an attachment is never deleted, only marked deleted with a reason.</summary>
public sealed class CaseAttachment : UploadedFileRecord
{
    public int CaseId { get; set; }
    /// <summary>证据 / 文书 / 其他.</summary>
    public required string Category { get; set; }
    public bool IsDeleted { get; set; }
    public string? DeletedReason { get; set; }
    public string? DeletedByName { get; set; }
    public DateTime? DeletedAt { get; set; }
}

/// <summary>File content, apart from its metadata so lists never load it.</summary>
public sealed class StoredFile
{
    public int Id { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>涉嫌犯罪案件移送 (国务院令第310号): each step's date, so each step's clock can be checked.</summary>
public sealed class CriminalReferral
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string Status { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string? SuspectedOffence { get; set; }
    public int? PoliceUnitId { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? RefusedOn { get; set; }
    public string? RefusalReason { get; set; }
    /// <summary>Instant of the hand-over to the police: the 24-hour rule of art.5 is counted in hours.</summary>
    public DateTime? TransferredAt { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public DateOnly? PoliceDecisionOn { get; set; }
    public DateOnly? ReconsiderationRequestedOn { get; set; }
    public DateOnly? ReconsiderationDecidedOn { get; set; }
    public DateOnly? SupervisionRequestedOn { get; set; }
    public DateOnly? GoodsHandedOverOn { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    /// <summary>A fine already paid is credited against the criminal fine (art.11).</summary>
    public decimal? FineCredited { get; set; }
    public string? Remark { get; set; }
}

/// <summary>The last case number given per bureau, kind and year; a concurrency token keeps two filings from sharing one.</summary>
public sealed class CaseNumberCounter : IVersioned
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public CaseKind Kind { get; set; }
    public int Year { get; set; }
    public int LastSequence { get; set; }
    public int Version { get; set; }
}

/// <summary>站内信: reminders and notices; <see cref="DedupKey"/> is unique so a reminder is sent once, even by two nodes.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public required string DedupKey { get; set; }
}

/// <summary>A replacement official-document template uploaded by an administrator (文书模板).</summary>
public sealed class DocumentTemplate
{
    public int Id { get; set; }
    /// <summary>The document kind's name (Zhibao.Documents.CaseDocumentKind).</summary>
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}
