using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Leads;
using Zhibao.Web.Cases;

namespace Zhibao.Web.Leads;

/// <summary>
/// POST /api/leads: a lead on an abnormal patent application or a malicious trademark registration as the sender lists it.
/// The sender's deadline is a date (<see cref="SenderDeadlineOn"/>) or working days after receipt
/// (<see cref="SenderDeadlineWorkingDays"/>), not both.
/// </summary>
public sealed record LeadInput(
    /// <summary>AbnormalPatentApplication (非正常专利申请) or MaliciousTrademarkApplication (恶意商标注册).</summary>
    string? Kind,
    /// <summary>交办单位: an outside body (组织机构中的外部单位), e.g. 国家知识产权局 or 天津市知识产权局.</summary>
    int? SourceUnitId,
    [property: StringLength(100, ErrorMessage = "来文文号不超过100个字符")] string? SourceReference,
    [property: StringLength(100, ErrorMessage = "批次号不超过100个字符")] string? BatchReference,
    [property: Required(ErrorMessage = "请输入收到线索的日期")] DateOnly? ReceivedOn,
    DateOnly? SenderDeadlineOn,
    int? SenderDeadlineWorkingDays,
    /// <summary>专利申请号 (check digit verified) or 商标申请号/注册号.</summary>
    string? ApplicationNumber,
    [property: StringLength(1000, ErrorMessage = "其他申请号不超过1000个字符")] string? OtherNumbers,
    [property: StringLength(200, ErrorMessage = "名称不超过200个字符")] string? RightName,
    [property: StringLength(100, ErrorMessage = "类别不超过100个字符")] string? NiceClasses,
    [property: Required(ErrorMessage = "请输入申请人"), StringLength(200, ErrorMessage = "申请人不超过200个字符")] string? Applicant,
    int? ApplicantPartyId,
    [property: StringLength(200, ErrorMessage = "代理机构不超过200个字符")] string? AgencyName,
    /// <summary>街镇 (dictionary area).</summary>
    string? Area,
    [property: StringLength(4000, ErrorMessage = "线索内容不超过4000个字符")] string? Summary,
    /// <summary>The handling unit; the caller's own unit when omitted.</summary>
    int? UnitId);

/// <summary>
/// POST /api/leads/{id}/actions/{action}; each action reads its own fields. assign: officerId, assignedOn; check:
/// checkedOn, result, categories, transferredToUnitId / transferredTo, notes; report: reportedOn, replyNumber, notes;
/// convert: subject, title, leadReceivedOn, unitId, officerIds. An omitted date means today; a given
/// <see cref="Version"/> must match the lead (409 otherwise).
/// </summary>
public sealed record LeadActionInput
{
    public int? OfficerId { get; init; }
    public DateOnly? AssignedOn { get; init; }
    public DateOnly? CheckedOn { get; init; }
    public LeadResult? Result { get; init; }
    /// <summary>Codes of GET /api/leads/categories (P1–P8 for patents, T1–T6 and A1–A2 for trademarks).</summary>
    public IReadOnlyList<string>? Categories { get; init; }
    public int? TransferredToUnitId { get; init; }
    public string? TransferredTo { get; init; }
    public string? Notes { get; init; }
    public DateOnly? ReportedOn { get; init; }
    public string? ReplyNumber { get; init; }
    public string? Subject { get; init; }
    public string? Title { get; init; }
    public DateOnly? LeadReceivedOn { get; init; }
    public int? UnitId { get; init; }
    public IReadOnlyList<int>? OfficerIds { get; init; }
    public int? Version { get; init; }
}

/// <summary>GET /api/leads?kind=…&amp;status=…&amp;officerId=…&amp;overdue=true&amp;receivedFrom=…&amp;receivedTo=…&amp;search=…</summary>
/// <param name="Kind">One kind or several, comma separated (enum names or Chinese names).</param>
public sealed record LeadListQuery(
    string? Kind, string? Status, int? OfficerId, bool? Overdue, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, string? Search,
    int? Page, int? PageSize);

public sealed record LeadFilter(IReadOnlyList<LeadKind> Kinds, LeadStatus? Status, int? OfficerId, bool? Overdue,
    DateOnly? ReceivedFrom, DateOnly? ReceivedTo, string? Search)
{
    public static readonly LeadFilter AbnormalFilings = new(LeadWorkflow.AbnormalFilingKinds, null, null, null, null, null, null);
}

public sealed record LeadRow(
    int Id, LeadKind Kind, string KindName, LeadStatus Status, string StatusName, string? SourceUnitName, string? SourceReference,
    string? BatchReference, string? ApplicationNumber, string? RightName, string? Applicant, string? AgencyName, string? Area,
    DateOnly ReceivedOn, DateOnly? ReplyDueOn, ReplyStatus ReplyStatus, string ReplyStatusName, DeadlineStatus? DeadlineStatus,
    string? OfficerName, string OrgUnitName, LeadResult? Result, string? ResultName, DateOnly? CheckedOn, DateOnly? ReportedOn,
    string? ReplyNumber, int? CaseId, string? CaseNumber);

public sealed record LeadCategoryView(string Code, string Name, string Text, string Basis);

public sealed record LeadCaseLink(int Id, string? CaseNumber, string Title, string StatusName);

public sealed record LeadHistoryView(long Id, DateTime At, string ActorName, string Action, string Title, string? Comment);

/// <summary>GET /api/leads/{id}.</summary>
public sealed record LeadDetail(
    int Id, LeadKind Kind, string KindName, LeadStatus Status, string StatusName, string? NaturalKey,
    int? SourceUnitId, string? SourceUnitName, string? SourceReference, string? BatchReference, DateOnly ReceivedOn,
    DateOnly? SenderDeadlineOn, int? SenderDeadlineWorkingDays, DateOnly? ReplyDueOn, string? ReplyBasis, ReplyStatus ReplyStatus,
    string ReplyStatusName, DeadlineStatus? DeadlineStatus, string? Subject, string? Summary, string? ApplicationNumber, string? OtherNumbers,
    string? RightName, string? NiceClasses, string? Applicant, int? ApplicantPartyId, string? AgencyName, string? Area, int OrgUnitId,
    string OrgUnitName, int? AssignedOfficerId, string? OfficerName, DateOnly? AssignedOn, DateOnly? CheckedOn, LeadResult? Result,
    string? ResultName, IReadOnlyList<LeadCategoryView> Categories, int? TransferredToUnitId, string? TransferredTo, string? CheckNotes,
    string? CheckedByName, DateOnly? ReportedOn, string? ReplyNumber, string? ReportNotes, LeadCaseLink? Case, DateOnly? ConvertedOn,
    IReadOnlyList<string> AllowedActions, IReadOnlyList<LeadHistoryView> History, DateTime CreatedAt, int Version);

/// <summary>The answer to an action or a registration: the lead, field errors (400), a refusal (409), a duplicate (409) or not found (404).</summary>
public sealed record LeadResultOf(LeadDetail? Lead, Platform.Api.FieldErrors Errors, string? Refusal = null, bool NotFound = false,
    int? ExistingId = null)
{
    public IResult ToHttp(bool created = false) => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: Refusal ?? "线索不存在或不在您的数据权限范围内"),
        { ExistingId: { } existing } => Results.Problem(statusCode: 409, title: "线索已登记", detail: Refusal,
            extensions: new Dictionary<string, object?> { ["existingId"] = existing }),
        { Refusal: { } refusal } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: refusal),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => created ? Results.Created($"/api/leads/{Lead!.Id}", Lead) : Results.Ok(Lead),
    };
}

/// <summary>One month of GET /api/leads/abnormal-filings/monthly.</summary>
public sealed record LeadMonth(int Month, int Received, int Checked, int Confirmed, int ReportedBack);

public sealed record LeadMonthlyCounts(int Year, IReadOnlyList<string> Kinds, IReadOnlyList<LeadMonth> Months, LeadMonth Total);

/// <summary>A lead the plan's 交办线索办结率 counts; <see cref="ReportedOn"/> is null while not reported back by the day asked.</summary>
public sealed record AssignedLead(int Id, LeadKind Kind, string? Number, string? Applicant, DateOnly ReceivedOn, DateOnly? ReplyDueOn, DateOnly? ReportedOn)
{
    public bool Closed => ReportedOn is not null;
}
