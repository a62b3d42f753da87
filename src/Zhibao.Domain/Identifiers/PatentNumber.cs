namespace Zhibao.Domain.Identifiers;

public enum PatentKind
{
    /// <summary>发明.</summary>
    Invention,
    /// <summary>实用新型.</summary>
    UtilityModel,
    /// <summary>外观设计.</summary>
    Design,
}

public sealed record PatentNumberInfo(string Normalized, int ApplicationYear, PatentKind Kind, bool IsPct)
{
    public string KindName => PatentNumber.KindName(Kind);
}

/// <summary>
/// 专利号 / 申请号 (CNIPA). Since 2003-10-01: 4-digit year, 1 kind digit (1 发明, 2 实用新型, 3 外观设计, 8 PCT 发明,
/// 9 PCT 实用新型), 7-digit serial, then "." and a check digit: Σ digit × weight (2,3,4,5,6,7,8,9,2,3,4,5) mod 11,
/// 10 written X. Before: 2-digit year, kind digit, 5-digit serial, check digit with weights 2…9.
/// The number is shown as ZL + application number (e.g. ZL202310123456.7).
/// </summary>
public static class PatentNumber
{
    private static readonly int[] Weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    public static string KindName(PatentKind kind) => kind switch
    {
        PatentKind.Invention => "发明",
        PatentKind.UtilityModel => "实用新型",
        PatentKind.Design => "外观设计",
        _ => kind.ToString(),
    };

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static IdentifierCheck Check(string? input) =>
        TryParse(input, out var info, out var error) ? IdentifierCheck.Valid(info!.Normalized) : IdentifierCheck.Invalid(error!);

    /// <summary>The kind encoded in a valid number, for checks such as "the kind recorded matches the number".</summary>
    public static PatentKind? KindOf(string? input) => TryParse(input, out var info, out _) ? info!.Kind : null;

    public static bool TryParse(string? input, out PatentNumberInfo? info, out string? error)
    {
        info = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "请输入专利号";
            return false;
        }
        var text = IdentifierText.Normalize(input).Replace("．", ".", StringComparison.Ordinal);
        if (text.StartsWith("ZL", StringComparison.Ordinal) || text.StartsWith("CN", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        var parts = text.Split('.');
        if (parts.Length != 2 || parts[1].Length != 1 || !parts[0].All(char.IsAsciiDigit) || parts[0].Length is not (12 or 8))
        {
            error = "专利号格式应为 ZL + 12位数字 + “.” + 校验位，例如 ZL202310123456.6";
            return false;
        }
        var digits = parts[0];
        var expected = ComputeCheckDigit(digits);
        if (parts[1][0] != expected)
        {
            error = $"专利号校验位错误，应为“{expected}”，请核对";
            return false;
        }
        var longForm = digits.Length == 12;
        var year = longForm ? int.Parse(digits[..4], System.Globalization.CultureInfo.InvariantCulture) : 1900 + int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
        if (!longForm && year < 1985)
        {
            year += 100;   // two-digit years: patents start in 1985, so 00–84 are 2000–2084 (8-digit numbers end in 2003)
        }
        var kindDigit = digits[longForm ? 4 : 2];
        (PatentKind Kind, bool Pct)? kind = kindDigit switch
        {
            '1' => (PatentKind.Invention, false),
            '2' => (PatentKind.UtilityModel, false),
            '3' => (PatentKind.Design, false),
            '8' => (PatentKind.Invention, true),
            '9' => (PatentKind.UtilityModel, true),
            _ => null,
        };
        if (kind is null)
        {
            error = $"专利号第{(longForm ? 5 : 3)}位为专利类型（1发明、2实用新型、3外观设计、8或9为PCT），不能为“{kindDigit}”";
            return false;
        }
        error = null;
        info = new PatentNumberInfo($"ZL{digits}.{parts[1]}", year, kind.Value.Kind, kind.Value.Pct);
        return true;
    }

    public static char ComputeCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        var check = sum % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
