using Zhibao.Domain.Publicity;

namespace Zhibao.Data.Entities;

/// <summary>
/// 宣传活动和培训 (seed task 3, 三(三)): 3·15, 4·26宣传周, 公益讲座, 以案释法, 企业培训, 诚信宣传, 走访企业. Owned by the
/// organising unit, so the data scope applies; the plan's indicators read the counts.
/// </summary>
public sealed class PublicityEvent : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public PublicityEventType Type { get; set; }
    public required string Title { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>The same as <see cref="StartDate"/> for a one-day event; a 4·26 week event may run to May 2.</summary>
    public DateOnly EndDate { get; set; }
    /// <summary>Why a 3·15 event is held on another day of March (a 3·15 series).</summary>
    public string? DateNote { get; set; }
    public string? Place { get; set; }
    /// <summary>承办单位.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>参加人数.</summary>
    public int AudienceCount { get; set; }
    /// <summary>覆盖企业数: at least the enterprises linked in <see cref="Parties"/>.</summary>
    public int EnterprisesReached { get; set; }
    /// <summary>走访人员 (enterprise visits).</summary>
    public string? Visitors { get; set; }
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<PublicityEventPartner> Partners { get; set; } = [];
    public List<PublicityEventParty> Parties { get; set; } = [];
    public List<PublicityVisitQuestion> Questions { get; set; } = [];
    public List<PublicityEventFile> Files { get; set; } = [];
}

/// <summary>合办单位: an outside body or another unit taking part.</summary>
public sealed class PublicityEventPartner
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}

/// <summary>An enterprise of the party registry the event reached.</summary>
public sealed class PublicityEventParty
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
}

/// <summary>解疑答惑: a question an enterprise or merchant asked on a visit, and the answer given.</summary>
public sealed class PublicityVisitQuestion
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The enterprise asking, from the registry when it is there.</summary>
    public int? PartyId { get; set; }
    public string? EnterpriseName { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
}

public enum PublicityFileKind
{
    /// <summary>照片.</summary>
    Photo,
    /// <summary>宣传资料 (slides, leaflets, sign-in sheets …).</summary>
    Material,
}

/// <summary>A photo or material of an event; the content is a <see cref="StoredFile"/> like case attachments.</summary>
public sealed class PublicityEventFile : UploadedFileRecord
{
    public int EventId { get; set; }
    public PublicityFileKind Kind { get; set; }
}

/// <summary>
/// 典型案例: written from a closed case with its personal data removed, reviewed, approved and published; recommended to
/// the city bureau as a 典型案例 or 指导案例 with the result (seed 三(二)). The unit is the case's.
/// </summary>
public sealed class TypicalCase : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public TypicalCaseStatus Status { get; set; }
    public required string Title { get; set; }
    /// <summary>基本案情.</summary>
    public string Facts { get; set; } = "";
    /// <summary>查处经过.</summary>
    public string Handling { get; set; } = "";
    /// <summary>处理结果.</summary>
    public string Result { get; set; } = "";
    /// <summary>典型意义.</summary>
    public string Significance { get; set; } = "";
    /// <summary>精品案件.</summary>
    public bool IsFineCase { get; set; }
    /// <summary>Why the enterprise names were kept or masked when the draft was written (总局令第45号 …).</summary>
    public string? NamingNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedByName { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedByName { get; set; }
    /// <summary>The reviewer's comment (required when returned).</summary>
    public string? ReviewComment { get; set; }
    /// <summary>The first publication: channel (dictionary publicity_channel), media, date and link.</summary>
    public string? PublishChannel { get; set; }
    public string? PublishOutlet { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublishLink { get; set; }
    public RecommendationKind? RecommendationKind { get; set; }
    public DateOnly? RecommendedOn { get; set; }
    public RecommendationResult? RecommendationResult { get; set; }
    public DateOnly? RecommendationResultOn { get; set; }
    public string? RecommendationNote { get; set; }
    public int Version { get; set; }
}

/// <summary>媒体报道: one publication (报刊, 电视, 新媒体, 网站 …) with its reach, of an event or a typical case or on its own.</summary>
public sealed class MediaReport : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>Label of the dictionary publicity_channel.</summary>
    public required string Channel { get; set; }
    /// <summary>媒体名称 (天津日报, 北辰融媒 …).</summary>
    public string? Outlet { get; set; }
    public required string Title { get; set; }
    public string? Link { get; set; }
    public DateOnly PublishedOn { get; set; }
    /// <summary>阅读量/观看量.</summary>
    public int? Views { get; set; }
    public int? EventId { get; set; }
    public PublicityEvent? Event { get; set; }
    public int? TypicalCaseId { get; set; }
    public TypicalCase? TypicalCase { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public int Version { get; set; }
}
