using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Web.Cases;

/// <summary>POST /api/penalty-cases: a lead registered for verification (线索登记).</summary>
public sealed record PenaltyCaseInput(
    [property: Required(ErrorMessage = "请输入案件名称"), StringLength(200, ErrorMessage = "案件名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请选择违法类型")] string? Subject,
    [property: Required(ErrorMessage = "请选择案件来源")] string? Source,
    [property: Required(ErrorMessage = "请输入发现线索或收到材料的日期")] DateOnly? LeadReceivedOn,
    int? UnitId,
    string? KeySector,
    [property: StringLength(4000, ErrorMessage = "案情摘要不超过4000个字符")] string? Summary,
    IReadOnlyList<CasePartyInput>? Parties,
    IReadOnlyList<CaseRightInput>? Rights,
    IReadOnlyList<int>? OfficerIds);

public sealed record CasePartyInput(int PartyId, CasePartyRole Role = CasePartyRole.Respondent);

/// <param name="ProtectedMarkId">The mark on the 重点保护商标/标志 register this right is; when absent, a mark with the same registration number (or name) is linked.</param>
public sealed record CaseRightInput(RightKind Kind, string? Number, int? NiceClass, string? Name, string? Holder, int? ProtectedMarkId = null);

/// <summary>PUT /api/cases/{id}: the fields of 基本信息 that stay editable.</summary>
public sealed record CaseEditInput(
    [property: Required(ErrorMessage = "请输入案件名称"), StringLength(200, ErrorMessage = "案件名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请选择违法类型")] string? Subject,
    [property: Required(ErrorMessage = "请选择案件来源")] string? Source,
    string? KeySector,
    [property: StringLength(4000, ErrorMessage = "案情摘要不超过4000个字符")] string? Summary,
    int Version);

/// <summary>
/// The fields of POST /api/cases/{id}/actions/{action}; each action reads its own (file: filedOn, officerIds; pause:
/// kind, reason, pausedOn; resume: resumedOn; extend: reason, newDueOn; decide: decidedOn, outcome, fineAmount …).
/// An omitted date means today. <see cref="Version"/>, when given, must match the case (409 otherwise).
/// </summary>
public sealed record CaseActionInput
{
    public DateOnly? FiledOn { get; init; }
    public IReadOnlyList<int>? OfficerIds { get; init; }
    public DateOnly? NotFiledOn { get; init; }
    public string? Kind { get; init; }
    public string? Reason { get; init; }
    public DateOnly? PausedOn { get; init; }
    public DateOnly? ResumedOn { get; init; }
    public DateOnly? NewDueOn { get; init; }
    public DateOnly? ReviewedOn { get; init; }
    public DateOnly? NotifiedOn { get; init; }
    public decimal? ProposedFine { get; init; }
    public bool? HearingRight { get; init; }
    public DateOnly? RequestedOn { get; init; }
    public DateOnly? HearingOn { get; init; }
    public DateOnly? EndedOn { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public DecisionOutcome? Outcome { get; init; }
    public decimal? FineAmount { get; init; }
    public decimal? ConfiscatedAmount { get; init; }
    public bool? WarningOnly { get; init; }
    public string? Content { get; init; }
    public bool? PartyAbsent { get; init; }
    /// <summary>The party has already made its statement or waived it, so the decision need not wait for the period's end.</summary>
    public bool? StatementReceived { get; init; }
    public DateOnly? ServedOn { get; init; }
    public string? Method { get; init; }
    public DateOnly? PaidOn { get; init; }
    public decimal? Amount { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? ExecutionNote { get; init; }
    public DateOnly? ArchivedOn { get; init; }
    public string? Comment { get; init; }
    public int? Version { get; init; }

    // Adjudication (专利侵权纠纷行政裁决) and mediation actions.
    /// <summary>补正通知: what to supply; and its time limit.</summary>
    public string? Items { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? NoticeOn { get; init; }
    public DateOnly? CorrectedOn { get; init; }
    /// <summary>立案: the art.12 acceptance conditions found met (standing, respondent, claims, jurisdiction, noOtherProceedings).</summary>
    public IReadOnlyList<string>? Conditions { get; init; }
    /// <summary>The art.14 materials received (codes of AdjudicationRules.Materials).</summary>
    public IReadOnlyList<string>? Materials { get; init; }
    /// <summary>The next-higher office's approval of the second extension (art.37).</summary>
    public string? ApprovalNumber { get; init; }
    public DateOnly? ReceivedOn { get; init; }
    public DateOnly? HeldOn { get; init; }
    public bool? RequesterAppeared { get; init; }
    public bool? RespondentAppeared { get; init; }
    public AdjudicationClosure? Closure { get; init; }
    public bool? InfringementFound { get; init; }
    /// <summary>撤销案件 ground (art.36) or the reason a mediation failed.</summary>
    public string? Ground { get; init; }
    public bool? RepeatInfringer { get; init; }
    public bool? WilfulInfringement { get; init; }
    public DateOnly? LawsuitOn { get; init; }
    public DateOnly? AppliedOn { get; init; }
    public string? Court { get; init; }
    public int? CourtId { get; init; }
    public DateOnly? SentOn { get; init; }
    public DateOnly? RepliedOn { get; init; }
    public bool? Agreed { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public bool? HasPaymentTerms { get; init; }
    public DateOnly? AcceptedOn { get; init; }
    public DateOnly? RuledOn { get; init; }
    public bool? Confirmed { get; init; }
    public string? RulingNumber { get; init; }
    public DateOnly? NotarisedOn { get; init; }
    public string? Place { get; init; }
    public string? Participants { get; init; }
}

public sealed record ApprovalDecisionInput(string? Comment, int? Version);

/// <summary>?kind=penalty&amp;status=Lead&amp;deadlineStatus=overdue … (enum values in any letter case).</summary>
public sealed record CaseListQuery(
    string? Kind, string? Status, string? Subject, string? Source, string? KeySector, int? UnitId, int? OfficerId,
    string? Search, DateOnly? FiledFrom, DateOnly? FiledTo, DateOnly? LeadFrom, DateOnly? LeadTo, bool? Overdue,
    string? DeadlineStatus, int? Page, int? PageSize);

public sealed record CaseRow(
    int Id, string? CaseNumber, CaseKind Kind, string Title, string Subject, string Source, string? KeySector, string Status,
    string StatusName, string OrgUnitName, DateOnly? LeadReceivedOn, DateOnly? FiledOn, DateOnly? NextDueOn, string? NextDueName,
    DeadlineStatus? DeadlineStatus, bool IsPaused, string? Parties);

public sealed record DeadlineView(
    string Code, string Name, string? Rule, DateOnly DueDate, string Basis, DeadlineStatus Status, string StatusName,
    DateOnly? MetOn, bool ForParty, bool WarningOnly, IReadOnlyList<DeadlineStep> Steps);

public sealed record HistoryView(long Id, DateTime At, string ActorName, string Action, string Title, string? Comment, string? Changes);

public sealed record CasePartyView(int Id, int PartyId, CasePartyRole Role, string RoleName, PartyKind Kind, string Name, string? Code,
    string? LegalRepresentative, string? Address, string? Phone);

public sealed record CaseRightView(int Id, RightKind Kind, string KindName, string? Number, int? NiceClass, string Name, string? Holder, int? ProtectedMarkId = null);

public sealed record CaseOfficerView(int Id, int OfficerId, string Name, string? CertificateNumber, DateOnly? CertificateValidTo, bool IsLead);

public sealed record PauseView(int Id, string Kind, string Reason, DateOnly PausedOn, DateOnly? ResumedOn);

public sealed record ApprovalView(int Id, ApprovalKind Kind, string KindName, string Action, ApprovalStatus Status, string RequestedByName,
    DateTime RequestedAt, string? RequestComment, string? DecidedByName, DateTime? DecidedAt, string? DecisionComment, int Version);

public sealed record AttachmentView(int Id, string Category, string FileName, string ContentType, long Size, string Sha256,
    string? Description, DateTime UploadedAt, string UploadedByName, bool IsDeleted, string? DeletedReason, string? DeletedByName);

public sealed record PenaltyView(
    DateOnly LeadReceivedOn, DateOnly? FiledOn, DateOnly? NotFiledOn, int VerificationExtensions, int DecisionExtensions,
    DateOnly? CollectiveDecisionDueOn, DateOnly? ReviewSubmittedOn, DateOnly? ReviewedOn, DateOnly? NotifiedOn, bool HearingRightNotified,
    DateOnly? HearingRequestedOn, DateOnly? HearingOn, DateOnly? DecidedOn, DecisionOutcome? Outcome, string? OutcomeName,
    string? DecisionContent, decimal? FineAmount, decimal? ConfiscatedAmount, bool WarningOnly, bool PartyAbsentAtDecision,
    DateOnly? ServedOn, string? ServiceMethod, DateOnly? PaidOn, decimal? PaidAmount, DateOnly? ClosedOn, DateOnly? ArchivedOn,
    DateOnly? PublishedOn, string? PublicationDuration);

public sealed record CaseDetail(
    int Id, string? CaseNumber, CaseKind Kind, string Title, string Subject, string Source, string? KeySector, string? Summary,
    int OrgUnitId, string OrgUnitName, string Status, string StatusName, bool IsPaused, bool IsDifficult, DateTime CreatedAt,
    DateOnly ReceivedOn, DateOnly? FiledOn, DateOnly? ClosedOn,
    PenaltyView? Penalty, AdjudicationView? Adjudication, MediationView? Mediation, IReadOnlyList<CasePartyView> Parties, IReadOnlyList<CaseRightView> Rights, IReadOnlyList<CaseOfficerView> Officers,
    IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PauseView> Pauses, IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<HistoryView> History, IReadOnlyList<string> AllowedActions, int Version,
    CriminalView? Criminal, IReadOnlyList<ReferralView> Referrals)
{
    /// <summary>The lead (线索) this case was made from, when it was (the link kept both ways).</summary>
    public CaseSourceLead? SourceLead { get; init; }
}

/// <summary>The lead a case came from: GET /api/leads/{id}.</summary>
public sealed record CaseSourceLead(int Id, Zhibao.Domain.Leads.LeadKind Kind, string KindName, string? ApplicationNumber,
    string? SourceReference, string? SourceUnitName);
