using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Markets;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Markets;

/// <summary>POST /api/markets and PUT /api/markets/{id} (PUT carries the <see cref="Version"/> it read; a stale one answers 409).</summary>
public sealed record MarketInput(
    [property: Required(ErrorMessage = "请输入市场名称"), StringLength(200, ErrorMessage = "市场名称不超过200个字符")] string? Name,
    /// <summary>CommodityMarket (商品交易市场), BusinessDistrict (商圈), ShoppingMall (商场/商业综合体), ECommercePlatform (电商平台), Other.</summary>
    string? Kind,
    /// <summary>开办者/运营者 from the party registry; when given, its name and code are used.</summary>
    int? OperatorPartyId,
    [property: StringLength(200, ErrorMessage = "开办者名称不超过200个字符")] string? OperatorName,
    /// <summary>开办者统一社会信用代码 (GB 32100 check character).</summary>
    string? OperatorUscc,
    [property: StringLength(300, ErrorMessage = "地址不超过300个字符")] string? Address,
    /// <summary>街镇 (dictionary area).</summary>
    string? Area,
    [property: Range(0, 1_000_000, ErrorMessage = "摊位数须为0到1000000之间的整数")] int StallCount,
    [property: StringLength(50, ErrorMessage = "联系人不超过50个字符")] string? Contact,
    [property: StringLength(50, ErrorMessage = "联系电话不超过50个字符")] string? Phone,
    /// <summary>监管单位; the caller's own unit when omitted.</summary>
    int? UnitId,
    MarketSystemStatus? EntryCommitmentStatus,
    [property: Range(0, 1_000_000, ErrorMessage = "签署承诺户数须为非负整数")] int CommitmentCount,
    MarketSystemStatus? AdvanceCompensationStatus,
    [property: Range(typeof(decimal), "0", "1000000000", ErrorMessage = "先行赔偿金须为0到10亿元之间")] decimal? CompensationFund,
    MarketSystemStatus? CounterfeitExitStatus,
    [property: StringLength(2000, ErrorMessage = "备注不超过2000个字符")] string? Remark,
    int Version = 0);

public sealed record InspectionInput(
    [property: Required(ErrorMessage = "请输入检查日期")] DateOnly? InspectedOn,
    [property: Required(ErrorMessage = "请选择检查结果")] InspectionResult? Result,
    [property: StringLength(200, ErrorMessage = "检查人员不超过200个字符")] string? Inspectors,
    [property: StringLength(2000, ErrorMessage = "检查情况不超过2000个字符")] string? Findings,
    DateOnly? RectifiedOn);

public sealed record CompensationClaimInput(
    [property: Required(ErrorMessage = "请输入赔付日期")] DateOnly? PaidOn,
    [property: Required(ErrorMessage = "请输入赔付金额"), Range(typeof(decimal), "0.01", "1000000000", ErrorMessage = "赔付金额须大于0")] decimal? Amount,
    [property: StringLength(200, ErrorMessage = "申请人不超过200个字符")] string? Claimant,
    [property: StringLength(2000, ErrorMessage = "说明不超过2000个字符")] string? Description);

public sealed record RemovalInput(
    [property: Required(ErrorMessage = "请输入清退日期")] DateOnly? RemovedOn,
    [property: Required(ErrorMessage = "请输入被清退的经营户"), StringLength(200, ErrorMessage = "经营户不超过200个字符")] string? StallHolder,
    [property: StringLength(50, ErrorMessage = "摊位号不超过50个字符")] string? StallNumber,
    [property: StringLength(2000, ErrorMessage = "原因不超过2000个字符")] string? Reason);

/// <summary>GET /api/markets?search=&amp;kind=&amp;area=&amp;unitId=&amp;rating=&amp;standardised=</summary>
public sealed record MarketQuery(string? Search, string? Kind, string? Area, int? UnitId, string? Rating, bool? Standardised, int? Page, int? PageSize);

public sealed record MarketFilter(string? Search, MarketKind? Kind, string? Area, int? UnitId, MarketRatingLevel? Rating, bool? Standardised);

public record MarketRow(
    int Id, string Name, MarketKind Kind, string KindName, int? OperatorPartyId, string? OperatorName, string? OperatorUscc,
    string? Address, string? Area, int StallCount, int OrgUnitId, string OrgUnitName,
    MarketSystemStatus EntryCommitmentStatus, string EntryCommitmentStatusName, int CommitmentCount, decimal? CommitmentRatio,
    MarketSystemStatus AdvanceCompensationStatus, string AdvanceCompensationStatusName, decimal? CompensationFund, int ClaimCount,
    decimal ClaimsPaid, MarketSystemStatus CounterfeitExitStatus, string CounterfeitExitStatusName, int RemovalCount,
    DateOnly? LastInspectedOn, string? LastInspectionResultName, MarketRatingLevel Rating, string RatingName, bool IsStandardised,
    int Version);

public sealed record InspectionView(int Id, DateOnly InspectedOn, InspectionResult Result, string ResultName, string? Inspectors,
    string? Findings, DateOnly? RectifiedOn, string RecordedByName, DateTime RecordedAt);

public sealed record ClaimView(int Id, DateOnly PaidOn, decimal Amount, string? Claimant, string? Description, string RecordedByName, DateTime RecordedAt);

public sealed record RemovalView(int Id, DateOnly RemovedOn, string StallHolder, string? StallNumber, string? Reason, string RecordedByName, DateTime RecordedAt);

/// <summary>GET /api/markets/{id}: the row, the rating's criteria with their reasons, and the records of the three systems.</summary>
public sealed record MarketDetail : MarketRow
{
    public MarketDetail(MarketRow row, string? contact, string? phone, string? remark, IReadOnlyList<Domain.Markets.RatingCriterion> criteria,
        IReadOnlyList<InspectionView> inspections, IReadOnlyList<ClaimView> claims, IReadOnlyList<RemovalView> removals) : base(row)
    {
        Contact = contact;
        Phone = phone;
        Remark = remark;
        RatingCriteria = criteria;
        Inspections = inspections;
        CompensationClaims = claims;
        Removals = removals;
    }

    public string? Contact { get; init; }
    public string? Phone { get; init; }
    public string? Remark { get; init; }
    public IReadOnlyList<Domain.Markets.RatingCriterion> RatingCriteria { get; init; }
    public IReadOnlyList<InspectionView> Inspections { get; init; }
    public IReadOnlyList<ClaimView> CompensationClaims { get; init; }
    public IReadOnlyList<RemovalView> Removals { get; init; }
}

/// <summary>
/// The plan indicator 规范化市场数 with its three systems: how many markets are rated 规范化 (or 示范) out of how many, and
/// how many have each system established, on <see cref="Date"/>.
/// </summary>
public sealed record StandardisedCount(int Count, int Total, DateOnly Date, int EntryCommitment, int AdvanceCompensation,
    int CounterfeitExit, int UnitId, string UnitName);

/// <summary>A market rated on a day, and which of its three systems (准入承诺、先行赔偿、假冒离场) are established.</summary>
public sealed record RatedMarket(int Id, string Name, Domain.Markets.MarketRatingResult Rating, bool EntryCommitment, bool AdvanceCompensation,
    bool CounterfeitExit);

/// <summary>The answer to a save: the market, field errors (400), a conflict (409: duplicate name or stale version) or not found.</summary>
public sealed record MarketSaveResult(MarketDetail? Market, FieldErrors Errors, string? Conflict = null, int? ExistingId = null, bool NotFound = false)
{
    public IResult ToHttp(bool created = false) => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: "市场不存在或不在您的数据权限范围内"),
        { Conflict: { } conflict } => Results.Problem(statusCode: 409, title: "保存冲突", detail: conflict,
            extensions: ExistingId is { } id ? new Dictionary<string, object?> { ["existingId"] = id } : null),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => created ? Results.Created($"/api/markets/{Market!.Id}", Market) : Results.Ok(Market),
    };
}
