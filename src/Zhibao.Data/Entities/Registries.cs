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

/// <summary>
/// 业务培训 (CLARIFICATIONS "Training"): a scheduled session; officers are enrolled, their attendance recorded, and the
/// hours credited to each. The plan counts sessions and hours.
/// </summary>
public sealed class TrainingSession : IVersioned
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    /// <summary>Scheduled hours (学时); each attendee is credited these unless recorded otherwise.</summary>
    public decimal Hours { get; set; }
    public required string Organiser { get; set; }
    public string? Location { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<TrainingAttendance> Attendees { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>An officer enrolled in a session; once attendance is recorded, whether they attended and the hours credited.</summary>
public sealed class TrainingAttendance
{
    public int Id { get; set; }
    public int TrainingSessionId { get; set; }
    public TrainingSession? TrainingSession { get; set; }
    public int OfficerId { get; set; }
    public Officer? Officer { get; set; }
    /// <summary>Null until attendance is recorded.</summary>
    public bool? Attended { get; set; }
    public decimal HoursCredited { get; set; }
    /// <summary>培训证书编号, when the session gives one.</summary>
    public string? CertificateNumber { get; set; }
    public DateTime? RecordedAt { get; set; }
}
