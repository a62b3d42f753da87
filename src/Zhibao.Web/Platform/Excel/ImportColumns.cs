using System.Globalization;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Platform.Excel;

/// <summary>
/// One column of an import template: its Chinese header, whether it must be filled, the example shown in the template,
/// the note on the 填写说明 sheet, and how a non-blank cell is read into the row (returning a Chinese message when it
/// cannot be). Build columns with <see cref="ImportColumns{TRow}"/>.
/// </summary>
public sealed record ImportColumn<TRow>(string Header, bool Required, string? Example, string Note, Func<string, TRow, string?> Parse);

/// <summary>
/// Column builders for the usual cell kinds: text with a length limit, dates, choices, yes/no and identifiers. A definition
/// reaches them through its <c>Column</c> property.
/// </summary>
public sealed class ImportColumns<TRow>
{
    public ImportColumn<TRow> Text(string header, int maxLength, Action<TRow, string> set, bool required = false, string? example = null, string? note = null) =>
        new(header, required, example, note ?? $"不超过{maxLength}个字符", (text, row) =>
        {
            if (text.Length > maxLength)
            {
                return $"{header}不超过{maxLength}个字符（当前{text.Length}个）";
            }
            set(row, text);
            return null;
        });

    /// <summary>yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日, yyyyMMdd, or a date cell.</summary>
    public ImportColumn<TRow> Date(string header, Action<TRow, DateOnly> set, bool required = false, string? example = null, string? note = null) =>
        new(header, required, example, note ?? "日期，格式如 2023-10-09", (text, row) =>
        {
            if (!ImportCells.TryParseDate(text, out var day))
            {
                return $"{header}“{text}”不是有效日期，格式应如 2023-10-09";
            }
            set(row, day);
            return null;
        });

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (thousands separators allowed).</summary>
    public ImportColumn<TRow> Whole(string header, int min, int max, Action<TRow, int> set, bool required = false, string? example = null, string? note = null) =>
        new(header, required, example, note ?? $"{min}到{max}之间的整数", (text, row) =>
        {
            if (!int.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                return $"{header}“{text}”无效，应为{min}到{max}之间的整数";
            }
            set(row, value);
            return null;
        });

    /// <summary>An amount of money in 元 from <paramref name="min"/> to <paramref name="max"/>, at most two decimal places.</summary>
    public ImportColumn<TRow> Amount(string header, decimal min, decimal max, Action<TRow, decimal> set, bool required = false, string? example = null,
        string? note = null) =>
        new(header, required, example, note ?? $"金额（元），{min.ToString(CultureInfo.InvariantCulture)}到{max.ToString(CultureInfo.InvariantCulture)}之间，最多两位小数",
            (text, row) =>
            {
                if (!decimal.TryParse(text.Replace("元", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                    || value < min || value > max || decimal.Round(value, 2) != value)
                {
                    return $"{header}“{text}”无效，应为{min.ToString(CultureInfo.InvariantCulture)}到{max.ToString(CultureInfo.InvariantCulture)}之间的金额（元），最多两位小数";
                }
                set(row, value);
                return null;
            });

    /// <summary>
    /// An organisation unit by name or code, looked up in <paramref name="units"/> as loaded for the pass; <paramref name="notFound"/>
    /// gives the message for a text no unit has.
    /// </summary>
    public ImportColumn<TRow> Unit(string header, Func<ImportUnits> units, Func<string, string> notFound, Action<TRow, Zhibao.Data.Entities.OrgUnit> set,
        string note, bool required = false, string? example = null) =>
        new(header, required, example, note, (text, row) =>
        {
            if (units().Find(text, notFound(text), out var unit) is { } problem)
            {
                return problem;
            }
            set(row, unit);
            return null;
        });

    /// <summary>A label of a dictionary (e.g. 街镇), checked against <paramref name="labels"/> as loaded for the pass.</summary>
    public ImportColumn<TRow> DictionaryLabel(string header, Func<IReadOnlySet<string>> labels, Action<TRow, string> set, bool required = false,
        string? example = null, string? note = null) =>
        new(header, required, example, note ?? $"填写数据字典中的{header}名称", (text, row) =>
        {
            if (!labels().Contains(text))
            {
                return $"{header}“{text}”不在数据字典中";
            }
            set(row, text);
            return null;
        });

    /// <summary>One of fixed values (a dictionary's labels, or names of an enum); the message lists them.</summary>
    public ImportColumn<TRow> Choice<T>(string header, IReadOnlyDictionary<string, T> options, Action<TRow, T> set, bool required = false,
        string? example = null, string? note = null)
    {
        var names = string.Join("、", options.Keys);
        return new(header, required, example ?? options.Keys.FirstOrDefault(), note ?? $"可填：{names}", (text, row) =>
        {
            if (!options.TryGetValue(text, out var value))
            {
                return $"{header}“{text}”无效，应为：{names}";
            }
            set(row, value);
            return null;
        });
    }

    /// <summary>是/否 (also Y/N, 1/0, true/false, 有/无).</summary>
    public ImportColumn<TRow> YesNo(string header, Action<TRow, bool> set, bool required = false, string? example = "是", string? note = null) =>
        new(header, required, example, note ?? "填“是”或“否”", (text, row) =>
        {
            bool? value = text.ToUpperInvariant() switch
            {
                "是" or "Y" or "YES" or "TRUE" or "1" or "有" or "在岗" => true,
                "否" or "N" or "NO" or "FALSE" or "0" or "无" or "停用" => false,
                _ => null,
            };
            if (value is null)
            {
                return $"{header}“{text}”无效，应填“是”或“否”";
            }
            set(row, value.Value);
            return null;
        });

    /// <summary>统一社会信用代码 checked by GB 32100 (check character included); stored normalised.</summary>
    public ImportColumn<TRow> UnifiedSocialCreditCode(string header, Action<TRow, string> set, bool required = false, string? example = null) =>
        Identifier(header, Zhibao.Domain.Identifiers.UnifiedSocialCreditCode.Check, set, required, example, "18位，按 GB 32100 校验最后一位；请设为文本格式");

    /// <summary>居民身份证号码 checked by GB 11643 (check character included); stored normalised.</summary>
    public ImportColumn<TRow> ResidentIdNumber(string header, Action<TRow, string> set, bool required = false, string? example = null) =>
        Identifier(header, Zhibao.Domain.Identifiers.ResidentIdNumber.Check, set, required, example, "18位，按 GB 11643 校验最后一位；请设为文本格式");

    public ImportColumn<TRow> Identifier(string header, Func<string?, IdentifierCheck> check, Action<TRow, string> set, bool required, string? example, string note) =>
        new(header, required, example, note, (text, row) =>
        {
            if (ImportCells.LooksLikeScientific(text))
            {
                return $"{header}“{text}”被Excel显示成了科学计数法，数字已丢失，请把该列设为文本格式后重新填写";
            }
            var result = check(text);
            if (!result.IsValid)
            {
                return result.Error;
            }
            set(row, result.Normalized!);
            return null;
        });
}

/// <summary>Turning Excel cell values into the text the columns read.</summary>
public static class ImportCells
{
    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm"];

    /// <summary>A cell as text: trimmed, blank as null; dates as yyyy-MM-dd; whole numbers without a decimal point.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
    };

    public static bool TryParseDate(string text, out DateOnly day)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            day = DateOnly.FromDateTime(instant);
            return true;
        }
        // A date typed into a cell Excel formats as a number (its serial day count since 1899-12-30).
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000 && serial == Math.Floor(serial))
        {
            day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }

    /// <summary>An 18-digit number Excel stored as a number shows as 1.20113198501011E+17: its last digits are gone.</summary>
    public static bool LooksLikeScientific(string text) => text.Contains("E+", StringComparison.OrdinalIgnoreCase) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
