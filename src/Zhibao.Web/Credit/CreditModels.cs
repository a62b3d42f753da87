using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Credit;

/// <summary>POST /api/credit/serious-violations: 列入严重违法失信名单.</summary>
/// <param name="Grounds">列入情形: wilfulIpInfringement, abnormalFiling, unlawfulAgency, unfairCompetition, other (or the Chinese names).</param>
/// <param name="HeavierPenalty">据以列入的较重行政处罚: heavierFine, licenceRevoked, businessRestricted, other.</param>
/// <param name="CaseId">The penalty case the listing rests on (a decided penalty of this party), when it is in the platform.</param>
public sealed record ListingInput(
    int? PartyId,
    IReadOnlyList<string>? Grounds,
    string? HeavierPenalty,
    [property: Required(ErrorMessage = "请输入列入决定书文号"), StringLength(80, ErrorMessage = "决定书文号不超过80个字符")] string? DecisionNumber,
    [property: Required(ErrorMessage = "请输入列入的事实和理由"), StringLength(2000, ErrorMessage = "事实和理由不超过2000个字符")] string? Reason,
    [property: Required(ErrorMessage = "请输入列入日期")] DateOnly? ListedOn,
    int? CaseId);

/// <summary>POST /api/credit/serious-violations/{id}/remove.</summary>
/// <param name="Kind">expired (列入满3年), early (列入满1年，经申请提前移出), revoked (据以列入的处罚决定被撤销).</param>
/// <param name="Version">The version read; a stale one answers 409.</param>
public sealed record RemovalInput(
    [property: Required(ErrorMessage = "请输入移出日期")] DateOnly? RemovedOn,
    string? Kind,
    [property: StringLength(500, ErrorMessage = "说明不超过500个字符")] string? Note,
    int? Version = null);

/// <summary>POST /api/credit/serious-violations/{id}/joint-punishments: 联合惩戒措施.</summary>
/// <param name="ImplementingUnitId">实施单位: an outside body (organisation unit of kind External).</param>
public sealed record JointPunishmentInput(
    [property: Required(ErrorMessage = "请输入惩戒措施"), StringLength(200, ErrorMessage = "惩戒措施不超过200个字符")] string? Measure,
    int? ImplementingUnitId,
    [property: Required(ErrorMessage = "请输入实施日期")] DateOnly? StartedOn,
    [property: StringLength(500, ErrorMessage = "备注不超过500个字符")] string? Note);

/// <summary>POST /api/credit/repairs: a credit-repair application for one record, a listing or a penalty case (one of the two).</summary>
public sealed record RepairInput(
    int? PartyId,
    int? ListingId,
    int? PenaltyCaseId,
    [property: Required(ErrorMessage = "请输入申请日期")] DateOnly? AppliedOn,
    /// <summary>守信承诺书 received: required.</summary>
    bool CommitmentSubmitted,
    [property: StringLength(1000, ErrorMessage = "说明不超过1000个字符")] string? Note);

/// <summary>POST /api/credit/repairs/{id}/decide.</summary>
public sealed record RepairDecisionInput(
    /// <summary>true 准予修复, false 不予修复.</summary>
    bool? Approved,
    [property: Required(ErrorMessage = "请输入决定日期")] DateOnly? DecidedOn,
    [property: Required(ErrorMessage = "请输入决定理由"), StringLength(1000, ErrorMessage = "理由不超过1000个字符")] string? Reason,
    int? Version = null);

public sealed record JointPunishmentView(int Id, int ListingId, string Measure, int ImplementingUnitId, string ImplementingUnitName,
    DateOnly StartedOn, string? Note, DateTime CreatedAt, string CreatedByName);

/// <summary>A listing as the list and the party page show it; <see cref="EarliestEarlyRemovalOn"/> is when 提前移出 may be applied for.</summary>
public sealed record ListingView(
    int Id, int PartyId, string PartyName, string? PartyCode, IReadOnlyList<string> Grounds, IReadOnlyList<string> GroundNames,
    HeavierPenalty HeavierPenalty, string HeavierPenaltyName, string DecisionNumber, string Reason, int? CaseId, string? CaseNumber,
    int OrgUnitId, string OrgUnitName, DateOnly ListedOn, DateOnly PlannedRemovalOn, DateOnly EarliestEarlyRemovalOn,
    DateOnly? RemovedOn, RemovalKind? RemovalKind, string? RemovalKindName, string? RemovalNote, ListingStatus Status, string StatusName,
    DateTime CreatedAt, string CreatedByName, int Version, IReadOnlyList<JointPunishmentView> JointPunishments);

public sealed record RepairView(
    int Id, int PartyId, string PartyName, RepairTarget Target, string TargetName, int? ListingId, string? ListingNumber,
    int? PenaltyCaseId, string? CaseNumber, DateOnly AppliedOn, DateOnly EarliestOn, bool CommitmentSubmitted, string? Note,
    string Decision, string DecisionName, DateOnly? DecidedOn, string? DecisionReason, string? DecidedByName, DateTime CreatedAt,
    string CreatedByName, int Version);

/// <summary>One reason of a grade: the record, its points and the sentence.</summary>
public sealed record CreditReasonView(CreditRecordKind Kind, string Reference, DateOnly On, int Points, string Text);

/// <summary>A party's grade on a day, with the reasons and the inspection frequency its grade suggests.</summary>
public sealed record CreditGradeView(
    DateOnly On, string Grade, string GradeName, int Points, InspectionLevel Inspection, string InspectionName, int InspectionsPerYear,
    string InspectionText, IReadOnlyList<CreditReasonView> Reasons)
{
    public static CreditGradeView From(CreditEvaluation e) => new(
        e.On, e.Grade.Code, e.Grade.Name, e.Points, e.Grade.Inspection, CreditScheme.InspectionName(e.Grade.Inspection), e.Grade.InspectionsPerYear,
        e.InspectionText, e.Reasons.Select(r => new CreditReasonView(r.Kind, r.Reference, r.On, r.Points, r.Text)).ToList());
}

/// <summary>GET /api/credit/parties/{id}: grade, listings, repairs and joint punishments (lists under the data scope).</summary>
public sealed record PartyCreditView(int PartyId, CreditGradeView Grade, IReadOnlyList<ListingView> Listings, IReadOnlyList<RepairView> Repairs);

/// <summary>A row of GET /api/credit/grades.</summary>
public sealed record GradeRow(
    int PartyId, string PartyName, string? Code, string Grade, string GradeName, int Points, string InspectionName, int InspectionsPerYear,
    string InspectionText, string? MainReason, int ReasonCount);

public sealed record GradeCount(string Grade, string GradeName, int Count, string InspectionText);

public sealed record GradePage(IReadOnlyList<GradeRow> Items, int Total, int PageNumber, int PageSize, IReadOnlyList<GradeCount> Counts);

/// <summary>GET/PUT /api/credit/scheme: the scheme with its version (0 while the shipped default is in force).</summary>
public sealed record CreditSchemeView : CreditScheme
{
    public CreditSchemeView(CreditScheme scheme, int version, bool isDefault, DateTime? updatedAt, string? updatedByName) : base(scheme)
    {
        Version = version;
        IsDefault = isDefault;
        UpdatedAt = updatedAt;
        UpdatedByName = updatedByName;
    }

    public int Version { get; init; }
    public bool IsDefault { get; init; }
    public DateTime? UpdatedAt { get; init; }
    public string? UpdatedByName { get; init; }
}

/// <summary>PUT /api/credit/scheme: the whole scheme and the version read.</summary>
public sealed record CreditSchemeInput : CreditScheme
{
    public int Version { get; init; }
}

/// <summary>The outcome of a credit use case: a value, field errors (400), a conflict (409) or not found (404).</summary>
public sealed record CreditResult<T>(T? Value, FieldErrors Errors, string? NotFound = null, string? Conflict = null) where T : class
{
    public IResult ToHttp(Func<T, IResult> ok) => this switch
    {
        { NotFound: { } what } => Results.Problem(statusCode: 404, title: "未找到", detail: $"{what}不存在或不在您的数据权限范围内"),
        { Conflict: { } conflict } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: conflict),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => ok(Value!),
    };
}

public static class CreditResults
{
    public static CreditResult<T> Missing<T>(string what) where T : class => new(null, new FieldErrors(), what);

    public static CreditResult<T> Refused<T>(string conflict) where T : class => new(null, new FieldErrors(), null, conflict);

    public static CreditResult<T> Invalid<T>(FieldErrors errors) where T : class => new(null, errors);
}
