namespace Zhibao.Domain.Cases;

/// <summary>How actions appear in API routes: "RequestHearing" → "request-hearing".</summary>
public static class ApiNames
{
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));
}
