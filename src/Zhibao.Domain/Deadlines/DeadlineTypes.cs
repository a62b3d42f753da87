namespace Zhibao.Domain.Deadlines;

/// <summary>
/// An interval in which the clock does not run (中止, 听证, 公告, 检测/检验/检疫/鉴定 …). The days from
/// <see cref="PausedOn"/> up to but not including <see cref="ResumedOn"/> are excluded; a null
/// <see cref="ResumedOn"/> means the clock is still paused. 计算规则5（docs: shared/domain/README.md）
/// </summary>
public sealed record ClockPause(DateOnly PausedOn, DateOnly? ResumedOn, string Reason);

/// <summary>One line of the explanation shown next to a deadline, in Chinese.</summary>
public sealed record DeadlineStep(DateOnly Date, string Note);

/// <summary>A computed deadline with the steps that explain it.</summary>
/// <param name="DueDate">The last day on which the act is in time.</param>
/// <param name="DueAt">The exact expiry for an hours period (China Standard Time); null otherwise.</param>
/// <param name="CalendarComplete">False when a date between the start and the due date falls in a year whose
/// holiday arrangement is not loaded: the result then rests on weekends alone.</param>
/// <param name="Warning">A Chinese warning to show when <see cref="CalendarComplete"/> is false.</param>
/// <param name="IsPaused">True when a pause has no resume date; <see cref="DueDate"/> then leaves that pause out
/// and must be recomputed once the clock resumes.</param>
/// <param name="Steps">The explanation, ordered by date.</param>
public sealed record Deadline(
    DateOnly DueDate,
    DateTime? DueAt,
    bool CalendarComplete,
    string? Warning,
    bool IsPaused,
    IReadOnlyList<DeadlineStep> Steps);
