namespace Zhibao.Web.Platform.Files;

/// <summary>Reading an upload under a size limit, shared by case attachments and registry photos.</summary>
public static class Uploads
{
    /// <summary>
    /// Copies at most <paramref name="max"/> bytes of <paramref name="source"/> into <paramref name="target"/>: read one byte
    /// past a limit to refuse an oversized file without holding an unbounded upload.
    /// </summary>
    public static async Task CopyLimitedAsync(Stream source, Stream target, long max, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < max && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, max - total)), ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
    }

    /// <summary>The type is taken from the extension (checked by the caller), not from what the browser claims.</summary>
    public static string ContentTypeOf(string extension) => extension switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".mp4" => "video/mp4",
        _ => "application/octet-stream",
    };

    /// <summary>Images and PDFs open in the browser (preview); other files download under their name.</summary>
    public static bool Previewable(string contentType) => contentType is "application/pdf" || contentType.StartsWith("image/", StringComparison.Ordinal);
}
