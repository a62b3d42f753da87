using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Cases;

/// <summary>POST /api/mediations: a mediation request, standalone or arising inside a case (parentCaseId).</summary>
public sealed record MediationInput(
    [property: Required(ErrorMessage = "请输入调解事项名称"), StringLength(200, ErrorMessage = "名称不超过200个字符")] string? Title,
    MediationType? MediationType,
    [property: Required(ErrorMessage = "请选择纠纷类型")] string? DisputeType,
    [property: Required(ErrorMessage = "请输入收到调解申请的日期")] DateOnly? RequestReceivedOn,
    int? MediatorOrgUnitId,
    [property: StringLength(100, ErrorMessage = "调解员不超过100个字符")] string? MediatorName,
    int? ParentCaseId,
    string? PatentNumber,
    int? UnitId,
    [property: StringLength(4000, ErrorMessage = "调解请求不超过4000个字符")] string? Summary,
    IReadOnlyList<CasePartyInput>? Parties,
    IReadOnlyList<int>? OfficerIds);

public sealed record MediationSessionView(int Id, DateOnly HeldOn, string? Place, string? Participants, string Summary);

/// <summary>司法确认 (民事诉讼法第二百零五条) or the notarisation route, with its own deadlines.</summary>
public sealed record JudicialConfirmationView(
    ConfirmationStatus Status, string StatusName, bool Possible, string? Blocked, string CourtHint, DateOnly? AppliedOn, int? CourtOrgUnitId,
    string? CourtName, DateOnly? AcceptedOn, bool Extended, DateOnly? RuledOn, string? RulingNumber, string? RulingNote, DateOnly? NotarisedOn,
    bool NotarisationPossible, IReadOnlyList<DeadlineView> Deadlines);

public sealed record MediationView(
    MediationType MediationType, string MediationTypeName, string DisputeType, bool ConfirmsOwnership, int? MediatorOrgUnitId,
    string? MediatorName, int? ParentCaseId, string? PatentNumber, PatentKind? PatentKind, DateOnly RequestReceivedOn, DateOnly? NoticeSentOn,
    DateOnly? RespondentRepliedOn, bool? RespondentAgreed, DateOnly? FiledOn, DateOnly? NotFiledOn, string? NotFiledReason,
    DateOnly? AgreementSignedOn, DateOnly? AgreementEffectiveOn, string? AgreementContent, decimal? AgreedAmount, bool HasPaymentTerms,
    string? FailureReason, DateOnly? ClosedOn, IReadOnlyList<MediationSessionView> Sessions, JudicialConfirmationView JudicialConfirmation)
{
    public static MediationView From(MediationCase m, IReadOnlyList<DeadlineView> deadlines, string? courtName) => new(
        m.MediationType, MediationRules.Name(m.MediationType), m.DisputeType, MediationRules.ConfirmsOwnership(m.DisputeType),
        m.MediatorOrgUnitId, m.MediatorName, m.ParentCaseId, m.PatentNumber, m.PatentKind, m.ReceivedOn, m.NoticeSentOn,
        m.RespondentRepliedOn, m.RespondentAgreed, m.FiledOn, m.NotFiledOn, m.NotFiledReason, m.AgreementSignedOn, m.AgreementEffectiveOn,
        m.AgreementContent, m.AgreedAmount, m.HasPaymentTerms, m.FailureReason, m.ClosedOn,
        m.Sessions.OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Select(s => new MediationSessionView(s.Id, s.HeldOn, s.Place, s.Participants, s.Summary)).ToList(),
        new JudicialConfirmationView(m.Confirmation, MediationWorkflow.Name(m.Confirmation), !MediationRules.ConfirmsOwnership(m.DisputeType),
            MediationRules.ConfirmsOwnership(m.DisputeType) ? MediationRules.OwnershipWarning : null, MediationRules.CourtHint(m),
            m.ConfirmationAppliedOn, m.CourtOrgUnitId, courtName, m.CourtAcceptedOn, m.CourtExtended, m.CourtRuledOn, m.CourtRulingNumber,
            m.CourtRulingNote, m.NotarisedOn, m.HasPaymentTerms,
            deadlines.Where(d => d.Code.StartsWith("confirmation", StringComparison.Ordinal)).ToList()));
}
