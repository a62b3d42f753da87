using Zhibao.Domain.Registries;

namespace Zhibao.Data.Entities;

/// <summary>
/// 代理机构: a patent agency (专利代理机构执业许可证), a trademark agency (商标代理机构备案) or a firm that is both, supervised by
/// the bureau <see cref="OrgUnitId"/>. Natural key: the 统一社会信用代码 (unique). Not unit-owned: registry.view holders see the
/// register; the commitment coverage, the missing list, reminders and submissions are counted per supervising bureau.
/// </summary>
public sealed class Agency : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string UnifiedSocialCreditCode { get; set; }
    /// <summary>专利代理机构执业许可证号 (机构代码); null when not a patent agency.</summary>
    public string? PatentLicenceNumber { get; set; }
    /// <summary>商标代理机构备案号; null when not a trademark agency.</summary>
    public string? TrademarkFilingNumber { get; set; }
    public string? Address { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>The supervising bureau.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    /// <summary>Still practising in the district; inactive agencies are left out of the coverage and the missing list.</summary>
    public bool IsActive { get; set; } = true;
    public string? Remark { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<AgencyAttorney> Attorneys { get; set; } = [];
    public List<CreditCommitment> Commitments { get; set; } = [];
    public List<AgencyInspection> Inspections { get; set; } = [];

    public AgencyKinds Kinds => (PatentLicenceNumber is null ? AgencyKinds.None : AgencyKinds.Patent)
        | (TrademarkFilingNumber is null ? AgencyKinds.None : AgencyKinds.Trademark);
}

/// <summary>专利代理师 / 商标代理从业人员 of an agency.</summary>
public sealed class AgencyAttorney
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public required string Name { get; set; }
    /// <summary>专利代理师资格证/执业证号.</summary>
    public string? CertificateNumber { get; set; }
}

/// <summary>信用承诺书 of an agency: requested with a due date, signed, and marked 已违反 by a breach record.</summary>
public sealed class CreditCommitment : IVersioned
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public CommitmentStatus Status { get; set; }
    public DateOnly? SignedOn { get; set; }
    /// <summary>应签署日期: reminders go out once it has passed without a signature.</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>承诺事项/范围.</summary>
    public string? Scope { get; set; }
    public string? Remark { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public int Version { get; set; }

    public List<CommitmentBreach> Breaches { get; set; } = [];
}

/// <summary>违诺记录: a 失信行为 on the agency's credit record (《国家知识产权局知识产权信用管理规定》).</summary>
public sealed class CommitmentBreach
{
    public int Id { get; set; }
    public int CreditCommitmentId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public required string Description { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedByName { get; set; }
}

public enum AgencyInspectionResult
{
    /// <summary>未发现问题.</summary>
    NoIssue,
    /// <summary>责令整改.</summary>
    Rectification,
    /// <summary>约谈提醒.</summary>
    Interview,
    /// <summary>移交处理: the penalty powers over agencies lie with the province (《专利代理条例》第二十五条).</summary>
    Referred,
}

/// <summary>日常监管: an inspection of an agency, its findings, result and follow-up.</summary>
public sealed class AgencyInspection
{
    public int Id { get; set; }
    public int AgencyId { get; set; }
    public DateOnly InspectedOn { get; set; }
    /// <summary>检查人员 (names from the officer registry, "、"-separated).</summary>
    public required string Officers { get; set; }
    public required string Findings { get; set; }
    public AgencyInspectionResult Result { get; set; }
    public string? FollowUp { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedByName { get; set; }
}

/// <summary>
/// 报送记录: the commitment list as it was forwarded to the city division (an external unit) on a day. The rows are kept as
/// a JSON snapshot, so the export of a submission shows what was sent, whatever changed since.
/// </summary>
public sealed class CommitmentSubmission
{
    public int Id { get; set; }
    /// <summary>The bureau whose agencies were listed.</summary>
    public int BureauId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public int ReceiverUnitId { get; set; }
    public OrgUnit? ReceiverUnit { get; set; }
    public int AgencyCount { get; set; }
    public int CoveredCount { get; set; }
    public required string Snapshot { get; set; }
    public string? Remark { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
}
