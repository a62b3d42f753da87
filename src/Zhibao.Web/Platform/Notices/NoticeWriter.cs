using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Notices;

/// <summary>A 站内信 to write unless a notice with the same <see cref="Key"/> exists (a restart or a second node never sends it twice).</summary>
public sealed record Notice(string Key, int UserId, string Title, string Body, string Link);

/// <summary>
/// Writes 站内信 deduplicated by key, in batches: the keys already stored are looked up a chunk at a time, the missing
/// notices inserted with one SaveChanges per chunk, and on a collision with another node one by one. Used by the jobs
/// that remind (case deadlines, certificate expiry).
/// </summary>
public static class NoticeWriter
{
    /// <summary>Notice keys checked (and notices inserted) per round trip; see <see cref="ExistingKeysAsync"/>.</summary>
    public const int KeyChunkSize = 500;

    /// <summary>Writes the notices whose keys are not stored yet, a chunk at a time; returns how many were written.</summary>
    public static async Task<int> SendAsync(ZhibaoDb db, IEnumerable<Notice> notices, DateTime now, CancellationToken ct)
    {
        var written = 0;
        // A key twice in one run would make its whole batch fail; the first one wins, as it did when each was checked alone.
        foreach (var chunk in notices.DistinctBy(n => n.Key).Chunk(KeyChunkSize))
        {
            var existing = await ExistingKeysAsync(db, chunk.Select(n => n.Key).ToList(), ct);
            var missing = chunk.Where(n => !existing.Contains(n.Key)).ToList();
            if (missing.Count > 0)
            {
                written += await InsertAsync(db, missing, now, ct);
            }
        }
        return written;
    }

    /// <summary>
    /// One <c>WHERE DedupKey IN (…)</c> per chunk instead of one EXISTS per notice. EF Core 10 sends a parameter per key on
    /// SQLite (padded up to a bucket size; SQLite allows 32,766 variables) and a single array parameter
    /// (<c>= ANY (@keys)</c>) on PostgreSQL, so <see cref="KeyChunkSize"/> stays far below either limit.
    /// </summary>
    private static async Task<HashSet<string>> ExistingKeysAsync(ZhibaoDb db, List<string> keys, CancellationToken ct)
    {
        var found = await db.Notifications.AsNoTracking()
            .Where(n => keys.Contains(n.DedupKey))
            .Select(n => n.DedupKey)
            .ToListAsync(ct);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Inserts the chunk in one SaveChanges; if another instance got in first, falls back to one at a time.</summary>
    private static async Task<int> InsertAsync(ZhibaoDb db, List<Notice> notices, DateTime now, CancellationToken ct)
    {
        db.Notifications.AddRange(notices.Select(n => ToEntity(n, now)));
        try
        {
            await db.SaveChangesAsync(ct);
            return notices.Count;
        }
        catch (DbUpdateException)
        {
            // A second instance wrote one of these keys between our check and this insert: the unique index refused it and
            // SaveChanges rolled the whole batch back. Look again (the other instance has usually written the whole chunk by
            // now) and insert what is still missing one by one, so that a collision does not cost the others.
            db.ChangeTracker.Clear();
            var existing = await ExistingKeysAsync(db, notices.Select(n => n.Key).ToList(), ct);
            return await InsertOneByOneAsync(db, notices.Where(n => !existing.Contains(n.Key)).ToList(), now, ct);
        }
        finally
        {
            // Nothing needs tracking once saved; clearing keeps a long run from accumulating entities.
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<int> InsertOneByOneAsync(ZhibaoDb db, List<Notice> notices, DateTime now, CancellationToken ct)
    {
        var written = 0;
        foreach (var notice in notices)
        {
            db.Notifications.Add(ToEntity(notice, now));
            try
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
            catch (DbUpdateException)
            {
                // Another instance wrote this notice first: the unique key did its job.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return written;
    }

    private static Notification ToEntity(Notice n, DateTime now) => new()
    {
        UserId = n.UserId, DedupKey = n.Key, CreatedAt = now, Link = n.Link, Title = n.Title, Body = n.Body,
    };
}
