namespace Zhibao.Data.Entities;

/// <summary>
/// 执法人员: a person who may be assigned to cases. Only an officer holding a valid enforcement certificate (执法证) on
/// the day may be assigned (程序规定第十九条: 两名以上具有执法资格的人员); the IP qualification feeds the plan's
/// "具备知识产权执法资格人数" indicator (CLARIFICATIONS: counted for the bureau as a whole).
/// </summary>
public sealed class Officer : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>The platform account, when the officer signs in.</summary>
    public int? UserId { get; set; }
    public User? User { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CertificateIssuer { get; set; }
    public DateOnly? CertificateValidFrom { get; set; }
    public DateOnly? CertificateValidTo { get; set; }
    /// <summary>取得知识产权执法资格的日期.</summary>
    public DateOnly? IpQualifiedOn { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }

    public bool HasValidCertificateOn(DateOnly day) =>
        IsActive && CertificateNumber is not null
        && (CertificateValidFrom is null || CertificateValidFrom <= day)
        && CertificateValidTo is { } to && day <= to;
}

public enum PartyKind
{
    /// <summary>企业或其他组织, identified by 统一社会信用代码.</summary>
    Enterprise,
    /// <summary>自然人 (个人), identified by 居民身份证号码.</summary>
    Person,
}

/// <summary>当事人 / 市场主体: one record per entity, linked from cases (never copied into them).</summary>
public sealed class Party : IVersioned
{
    public int Id { get; set; }
    public PartyKind Kind { get; set; }
    public required string Name { get; set; }
    public string? UnifiedSocialCreditCode { get; set; }
    public string? ResidentIdNumber { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Industry { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
