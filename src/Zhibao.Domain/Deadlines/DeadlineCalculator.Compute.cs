using System.Globalization;
using Zhibao.Domain.Calendar;

namespace Zhibao.Domain.Deadlines;

public static partial class DeadlineCalculator
{
    /// <summary>
    /// The due date of <paramref name="period"/> counted from <paramref name="from"/>, with every pause applied and a
    /// step-by-step Chinese explanation for the UI and API. An open pause (no resume date) is left out of the due date
    /// and reported through <see cref="Deadline.IsPaused"/>.
    /// 计算规则2、3、4、5、6（docs: shared/domain/README.md）
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or absurd; see <see cref="ValidateAmount"/>.</exception>
    /// <exception cref="ArgumentException">A pause resumes before it starts.</exception>
    public static Deadline Compute(WorkingCalendar calendar, DateOnly from, Period period, IReadOnlyList<ClockPause>? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var problem = ValidateAmount(period);
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, problem);
        }
        var clock = PauseIntervals.From(pauses ?? []);
        var steps = new List<DeadlineStep>();
        foreach (var open in clock.Open)
        {
            steps.Add(new(open.PausedOn,
                $"{Text(open.PausedOn)} 起暂停计时（{open.Reason}），尚未恢复：届满日未计入本次暂停，恢复计时后将相应顺延"));
        }

        var deadline = period.Unit switch
        {
            PeriodUnit.WorkingDays => ComputeWorkingDays(calendar, from, period.Amount, clock, steps),
            PeriodUnit.Hours => ComputeHours(from, period.Amount, clock, steps),
            _ => ComputeCalendarDays(calendar, from, period, clock, steps),
        };
        // Stable sort: steps of one date keep the order in which the rule produced them.
        return deadline with { IsPaused = clock.Open.Count > 0, Steps = [.. steps.OrderBy(s => s.Date)] };
    }

    /// <summary>计算规则2、5（docs: shared/domain/README.md）</summary>
    private static Deadline ComputeWorkingDays(WorkingCalendar calendar, DateOnly from, int n, PauseIntervals clock, List<DeadlineStep> steps)
    {
        steps.Add(new(from, $"起算日 {Text(from)} 不计入，自次日起计算{n}个工作日"));
        var pausedWorkingDays = 0;
        foreach (var pause in clock.Closed)
        {
            var days = calendar.CountWorkingDays(pause.PausedOn, pause.ResumedOn!.Value);
            steps.Add(new(pause.PausedOn, $"{PauseRange(pause)} 暂停计时（{pause.Reason}），其间{days}个工作日不计"));
        }
        foreach (var (start, end) in clock.Merged)
        {
            pausedWorkingDays += calendar.CountWorkingDays(start, end);
        }
        if (clock.Closed.Count > 0)
        {
            steps.Add(new(from, $"暂停期间共{pausedWorkingDays}个工作日，期限顺延为{n + pausedWorkingDays}个工作日"));
        }

        var due = calendar.AddWorkingDays(from, n + pausedWorkingDays);
        var counted = 0;
        for (var date = from.AddDays(1); date <= due; date = date.AddDays(1))
        {
            var day = calendar.Describe(date);
            string note;
            if (clock.Contains(date))
            {
                note = $"{Text(date)} 暂停计时期间，不计";
            }
            else if (day.IsWorkingDay)
            {
                counted++;
                note = $"{Text(date)} {WorkingDayLabel(day)}，计第{counted}个工作日";
            }
            else
            {
                note = $"{Text(date)} {RestDayLabel(day)}，不计";
            }
            steps.Add(new(date, date == due ? note + "，期限届满" : note));
        }
        if (due == from)
        {
            steps.Add(new(from, $"{Text(from)} 期限为0个工作日，起算日当日期限届满"));
        }
        var firstDate = clock.Merged.Count > 0 && clock.Merged[0].Start < from ? clock.Merged[0].Start : from;
        var lastDate = clock.Merged.Count > 0 && clock.Merged[^1].End.AddDays(-1) > due ? clock.Merged[^1].End.AddDays(-1) : due;
        return WithCalendarCheck(calendar, firstDate, lastDate, due);
    }

    /// <summary>计算规则3、4、5（docs: shared/domain/README.md）</summary>
    private static Deadline ComputeCalendarDays(WorkingCalendar calendar, DateOnly from, Period period, PauseIntervals clock, List<DeadlineStep> steps)
    {
        var n = period.Amount;
        DateOnly target;
        if (period.Unit == PeriodUnit.Days)
        {
            target = from.AddDays(n);
            steps.Add(new(from, $"起算日 {Text(from)} 不计入，自次日起计算{n}日"));
            steps.Add(new(target, $"{Text(from)} 加{n}日为 {Text(target)}"));
        }
        else
        {
            target = MonthTable.AddMonths(from, n);
            steps.Add(new(from, $"起算日 {Text(from)}，计算{n}个月"));
            var clamped = target.Day != from.Day ? $"（{target.Month}月没有{from.Day}日，取该月最后一日）" : "";
            steps.Add(new(target, $"{Text(from)} 加{n}个月为 {Text(target)}{clamped}"));
        }

        foreach (var pause in clock.Closed)
        {
            var days = pause.ResumedOn!.Value.DayNumber - pause.PausedOn.DayNumber;
            steps.Add(new(pause.PausedOn, $"{PauseRange(pause)} 暂停计时（{pause.Reason}），共{days}日不计"));
        }
        var pausedDays = clock.Merged.Sum(p => p.End.DayNumber - p.Start.DayNumber);
        if (clock.Closed.Count > 0)
        {
            var extended = target.AddDays(pausedDays);
            steps.Add(new(extended, $"加上暂停的{pausedDays}日，{Text(target)} 顺延为 {Text(extended)}"));
            target = extended;
        }

        var due = calendar.NextWorkingDayOnOrAfter(target);
        for (var date = target; date < due; date = date.AddDays(1))
        {
            steps.Add(new(date, $"{Text(date)} {RestDayLabel(calendar.Describe(date))}，不是工作日，顺延"));
        }
        steps.Add(new(due, $"{Text(due)} {WorkingDayLabel(calendar.Describe(due))}，期限届满"));
        return WithCalendarCheck(calendar, from, due, due);
    }

    /// <summary>计算规则5、6（docs: shared/domain/README.md）</summary>
    private static Deadline ComputeHours(DateOnly from, int hours, PauseIntervals clock, List<DeadlineStep> steps)
    {
        steps.Add(new(from, $"自 {Text(from)} 00:00 起计算{hours}小时，按自然时间连续计算，节假日不顺延"));
        var pausedDays = clock.Merged.Sum(p => p.End.DayNumber - p.Start.DayNumber);
        foreach (var pause in clock.Closed)
        {
            steps.Add(new(pause.PausedOn, $"{PauseRange(pause)} 暂停计时（{pause.Reason}）"));
        }
        var total = hours + pausedDays * 24;
        if (clock.Closed.Count > 0)
        {
            steps.Add(new(from, $"加上暂停的{pausedDays * 24}小时，共计{total}小时"));
        }
        var dueAt = from.ToDateTime(TimeOnly.MinValue).AddHours(total);
        var due = DateOnly.FromDateTime(dueAt);
        steps.Add(new(due, $"届满时间 {dueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}"));
        // Elapsed hours ignore the holiday calendar, so a missing year cannot make them wrong.
        return new Deadline(due, dueAt, CalendarComplete: true, Warning: null, IsPaused: false, Steps: []);
    }

    private static Deadline WithCalendarCheck(WorkingCalendar calendar, DateOnly first, DateOnly last, DateOnly due)
    {
        var missing = Enumerable.Range(first.Year, last.Year - first.Year + 1).Where(y => !calendar.IsLoaded(y)).ToList();
        var warning = missing.Count == 0
            ? null
            : $"{string.Join("、", missing.Select(y => $"{y}年"))}的节假日安排尚未载入，本期限仅按周末计算，请载入后复核";
        return new Deadline(due, null, missing.Count == 0, warning, IsPaused: false, Steps: []);
    }

    private static string WorkingDayLabel(CalendarDay day) =>
        day.Kind == DayKind.MakeupWorkday ? $"{day.Name}调休上班" : "工作日";

    private static string RestDayLabel(CalendarDay day) => day.Kind switch
    {
        DayKind.Holiday => $"{day.Name}（法定节假日）",
        _ => day.Date.DayOfWeek == DayOfWeek.Saturday ? "周六" : "周日",
    };

    private static string PauseRange(ClockPause pause) => pause.ResumedOn == pause.PausedOn
        ? $"{Text(pause.PausedOn)}（当日恢复）"
        : $"{Text(pause.PausedOn)} 至 {Text(pause.ResumedOn!.Value.AddDays(-1))}";

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
