using System.ComponentModel.DataAnnotations;
using Zhibao.Domain.Registries;

namespace Zhibao.Web.Registries;

public sealed record ProtectedMarkFilter(ProtectedMarkKind? Kind, MarkTags? Tag, string? Search, GiCategory? Category);

/// <summary>A protected mark as lists show it. <see cref="Tags"/> are the tag names (wellKnown …); empty for an ordinary trademark.</summary>
public record ProtectedMarkRow(int Id, ProtectedMarkKind Kind, string KindName, string Name, string? RegistrationNumber, int? NiceClass,
    IReadOnlyList<string> Tags, string TagNames, GiCategory? GiCategory, string? GiCategoryName, string? ProtectedArea,
    int? OwnerPartyId, string OwnerName, DateOnly? ValidFrom, DateOnly? ValidTo, MarkValidity Validity, string ValidityName,
    string? ContactPerson, string? ContactPhone, int PhotoCount, DateTime UpdatedAt, int Version);

public sealed record MarkPhotoView(int Id, string FileName, string ContentType, long Size, string? Caption, DateTime UploadedAt, string UploadedByName, string Url);

public sealed record GiAuthorisedUserView(int Id, int? PartyId, string Name, string? UnifiedSocialCreditCode, DateOnly AuthorisedOn,
    DateOnly? EndedOn, string? AnnouncementNumber, bool IsCurrent);

/// <summary>GET /api/protected-marks/{id}: the row, contacts, the authentication guide with its photos, GI users and the linked cases.</summary>
public sealed record ProtectedMarkDetail : ProtectedMarkRow
{
    public ProtectedMarkDetail(ProtectedMarkRow row) : base(row)
    {
    }

    public string? GoodsOrServices { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactAddress { get; init; }
    public string? AuthenticationGuide { get; init; }
    public string? Remark { get; init; }
    public DateTime CreatedAt { get; init; }
    public IReadOnlyList<MarkPhotoView> Photos { get; init; } = [];
    public IReadOnlyList<GiAuthorisedUserView> AuthorisedUsers { get; init; } = [];
    /// <summary>Cases whose 涉案权利 is this mark: linked by id, or matched by registration number (trademark, special mark) or name (GI, official mark).</summary>
    public IReadOnlyList<LinkedCase> Cases { get; init; } = [];
}

public sealed record GiAuthorisedUserInput(
    /// <summary>Keeps the row (and its history) when editing; null for a new user.</summary>
    int? Id,
    /// <summary>The producer in the party registry, when there.</summary>
    int? PartyId,
    [property: StringLength(200, ErrorMessage = "使用人名称不超过200个字符")] string? Name,
    string? UnifiedSocialCreditCode,
    DateOnly? AuthorisedOn,
    DateOnly? EndedOn,
    [property: StringLength(100, ErrorMessage = "核准公告号不超过100个字符")] string? AnnouncementNumber);

/// <summary>POST/PUT /api/protected-marks. Which fields apply depends on <see cref="Kind"/>.</summary>
public sealed record ProtectedMarkInput(
    /// <summary>Trademark (注册商标), GeographicalIndication (地理标志), OfficialMark (官方标志), SpecialMark (特殊标志).</summary>
    string? Kind,
    [property: Required(ErrorMessage = "请输入名称（商标名称、地理标志产品名称或标志名称）"), StringLength(200, ErrorMessage = "名称不超过200个字符")] string? Name,
    /// <summary>商标注册号 (required, digits), 特殊标志核准登记号 (required), GI 批准公告号 or 官方标志备案号 (optional).</summary>
    [property: StringLength(50, ErrorMessage = "注册号/登记号不超过50个字符")] string? RegistrationNumber,
    /// <summary>Nice class 1–45, trademarks only.</summary>
    int? NiceClass,
    /// <summary>Trademarks only: WellKnown 驰名商标, ChinaTimeHonoured 中华老字号, TianjinTimeHonoured 天津老字号, Agricultural 涉农商标, JinnongPremium 津农精品, or Ordinary 普通注册商标 (alone).</summary>
    IReadOnlyList<string>? Tags,
    /// <summary>GI only: AgriculturalProduct 农产品, ProcessedFood 加工食品, AuthenticMedicinal 道地药材, TraditionalCraft 传统手工艺品, Other 其他.</summary>
    string? GiCategory,
    [property: StringLength(500, ErrorMessage = "保护地域范围不超过500个字符")] string? ProtectedArea,
    int? OwnerPartyId,
    [property: StringLength(200, ErrorMessage = "权利人不超过200个字符")] string? OwnerName,
    DateOnly? ValidFrom,
    /// <summary>Defaults to 4 years (special mark) or 10 years (trademark) from <see cref="ValidFrom"/>.</summary>
    DateOnly? ValidTo,
    [property: StringLength(1000, ErrorMessage = "核定使用商品/服务不超过1000个字符")] string? GoodsOrServices,
    [property: StringLength(50, ErrorMessage = "联系人不超过50个字符")] string? ContactPerson,
    [property: StringLength(50, ErrorMessage = "联系电话不超过50个字符")] string? ContactPhone,
    [property: StringLength(100, ErrorMessage = "电子邮箱不超过100个字符")] string? ContactEmail,
    [property: StringLength(300, ErrorMessage = "联系地址不超过300个字符")] string? ContactAddress,
    [property: StringLength(8000, ErrorMessage = "真伪辨别指引不超过8000个字符")] string? AuthenticationGuide,
    [property: StringLength(1000, ErrorMessage = "备注不超过1000个字符")] string? Remark,
    /// <summary>GI only: producers authorised to use the 专用标志.</summary>
    IReadOnlyList<GiAuthorisedUserInput>? AuthorisedUsers,
    /// <summary>The version the editor read; a stale one answers 409.</summary>
    int Version = 0);

/// <summary>Another record already holds the natural key: the API answers 409 naming it.</summary>
public sealed record RegistryDuplicate(int ExistingId, string ExistingName, string Message);

public sealed record ProtectedMarkSaveResult(ProtectedMarkDetail? Mark, Platform.Api.FieldErrors Errors, RegistryDuplicate? Duplicate = null, bool NotFound = false);
