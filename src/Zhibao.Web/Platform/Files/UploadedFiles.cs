using System.Globalization;
using System.Security.Cryptography;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Platform.Files;

/// <summary>An uploaded file read within the limits, with the SHA-256 recorded on upload.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// Reads an upload within the limits of 系统设置 (Attachments.MaxSizeMb, Attachments.AllowedExtensions), shared by case
/// evidence and publicity photos and materials. The type is taken from the extension, not from what the browser claims.
/// </summary>
public sealed class UploadedFiles(SettingsReader settings)
{
    public static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png"];

    /// <summary>
    /// The file, or null with the problem added to <paramref name="errors"/> under "file". <paramref name="only"/> narrows the
    /// allowed extensions further (photos: images only). Nothing is read when <paramref name="errors"/> already holds errors.
    /// </summary>
    public async Task<UploadedFile?> ReadAsync(string? fileName, Stream content, FieldErrors errors, IReadOnlyCollection<string>? only, CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        var maxMb = SettingsReader.Number(values, "Attachments.MaxSizeMb", 50);
        var allowed = SettingsReader.Text(values, "Attachments.AllowedExtensions", ".pdf,.jpg,.jpeg,.png")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.ToLowerInvariant())
            .Where(e => only is null || only.Contains(e)).ToList();
        var name = Path.GetFileName(fileName ?? "");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("file", "请选择要上传的文件");
        }
        else if (!allowed.Contains(extension))
        {
            errors.Add("file", $"不支持的文件类型“{extension}”，允许：{string.Join(" ", allowed)}");
        }
        if (errors.Any)
        {
            return null;
        }
        var limit = (long)(maxMb * 1024 * 1024);
        using var buffer = new MemoryStream();
        // Read one byte past the limit: enough to refuse without holding an unbounded upload.
        await Uploads.CopyLimitedAsync(content, buffer, limit + 1, ct);
        if (buffer.Length > limit)
        {
            errors.Add("file", $"文件超过大小上限{maxMb.ToString(CultureInfo.InvariantCulture)}MB");
            return null;
        }
        if (buffer.Length == 0)
        {
            errors.Add("file", "文件内容为空");
            return null;
        }
        var bytes = buffer.ToArray();
        return new UploadedFile(name, Uploads.ContentTypeOf(extension), bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static bool Previewable(string contentType) => Uploads.Previewable(contentType);

    /// <summary>The download of a stored file: inline when previewable, as an attachment otherwise.</summary>
    public static IResult Serve(string fileName, string contentType, byte[] content) =>
        Results.File(content, contentType, Previewable(contentType) ? null : fileName, enableRangeProcessing: true);
}
