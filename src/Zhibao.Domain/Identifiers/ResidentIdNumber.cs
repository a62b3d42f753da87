using System.Globalization;

namespace Zhibao.Domain.Identifiers;

/// <summary>What an 18-digit 居民身份证号码 says about its holder.</summary>
public sealed record ResidentIdInfo(string Normalized, string RegionCode, DateOnly BirthDate, bool IsMale);

/// <summary>
/// 居民身份证号码, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men), and a check
/// character over the first 17 digits (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, remainder → "10X98765432").
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static IdentifierCheck Check(string? input) =>
        TryParse(input, out var info, out var error) ? IdentifierCheck.Valid(info!.Normalized) : IdentifierCheck.Invalid(error!);

    public static bool TryParse(string? input, out ResidentIdInfo? info, out string? error)
    {
        info = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "请输入居民身份证号码";
            return false;
        }
        var id = IdentifierText.Normalize(input);
        if (id.Length != 18)
        {
            error = $"居民身份证号码应为18位，当前为{id.Length}位";
            return false;
        }
        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            error = "居民身份证号码前17位应为数字，最后一位为数字或X";
            return false;
        }
        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth.Year > 2100)
        {
            error = $"居民身份证号码中的出生日期“{id.Substring(6, 8)}”不是有效日期";
            return false;
        }
        var expected = ComputeCheckCharacter(id[..17]);
        if (id[17] != expected)
        {
            error = $"居民身份证号码校验位错误，应为“{expected}”，请核对";
            return false;
        }
        error = null;
        info = new ResidentIdInfo(id, id[..6], birth, (id[16] - '0') % 2 == 1);
        return true;
    }

    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("需要前17位数字", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>For lists shown to roles that may not see the number in full: first 6 and last 4 kept (120113********123X).</summary>
    public static string Mask(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length <= 10 ? new string('*', id.Length) : string.Concat(id.AsSpan(0, 6), new string('*', id.Length - 10), id.AsSpan(id.Length - 4));
    }
}
