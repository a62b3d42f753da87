namespace Zhibao.Domain.Identifiers;

/// <summary>The outcome of checking an identifier typed by a user: the normalised form, or a Chinese message for the field.</summary>
public sealed record IdentifierCheck(bool IsValid, string? Normalized, string? Error)
{
    public static IdentifierCheck Valid(string normalized) => new(true, normalized, null);

    public static IdentifierCheck Invalid(string error) => new(false, null, error);
}

internal static class IdentifierText
{
    /// <summary>Trims, drops inner spaces and turns full-width letters and digits (common in pasted Chinese text) to ASCII upper case.</summary>
    public static string Normalize(string input)
    {
        var chars = new List<char>(input.Length);
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            chars.Add(char.ToUpperInvariant(ascii));
        }
        return new string([.. chars]);
    }
}
