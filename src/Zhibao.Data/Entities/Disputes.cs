using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Data.Entities;

/// <summary>管辖依据 (令第81号第六条至第八条): a district handles disputes by entrustment (委托承办).</summary>
public enum JurisdictionBasis
{
    /// <summary>依法管辖.</summary>
    Own,
    /// <summary>委托承办 (art.8 para 3).</summary>
    Entrusted,
}

/// <summary>请求人资格 (令第81号第十二条).</summary>
public enum RequesterStanding
{
    /// <summary>专利权人.</summary>
    Patentee,
    /// <summary>独占实施许可合同的被许可人: may request alone.</summary>
    ExclusiveLicensee,
    /// <summary>排他实施许可合同的被许可人: may request when the patentee does not.</summary>
    SoleLicensee,
    /// <summary>普通实施许可合同的被许可人: only with authorisation in the contract or by the patentee.</summary>
    OrdinaryLicensee,
    /// <summary>专利权的合法继承人.</summary>
    Successor,
}

/// <summary>专利侵权纠纷行政裁决案件 (国家知识产权局令第81号; legal-rules.md §2.2).</summary>
public sealed class AdjudicationCase : Case
{
    // Set here, not only by EF on save: the case core picks the kind's rules before the first save.
    public AdjudicationCase() => Kind = CaseKind.Adjudication;

    /// <summary>Normalised ZL number, check digit verified.</summary>
    public required string PatentNumber { get; set; }
    public PatentKind PatentKind { get; set; }
    public string? PatentTitle { get; set; }
    /// <summary>请求人知道或者应当知道侵权行为以及侵权人之日: the 3-year limitation (art.19) is warned from it.</summary>
    public DateOnly? KnewOn { get; set; }
    public JurisdictionBasis JurisdictionBasis { get; set; }
    /// <summary>委托 body and document, or the 管辖 ground.</summary>
    public string? JurisdictionNote { get; set; }
    public RequesterStanding RequesterStanding { get; set; }
    /// <summary>An ordinary licensee's authorisation (contract clause or the patentee's letter).</summary>
    public bool LicenseeAuthorised { get; set; }
    /// <summary>The respondent has no fixed domicile in China: 30 days to answer instead of 15 (art.22).</summary>
    public bool RespondentWithoutDomicile { get; set; }

    // art.12 acceptance conditions, each checked and recorded at 立案.
    public bool ConditionStanding { get; set; }
    public bool ConditionRespondent { get; set; }
    public bool ConditionClaims { get; set; }
    public bool ConditionJurisdiction { get; set; }
    public bool ConditionNoOtherProceedings { get; set; }
    /// <summary>art.14 materials received, as a comma-separated list of <c>AdjudicationMaterials</c> codes.</summary>
    public string Materials { get; set; } = "";

    // art.16: one complete defect notice with its own time limit.
    public DateOnly? CorrectionNoticeOn { get; set; }
    public DateOnly? CorrectionDueOn { get; set; }
    public string? CorrectionItems { get; set; }
    public DateOnly? CorrectedOn { get; set; }
    public int FilingExtensions { get; set; }
    public string? NotFiledReason { get; set; }

    public DateOnly? RequestServedOn { get; set; }
    public DateOnly? AnswerReceivedOn { get; set; }
    public DateOnly? AnswerServedOn { get; set; }
    public DateOnly? HearingOn { get; set; }
    public DateOnly? HearingNotifiedOn { get; set; }
    public DateOnly? HearingHeldOn { get; set; }
    public bool? RequesterAppeared { get; set; }
    public bool? RespondentAppeared { get; set; }
    public string? HearingRecord { get; set; }

    /// <summary>0, 1 (the head's +1 month) or 2 (then the next-higher office's +2 months), art.37.</summary>
    public int ClosingExtensions { get; set; }
    public string? HigherApprovalNumber { get; set; }
    /// <summary>The closing deadline with extensions and pauses, stored for the 消零 board (null while paused or closed).</summary>
    public DateOnly? ClosingDueOn { get; set; }

    public AdjudicationClosure? Closure { get; set; }
    public bool? InfringementFound { get; set; }
    public string? ClosureContent { get; set; }
    public string? RevocationGround { get; set; }
    public DateOnly? DecisionServedOn { get; set; }
    public DateOnly? LawsuitFiledOn { get; set; }
    public DateOnly? EnforcementAppliedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>重复侵权 / 故意侵权 (art.34): flagged toward the serious-dishonesty list.</summary>
    public bool RepeatInfringer { get; set; }
    public bool WilfulInfringement { get; set; }

    /// <summary>实用新型和外观设计本地办理 (seed task 5).</summary>
    public bool HandledLocally => PatentKind is PatentKind.UtilityModel or PatentKind.Design;
}

/// <summary>调解类型 (legal-rules.md §6.1 "Mediation types").</summary>
public enum MediationType
{
    /// <summary>行政调解 (by the bureau).</summary>
    Administrative,
    /// <summary>人民调解 (人民调解委员会).</summary>
    Peoples,
    /// <summary>行业调解.</summary>
    Industry,
    /// <summary>司法调解 (incl. 特邀调解).</summary>
    Judicial,
}

/// <summary>调解 (any dispute, standalone or arising inside a case): path, mediator, sessions, outcome, judicial confirmation.</summary>
public sealed class MediationCase : Case
{
    public MediationCase() => Kind = CaseKind.Mediation;

    public MediationType MediationType { get; set; }
    /// <summary>纠纷类型 (dictionary-like fixed list in MediationDisputes).</summary>
    public required string DisputeType { get; set; }
    /// <summary>The mediation organisation (an external unit), when not the bureau itself.</summary>
    public int? MediatorOrgUnitId { get; set; }
    public string? MediatorName { get; set; }
    /// <summary>The case the dispute arose in (an adjudication or penalty case), if any.</summary>
    public int? ParentCaseId { get; set; }
    public string? PatentNumber { get; set; }
    public PatentKind? PatentKind { get; set; }

    public DateOnly? NoticeSentOn { get; set; }
    public DateOnly? RespondentRepliedOn { get; set; }
    public bool? RespondentAgreed { get; set; }
    public string? NotFiledReason { get; set; }

    public DateOnly? AgreementSignedOn { get; set; }
    public DateOnly? AgreementEffectiveOn { get; set; }
    public string? AgreementContent { get; set; }
    public decimal? AgreedAmount { get; set; }
    /// <summary>Payment terms with an enforcement undertaking: the notarisation route is open (令第81号第三十五条).</summary>
    public bool HasPaymentTerms { get; set; }
    public string? FailureReason { get; set; }

    public ConfirmationStatus Confirmation { get; set; }
    public DateOnly? ConfirmationAppliedOn { get; set; }
    public int? CourtOrgUnitId { get; set; }
    public string? CourtName { get; set; }
    public DateOnly? CourtAcceptedOn { get; set; }
    public bool CourtExtended { get; set; }
    public DateOnly? CourtRuledOn { get; set; }
    public string? CourtRulingNumber { get; set; }
    public string? CourtRulingNote { get; set; }
    public DateOnly? NotarisedOn { get; set; }

    public List<MediationSession> Sessions { get; set; } = [];
}

/// <summary>调解会谈: when, where, who, what.</summary>
public sealed class MediationSession
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    public string? Participants { get; set; }
    public required string Summary { get; set; }
}
