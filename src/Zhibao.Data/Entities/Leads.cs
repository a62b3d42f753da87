using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;

namespace Zhibao.Data.Entities;

/// <summary>
/// 线索: one entity for every kind of lead (CLARIFICATIONS "Leads (线索) are one entity, owned by intake"): 上级交办,
/// 部门移送, 投诉, 举报, 舆情, and the leads on abnormal patent applications and malicious trademark registrations that
/// the city bureau or CNIPA assign (国家知识产权局令第77号第十一条). It belongs to the unit handling it (data scope);
/// assigning it to an officer moves it to the officer's unit.
/// </summary>
public sealed class Lead : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public LeadKind Kind { get; set; }
    public LeadStatus Status { get; set; }
    /// <summary>
    /// Natural key for idempotent re-import (unique; null when the lead has none): kind, source body and the
    /// application/registration number, or the sender's reference for kinds without one. See <c>LeadKeys</c>.
    /// </summary>
    public string? NaturalKey { get; set; }
    /// <summary>交办单位: an outside body (市知识产权局, 国家知识产权局 …) as an organisation record.</summary>
    public int? SourceUnitId { get; set; }
    public OrgUnit? SourceUnit { get; set; }
    /// <summary>来文文号 / 交办编号.</summary>
    public string? SourceReference { get; set; }
    /// <summary>批次号 of the list the lead came in.</summary>
    public string? BatchReference { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>The sender's deadline as a date…</summary>
    public DateOnly? SenderDeadlineOn { get; set; }
    /// <summary>…or as working days after receipt.</summary>
    public int? SenderDeadlineWorkingDays { get; set; }
    /// <summary>The reply's due date computed from the sender's deadline; kept for the overdue filter.</summary>
    public DateOnly? ReplyDueOn { get; set; }
    /// <summary>违法类型 (dictionary case_subject label).</summary>
    public string? Subject { get; set; }
    public string? Summary { get; set; }
    /// <summary>专利申请号 (normalised, without ZL) or 商标申请号/注册号.</summary>
    public string? ApplicationNumber { get; set; }
    /// <summary>Further numbers named in the lead, free text.</summary>
    public string? OtherNumbers { get; set; }
    /// <summary>发明创造名称 or 商标名称.</summary>
    public string? RightName { get; set; }
    /// <summary>Nice class(es) of a trademark, free text ("25", "25、35").</summary>
    public string? NiceClasses { get; set; }
    /// <summary>申请人 as named in the lead.</summary>
    public string? Applicant { get; set; }
    /// <summary>The applicant in the party registry, when known.</summary>
    public int? ApplicantPartyId { get; set; }
    public Party? ApplicantParty { get; set; }
    /// <summary>代理机构 as named in the lead (free text until the agency registry links it).</summary>
    public string? AgencyName { get; set; }
    /// <summary>街镇 (dictionary area label), so hot spots show on the statistics.</summary>
    public string? Area { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int? AssignedOfficerId { get; set; }
    public Officer? AssignedOfficer { get; set; }
    public DateOnly? AssignedOn { get; set; }
    public DateOnly? CheckedOn { get; set; }
    public LeadResult? Result { get; set; }
    /// <summary>The findings cited by the check, codes of <see cref="LeadCategories"/> ("P1,P5").</summary>
    public string? Categories { get; set; }
    /// <summary>移交: to which body (an organisation record) …</summary>
    public int? TransferredToUnitId { get; set; }
    public OrgUnit? TransferredToUnit { get; set; }
    /// <summary>… or named in words.</summary>
    public string? TransferredTo { get; set; }
    public string? CheckNotes { get; set; }
    public string? CheckedByName { get; set; }
    public DateOnly? ReportedOn { get; set; }
    /// <summary>反馈文号.</summary>
    public string? ReplyNumber { get; set; }
    public string? ReportNotes { get; set; }
    /// <summary>The penalty case the lead was turned into; the case finds its lead through this (unique).</summary>
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly? ConvertedOn { get; set; }

    // 投诉举报与交办线索 (intake, ADR 0011): the fields below stay empty on the abnormal-filing kinds.

    /// <summary>登记渠道: 窗口, 电话, 12315, 来信, 上级交办, 部门移送.</summary>
    public IntakeChannel? Channel { get; set; }
    /// <summary>The instant of receipt (<see cref="ReceivedOn"/> is its China date).</summary>
    public DateTime? ReceivedAt { get; set; }
    /// <summary>涉及客体: trademark, patent, GI, official or special mark, other.</summary>
    public IntakeSubject? IpSubject { get; set; }
    /// <summary>重点领域, dictionary key_sector (label), as on cases.</summary>
    public string? KeySector { get; set; }
    /// <summary>被投诉人 / 被举报人 as named.</summary>
    public string? RespondentName { get; set; }
    /// <summary>The respondent in the party registry, when known.</summary>
    public int? RespondentPartyId { get; set; }
    public Party? RespondentParty { get; set; }
    /// <summary>Comparison keys (IntakeDuplicates.Key) of the respondent and of <see cref="RightName"/>, for duplicate suggestions.</summary>
    public string? RespondentKey { get; set; }
    public string? MarkKey { get; set; }
    /// <summary>匿名: the complainant or reporter gave no name; a real-name reporter is told the filing decision.</summary>
    public bool IsAnonymous { get; set; }
    /// <summary>举报奖励: the reporter applied for a reward.</summary>
    public bool RewardRequested { get; set; }
    /// <summary>The 受理 or 不予受理 decision (<see cref="Status"/> tells which) and its reason.</summary>
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionNotes { get; set; }
    public MediationOutcome? MediationOutcome { get; set; }
    public DateOnly? MediationEndedOn { get; set; }
    public string? MediationNotes { get; set; }
    /// <summary>调解中发现违法线索 (暂行办法第二十三条): the day found.</summary>
    public DateOnly? LeadFoundOn { get; set; }
    /// <summary>The verification period was extended by 15 working days, with the reason.</summary>
    public bool VerificationExtended { get; set; }
    public string? ExtensionReason { get; set; }
    /// <summary>What the item became (<see cref="CaseId"/> links it): a penalty case or a mediation.</summary>
    public IntakeConversion? ConvertedTo { get; set; }
    /// <summary>The item this duplicate was merged into.</summary>
    public int? MergedIntoId { get; set; }
    /// <summary>管辖争议 (暂行办法第三十条): started with whom, and settled (agreed, or escalated to the common superior).</summary>
    public DateOnly? DisputeStartedOn { get; set; }
    public string? DisputeWith { get; set; }
    public DateOnly? DisputeSettledOn { get; set; }
    public bool DisputeEscalated { get; set; }
    public string? DisputeNotes { get; set; }
    /// <summary>办结 (or merged) on this day, with the result.</summary>
    public DateOnly? ClosedOn { get; set; }
    public string? CloseNotes { get; set; }
    /// <summary>The nearest open statutory clock, kept current on every change for the list's colours, filters and reminders.</summary>
    public DateOnly? NextDueOn { get; set; }
    public string? NextDueName { get; set; }
    /// <summary>The complainant or reporter: a separate row, read only where the viewer may see it, never in lists or exports.</summary>
    public LeadInformant? Informant { get; set; }
    public List<LeadAttachment> Attachments { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public int CreatedById { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<LeadEvent> Events { get; set; } = [];
}

/// <summary>处理记录 of a lead: one row per action, never updated or deleted.</summary>
public sealed class LeadEvent
{
    public long Id { get; set; }
    public int LeadId { get; set; }
    public DateTime At { get; set; }
    public int? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string Title { get; set; }
    public string? Comment { get; set; }
}

/// <summary>
/// 投诉人 / 举报人 of an intake item. Kept apart from <see cref="Lead"/> so that lists and exports cannot select it by
/// accident; a reporter's identity shows only to holders of intake.informant.view, and the audit log masks every value.
/// </summary>
public sealed class LeadInformant
{
    public int LeadId { get; set; }
    public Lead? Lead { get; set; }
    public required string Name { get; set; }
    /// <summary>居民身份证号码 or 统一社会信用代码, as given.</summary>
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
}

/// <summary>A material of an intake item (complaint letter, photos, the sender's document); content in <see cref="StoredFile"/>.</summary>
public sealed class LeadAttachment : UploadedFileRecord
{
    public int LeadId { get; set; }
    public Lead? Lead { get; set; }
}
