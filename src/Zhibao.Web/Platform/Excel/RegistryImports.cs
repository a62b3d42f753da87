using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Platform.Excel;

/// <summary>A row of the preview: its row number in the sheet, what would become of it, the cells by header, the messages.</summary>
public sealed record ImportPreviewRow(int Row, ImportOutcome Outcome, string OutcomeName, IReadOnlyDictionary<string, string?> Values,
    IReadOnlyList<ImportCellError> Errors);

/// <summary>POST …/import/preview: the counts, the first rows and the first invalid rows. Nothing is written to the registry.</summary>
public sealed record ImportPreview(Guid ImportId, string Registry, string FileName, int Total, int Valid, int Invalid, int New, int Unchanged,
    int Updated, DateTime ExpiresAt, IReadOnlyList<string> Columns, IReadOnlyList<ImportPreviewRow> Rows, IReadOnlyList<ImportPreviewRow> InvalidRows);

/// <summary>GET …/import/{id}: status and progress (processed of total rows), the preview counts and, once done, what was written.</summary>
public sealed record ImportState(Guid ImportId, string Registry, string FileName, RegistryImportStatus Status, string StatusName, int Total,
    int Processed, int Valid, int Invalid, int New, int Unchanged, int Updated, int Inserted, int Changed, string? Error, DateTime CreatedAt,
    DateTime ExpiresAt, DateTime? FinishedAt);

public enum ImportProblem
{
    None,
    BadRequest,
    NotFound,
    Conflict,
}

/// <summary>A service answer: the value, or a Chinese message with the kind of problem (400 / 404 / 409).</summary>
public sealed record ImportAnswer<T>(T? Value, ImportProblem Problem = ImportProblem.None, string? Message = null);

/// <summary>Rows written so far by the imports running on this node (the progress bar polls it).</summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<Guid, int> done = new();

    public void Set(Guid id, int processed) => done[id] = processed;

    public int? Get(Guid id) => done.TryGetValue(id, out var processed) ? processed : null;

    public void Remove(Guid id) => done.TryRemove(id, out _);
}

/// <summary>The data scope captured when an import was confirmed; the background run checks and writes under it.</summary>
internal sealed record ImportDataScope(bool SeesAllUnits, IReadOnlyCollection<int> VisibleUnitIds, int? UserId, string? UserName, int? OrgUnitId)
    : IDataScope
{
    public static ImportDataScope Of(RegistryImport import) => new(import.SeesAllUnits,
        import.VisibleUnitIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList(),
        import.UserId, import.UserName, import.OrgUnitId);
}

/// <summary>
/// The import flow of every registry (ADR 0009): upload and preview (nothing written), error workbook, confirm (queued for
/// <see cref="ImportRunner"/>), status with progress. An import belongs to the user who uploaded it; others get 404.
/// </summary>
public sealed class RegistryImports(IEnumerable<IRegistryImport> definitions, IDbContextFactory<ZhibaoDb> factory, CurrentUser user,
    SettingsReader settings, ImportRunner runner, ImportProgress progress, TimeProvider clock)
{
    /// <summary>Rows of the file shown in the preview (and, separately, the first invalid rows).</summary>
    public const int PreviewRows = 100;
    public const string MaxSizeSetting = "Import.MaxSizeMb";
    public const string PendingHoursSetting = "Import.PendingHours";

    public IRegistryImport? Definition(string registry) => definitions.FirstOrDefault(d => d.Registry == registry);

    public static string OutcomeName(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.New => "新增",
        ImportOutcome.Unchanged => "已登记，无变化",
        ImportOutcome.Updated => "更新",
        _ => "有误",
    };

    public static string StatusName(RegistryImportStatus status) => status switch
    {
        RegistryImportStatus.Previewed => "待确认",
        RegistryImportStatus.Queued => "排队中",
        RegistryImportStatus.Running => "导入中",
        RegistryImportStatus.Completed => "已完成",
        _ => "失败",
    };

    public async Task<ImportAnswer<ImportPreview>> PreviewAsync(string registry, string? fileName, Stream content, CancellationToken ct)
    {
        if (Definition(registry) is not { } definition)
        {
            return Fail<ImportPreview>(ImportProblem.NotFound, "该名录不支持导入");
        }
        var name = Path.GetFileName(fileName ?? "");
        if (string.IsNullOrWhiteSpace(name))
        {
            return Fail<ImportPreview>(ImportProblem.BadRequest, "请选择要导入的Excel文件（.xlsx）");
        }
        if (!name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Fail<ImportPreview>(ImportProblem.BadRequest, $"“{name}”不是Excel工作簿（.xlsx），请下载导入模板填写后上传");
        }
        var values = await settings.AllAsync(ct);
        var maxMb = SettingsReader.Number(values, MaxSizeSetting, 20);
        var limit = (long)(maxMb * 1024 * 1024);
        var bytes = await ReadLimitedAsync(content, limit, ct);
        if (bytes is null)
        {
            return Fail<ImportPreview>(ImportProblem.BadRequest, $"文件超过导入大小上限{maxMb.ToString(CultureInfo.InvariantCulture)}MB，请拆分后分批导入");
        }
        if (bytes.Length == 0)
        {
            return Fail<ImportPreview>(ImportProblem.BadRequest, "文件内容为空");
        }

        var context = new ImportContext(user, clock);
        var headers = definition.Headers;
        var rows = new List<ImportPreviewRow>();
        var invalid = new List<ImportPreviewRow>();
        ImportPass pass;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            try
            {
                pass = await definition.RunAsync(bytes, context, db, write: false, row =>
                {
                    if (rows.Count < PreviewRows)
                    {
                        rows.Add(PreviewRow(headers, row));
                    }
                    if (row.Outcome == ImportOutcome.Invalid && invalid.Count < PreviewRows)
                    {
                        invalid.Add(PreviewRow(headers, row));
                    }
                }, null, ct);
            }
            catch (ImportFileException e)
            {
                return Fail<ImportPreview>(ImportProblem.BadRequest, e.Message);
            }
        }
        if (pass.Counts.Total == 0)
        {
            return Fail<ImportPreview>(ImportProblem.BadRequest, "表头下没有数据行，请从第二行起填写");
        }

        var hours = SettingsReader.Number(values, PendingHoursSetting, 24);
        var counts = pass.Counts;
        var import = new RegistryImport
        {
            Id = Guid.NewGuid(), Registry = registry, FileName = name, Content = bytes, UserId = user.UserId ?? 0, UserName = user.UserName,
            OrgUnitId = user.OrgUnitId, Status = RegistryImportStatus.Previewed, CreatedAt = context.Now,
            ExpiresAt = context.Now.AddHours((double)Math.Clamp(hours, 1, 24 * 30)),
            Total = counts.Total, Valid = counts.Valid, Invalid = counts.Invalid, New = counts.New, Unchanged = counts.Unchanged, Updated = counts.Updated,
        };
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.RegistryImports.Add(import);
            await db.SaveChangesAsync(ct);
        }
        return new(new ImportPreview(import.Id, registry, name, counts.Total, counts.Valid, counts.Invalid, counts.New, counts.Unchanged,
            counts.Updated, import.ExpiresAt, headers, rows, invalid));
    }

    private static ImportPreviewRow PreviewRow(IReadOnlyList<string> headers, ImportedRow row)
    {
        var values = new Dictionary<string, string?>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            values[headers[i]] = row.Cells[i];
        }
        return new ImportPreviewRow(row.Number, row.Outcome, OutcomeName(row.Outcome), values, row.Errors);
    }

    /// <summary>The upload, or null when it is larger than <paramref name="limit"/> (read one byte past it, never more).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The caller's own import of this registry, unless it has expired.</summary>
    private async Task<RegistryImport?> FindAsync(ZhibaoDb db, string registry, Guid id, CancellationToken ct)
    {
        var userId = user.UserId;
        var import = await db.RegistryImports.SingleOrDefaultAsync(i => i.Id == id && i.Registry == registry && i.UserId == userId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return import is null || (import.ExpiresAt < now && import.Status is not (RegistryImportStatus.Queued or RegistryImportStatus.Running))
            ? null : import;
    }

    private static ImportAnswer<T> Fail<T>(ImportProblem problem, string message) => new(default, problem, message);

    private const string Gone = "导入记录不存在或已过期，请重新上传";

    public async Task<ImportAnswer<ImportState>> GetAsync(string registry, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await FindAsync(db, registry, id, ct) is { } found ? new(State(found)) : Fail<ImportState>(ImportProblem.NotFound, Gone);
    }

    private ImportState State(RegistryImport i) => new(i.Id, i.Registry, i.FileName, i.Status, StatusName(i.Status), i.Total,
        i.Status switch
        {
            RegistryImportStatus.Completed => i.Total,
            RegistryImportStatus.Running => progress.Get(i.Id) ?? 0,
            _ => 0,
        },
        i.Valid, i.Invalid, i.New, i.Unchanged, i.Updated, i.Inserted, i.Changed, i.Error, i.CreatedAt, i.ExpiresAt, i.FinishedAt);

    /// <summary>The invalid rows as uploaded, with 错误说明; the file is checked again against the registry as it is now.</summary>
    public async Task<ImportAnswer<(byte[] Content, string FileName)>> ErrorWorkbookAsync(string registry, Guid id, CancellationToken ct)
    {
        if (Definition(registry) is not { } definition)
        {
            return Fail<(byte[], string)>(ImportProblem.NotFound, "该名录不支持导入");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await FindAsync(db, registry, id, ct) is not { Content: { } content })
        {
            return Fail<(byte[], string)>(ImportProblem.NotFound, Gone);
        }
        var invalid = new List<(string?[] Cells, string Errors)>();
        await definition.RunAsync(content, new ImportContext(user, clock), db, write: false, row =>
        {
            if (row.Outcome == ImportOutcome.Invalid)
            {
                invalid.Add((row.Cells, row.ErrorText));
            }
        }, null, ct);
        return new((ImportWorkbook.Errors(definition.Headers, invalid), $"{definition.Title}导入错误行_{Clock.Today(clock):yyyyMMdd}.xlsx"));
    }

    /// <summary>Queues the valid rows for writing; the status endpoint follows the run.</summary>
    public async Task<ImportAnswer<ImportState>> ConfirmAsync(string registry, Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await FindAsync(db, registry, id, ct) is not { } import)
        {
            return Fail<ImportState>(ImportProblem.NotFound, Gone);
        }
        if (import.Status != RegistryImportStatus.Previewed)
        {
            return Fail<ImportState>(ImportProblem.Conflict, $"该导入已确认（{StatusName(import.Status)}），请勿重复提交");
        }
        if (import.Valid == 0)
        {
            return Fail<ImportState>(ImportProblem.BadRequest, "没有可导入的有效行，请按错误说明修改后重新上传");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var units = user.SeesAllUnits ? "" : string.Join(",", user.VisibleUnitIds);
        // Only one confirmation wins, even from two tabs at once.
        var claimed = await db.RegistryImports.Where(i => i.Id == id && i.Status == RegistryImportStatus.Previewed)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, RegistryImportStatus.Queued).SetProperty(i => i.ConfirmedAt, now)
                .SetProperty(i => i.SeesAllUnits, user.SeesAllUnits).SetProperty(i => i.VisibleUnitIds, units), ct);
        if (claimed == 0)
        {
            return Fail<ImportState>(ImportProblem.Conflict, "该导入已确认，请勿重复提交");
        }
        runner.Signal();
        await db.Entry(import).ReloadAsync(ct);
        return new(State(import));
    }

    /// <summary>The summary operation-log entry of a run (ADR 0002/0007): one per import, never one per row.</summary>
    internal static OperationLog Summary(RegistryImport import, IRegistryImport definition, ImportPass pass, DateTime at) => new()
    {
        At = at, UserId = import.UserId, UserName = import.UserName, OrgUnitId = import.OrgUnitId ?? 0, Action = "导入",
        EntityType = definition.EntityName, EntityKey = import.Id.ToString(),
        Changes = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["名录"] = definition.Title, ["文件"] = import.FileName, ["总行数"] = pass.Counts.Total, ["新增"] = pass.Inserted,
            ["更新"] = pass.Changed, ["无变化"] = pass.Counts.Unchanged, ["有误未导入"] = pass.Counts.Invalid,
        }, AuditJson),
    };

    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
