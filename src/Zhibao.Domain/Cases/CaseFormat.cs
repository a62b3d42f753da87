using System.Globalization;

namespace Zhibao.Domain.Cases;

/// <summary>
/// How amounts, counts and dates appear in the Chinese texts of the case rules: "50,000元", "10,000件", "2025-04-26".
/// Invariant grouping so that a text does not depend on the server's culture.
/// </summary>
internal static class CaseFormat
{
    public static string Yuan(decimal amount) => Number(amount) + "元";

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A ratio as a whole percentage, rounded down so that 99.99 % never shows as "100%".</summary>
    public static string Percent(decimal ratio) =>
        decimal.Floor(ratio * 100m).ToString("#,##0", CultureInfo.InvariantCulture) + "%";
}
