using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Registries;

public sealed record StoredPhoto(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Photos of a mark's authentication guide (genuine product, label, anti-counterfeit features), shown to officers as a
/// preview. Stored like case attachments (<see cref="StoredFile"/>, SHA-256 recorded); only JPEG and PNG images whose
/// content really is one, under the size setting Marks.PhotoMaxSizeMb, and at most <see cref="MaxPhotos"/> per mark.
/// Photos are reference material, not case records: deleting one removes it.
/// </summary>
public sealed class ProtectedMarkPhotos(IDbContextFactory<ZhibaoDb> factory, SettingsReader settings, CurrentUser user, TimeProvider clock)
{
    public const string MaxSizeSetting = "Marks.PhotoMaxSizeMb";
    public const decimal DefaultMaxSizeMb = 5;
    public const int MaxPhotos = 30;
    public static readonly string[] Extensions = [".jpg", ".jpeg", ".png"];

    public async Task<(MarkPhotoView? Photo, FieldErrors Errors, bool NotFound)> UploadAsync(int markId, string? fileName, Stream content, string? caption, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var maxMb = SettingsReader.Number(await settings.AllAsync(ct), MaxSizeSetting, DefaultMaxSizeMb);
        var name = Path.GetFileName(fileName ?? "");
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("file", "请选择要上传的照片");
        }
        else if (!Extensions.Contains(extension))
        {
            errors.Add("file", $"辨别指引照片只能是JPG或PNG图片，不支持“{(extension.Length == 0 ? name : extension)}”");
        }
        if (caption?.Trim().Length > 200)
        {
            errors.Add("caption", "照片说明不超过200个字符");
        }
        var limit = (long)(maxMb * 1024 * 1024);
        using var buffer = new MemoryStream();
        if (!errors.Any)
        {
            await Uploads.CopyLimitedAsync(content, buffer, limit + 1, ct);
            if (buffer.Length > limit)
            {
                errors.Add("file", $"照片超过大小上限{maxMb.ToString(CultureInfo.InvariantCulture)}MB");
            }
            else if (buffer.Length == 0)
            {
                errors.Add("file", "照片内容为空");
            }
            else if (!IsImage(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), extension))
            {
                errors.Add("file", $"文件内容不是有效的{(extension == ".png" ? "PNG" : "JPG")}图片");
            }
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var mark = await db.ProtectedMarks.SingleOrDefaultAsync(m => m.Id == markId, ct);
        if (mark is null)
        {
            return (null, errors, true);
        }
        if (!errors.Any && await db.ProtectedMarkPhotos.CountAsync(p => p.ProtectedMarkId == markId, ct) >= MaxPhotos)
        {
            errors.Add("file", $"每条记录最多{MaxPhotos}张照片，请先删除不需要的照片");
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        var bytes = buffer.ToArray();
        var photo = new ProtectedMarkPhoto
        {
            ProtectedMarkId = markId, FileName = name, ContentType = Uploads.ContentTypeOf(extension), Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Caption = RegistryText.Blank(caption),
            StoredFile = new StoredFile { Content = bytes }, UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedByName = user.DisplayName ?? user.UserName ?? "系统",
        };
        db.ProtectedMarkPhotos.Add(photo);
        mark.UpdatedAt = photo.UploadedAt;
        await db.SaveChangesAsync(ct);
        return (new MarkPhotoView(photo.Id, photo.FileName, photo.ContentType, photo.Size, photo.Caption, photo.UploadedAt, photo.UploadedByName,
            $"/api/protected-marks/{markId}/photos/{photo.Id}"), errors, false);
    }

    public async Task<StoredPhoto?> GetAsync(int markId, int photoId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ProtectedMarkPhotos.AsNoTracking().Where(p => p.Id == photoId && p.ProtectedMarkId == markId)
            .Select(p => new StoredPhoto(p.FileName, p.ContentType, p.StoredFile!.Content)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Removes a photo and its content; false when the mark has no such photo.</summary>
    public async Task<bool> DeleteAsync(int markId, int photoId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var photo = await db.ProtectedMarkPhotos.Include(p => p.StoredFile).SingleOrDefaultAsync(p => p.Id == photoId && p.ProtectedMarkId == markId, ct);
        if (photo is null)
        {
            return false;
        }
        db.ProtectedMarkPhotos.Remove(photo);
        db.StoredFiles.Remove(photo.StoredFile!);
        var mark = await db.ProtectedMarks.SingleAsync(m => m.Id == markId, ct);
        mark.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The file signature matches the extension: FF D8 FF for JPEG, the 8-byte PNG signature for PNG.</summary>
    public static bool IsImage(ReadOnlySpan<byte> content, string extension) => extension switch
    {
        ".png" => content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        _ => false,
    };
}
