namespace Zhibao.Web.Platform;

/// <summary>Legal dates are China Standard Time (UTC+8, no daylight saving) whatever the server's zone.</summary>
public static class Clock
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>A stored UTC instant as Beijing time for display.</summary>
    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset);

    public static string Format(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
