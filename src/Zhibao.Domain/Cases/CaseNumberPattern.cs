using System.Globalization;
using System.Text;

namespace Zhibao.Domain.Cases;

/// <summary>
/// The bureau's case-number format (案件编号 / 决定书文号), a setting: literal text with the tokens <c>{year}</c> (four-digit
/// year) and <c>{seq}</c> (the year's sequence number), or <c>{seq:000}</c> to pad the number with zeros to as many digits
/// as there are zeros. Both tokens are required, so that numbers are unique across years.
/// </summary>
public static class CaseNumberPattern
{
    /// <summary>The demo bureau's (天津市北辰区) default, as seeded in the setting Cases.PenaltyNumberPattern: 津辰市监知罚〔2025〕12号.</summary>
    public const string Default = "津辰市监知罚〔{year}〕{seq}号";

    private const string Tokens = "{year}、{seq}、{seq:000}";
    private const int MaxPadding = 10;

    /// <summary>A Chinese error, or null when the pattern is usable.</summary>
    public static string? Validate(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "请填写案件编号格式，例如 " + Default;
        }
        var parts = Parse(pattern);
        if (parts.Error is not null)
        {
            return parts.Error;
        }
        var missing = new List<string>();
        if (!parts.Tokens.Any(t => t.Name == "year"))
        {
            missing.Add("年份占位符 {year}");
        }
        if (!parts.Tokens.Any(t => t.Name == "seq"))
        {
            missing.Add("序号占位符 {seq}（或 {seq:000}）");
        }
        return missing.Count == 0 ? null : $"案件编号格式缺少{string.Join("和", missing)}";
    }

    /// <exception cref="ArgumentException">The pattern is not valid (the message is <see cref="Validate"/>'s).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is not 1–9999 or the sequence is below 1.</exception>
    public static string Format(string pattern, int year, int sequence)
    {
        if (Validate(pattern) is { } error)
        {
            throw new ArgumentException(error, nameof(pattern));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);

        var text = new StringBuilder();
        foreach (var part in Parse(pattern).Parts)
        {
            text.Append(part switch
            {
                Token { Name: "year" } => year.ToString("0000", CultureInfo.InvariantCulture),
                Token { Padding: var width } => sequence.ToString(new string('0', Math.Max(width, 1)), CultureInfo.InvariantCulture),
                string literal => literal,
                _ => "",
            });
        }
        return text.ToString();
    }

    private sealed record Token(string Name, int Padding);

    private sealed record Parsed(IReadOnlyList<object> Parts, string? Error)
    {
        public IEnumerable<Token> Tokens => Parts.OfType<Token>();
    }

    /// <summary>Splits the pattern into literal strings and tokens, or says what is wrong with it.</summary>
    private static Parsed Parse(string pattern)
    {
        var parts = new List<object>();
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            var stray = pattern.IndexOf('}', i);
            if (stray >= 0 && (open < 0 || stray < open))
            {
                return new(parts, "案件编号格式中的花括号不成对：多了一个“}”");
            }
            if (open < 0)
            {
                parts.Add(pattern[i..]);
                break;
            }
            var close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                return new(parts, "案件编号格式中的花括号不成对：“{”没有对应的“}”");
            }
            if (open > i)
            {
                parts.Add(pattern[i..open]);
            }
            var body = pattern[(open + 1)..close];
            if (ReadToken(body) is not { } token)
            {
                return new(parts, $"案件编号格式中有无法识别的占位符“{{{body}}}”，可用的占位符：{Tokens}");
            }
            parts.Add(token);
            i = close + 1;
        }
        return new(parts, null);
    }

    private static Token? ReadToken(string body) => body switch
    {
        "year" => new("year", 0),
        "seq" => new("seq", 0),
        _ when body.StartsWith("seq:", StringComparison.Ordinal)
            && body.Length - 4 is >= 1 and <= MaxPadding
            && body[4..].All(c => c == '0') => new("seq", body.Length - 4),
        _ => null,
    };
}
