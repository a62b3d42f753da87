using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Publicity;

/// <summary>POST/PUT /api/publicity/events: one event or training; a PUT carries the version it read.</summary>
public sealed record PublicityEventInput(
    /// <summary>consumerRightsDay (3·15), ipWeek (4·26宣传周), publicLecture, caseLawTalk, enterpriseTraining, integrityPromotion, enterpriseVisit — or the Chinese name.</summary>
    string? Type,
    [property: Required(ErrorMessage = "请输入活动名称"), StringLength(200, ErrorMessage = "活动名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请选择活动日期")] DateOnly? StartDate,
    /// <summary>Last day; omitted for a one-day event.</summary>
    DateOnly? EndDate,
    /// <summary>Why a 3·15 event is held on another day of March (e.g. “3·15系列宣传活动”).</summary>
    [property: StringLength(200, ErrorMessage = "日期说明不超过200个字符")] string? DateNote,
    [property: StringLength(200, ErrorMessage = "活动地点不超过200个字符")] string? Place,
    /// <summary>承办单位; the user's own unit when omitted.</summary>
    int? UnitId,
    /// <summary>合办单位 (outside bodies such as the protection centre, or other units).</summary>
    IReadOnlyList<int>? PartnerUnitIds,
    int? AudienceCount,
    /// <summary>覆盖企业数; at least the number of <see cref="PartyIds"/>, which it defaults to.</summary>
    int? EnterprisesReached,
    /// <summary>Enterprises of the party registry reached.</summary>
    IReadOnlyList<int>? PartyIds,
    /// <summary>走访人员 (required for an enterprise visit).</summary>
    [property: StringLength(200, ErrorMessage = "走访人员不超过200个字符")] string? Visitors,
    /// <summary>解疑答惑: the questions asked and the answers given (at least one for an enterprise visit).</summary>
    IReadOnlyList<VisitQuestionInput>? Questions,
    [property: StringLength(4000, ErrorMessage = "活动总结不超过4000个字符")] string? Summary,
    int Version = 0);

public sealed record VisitQuestionInput(int? PartyId, string? EnterpriseName, string? Question, string? Answer);

public sealed record PublicityEventQuery(string? Type, int? Year, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record PublicityEventRow(
    int Id, PublicityEventType Type, string TypeName, string Title, DateOnly StartDate, DateOnly EndDate, string? Place, int OrgUnitId,
    string OrgUnitName, string Partners, int AudienceCount, int EnterprisesReached, int PhotoCount, int Version);

public sealed record NamedRef(int Id, string Name);

public sealed record VisitQuestionView(int? PartyId, string? EnterpriseName, string Question, string Answer);

public sealed record PublicityFileView(int Id, PublicityFileKind Kind, string KindName, string FileName, string ContentType, long Size, string Sha256,
    string? Description, DateTime UploadedAt, string UploadedByName, string Url);

public sealed record PublicityEventDetail(
    int Id, PublicityEventType Type, string TypeName, string Title, DateOnly StartDate, DateOnly EndDate, string? DateNote, string? Place,
    int OrgUnitId, string OrgUnitName, IReadOnlyList<NamedRef> PartnerUnits, int AudienceCount, int EnterprisesReached,
    IReadOnlyList<NamedRef> Parties, string? Visitors, IReadOnlyList<VisitQuestionView> Questions, string? Summary,
    IReadOnlyList<PublicityFileView> Files, IReadOnlyList<MediaReportRow> MediaReports, DateTime CreatedAt, string CreatedByName,
    DateTime UpdatedAt, int Version);

public sealed record TypeCount(PublicityEventType Type, string TypeName, int Events, int Audience);

/// <summary>GET /api/publicity/events/counts: what the plan's indicators read for a year (and a unit with those below it).</summary>
public sealed record PublicityCounts(
    int Year, int? UnitId, int Events, IReadOnlyList<TypeCount> ByType, bool ConsumerRightsDayHeld, int ConsumerRightsDayEvents,
    bool IpWeekHeld, int IpWeekEvents, int AudienceTotal, int EnterprisesReachedTotal, int EnterpriseVisits, int QuestionsAnswered,
    int MediaReports, long MediaViews);

public sealed record CountsQuery(int? Year, int? UnitId);

/// <summary>POST /api/typical-cases: draft a typical case from a closed case.</summary>
public sealed record TypicalCaseCreateInput(int? CaseId);

/// <summary>PUT /api/typical-cases/{id}: the editable blocks (only in 草稿 and 已退回).</summary>
public sealed record TypicalCaseInput(
    [property: Required(ErrorMessage = "请输入标题"), StringLength(200, ErrorMessage = "标题不超过200个字符")] string? Title,
    [property: StringLength(8000, ErrorMessage = "基本案情不超过8000个字符")] string? Facts,
    [property: StringLength(8000, ErrorMessage = "查处经过不超过8000个字符")] string? Handling,
    [property: StringLength(8000, ErrorMessage = "处理结果不超过8000个字符")] string? Result,
    [property: StringLength(8000, ErrorMessage = "典型意义不超过8000个字符")] string? Significance,
    bool IsFineCase = false,
    int Version = 0);

/// <summary>
/// POST /api/typical-cases/{id}/actions/{action}. submit: —; approve: comment; return: comment (required);
/// publish: channel, outlet, publishedOn, link, views; recommend: recommendationKind, recommendedOn, result, resultOn, comment, isFineCase.
/// </summary>
public sealed record TypicalCaseActionInput(
    [property: StringLength(1000, ErrorMessage = "意见不超过1000个字符")] string? Comment = null,
    string? Channel = null,
    [property: StringLength(100, ErrorMessage = "媒体名称不超过100个字符")] string? Outlet = null,
    DateOnly? PublishedOn = null,
    [property: StringLength(500, ErrorMessage = "链接不超过500个字符")] string? Link = null,
    int? Views = null,
    /// <summary>typicalCase (典型案例) or guidingCase (指导案例).</summary>
    string? RecommendationKind = null,
    DateOnly? RecommendedOn = null,
    /// <summary>pending (待反馈), adopted (采纳), notAdopted (未采纳).</summary>
    string? Result = null,
    DateOnly? ResultOn = null,
    bool? IsFineCase = null,
    /// <summary>The version the user read; a stale one answers 409.</summary>
    int? Version = null);

public sealed record TypicalCaseQuery(string? Status, int? Year, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record TypicalCaseRow(
    int Id, int CaseId, string? CaseNumber, string Title, TypicalCaseStatus Status, string StatusName, int OrgUnitId, string OrgUnitName,
    bool IsFineCase, string? PublishChannel, DateOnly? PublishedOn, string? RecommendationKindName, DateOnly? RecommendedOn,
    string? RecommendationResultName, DateTime CreatedAt, string CreatedByName, int Version);

/// <summary>Personal data left in a block of the text (block: title, facts, handling, result, significance).</summary>
public sealed record TypicalCaseProblem(string Block, string BlockName, PersonalDataKind Kind, string Value, string Message);

public sealed record TypicalCaseRecommendation(
    RecommendationKind Kind, string KindName, DateOnly? RecommendedOn, RecommendationResult Result, string ResultName, DateOnly? ResultOn, string? Note);

public sealed record TypicalCaseDetail(
    int Id, int CaseId, string? CaseNumber, string CaseTitle, CaseKind CaseKind, string CaseKindName, int OrgUnitId, string OrgUnitName,
    TypicalCaseStatus Status, string StatusName, bool Editable, IReadOnlyList<string> AllowedActions,
    string Title, string Facts, string Handling, string Result, string Significance, bool IsFineCase, string? NamingNote,
    IReadOnlyList<TypicalCaseProblem> Problems,
    DateTime CreatedAt, string CreatedByName, DateTime UpdatedAt, DateTime? SubmittedAt, string? SubmittedByName,
    DateTime? ReviewedAt, string? ReviewedByName, string? ReviewComment,
    string? PublishChannel, string? PublishOutlet, DateOnly? PublishedOn, string? PublishLink,
    TypicalCaseRecommendation? Recommendation, IReadOnlyList<MediaReportRow> MediaReports, int Version);

/// <summary>GET /api/typical-cases/counts: 典型案例发布数, 推荐/采纳数 and the rest for the plan's indicators.</summary>
public sealed record TypicalCaseCounts(
    int Year, int? UnitId, int Drafted, int Approved, int Published, int FineCases, int Recommended, int RecommendedTypical,
    int RecommendedGuiding, int Adopted, int NotAdopted, int AwaitingResult);

/// <summary>POST /api/publicity/media: one publication with its reach.</summary>
public sealed record MediaReportInput(
    [property: Required(ErrorMessage = "请选择宣传渠道")] string? Channel,
    [property: StringLength(100, ErrorMessage = "媒体名称不超过100个字符")] string? Outlet,
    [property: Required(ErrorMessage = "请输入报道标题"), StringLength(200, ErrorMessage = "报道标题不超过200个字符")] string? Title,
    [property: StringLength(500, ErrorMessage = "链接不超过500个字符")] string? Link,
    [property: Required(ErrorMessage = "请选择发布日期")] DateOnly? PublishedOn,
    /// <summary>阅读量/观看量, when known.</summary>
    int? Views,
    int? EventId,
    int? TypicalCaseId,
    /// <summary>The unit it counts for; the event's or typical case's unit when linked, the user's unit otherwise.</summary>
    int? UnitId);

public sealed record MediaReportQuery(int? Year, string? Channel, int? EventId, int? TypicalCaseId, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record MediaReportRow(
    int Id, string Channel, string? Outlet, string Title, string? Link, DateOnly PublishedOn, int? Views, int? EventId, string? EventTitle,
    int? TypicalCaseId, string? TypicalCaseTitle, int OrgUnitId, string OrgUnitName, DateTime CreatedAt, string CreatedByName);

/// <summary>The outcome of a publicity use case: a value, field errors (400), a conflict (409), personal data left (409), 403 or 404.</summary>
public sealed record PublicityResult<T>(
    T? Value, FieldErrors Errors, bool NotFound = false, string? Conflict = null, IReadOnlyList<TypicalCaseProblem>? Problems = null,
    string? Forbidden = null, IDictionary<string, object?>? Extensions = null) where T : class
{
    public IResult ToHttp(string what, Func<T, IResult>? ok = null) => this switch
    {
        { NotFound: true } => AdminModule.NotFound(what),
        { Forbidden: { } reason } => Results.Problem(statusCode: 403, title: "无权执行此操作", detail: reason),
        { Problems: { Count: > 0 } problems } => Results.Problem(statusCode: 409, title: "文中仍有个人信息",
            detail: "不能审核通过或发布：" + string.Join("；", problems.Select(p => $"{p.BlockName}：{p.Message}")),
            extensions: new Dictionary<string, object?> { ["problems"] = problems }),
        { Conflict: { } conflict } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: conflict, extensions: Extensions),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => ok is null ? Results.Ok(Value) : ok(Value!),
    };
}

public static class PublicityResult
{
    public static PublicityResult<T> Ok<T>(T value) where T : class => new(value, new FieldErrors());

    public static PublicityResult<T> Invalid<T>(FieldErrors errors) where T : class => new(null, errors);

    public static PublicityResult<T> Missing<T>() where T : class => new(null, new FieldErrors(), NotFound: true);

    public static PublicityResult<T> Refused<T>(string conflict, IDictionary<string, object?>? extensions = null) where T : class =>
        new(null, new FieldErrors(), Conflict: conflict, Extensions: extensions);
}
