namespace Zhibao.Domain.Calendar;

/// <summary>What kind of day a date is under the loaded holiday arrangement. 计算规则1（docs: shared/domain/README.md）</summary>
public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    /// <summary>A Saturday or Sunday worked instead of a holiday day (调休上班).</summary>
    MakeupWorkday,
}

/// <summary>The <c>kind</c> column of cn-holidays.tsv.</summary>
public enum CalendarEntryKind
{
    /// <summary>A statutory holiday or a rest day moved into the holiday.</summary>
    Holiday,
    /// <summary>A Saturday or Sunday worked instead (调休上班).</summary>
    Workday,
}

/// <summary>One row of a State Council holiday arrangement.</summary>
public sealed record CalendarEntry(DateOnly Date, CalendarEntryKind Kind, string Name);

/// <summary>A date as the calendar sees it; <see cref="Name"/> is the holiday's name for holidays and make-up days.</summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string? Name)
{
    /// <summary>计算规则1（docs: shared/domain/README.md）</summary>
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeupWorkday;
}
