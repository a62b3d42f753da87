using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Registries;

namespace Zhibao.Web.Registries;

/// <param name="Kind">patent / trademark: agencies holding that qualification.</param>
/// <param name="Commitment">signed / breached / missing (includes overdue) / overdue.</param>
public sealed record AgencyFilter(AgencyKinds? Kind, string? Search, CommitmentState? Commitment, bool? Active);

public record AgencyRow(int Id, string Name, string UnifiedSocialCreditCode, IReadOnlyList<string> Kinds, string KindName,
    string? PatentLicenceNumber, string? TrademarkFilingNumber, string? Address, string? ContactPerson, string? ContactPhone,
    int OrgUnitId, string OrgUnitName, bool IsActive, int AttorneyCount, string? AttorneyNames, CommitmentState CommitmentState, string CommitmentStateName,
    DateOnly? CommitmentSignedOn, DateOnly? CommitmentDueOn, int BreachCount, DateOnly? LastInspectedOn, DateTime UpdatedAt, int Version);

public sealed record AttorneyView(int Id, string Name, string? CertificateNumber);

public sealed record BreachView(int Id, int CommitmentId, DateOnly OccurredOn, string Description, DateTime RecordedAt, string RecordedByName);

public sealed record CommitmentView(int Id, CommitmentStatus Status, string StatusName, DateOnly? SignedOn, DateOnly? DueOn, bool Overdue,
    string? Scope, string? Remark, DateTime CreatedAt, string CreatedByName, int Version, IReadOnlyList<BreachView> Breaches);

public sealed record InspectionView(int Id, DateOnly InspectedOn, string Officers, string Findings, AgencyInspectionResult Result, string ResultName,
    string? FollowUp, DateTime RecordedAt, string RecordedByName);

/// <summary>GET /api/agencies/{id}: the row with attorneys, commitments and breaches, inspections, the credit record and linked cases.</summary>
public sealed record AgencyDetail : AgencyRow
{
    public AgencyDetail(AgencyRow row) : base(row)
    {
    }

    public string? Remark { get; init; }
    public DateTime CreatedAt { get; init; }
    public IReadOnlyList<AttorneyView> Attorneys { get; init; } = [];
    public IReadOnlyList<CommitmentView> Commitments { get; init; } = [];
    public IReadOnlyList<InspectionView> Inspections { get; init; } = [];
    /// <summary>失信记录: the breaches of its commitments (《国家知识产权局知识产权信用管理规定》: 违反信用承诺 is a 失信行为).</summary>
    public IReadOnlyList<string> CreditRecord { get; init; } = [];
    /// <summary>Cases whose party holds the agency's 统一社会信用代码 (within the caller's data scope).</summary>
    public IReadOnlyList<LinkedCase> Cases { get; init; } = [];
}

public sealed record AttorneyInput(
    int? Id,
    [property: Required(ErrorMessage = "请填写代理师姓名"), StringLength(50, ErrorMessage = "代理师姓名不超过50个字符")] string? Name,
    [property: StringLength(50, ErrorMessage = "执业证号不超过50个字符")] string? CertificateNumber);

/// <summary>POST/PUT /api/agencies.</summary>
public sealed record AgencyInput(
    [property: Required(ErrorMessage = "请输入代理机构名称"), StringLength(200, ErrorMessage = "名称不超过200个字符")] string? Name,
    /// <summary>GB 32100 check character; the natural key (duplicates 409).</summary>
    string? UnifiedSocialCreditCode,
    /// <summary>专利代理机构执业许可证号; at least this or the trademark filing number.</summary>
    [property: StringLength(50, ErrorMessage = "执业许可证号不超过50个字符")] string? PatentLicenceNumber,
    /// <summary>商标代理机构备案号.</summary>
    [property: StringLength(50, ErrorMessage = "备案号不超过50个字符")] string? TrademarkFilingNumber,
    [property: StringLength(300, ErrorMessage = "地址不超过300个字符")] string? Address,
    [property: StringLength(50, ErrorMessage = "联系人不超过50个字符")] string? ContactPerson,
    [property: StringLength(50, ErrorMessage = "联系电话不超过50个字符")] string? ContactPhone,
    [property: StringLength(1000, ErrorMessage = "备注不超过1000个字符")] string? Remark,
    IReadOnlyList<AttorneyInput>? Attorneys,
    /// <summary>On creation only: requests the 信用承诺书 by this day (an unsigned commitment); reminders follow once it has passed.</summary>
    DateOnly? CommitmentDueOn,
    bool IsActive = true,
    int Version = 0);

public sealed record AgencySaveResult(AgencyDetail? Agency, Platform.Api.FieldErrors Errors, RegistryDuplicate? Duplicate = null, bool NotFound = false);

/// <summary>POST /api/agencies/{id}/commitments and PUT …/{cid}: status Unsigned (with dueOn) or Signed (with signedOn).</summary>
public sealed record CommitmentInput(
    string? Status,
    DateOnly? SignedOn,
    DateOnly? DueOn,
    [property: StringLength(1000, ErrorMessage = "承诺事项不超过1000个字符")] string? Scope,
    [property: StringLength(1000, ErrorMessage = "备注不超过1000个字符")] string? Remark,
    int Version = 0);

public sealed record BreachInput(
    DateOnly? OccurredOn,
    [property: Required(ErrorMessage = "请填写违诺情况"), StringLength(2000, ErrorMessage = "违诺情况不超过2000个字符")] string? Description);

public sealed record InspectionInput(
    DateOnly? InspectedOn,
    /// <summary>Officers from the officer registry who carried out the inspection.</summary>
    IReadOnlyList<int>? OfficerIds,
    [property: Required(ErrorMessage = "请填写检查发现的情况"), StringLength(4000, ErrorMessage = "检查情况不超过4000个字符")] string? Findings,
    /// <summary>NoIssue 未发现问题, Rectification 责令整改, Interview 约谈提醒, Referred 移交处理.</summary>
    string? Result,
    [property: StringLength(2000, ErrorMessage = "后续处理不超过2000个字符")] string? FollowUp);

/// <summary>An agency still missing a signed commitment.</summary>
public sealed record MissingCommitment(int AgencyId, string Name, string UnifiedSocialCreditCode, string KindName, string? ContactPerson,
    string? ContactPhone, DateOnly? DueOn, bool Overdue, int? DaysOverdue);

/// <summary>POST /api/agencies/commitments/submissions: the list forwarded to the city division (an external unit) on a day.</summary>
public sealed record SubmissionInput(DateOnly? SubmittedOn, int? ReceiverUnitId,
    [property: StringLength(1000, ErrorMessage = "备注不超过1000个字符")] string? Remark);

/// <summary>One agency in a submission, as it stood when the list was sent.</summary>
public sealed record SubmissionRow(int AgencyId, string Name, string UnifiedSocialCreditCode, string KindName, string? PatentLicenceNumber,
    string? TrademarkFilingNumber, string StatusName, DateOnly? SignedOn, DateOnly? DueOn, string? Scope, int BreachCount,
    string? ContactPerson, string? ContactPhone);

public sealed record SubmissionSummary(int Id, DateOnly SubmittedOn, int ReceiverUnitId, string ReceiverName, int AgencyCount, int CoveredCount,
    string? Remark, DateTime CreatedAt, string CreatedByName);

public sealed record SubmissionDetail(SubmissionSummary Submission, IReadOnlyList<SubmissionRow> Rows);

public sealed record CoverageView(int Covered, int Total, decimal? Rate, int BureauId, string BureauName, DateOnly Date);
