using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

public sealed record SettingRow(string Key, string Name, string Value, SettingValueType ValueType, string? Description, int Version);

public sealed record SettingInput(string? Value, int Version);

/// <summary>系统设置: typed values checked before saving.</summary>
public sealed class SettingAdministration(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<List<SettingRow>> ListAsync(string? keyword, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Settings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            query = query.Where(s => s.Key.Contains(keyword.Trim()) || s.Name.Contains(keyword.Trim()));
        }
        return await query.OrderBy(s => s.Key).Select(s => new SettingRow(s.Key, s.Name, s.Value, s.ValueType, s.Description, s.Version)).ToListAsync(ct);
    }

    public static readonly ExcelColumn<SettingRow>[] Columns =
    [
        new("名称", r => r.Name), new("键", r => r.Key), new("值", r => r.Value), new("说明", r => r.Description),
    ];

    public async Task<(SettingRow? Setting, FieldErrors Errors, bool NotFound)> UpdateAsync(string key, SettingInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var setting = await db.Settings.FindAsync([key], ct);
        if (setting is null)
        {
            return (null, new FieldErrors(), true);
        }
        var value = input.Value?.Trim() ?? "";
        var errors = new FieldErrors();
        switch (setting.ValueType)
        {
            case SettingValueType.Number when !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0:
                errors.Add("value", $"“{setting.Name}”须为非负整数");
                break;
            case SettingValueType.Boolean when value is not ("true" or "false"):
                errors.Add("value", $"“{setting.Name}”须为 true 或 false");
                break;
            case SettingValueType.Text when value.Length > 2000:
                errors.Add("value", "内容不超过2000个字符");
                break;
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(setting).Property(s => s.Version).OriginalValue = input.Version;
        setting.Value = value;
        await db.SaveChangesAsync(ct);
        return (new SettingRow(setting.Key, setting.Name, setting.Value, setting.ValueType, setting.Description, setting.Version), errors, false);
    }
}
