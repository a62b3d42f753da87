namespace Zhibao.Data.Entities;

public enum RegistryImportStatus
{
    /// <summary>已预览: uploaded and checked, nothing written; waits for the user to confirm or expires.</summary>
    Previewed,
    /// <summary>排队中: confirmed, waiting for the background runner.</summary>
    Queued,
    /// <summary>导入中: the runner is writing (one transaction; a crash leaves nothing and the run starts again).</summary>
    Running,
    /// <summary>已完成.</summary>
    Completed,
    /// <summary>失败: the transaction was rolled back; <see cref="RegistryImport.Error"/> says why.</summary>
    Failed,
}

/// <summary>
/// An Excel import into a registry (ADR 0009): the uploaded workbook and its check counts are kept until
/// <see cref="ExpiresAt"/>, so a preview can be confirmed, its error workbook downloaded, or a confirmed run restarted
/// after the app restarts. Only the uploader sees it; the confirmed run writes under the data scope captured here.
/// </summary>
public sealed class RegistryImport
{
    public Guid Id { get; set; }
    /// <summary>The registry's route segment, e.g. "parties".</summary>
    public required string Registry { get; set; }
    public required string FileName { get; set; }
    /// <summary>The .xlsx as uploaded; re-read (and re-checked) when the import is confirmed.</summary>
    public byte[]? Content { get; set; }
    public int UserId { get; set; }
    public string? UserName { get; set; }
    public int? OrgUnitId { get; set; }
    /// <summary>The uploader's data scope when they confirmed: all units, or the ids listed.</summary>
    public bool SeesAllUnits { get; set; }
    /// <summary>Comma-separated unit ids (empty when <see cref="SeesAllUnits"/>).</summary>
    public string VisibleUnitIds { get; set; } = "";
    public RegistryImportStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    /// <summary>Data rows in the file.</summary>
    public int Total { get; set; }
    public int Valid { get; set; }
    public int Invalid { get; set; }
    /// <summary>Counts of the preview: rows that would be created, are already registered as they are, or would change a record.</summary>
    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Updated { get; set; }
    /// <summary>What the confirmed run wrote.</summary>
    public int Inserted { get; set; }
    public int Changed { get; set; }
    public string? Error { get; set; }
}
