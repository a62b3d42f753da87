using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Cases;

public sealed record StoredAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// 证据与附件: size and type limits from 系统设置, SHA-256 recorded on upload so the file can be shown unaltered later,
/// and never deleted — a deletion marks the row with its reason and who did it.
/// </summary>
public sealed class CaseAttachments(IDbContextFactory<ZhibaoDb> factory, UploadedFiles files, CaseService cases, CurrentUser user, TimeProvider clock)
{
    public static readonly string[] Categories = ["证据", "文书", "其他"];

    public async Task<(CaseDetail? Case, FieldErrors Errors, bool NotFound)> UploadAsync(
        int caseId, string? fileName, string? contentType, Stream content, string? category, string? description, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cat = string.IsNullOrWhiteSpace(category) ? "证据" : category.Trim();
        if (!Categories.Contains(cat))
        {
            errors.Add("category", $"附件类别须为：{string.Join("、", Categories)}");
        }
        var file = await files.ReadAsync(fileName, content, errors, null, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.PenaltyCases.Include(x => x.Pauses).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return (null, errors, true);
        }
        if (file is null)
        {
            return (null, errors, false);
        }
        db.CaseAttachments.Add(new CaseAttachment
        {
            CaseId = caseId, Category = cat, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length,
            Sha256 = file.Sha256, Description = CaseService.Blank(description), StoredFile = new StoredFile { Content = file.Content },
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedByName = Actor,
        });
        var e = cases.Event("upload", $"上传{cat}：{file.FileName}", $"SHA-256：{file.Sha256}");
        e.CaseId = caseId;
        db.CaseEvents.Add(e);
        CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (await cases.GetAsync(caseId, ct), errors, false);
    }

    public async Task<StoredAttachment?> GetAsync(int caseId, int attachmentId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Through the case, so the data scope of the case applies to its files.
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct))
        {
            return null;
        }
        return await db.CaseAttachments.AsNoTracking().Where(a => a.Id == attachmentId && a.CaseId == caseId)
            .Select(a => new StoredAttachment(a.FileName, a.ContentType, a.StoredFile!.Content)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Marks an attachment deleted with the reason; its content stays, as the case file requires.</summary>
    public async Task<(CaseDetail? Case, FieldErrors Errors, bool NotFound)> DeleteAsync(int caseId, int attachmentId, string? reason, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "请填写删除原因（附件不会被物理删除）");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        var attachment = c is null ? null : await db.CaseAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, ct);
        if (attachment is null)
        {
            return (null, errors, true);
        }
        if (attachment.IsDeleted)
        {
            errors.Add("reason", "该附件已删除");
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        attachment.IsDeleted = true;
        attachment.DeletedReason = reason!.Trim();
        attachment.DeletedByName = Actor;
        attachment.DeletedAt = clock.GetUtcNow().UtcDateTime;
        var e = cases.Event("delete-attachment", $"删除附件：{attachment.FileName}", attachment.DeletedReason);
        e.CaseId = caseId;
        db.CaseEvents.Add(e);
        CaseService.Touch(db, c!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return (await cases.GetAsync(caseId, ct), errors, false);
    }

    public static bool Previewable(string contentType) => UploadedFiles.Previewable(contentType);

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";
}
