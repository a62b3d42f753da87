using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Admin;

/// <summary>Typed reads of 系统设置 for the modules; a missing or unreadable value falls back to the shipped default.</summary>
public sealed class SettingsReader(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);
    }

    public static decimal Number(IReadOnlyDictionary<string, string> settings, string key, decimal fallback) =>
        settings.TryGetValue(key, out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value : fallback;

    public static bool Boolean(IReadOnlyDictionary<string, string> settings, string key, bool fallback) =>
        settings.TryGetValue(key, out var text) && bool.TryParse(text, out var value) ? value : fallback;

    public static string Text(IReadOnlyDictionary<string, string> settings, string key, string fallback) =>
        settings.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text) ? text : fallback;
}
