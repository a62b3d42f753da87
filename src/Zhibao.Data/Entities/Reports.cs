using Zhibao.Domain.Reporting;

namespace Zhibao.Data.Entities;

/// <summary>
/// 专利行政执法案件信息月报 (国家系统报送, 计算规则8) of one bureau for one month. Each preparation and its sign-off is a
/// <see cref="NationalReportVersion"/>; a correction after submission adds a version and leaves the submitted one as it was.
/// Not <see cref="IUnitOwned"/>: the report belongs to the bureau as a whole and is read by the bureau of the signed-in user,
/// with the permissions report.view/prepare/check/approve.
/// </summary>
public sealed class NationalReport : IVersioned
{
    public int Id { get; set; }
    public int BureauId { get; set; }
    public OrgUnit? Bureau { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<NationalReportVersion> Versions { get; set; } = [];
}

/// <summary>
/// One version of a monthly report: who prepared, checked, approved and submitted it and when, the frozen data
/// (<see cref="Snapshot"/> JSON and its SHA-256) and the receipt number of the national system. Once submitted, nothing
/// in it changes.
/// </summary>
public sealed class NationalReportVersion
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public NationalReport? Report { get; set; }
    /// <summary>1 for the original report, 2… for each correction after submission.</summary>
    public int Number { get; set; }
    public NationalReportStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CorrectionReason { get; set; }
    /// <summary>错报 or 漏报: what the correction mends (counted by the yearly indicator).</summary>
    public ReportDefect? CorrectionKind { get; set; }
    public string? CorrectionByName { get; set; }
    public DateTime? PreparedAt { get; set; }
    public int? PreparedById { get; set; }
    public string? PreparedByName { get; set; }
    public DateTime? CheckedAt { get; set; }
    public int? CheckedById { get; set; }
    public string? CheckedByName { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public int? ApprovedById { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public int? SubmittedById { get; set; }
    public string? SubmittedByName { get; set; }
    /// <summary>回执号 shown by the national system after the upload.</summary>
    public string? ReceiptNumber { get; set; }
    /// <summary>The frozen report (Zhibao.Domain.Reporting.ReportSnapshot as JSON), from preparation on.</summary>
    public string? Snapshot { get; set; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Snapshot"/>'s UTF-8 bytes.</summary>
    public string? SnapshotSha256 { get; set; }
}
