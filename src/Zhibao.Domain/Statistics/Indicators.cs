using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhibao.Domain.Statistics;

/// <summary>The formulas of the statistics (统计分析): each one a pure function a reviewer can check by hand.</summary>
public static class Indicators
{
    /// <summary>
    /// 结案率 (%) = 本期结案数 ÷ (期初未结案数 + 本期立案数) × 100: the cases closed out of all the cases there were to
    /// handle in the period (旧存 + 新收), so it never exceeds 100 %. Null when there was nothing to handle.
    /// </summary>
    public static double? ClosureRate(int closed, int pendingAtStart, int filed) =>
        pendingAtStart + filed <= 0 ? null : Math.Round(100.0 * closed / (pendingAtStart + filed), 1);

    /// <summary>Nearest-rank percentile (P90 = <paramref name="p"/> 0.9) of values given as value → count; null when empty.</summary>
    public static int? Percentile(IEnumerable<KeyValuePair<int, int>> histogram, double p)
    {
        var sorted = histogram.Where(h => h.Value > 0).OrderBy(h => h.Key).ToList();
        var n = sorted.Sum(h => h.Value);
        if (n == 0)
        {
            return null;
        }
        var rank = Math.Clamp((int)Math.Ceiling(p * n), 1, n);
        var seen = 0;
        foreach (var (value, count) in sorted)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }
        return sorted[^1].Key;
    }

    /// <summary>Average of values given as their sum and count, to one decimal; null when there are none.</summary>
    public static double? Average(long sum, int count) => count == 0 ? null : Math.Round((double)sum / count, 1);

    /// <summary>同比增减 (%) = (本期 − 上年同期) ÷ 上年同期 × 100; null when last year's figure is zero or unknown.</summary>
    public static double? ChangeRate(double? current, double? previous) =>
        current is not { } c || previous is not { } p || p == 0 ? null : Math.Round(100.0 * (c - p) / p, 1);

    /// <summary>Yuan to 万元, to four decimals (exact to the yuan).</summary>
    public static decimal ToWan(decimal yuan) => Math.Round(yuan / 10_000m, 4, MidpointRounding.AwayFromZero);

    /// <summary>The same period one year earlier (同比): 29 February falls back to the 28th.</summary>
    public static (DateOnly From, DateOnly To) LastYear(DateOnly from, DateOnly to) => (from.AddYears(-1), to.AddYears(-1));
}

public enum ReportPeriodKind
{
    /// <summary>月报.</summary>
    Month,
    /// <summary>季报.</summary>
    Quarter,
    /// <summary>年报.</summary>
    Year,
}

/// <summary>A periodic table's period: "2023" (年报), "2023-Q3" (季报) or "2023-10" (月报).</summary>
public sealed partial record ReportPeriod(ReportPeriodKind Kind, DateOnly From, DateOnly To, string Name, string Code)
{
    private static readonly string[] Quarters = ["一", "二", "三", "四"];

    public static ReportPeriod? Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }
        if (match.Groups["quarter"].Success)
        {
            var q = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, q * 3 - 2, 1);
            return new ReportPeriod(ReportPeriodKind.Quarter, from, from.AddMonths(3).AddDays(-1), $"{year}年第{Quarters[q - 1]}季度", $"{year}-Q{q}");
        }
        if (match.Groups["month"].Success)
        {
            var m = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, m, 1);
            return new ReportPeriod(ReportPeriodKind.Month, from, from.AddMonths(1).AddDays(-1), $"{year}年{m}月", $"{year}-{m:D2}");
        }
        return new ReportPeriod(ReportPeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年", $"{year}");
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-Q(?<quarter>[1-4])|-(?<month>0[1-9]|1[0-2]))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
