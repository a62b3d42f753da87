namespace Zhibao.Domain.Identifiers;

/// <summary>
/// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z); position 18 is a check
/// character over the first 17 with weights 3^i mod 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static IdentifierCheck Check(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return IdentifierCheck.Invalid("请输入统一社会信用代码");
        }
        var code = IdentifierText.Normalize(input);
        if (code.Length != 18)
        {
            return IdentifierCheck.Invalid($"统一社会信用代码应为18位，当前为{code.Length}位");
        }
        var bad = code.FirstOrDefault(c => !Charset.Contains(c, StringComparison.Ordinal));
        if (bad != default)
        {
            return IdentifierCheck.Invalid($"统一社会信用代码含有不允许的字符“{bad}”（不使用 I、O、S、V、Z）");
        }
        if (!code.AsSpan(2, 6).ToString().All(char.IsAsciiDigit))
        {
            return IdentifierCheck.Invalid("统一社会信用代码第3至8位应为登记管理机关行政区划码（6位数字）");
        }
        var expected = ComputeCheckCharacter(code[..17]);
        return code[17] == expected
            ? IdentifierCheck.Valid(code)
            : IdentifierCheck.Invalid($"统一社会信用代码校验位错误，应为“{expected}”，请核对");
    }

    /// <summary>C18 = 31 − (Σ value(Ci) × Wi mod 31), where 31 maps to 0 (GB 32100-2015 §5).</summary>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要前17位", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"字符“{first17[i]}”不在统一社会信用代码字符集中", nameof(first17));
            }
            sum += value * Weights[i];
        }
        return Charset[(31 - sum % 31) % 31];
    }
}
