namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>Every string that differs from <c>code</c> in exactly one character drawn from <c>alphabet</c>.</summary>
internal static class Corruptions
{
    public static IEnumerable<string> Of(string code, string alphabet, Func<int, bool>? atPosition = null) =>
        from position in Enumerable.Range(0, code.Length)
        where atPosition?.Invoke(position) ?? true
        from replacement in alphabet
        where replacement != code[position]
        select string.Concat(code.AsSpan(0, position), replacement.ToString(), code.AsSpan(position + 1));
}
