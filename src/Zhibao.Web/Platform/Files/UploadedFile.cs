using System.Globalization;
using System.Security.Cryptography;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Platform.Files;

/// <summary>An upload read and checked against 系统设置 (size and type), with the SHA-256 recorded on upload.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content, string Sha256)
{
    /// <summary>
    /// Reads at most one byte past the size limit (enough to refuse without holding an unbounded upload); adds a "file"
    /// error and returns null when the name, type or size is refused.
    /// </summary>
    public static async Task<UploadedFile?> ReadAsync(
        SettingsReader settings, string? fileName, string? contentType, Stream content, FieldErrors errors, CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        var maxMb = SettingsReader.Number(values, "Attachments.MaxSizeMb", 50);
        var allowed = SettingsReader.Text(values, "Attachments.AllowedExtensions", ".pdf,.jpg,.jpeg,.png")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.ToLowerInvariant()).ToList();
        var name = Path.GetFileName(fileName ?? "");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("file", "请选择要上传的文件");
            return null;
        }
        if (!allowed.Contains(extension))
        {
            errors.Add("file", $"不支持的文件类型“{extension}”，允许：{string.Join(" ", allowed)}");
            return null;
        }
        var limit = (long)(maxMb * 1024 * 1024);
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, limit + 1, ct);
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
        return new UploadedFile(name, ContentTypeOf(extension, contentType), bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static bool Previewable(string contentType) => contentType is "application/pdf" || contentType.StartsWith("image/", StringComparison.Ordinal);

    private static async Task CopyLimitedAsync(Stream source, Stream target, long max, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < max && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, max - total)), ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
    }

    /// <summary>The type is taken from the extension (checked against the allowed list), not from what the browser claims.</summary>
    private static string ContentTypeOf(string extension, string? claimed) => extension switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".mp4" => "video/mp4",
        _ => string.IsNullOrWhiteSpace(claimed) ? "application/octet-stream" : "application/octet-stream",
    };
}
