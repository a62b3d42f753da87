using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Collaboration;

public sealed record UnitRef(int Id, string Name, bool External);

public sealed record CollaborationFileView(int Id, string FileName, string ContentType, long Size, string Sha256, string? Description,
    int UnitId, string UnitName, DateTime UploadedAt, string UploadedByName, string Url);

// ---------------------------------------------------------------- joint operations

/// <summary>POST/PUT /api/operations: the plan of a joint operation or campaign; a PUT carries the version it read.</summary>
public sealed record OperationInput(
    /// <summary>jointEnforcement, geographicalIndicationCampaign, wellKnownMarkCampaign, doubleStrike, otherCampaign — or the Chinese name.</summary>
    string? Kind,
    [property: Required(ErrorMessage = "请输入行动名称"), StringLength(200, ErrorMessage = "行动名称不超过200个字符")] string? Name,
    [property: Required(ErrorMessage = "请选择开始日期")] DateOnly? StartDate,
    [property: Required(ErrorMessage = "请选择结束日期")] DateOnly? EndDate,
    /// <summary>牵头单位 (a unit of the bureau); the user's own unit when omitted.</summary>
    int? LeadUnitId,
    [property: StringLength(4000, ErrorMessage = "行动方案不超过4000个字符")] string? Description,
    /// <summary>参与单位: outside bodies (公安, 检察院, 法院, 文化执法 …) or units of the bureau.</summary>
    IReadOnlyList<int>? BodyUnitIds,
    [property: StringLength(500, ErrorMessage = "其他参与单位不超过500个字符")] string? OtherBodies,
    IReadOnlyList<OperationTargetInput>? Targets,
    IReadOnlyList<OperationTaskInput>? Tasks,
    [property: StringLength(4000, ErrorMessage = "行动总结不超过4000个字符")] string? Summary,
    int Version = 0);

/// <summary>A target: kind market (marketId), mark (protectedMarkId), sector or area (label from the dictionaries key_sector, area).</summary>
public sealed record OperationTargetInput(string? Kind, int? MarketId, int? ProtectedMarkId, string? Label);

/// <summary>A unit's task; <see cref="Id"/> keeps an existing task (its status and note stay unless given).</summary>
public sealed record OperationTaskInput(int? Id, int? OwnerUnitId, string? Content, DateOnly? DueOn, string? Status);

/// <summary>PUT /api/operations/{id}/tasks/{taskId}: the owner unit (or the lead unit) reports a task's status.</summary>
public sealed record TaskStatusInput(
    [property: Required(ErrorMessage = "请选择任务状态")] string? Status,
    DateOnly? DoneOn,
    [property: StringLength(1000, ErrorMessage = "说明不超过1000个字符")] string? Note);

/// <summary>POST /api/operations/{id}/results: what a unit achieved; <see cref="CaseIds"/> links the platform's cases opened.</summary>
public sealed record OperationResultInput(
    /// <summary>The reporting unit (lead or participating); a partner body always reports as itself.</summary>
    int? UnitId,
    [property: Required(ErrorMessage = "请选择填报日期")] DateOnly? ReportedOn,
    int? Inspections,
    int? GoodsSeized,
    decimal? GoodsValue,
    int? Referrals,
    /// <summary>Cases opened by a body whose cases are not on the platform (公安 …).</summary>
    int? OtherCasesOpened,
    IReadOnlyList<int>? CaseIds,
    [property: StringLength(2000, ErrorMessage = "说明不超过2000个字符")] string? Note);

public sealed record OperationQuery(string? Kind, int? Year, int? UnitId, string? Phase, string? Search, int? Page, int? PageSize);

public sealed record OperationRow(
    int Id, OperationKind Kind, string KindName, string Name, DateOnly StartDate, DateOnly EndDate, OperationPhase Phase, string PhaseName,
    int LeadUnitId, string LeadUnitName, string Bodies, int Tasks, int TasksDone, int Inspections, int CasesOpened, int GoodsSeized, int Referrals,
    int Version);

public sealed record OperationTargetView(OperationTargetKind Kind, string KindName, int? MarketId, int? ProtectedMarkId, string Label);

public sealed record OperationTaskView(int Id, int OwnerUnitId, string OwnerUnitName, string Content, DateOnly? DueOn, WorkItemStatus Status,
    string StatusName, DateOnly? DoneOn, string? Note, bool Overdue, bool CanUpdate);

/// <summary>A case linked to a result; partners see only that a case was opened (no number or title).</summary>
public sealed record OperationCaseView(int CaseId, string? CaseNumber, string? Title, string? StatusName);

public sealed record OperationResultView(int Id, int UnitId, string UnitName, DateOnly ReportedOn, int Inspections, int GoodsSeized, decimal? GoodsValue,
    int Referrals, int OtherCasesOpened, IReadOnlyList<OperationCaseView> Cases, string? Note, DateTime CreatedAt, string CreatedByName);

public sealed record OperationTotals(int Inspections, int LinkedCases, int OtherCasesOpened, int CasesOpened, int GoodsSeized, decimal GoodsValue, int Referrals);

public sealed record OperationDetail(
    int Id, OperationKind Kind, string KindName, string Name, DateOnly StartDate, DateOnly EndDate, OperationPhase Phase, string PhaseName,
    UnitRef LeadUnit, string? Description, IReadOnlyList<UnitRef> Bodies, string? OtherBodies, IReadOnlyList<OperationTargetView> Targets,
    IReadOnlyList<OperationTaskView> Tasks, IReadOnlyList<OperationResultView> Results, OperationTotals Totals, string? Summary,
    bool CanEdit, bool CanReport, DateTime CreatedAt, string CreatedByName, DateTime UpdatedAt, int Version);

// ---------------------------------------------------------------- requests

/// <summary>POST/PUT /api/requests. A partner body's user always sends as its own unit, to a unit of the bureau.</summary>
public sealed record RequestInput(
    /// <summary>assistance (京津冀协查), transfer (移送), notice (通报), guidance (报请市局指导), technicalOpinion (技术咨询/技术调查), caseFileHelp (协助整理案卷).</summary>
    string? Kind,
    [property: Required(ErrorMessage = "请输入事由"), StringLength(200, ErrorMessage = "事由不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请输入请求内容"), StringLength(4000, ErrorMessage = "请求内容不超过4000个字符")] string? Content,
    int? SenderUnitId,
    int? ReceiverUnitId,
    int? CaseId,
    /// <summary>发出日期 (or the day an incoming request arrived); today when omitted.</summary>
    DateOnly? SentOn,
    /// <summary>The deadline as a date, or as working days from <see cref="SentOn"/> (one of the two).</summary>
    DateOnly? DueOn,
    int? DueWorkingDays,
    int Version = 0);

/// <summary>POST /api/requests/{id}/reply: the receiver's answer (or the answer an outside body gave, recorded by the bureau).</summary>
public sealed record ReplyInput(
    [property: Required(ErrorMessage = "请输入答复内容"), StringLength(4000, ErrorMessage = "答复内容不超过4000个字符")] string? Reply,
    DateOnly? RepliedOn,
    int? Version);

public sealed record RequestQuery(string? Kind, string? Status, string? Direction, int? Year, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record RequestRow(
    int Id, RequestKind Kind, string KindName, string Title, int SenderUnitId, string SenderUnitName, int ReceiverUnitId, string ReceiverUnitName,
    int? CaseId, string? CaseNumber, DateOnly SentOn, DateOnly? DueOn, RequestStatus Status, string StatusName, bool RepliedLate, DateOnly? RepliedOn,
    int Version);

public sealed record RequestCaseView(int Id, string? CaseNumber, string Title);

public sealed record RequestDetail(
    int Id, RequestKind Kind, string KindName, string Title, string Content, UnitRef Sender, UnitRef Receiver, RequestCaseView? Case,
    DateOnly SentOn, DateOnly? DueOn, int? DueWorkingDays, string? DueBasis, RequestStatus Status, string StatusName, bool RepliedLate,
    string? Reply, DateOnly? RepliedOn, string? RepliedByName, IReadOnlyList<CollaborationFileView> Files,
    bool CanEdit, bool CanReply, bool CanAttach, DateTime CreatedAt, string CreatedByName, DateTime UpdatedAt, int Version);

// ---------------------------------------------------------------- entrustments

/// <summary>POST/PUT /api/entrustments: a case (caseId) or a task (taskTitle) entrusted to an outside body with its scope and term.</summary>
public sealed record EntrustmentInput(
    /// <summary>entrusted (委托执法) or joint (联合办案).</summary>
    string? Kind,
    int? PartnerUnitId,
    int? CaseId,
    [property: StringLength(200, ErrorMessage = "委托事项不超过200个字符")] string? TaskTitle,
    [property: Required(ErrorMessage = "请填写委托范围"), StringLength(2000, ErrorMessage = "委托范围不超过2000个字符")] string? Scope,
    [property: Required(ErrorMessage = "请选择委托起始日期")] DateOnly? StartOn,
    [property: Required(ErrorMessage = "请选择委托截止日期")] DateOnly? EndOn,
    /// <summary>委托单位; the case's unit, or the user's unit for a task.</summary>
    int? UnitId,
    int Version = 0);

/// <summary>POST /api/entrustments/{id}/results: a result or progress report (检查情况, 技术调查意见 …).</summary>
public sealed record EntrustmentResultInput(
    [property: Required(ErrorMessage = "请填写结果内容"), StringLength(4000, ErrorMessage = "结果内容不超过4000个字符")] string? Content,
    DateOnly? ReportedOn);

/// <summary>POST /api/entrustments/{id}/actions/{complete|revoke}: outcome (complete) or reason (revoke).</summary>
public sealed record EntrustmentActionInput(
    [property: StringLength(4000, ErrorMessage = "内容不超过4000个字符")] string? Outcome,
    DateOnly? CompletedOn,
    [property: StringLength(500, ErrorMessage = "撤回理由不超过500个字符")] string? Reason,
    int? Version);

public sealed record EntrustmentQuery(string? Kind, string? Status, int? PartnerUnitId, int? Year, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record EntrustmentRow(
    int Id, EntrustmentKind Kind, string KindName, string Subject, int? CaseId, string? CaseNumber, int UnitId, string UnitName, int PartnerUnitId,
    string PartnerUnitName, DateOnly StartOn, DateOnly EndOn, EntrustmentStatus Status, string StateName, int Results, int Files, int Version);

/// <summary>What a partner sees of an entrusted case: its basic facts, never the case file, IDs or addresses.</summary>
public sealed record EntrustedCaseView(int Id, string? CaseNumber, string Title, string KindName, string Subject, string? KeySector, string StatusName,
    DateOnly ReceivedOn, DateOnly? FiledOn, DateOnly? ClosedOn, IReadOnlyList<string> Parties, IReadOnlyList<string> Rights);

public sealed record EntrustmentResultView(int Id, int UnitId, string UnitName, DateOnly ReportedOn, string Content, DateTime CreatedAt, string CreatedByName);

public sealed record EntrustmentDetail(
    int Id, EntrustmentKind Kind, string KindName, string Subject, UnitRef Unit, UnitRef Partner, EntrustedCaseView? Case, string? TaskTitle,
    string Scope, DateOnly StartOn, DateOnly EndOn, EntrustmentStatus Status, string StateName, bool WithinTerm, string? Outcome,
    DateOnly? CompletedOn, string? RevokedReason, IReadOnlyList<CollaborationFileView> Files, IReadOnlyList<EntrustmentResultView> Results,
    bool CanEdit, bool CanContribute, DateTime CreatedAt, string CreatedByName, DateTime UpdatedAt, int Version);

// ---------------------------------------------------------------- meetings

/// <summary>POST/PUT /api/meetings: a coordination meeting with its decisions and follow-up tasks.</summary>
public sealed record MeetingInput(
    [property: Required(ErrorMessage = "请输入会议名称"), StringLength(200, ErrorMessage = "会议名称不超过200个字符")] string? Title,
    [property: Required(ErrorMessage = "请选择会议日期")] DateOnly? HeldOn,
    [property: StringLength(200, ErrorMessage = "地点不超过200个字符")] string? Place,
    /// <summary>召集单位; the user's unit when omitted.</summary>
    int? UnitId,
    IReadOnlyList<int>? BodyUnitIds,
    [property: StringLength(500, ErrorMessage = "其他参会单位不超过500个字符")] string? OtherBodies,
    [property: Required(ErrorMessage = "请填写议定事项"), StringLength(4000, ErrorMessage = "议定事项不超过4000个字符")] string? Decisions,
    int? OperationId,
    IReadOnlyList<FollowUpInput>? FollowUps,
    int Version = 0);

public sealed record FollowUpInput(int? Id, string? Content, int? OwnerUnitId, string? OwnerName, DateOnly? DueOn, string? Status, DateOnly? DoneOn);

public sealed record MeetingQuery(int? Year, int? UnitId, string? Search, int? Page, int? PageSize);

public sealed record MeetingRow(int Id, string Title, DateOnly HeldOn, string? Place, int UnitId, string UnitName, string Bodies, int FollowUps,
    int FollowUpsDone, int FollowUpsOverdue, int Version);

public sealed record FollowUpView(int Id, string Content, int OwnerUnitId, string OwnerUnitName, string? OwnerName, DateOnly? DueOn,
    WorkItemStatus Status, string StatusName, DateOnly? DoneOn, bool Overdue);

public sealed record MeetingDetail(int Id, string Title, DateOnly HeldOn, string? Place, UnitRef Unit, IReadOnlyList<UnitRef> Bodies, string? OtherBodies,
    string Decisions, int? OperationId, string? OperationName, IReadOnlyList<FollowUpView> FollowUps, bool CanEdit, DateTime CreatedAt,
    string CreatedByName, DateTime UpdatedAt, int Version);

// ---------------------------------------------------------------- counts

public sealed record CollaborationCountsQuery(int? Year, int? UnitId);

public sealed record KindCount(string Kind, string KindName, int Count);

public sealed record OperationCounts(int Total, int JointEnforcement, int Campaigns, IReadOnlyList<KindCount> ByKind, int Inspections, int LinkedCases,
    int CasesOpened, int GoodsSeized, decimal GoodsValue, int Referrals);

public sealed record PartnerCount(int UnitId, string UnitName, int Entrusted, int Joint);

/// <summary>Entrusted (委托执法) and joint (联合办案) handling in the year and how it ended (seed task 9: 案件数量和质量).</summary>
public sealed record EntrustmentCounts(int Total, int Entrusted, int Joint, IReadOnlyList<PartnerCount> ByPartner, int Active, int Expired, int Completed,
    int Revoked, int Cases, int CasesFiled, int CasesClosed, int PenaltyDecisions, decimal Fines, int Results);

public sealed record RequestCounts(int Total, int Sent, int Received, IReadOnlyList<KindCount> ByKind, int Answered, int AnsweredLate, int Pending, int Overdue);

public sealed record MeetingCounts(int Total, int FollowUps, int FollowUpsDone, int FollowUpsOverdue);

/// <summary>GET /api/operations/counts: the year's collaboration figures for statistics and the plan.</summary>
public sealed record CollaborationCounts(int Year, int? UnitId, OperationCounts Operations, EntrustmentCounts Entrustments, RequestCounts Requests,
    MeetingCounts Meetings);

// ---------------------------------------------------------------- results

/// <summary>The outcome of a collaboration use case: a value, field errors (400), a conflict (409), 403 or 404.</summary>
public sealed record CollabResult<T>(T? Value, FieldErrors Errors, bool NotFound = false, string? Conflict = null, string? Forbidden = null)
    where T : class
{
    public IResult ToHttp(string what, Func<T, IResult>? ok = null) => this switch
    {
        { NotFound: true } => AdminModule.NotFound(what),
        { Forbidden: { } reason } => Results.Problem(statusCode: 403, title: "无权执行此操作", detail: reason),
        { Conflict: { } conflict } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: conflict),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => ok is null ? Results.Ok(Value) : ok(Value!),
    };
}

public static class CollabResult
{
    public static CollabResult<T> Ok<T>(T value) where T : class => new(value, new FieldErrors());

    public static CollabResult<T> Invalid<T>(FieldErrors errors) where T : class => new(null, errors);

    public static CollabResult<T> Missing<T>() where T : class => new(null, new FieldErrors(), NotFound: true);

    public static CollabResult<T> Refused<T>(string conflict) where T : class => new(null, new FieldErrors(), Conflict: conflict);

    public static CollabResult<T> Denied<T>(string reason) where T : class => new(null, new FieldErrors(), Forbidden: reason);
}
