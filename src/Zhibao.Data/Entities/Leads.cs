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
