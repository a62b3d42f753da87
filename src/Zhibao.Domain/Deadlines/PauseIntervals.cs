namespace Zhibao.Domain.Deadlines;

/// <summary>
/// The pauses of one clock, split into closed and open ones, with the closed ones merged so that two overlapping
/// pauses (a hearing during a suspension) do not exclude the same day twice. 计算规则5（docs: shared/domain/README.md）
/// </summary>
internal sealed class PauseIntervals
{
    private PauseIntervals(List<ClockPause> closed, List<ClockPause> open, List<(DateOnly Start, DateOnly End)> merged)
    {
        Closed = closed;
        Open = open;
        Merged = merged;
    }

    public IReadOnlyList<ClockPause> Closed { get; }

    public IReadOnlyList<ClockPause> Open { get; }

    /// <summary>Disjoint [Start, End) intervals, ordered.</summary>
    public IReadOnlyList<(DateOnly Start, DateOnly End)> Merged { get; }

    public static PauseIntervals From(IReadOnlyList<ClockPause> pauses)
    {
        var closed = new List<ClockPause>();
        var open = new List<ClockPause>();
        foreach (var pause in pauses)
        {
            ArgumentNullException.ThrowIfNull(pause);
            if (pause.ResumedOn is null)
            {
                open.Add(pause);
            }
            else if (pause.ResumedOn < pause.PausedOn)
            {
                throw new ArgumentException(
                    $"暂停计时（{pause.Reason}）的恢复日期 {pause.ResumedOn:yyyy-MM-dd} 早于暂停日期 {pause.PausedOn:yyyy-MM-dd}",
                    nameof(pauses));
            }
            else
            {
                closed.Add(pause);
            }
        }

        var merged = new List<(DateOnly Start, DateOnly End)>();
        foreach (var pause in closed.OrderBy(p => p.PausedOn))
        {
            var (start, end) = (pause.PausedOn, pause.ResumedOn!.Value);
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, end > last.End ? end : last.End);
            }
            else if (start < end)
            {
                merged.Add((start, end));
            }
        }
        return new PauseIntervals(closed, open, merged);
    }

    public bool Contains(DateOnly date)
    {
        foreach (var (start, end) in Merged)
        {
            if (date >= start && date < end)
            {
                return true;
            }
        }
        return false;
    }
}
