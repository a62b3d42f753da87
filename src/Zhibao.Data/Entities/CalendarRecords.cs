using Zhibao.Domain.Calendar;

namespace Zhibao.Data.Entities;

/// <summary>One row of the official holiday arrangement: a holiday rest day or a weekend worked instead.</summary>
public sealed class CalendarDayRecord
{
    public DateOnly Date { get; set; }
    public CalendarEntryKind Kind { get; set; }
    public required string Name { get; set; }
}

/// <summary>A year whose State Council arrangement is loaded; deadlines that reach other years are flagged incomplete.</summary>
public sealed class CalendarYear : IVersioned
{
    public int Year { get; set; }
    public DateTime LoadedAt { get; set; }
    public string? LoadedBy { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; }
}
