using Zhibao.Domain.Registries;

namespace Zhibao.Data.Entities;

/// <summary>
/// 重点保护商标/标志: a registered trademark, a geographical indication, an official mark or a special mark on the district's
/// protection list, with the rights holder's contacts and the authentication guide officers use on site (like a customs
/// recordal). Not unit-owned: every holder of registry.view sees the whole list. <see cref="NaturalKey"/> is unique
/// (<see cref="ProtectedMarkRules.NaturalKey"/>), so a re-import finds the same record.
/// </summary>
public sealed class ProtectedMark : IVersioned
{
    public int Id { get; set; }
    public ProtectedMarkKind Kind { get; set; }
    /// <summary>商标名称 / 地理标志产品名称 / 标志名称.</summary>
    public required string Name { get; set; }
    public required string NaturalKey { get; set; }
    /// <summary>商标注册号 (normalised), 地理标志批准公告号/注册号, 特殊标志核准登记号, 官方标志备案号.</summary>
    public string? RegistrationNumber { get; set; }
    /// <summary>Nice class of a trademark (1–45).</summary>
    public int? NiceClass { get; set; }
    /// <summary>Categories of a trademark; none = 普通注册商标.</summary>
    public MarkTags Tags { get; set; }
    public GiCategory? GiCategory { get; set; }
    /// <summary>地理标志产品保护地域范围.</summary>
    public string? ProtectedArea { get; set; }
    /// <summary>The owner in the party registry, when it is there.</summary>
    public int? OwnerPartyId { get; set; }
    public Party? OwnerParty { get; set; }
    /// <summary>商标注册人 / 权利人 as entered (copied from the party when linked).</summary>
    public required string OwnerName { get; set; }
    /// <summary>注册有效期 / 特殊标志有效期: both days included.</summary>
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>核定使用商品/服务 or 使用范围.</summary>
    public string? GoodsOrServices { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    /// <summary>真伪辨别指引: how officers tell genuine goods from fakes.</summary>
    public string? AuthenticationGuide { get; set; }
    public string? Remark { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<ProtectedMarkPhoto> Photos { get; set; } = [];
    public List<GiAuthorisedUser> AuthorisedUsers { get; set; } = [];
}

/// <summary>A photo of the authentication guide (genuine product, label, anti-counterfeit feature); content in <see cref="StoredFile"/>.</summary>
public sealed class ProtectedMarkPhoto
{
    public int Id { get; set; }
    public int ProtectedMarkId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public string? Caption { get; set; }
    public int StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}

/// <summary>
/// 地理标志专用标志合法使用人 (《地理标志专用标志使用管理办法（试行）》): a producer authorised to use the GI special mark,
/// from the day of its authorisation until it ends (e.g. cancelled under 国家知识产权局令第80号第三十一条).
/// </summary>
public sealed class GiAuthorisedUser
{
    public int Id { get; set; }
    public int ProtectedMarkId { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public required string Name { get; set; }
    public string? UnifiedSocialCreditCode { get; set; }
    public DateOnly AuthorisedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>核准公告号.</summary>
    public string? AnnouncementNumber { get; set; }
}
