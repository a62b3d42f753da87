using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Cases;

/// <summary>POST /api/adjudication-cases: a 专利侵权纠纷处理请求 as received (请求书 fields of 令第81号第十五条).</summary>
public sealed record AdjudicationCaseInput(
    [property: Required(ErrorMessage = "请输入案件名称"), StringLength(200, ErrorMessage = "案件名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请输入专利号")] string? PatentNumber,
    PatentKind? PatentKind,
    [property: StringLength(200, ErrorMessage = "专利名称不超过200个字符")] string? PatentTitle,
    [property: Required(ErrorMessage = "请输入收到请求书的日期")] DateOnly? RequestReceivedOn,
    DateOnly? KnewOn,
    int? UnitId,
    JurisdictionBasis? JurisdictionBasis,
    [property: StringLength(500, ErrorMessage = "管辖依据说明不超过500个字符")] string? JurisdictionNote,
    RequesterStanding? RequesterStanding,
    bool? LicenseeAuthorised,
    bool? RespondentWithoutDomicile,
    [property: StringLength(4000, ErrorMessage = "请求事项和理由不超过4000个字符")] string? Summary,
    string? KeySector,
    IReadOnlyList<CasePartyInput>? Parties,
    IReadOnlyList<string>? Materials,
    IReadOnlyList<int>? OfficerIds);

/// <summary>The adjudication part of GET /api/cases/{id}.</summary>
public sealed record AdjudicationView(
    string PatentNumber, PatentKind PatentKind, string PatentKindName, string? PatentTitle, bool HandledLocally, DateOnly RequestReceivedOn,
    DateOnly? KnewOn, JurisdictionBasis JurisdictionBasis, string? JurisdictionNote, RequesterStanding RequesterStanding,
    string RequesterStandingName, bool LicenseeAuthorised, bool RespondentWithoutDomicile,
    IReadOnlyList<AcceptanceConditionView> AcceptanceConditions, IReadOnlyList<MaterialView> Materials,
    DateOnly? CorrectionNoticeOn, DateOnly? CorrectionDueOn, string? CorrectionItems, DateOnly? CorrectedOn, int FilingExtensions,
    DateOnly? FiledOn, DateOnly? NotFiledOn, string? NotFiledReason, DateOnly? RequestServedOn, DateOnly? AnswerReceivedOn,
    DateOnly? AnswerServedOn, DateOnly? HearingOn, DateOnly? HearingNotifiedOn, DateOnly? HearingHeldOn, bool? RequesterAppeared,
    bool? RespondentAppeared, string? HearingRecord, int ClosingExtensions, string? HigherApprovalNumber, DateOnly? ClosingDueOn,
    AdjudicationClosure? Closure, string? ClosureName, bool? InfringementFound, string? ClosureContent, string? RevocationGround,
    DateOnly? ClosedOn, DateOnly? DecisionServedOn, DateOnly? LawsuitFiledOn, DateOnly? EnforcementAppliedOn, DateOnly? PublishedOn,
    bool RepeatInfringer, bool WilfulInfringement, IReadOnlyList<string> Hints)
{
    public static AdjudicationView From(AdjudicationCase c) => new(
        c.PatentNumber, c.PatentKind, AdjudicationRules.Name(c.PatentKind), c.PatentTitle, c.HandledLocally, c.ReceivedOn, c.KnewOn,
        c.JurisdictionBasis, c.JurisdictionNote, c.RequesterStanding, AdjudicationRules.Name(c.RequesterStanding), c.LicenseeAuthorised,
        c.RespondentWithoutDomicile, AdjudicationRules.Conditions(c), AdjudicationRules.MaterialsOf(c), c.CorrectionNoticeOn,
        c.CorrectionDueOn, c.CorrectionItems, c.CorrectedOn, c.FilingExtensions, c.FiledOn, c.NotFiledOn, c.NotFiledReason,
        c.RequestServedOn, c.AnswerReceivedOn, c.AnswerServedOn, c.HearingOn, c.HearingNotifiedOn, c.HearingHeldOn, c.RequesterAppeared,
        c.RespondentAppeared, c.HearingRecord, c.ClosingExtensions, c.HigherApprovalNumber, c.ClosingDueOn, c.Closure,
        c.Closure is { } k ? AdjudicationWorkflow.Name(k) : null, c.InfringementFound, c.ClosureContent, c.RevocationGround, c.ClosedOn,
        c.DecisionServedOn, c.LawsuitFiledOn, c.EnforcementAppliedOn, c.PublishedOn, c.RepeatInfringer, c.WilfulInfringement,
        AdjudicationRules.Hints(c));
}

/// <summary>One of the five acceptance conditions of art.12.</summary>
public sealed record AcceptanceConditionView(string Code, string Text, bool Met);

/// <summary>One of the materials of art.14, and whether it is in.</summary>
public sealed record MaterialView(string Code, string Name, bool Required, bool Received);

/// <summary>GET /api/adjudication-cases/backlog: the 消零 board.</summary>
public sealed record BacklogBoard(
    DateOnly Today, int Open, int Backlog, int OverdueAnyDeadline, int DueWithinFiveWorkingDays, int Paused,
    IReadOnlyList<BacklogBand> ByAge, IReadOnlyList<BacklogGroup> ByUnit, IReadOnlyList<BacklogGroup> ByOfficer,
    int ClosedThisYear, int FiledThisYear, double? ClosureRate, double? AverageDaysToClose, double? P90DaysToClose,
    int OpenUtilityModelOrDesign, int ClosedUtilityModelOrDesignThisYear, IReadOnlyList<BacklogCase> BacklogCases,
    IReadOnlyList<BacklogCase> DueSoonCases);

public sealed record BacklogBand(string Name, int Count, int Overdue);

public sealed record BacklogGroup(int Id, string Name, int Open, int Backlog, int DueSoon);

public sealed record BacklogCase(int Id, string? CaseNumber, string Title, string OrgUnitName, DateOnly ReceivedOn, DateOnly? ClosingDueOn,
    string? NextDueName, DateOnly? NextDueOn, int AgeDays);
