using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Intake;

/// <summary>
/// POST /api/intake: a complaint (投诉), a report (举报), an assigned lead (上级交办) or a transfer (部门移送). Kinds and
/// channels take the enum name or the Chinese name. A complaint names its complainant with a phone number (暂行办法第九条);
/// a report may be anonymous. An assigned lead or transfer names its sender (an outside body or a higher unit) and may
/// carry the sender's deadline as a date or as working days after receipt.
/// </summary>
public sealed record IntakeInput(
    /// <summary>Complaint (投诉), Report (举报), Assignment (上级交办) or Transfer (部门移送).</summary>
    string? Kind,
    /// <summary>Counter (窗口), Phone (电话), Platform12315 (12315平台), Letter (来信); implied for assigned leads and transfers.</summary>
    string? Channel,
    [property: Required(ErrorMessage = "请输入收到日期")] DateOnly? ReceivedOn,
    /// <summary>Time of receipt, China time, "HH:mm".</summary>
    string? ReceivedTime,
    bool Anonymous,
    [property: StringLength(100, ErrorMessage = "姓名不超过100个字符")] string? InformantName,
    /// <summary>居民身份证号码 or 统一社会信用代码 (check character verified).</summary>
    string? InformantIdNumber,
    [property: StringLength(50, ErrorMessage = "联系电话不超过50个字符")] string? InformantPhone,
    [property: StringLength(200, ErrorMessage = "地址不超过200个字符")] string? InformantAddress,
    [property: StringLength(200, ErrorMessage = "被投诉（举报）人不超过200个字符")] string? RespondentName,
    int? RespondentPartyId,
    /// <summary>Trademark (商标), Patent (专利), GeographicalIndication (地理标志), OfficialMark (官方标志), SpecialMark (特殊标志), Other (其他).</summary>
    string? Subject,
    /// <summary>重点领域 (dictionary key_sector): 食品, 药品, 种业, 水泥, 公共卫生 …</summary>
    string? KeySector,
    /// <summary>The mark (商标/标志名称) or patent concerned.</summary>
    [property: StringLength(200, ErrorMessage = "商标/标志名称不超过200个字符")] string? RightName,
    [property: StringLength(4000, ErrorMessage = "事项内容不超过4000个字符")] string? Description,
    /// <summary>街镇 (dictionary area).</summary>
    string? Area,
    /// <summary>交办/移送单位: an organisation record.</summary>
    int? SourceUnitId,
    /// <summary>来文文号, or the 12315 登记编号: a second registration with the same one is refused (409).</summary>
    [property: StringLength(100, ErrorMessage = "文号/登记编号不超过100个字符")] string? SourceReference,
    DateOnly? SenderDeadlineOn,
    int? SenderDeadlineWorkingDays,
    bool RewardRequested,
    /// <summary>The handling unit; the caller's own unit when omitted.</summary>
    int? UnitId);

/// <summary>
/// POST /api/intake/{id}/actions/{action}. Each action reads its own fields; <see cref="Date"/> is the action's day (today
/// when omitted, never in the future). accept: notes; refuse: notes (the reason); assign: officerId; mediate: outcome
/// (Agreed / NotAgreed), notes; found-lead: notes; extend: notes (the reason); convert: target (Penalty / Mediation), subject,
/// title, officerIds, disputeType; merge: targetId, notes; reply: replyNumber, notes; dispute: counterpart, notes; resolve:
/// escalated, notes; close: notes. A given <see cref="Version"/> must match the item (409 otherwise).
/// </summary>
public sealed record IntakeActionInput
{
    public DateOnly? Date { get; init; }
    public string? Notes { get; init; }
    public int? OfficerId { get; init; }
    public string? Outcome { get; init; }
    public string? Target { get; init; }
    public string? Subject { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<int>? OfficerIds { get; init; }
    public string? DisputeType { get; init; }
    public int? TargetId { get; init; }
    public string? ReplyNumber { get; init; }
    public string? Counterpart { get; init; }
    public bool? Escalated { get; init; }
    public int? Version { get; init; }
}

/// <summary>GET /api/intake?kind=&amp;channel=&amp;sector=&amp;subject=&amp;status=&amp;clock=&amp;receivedFrom=&amp;receivedTo=&amp;search=</summary>
/// <param name="Kind">One kind or several, comma separated.</param>
/// <param name="Clock">overdue (逾期), soon (临期), running (正常) or none (无计时): the nearest open clock.</param>
public sealed record IntakeListQuery(
    string? Kind, string? Channel, string? Sector, string? Subject, string? Status, string? Clock, DateOnly? ReceivedFrom,
    DateOnly? ReceivedTo, string? Search, int? Page, int? PageSize);

public enum ClockFilter
{
    Overdue,
    Soon,
    Running,
    None,
}

public sealed record IntakeFilter(
    IReadOnlyList<LeadKind> Kinds, IntakeChannel? Channel, string? Sector, IntakeSubject? Subject, LeadStatus? Status, ClockFilter? Clock,
    DateOnly? ReceivedFrom, DateOnly? ReceivedTo, string? Search)
{
    public static readonly IntakeFilter All = new([], null, null, null, null, null, null, null, null);
}

/// <summary>A row of the list and of the export: never the complainant's or reporter's identity.</summary>
public sealed record IntakeRow(
    int Id, LeadKind Kind, string KindName, IntakeChannel? Channel, string? ChannelName, DateOnly ReceivedOn, string? SourceReference,
    string? RespondentName, IntakeSubject? Subject, string? SubjectName, string? RightName, string? KeySector, string? Area, bool Anonymous,
    LeadStatus Status, string StatusName, DateOnly? NextDueOn, string? NextDueName, DeadlineStatus? ClockStatus, string? ClockStatusName,
    string? OfficerName, string OrgUnitName, int? CaseId, string? CaseNumber, int? MergedIntoId);

/// <summary>The complainant or reporter; <see cref="Hidden"/> when the viewer may not see a reporter's identity.</summary>
public sealed record InformantView(bool Anonymous, bool Hidden, string? Name, string? IdNumber, string? Phone, string? Address);

public sealed record IntakeClockView(
    string Code, string Name, string? Rule, DateOnly StartedOn, DateOnly DueOn, string Basis, DeadlineStatus Status, string StatusName,
    DateOnly? MetOn, IReadOnlyList<Zhibao.Domain.Deadlines.DeadlineStep> Steps);

/// <summary>Another item that looks like the same matter (same respondent and mark within the window), or one merged into this.</summary>
public sealed record IntakeLinkView(int Id, string KindName, DateOnly ReceivedOn, string? RespondentName, string? RightName, string StatusName);

public sealed record IntakeCaseLink(int Id, Zhibao.Data.Entities.CaseKind Kind, string KindName, string? CaseNumber, string Title, string StatusName);

public sealed record IntakeAttachmentView(int Id, string FileName, string ContentType, long Size, string Sha256, string? Description,
    DateTime UploadedAt, string UploadedByName);

public sealed record IntakeHistoryView(long Id, DateTime At, string ActorName, string Action, string Title, string? Comment);

public sealed record IntakeActionView(string Action, string Name);

/// <summary>GET /api/intake/{id}.</summary>
public sealed record IntakeDetail(
    int Id, LeadKind Kind, string KindName, IntakeChannel? Channel, string? ChannelName, DateOnly ReceivedOn, DateTime? ReceivedAt,
    InformantView Informant, bool RewardRequested, string? RespondentName, int? RespondentPartyId, IntakeSubject? Subject, string? SubjectName,
    string? KeySector, string? RightName, string? Description, string? Area, int? SourceUnitId, string? SourceUnitName, string? SourceReference,
    DateOnly? SenderDeadlineOn, int? SenderDeadlineWorkingDays, LeadStatus Status, string StatusName, int OrgUnitId, string OrgUnitName,
    int? OfficerId, string? OfficerName, DateOnly? DecidedOn, string? DecisionNotes, MediationOutcome? MediationOutcome,
    string? MediationOutcomeName, DateOnly? MediationEndedOn, string? MediationNotes, DateOnly? LeadFoundOn, bool VerificationExtended,
    string? ExtensionReason, IntakeCaseLink? Case, DateOnly? ConvertedOn, DateOnly? FilingDecidedOn, DateOnly? RepliedOn, string? ReplyNumber,
    string? ReplyNotes, DateOnly? DisputeStartedOn, string? DisputeWith, DateOnly? DisputeSettledOn, bool DisputeEscalated, string? DisputeNotes,
    DateOnly? ClosedOn, string? CloseNotes, IntakeLinkView? MergedInto, IReadOnlyList<IntakeLinkView> MergedItems,
    IReadOnlyList<IntakeLinkView> PossibleDuplicates, IReadOnlyList<IntakeClockView> Clocks, DateOnly? NextDueOn, string? NextDueName,
    DeadlineStatus? ClockStatus, IReadOnlyList<IntakeActionView> AllowedActions, IReadOnlyList<IntakeAttachmentView> Attachments,
    IReadOnlyList<IntakeHistoryView> History, DateTime CreatedAt, int Version);

/// <summary>The answer to an action or a registration: the item, field errors (400), a refusal (409), a duplicate (409) or not found (404).</summary>
public sealed record IntakeResult(IntakeDetail? Item, FieldErrors Errors, string? Refusal = null, bool NotFound = false, int? ExistingId = null)
{
    public IResult ToHttp(bool created = false) => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: Refusal ?? "该件不存在或不在您的数据权限范围内"),
        { ExistingId: { } existing } => Results.Problem(statusCode: 409, title: "已登记", detail: Refusal,
            extensions: new Dictionary<string, object?> { ["existingId"] = existing }),
        { Refusal: { } refusal } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: refusal),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => created ? Results.Created($"/api/intake/{Item!.Id}", Item) : Results.Ok(Item),
    };
}

/// <summary>One sector of GET /api/intake/counts.</summary>
/// <param name="ClosureRate">办结 ÷ 受理, percent; null when nothing was accepted.</param>
public sealed record IntakeSectorCount(string Sector, bool KeySector, int Received, int Accepted, int Refused, int Closed, int Converted,
    decimal? ClosureRate);

/// <summary>GET /api/intake/counts?year=: items received in the year by key sector, within the caller's scope.</summary>
public sealed record IntakeCounts(int Year, IReadOnlyList<string> Kinds, IReadOnlyList<IntakeSectorCount> Sectors, IntakeSectorCount KeySectors,
    IntakeSectorCount Total);
