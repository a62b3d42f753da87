using Zhibao.Data;
using Zhibao.Web.Platform;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// What a formula computes over: the plan's bureau with every unit under it, the plan year from 1 January to
/// <see cref="AsOf"/> (today, or the period end for a past year or a mid-year report). <see cref="Db"/> is a context in the
/// system scope, so the value is the same whoever looks at the plan; formulas restrict themselves to <see cref="UnitIds"/>.
/// </summary>
public sealed record IndicatorContext(ZhibaoDb Db, int BureauId, string BureauName, int[] UnitIds, int Year, DateOnly AsOf, DateOnly Today)
{
    public DateOnly From => new(Year, 1, 1);

    /// <summary>The period has ended: a cumulative target missed now stays missed.</summary>
    public bool PeriodOver => AsOf >= new DateOnly(Year, 12, 31) || AsOf < Today;

    /// <summary>The start of <see cref="From"/> in Beijing time, as a UTC instant (for columns that store instants).</summary>
    public DateTime FromUtc => Instant(From);

    /// <summary>The end of <see cref="AsOf"/> in Beijing time (exclusive), as a UTC instant.</summary>
    public DateTime ToUtc => Instant(AsOf.AddDays(1));

    /// <summary>"2023年1月1日至10月9日，北辰区局全局".</summary>
    public string Scope => $"{From:yyyy年M月d日}至{AsOf:M月d日}，{BureauName}（含下属单位）";

    private static DateTime Instant(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Clock.ChinaOffset, DateTimeKind.Utc);
}
