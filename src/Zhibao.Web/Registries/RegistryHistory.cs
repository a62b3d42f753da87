using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Web.Platform;

namespace Zhibao.Web.Registries;

/// <summary>One change of a registry record, read from the audit log (操作日志).</summary>
public sealed record HistoryEntry(DateTime At, string? UserName, string Action, string Subject, IReadOnlyList<string> Changes);

/// <summary>
/// The history of a registry record and its child rows, from the operation log the audit interceptor writes in the same
/// transaction as each change (ADR 0002). A child row is found by its current key, or — once deleted — by the parent key
/// it carried when it was added or deleted.
/// </summary>
internal static class RegistryHistory
{
    /// <param name="parentType">Entity type name of the record.</param>
    /// <param name="children">Child entity type → (its parent-key property, or null when its rows are never deleted; the ids of its current rows).</param>
    /// <param name="labels">Property → Chinese label, for the change lines; unknown properties are left out.</param>
    /// <param name="subjects">Entity type → what staff call it.</param>
    /// <param name="format">Property and stored value (enums are logged as numbers) → the text to show; null keeps the value.</param>
    public static async Task<List<HistoryEntry>> ReadAsync(ZhibaoDb db, string parentType, int id,
        IReadOnlyList<(string Type, string? ParentKey, IReadOnlyCollection<int> Ids)> children,
        IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> subjects,
        Func<string, string, string?> format, CancellationToken ct)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        // The log is scoped to the acting user's unit; whoever may see the record may see all of its history.
        var query = db.OperationLogs.IgnoreQueryFilters().AsNoTracking().Where(l => l.EntityType == parentType && l.EntityKey == key);
        foreach (var (type, parentKey, ids) in children)
        {
            var keys = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
            var rows = db.OperationLogs.IgnoreQueryFilters().AsNoTracking().Where(l => l.EntityType == type);
            if (parentKey is null)
            {
                query = query.Concat(rows.Where(l => keys.Contains(l.EntityKey)));
                continue;
            }
            var added = $"\"{parentKey}\":{{\"new\":{key}}}";
            var removed = $"\"{parentKey}\":{{\"old\":{key}}}";
            query = query.Concat(rows.Where(l => keys.Contains(l.EntityKey) || l.Changes.Contains(added) || l.Changes.Contains(removed)));
        }
        var logs = await query.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).Take(500).ToListAsync(ct);
        // A parent row touched only for its version (a photo added, say) has no line of its own to show.
        return logs.Select(l => new HistoryEntry(l.At, l.UserName, l.Action, subjects.GetValueOrDefault(l.EntityType, l.EntityType),
            Lines(l.Changes, labels, format))).Where(h => h.Changes.Count > 0 || h.Action != "修改").ToList();
    }

    private static List<string> Lines(string json, IReadOnlyDictionary<string, string> labels, Func<string, string, string?> format)
    {
        var lines = new List<string>();
        using var doc = JsonDocument.Parse(json);
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            if (!labels.TryGetValue(property.Name, out var label))
            {
                continue;
            }
            string? Show(JsonElement value) => Text(value) is { } text ? format(property.Name, text) ?? text : null;
            var old = property.Value.TryGetProperty("old", out var o) ? Show(o) : null;
            var @new = property.Value.TryGetProperty("new", out var n) ? Show(n) : null;
            if (property.Value.TryGetProperty("old", out _) && property.Value.TryGetProperty("new", out _))
            {
                lines.Add($"{label}：{old ?? "（空）"} → {@new ?? "（空）"}");
            }
            else if ((@new ?? old) is { Length: > 0 } value)
            {
                lines.Add($"{label}：{value}");   // an added or deleted row: its filled fields
            }
        }
        return lines;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            && value.GetString()!.Contains('T') => Clock.Format(at),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        _ => value.GetRawText(),
    };
}
