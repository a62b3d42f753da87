using System.Globalization;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Periods that end at an event instead of starting from one: 听证 notice at least 7 working days before the hearing
/// (行政处罚法 art.64), 口头审理 notice at least 3 working days before (81号 art.26).
/// </summary>
/// <remarks>
/// The product reads "N个工作日前通知" with README rule 2 applied forward from the notice: the notice day is not counted,
/// and the N-th working day after it must fall on or before the event day. The latest such day that is itself a
/// working day is the due date (a notice is sent on a working day). Day and month periods are counted the same way
/// with rules 3–4: the event minus the period, moved back to a working day. Pauses do not apply.
/// </remarks>
internal static class BackwardClock
{
    public static Deadline Compute(WorkingCalendar calendar, StatutoryPeriod rule, DateOnly eventDate, IReadOnlyList<ClockPause>? pauses)
    {
        if (pauses is { Count: > 0 })
        {
            throw new ArgumentException($"{rule.Name}自{rule.StartEvent}倒算，不适用暂停计时", nameof(pauses));
        }
        var n = rule.Period.Amount;
        var latest = rule.Period.Unit switch
        {
            PeriodUnit.WorkingDays => LatestBeforeWorkingDays(calendar, eventDate, n),
            PeriodUnit.Days => PreviousWorkingDay(calendar, eventDate.AddDays(-n)),
            PeriodUnit.Months => PreviousWorkingDay(calendar, eventDate.AddMonths(-n)),
            _ => throw new ArgumentException($"{rule.Name}：按小时计算的期限不能倒算", nameof(rule)),
        };

        var steps = new List<DeadlineStep>
        {
            new(latest, $"{rule.StartEvent}为 {Text(eventDate)}，须提前{rule.Period.Describe()}：最迟应于 {Text(latest)} 办理"),
        };
        if (rule.Period.Unit == PeriodUnit.WorkingDays)
        {
            var counted = 0;
            for (var date = latest.AddDays(1); date <= eventDate; date = date.AddDays(1))
            {
                var day = calendar.Describe(date);
                var note = day.IsWorkingDay ? $"{Text(date)} {WorkingLabel(day)}，计第{++counted}个工作日" : $"{Text(date)} {RestLabel(day)}，不计";
                steps.Add(new(date, date == eventDate ? $"{note}（{rule.StartEvent}）" : note));
            }
        }
        else
        {
            steps.Add(new(eventDate, $"{Text(eventDate)} {rule.StartEvent}"));
        }

        var missing = Enumerable.Range(latest.Year, eventDate.Year - latest.Year + 1).Where(y => !calendar.IsLoaded(y)).ToList();
        var warning = missing.Count == 0
            ? null
            : $"{string.Join("、", missing.Select(y => $"{y}年"))}的节假日安排尚未载入，本期限仅按周末计算，请载入后复核";
        return new Deadline(latest, null, missing.Count == 0, warning, IsPaused: false, Steps: steps);
    }

    private static DateOnly LatestBeforeWorkingDays(WorkingCalendar calendar, DateOnly eventDate, int n)
    {
        // Walk back from the day before the event; the loop ends within n working days plus the rest days between.
        var date = eventDate.AddDays(-1);
        while (!calendar.IsWorkingDay(date) || calendar.AddWorkingDays(date, n) > eventDate)
        {
            date = date.AddDays(-1);
        }
        return date;
    }

    private static DateOnly PreviousWorkingDay(WorkingCalendar calendar, DateOnly date)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }
        return date;
    }

    private static string WorkingLabel(CalendarDay day) => day.Kind == DayKind.MakeupWorkday ? $"{day.Name}调休上班" : "工作日";

    private static string RestLabel(CalendarDay day) => day.Kind == DayKind.Holiday
        ? $"{day.Name}（法定节假日）"
        : day.Date.DayOfWeek == DayOfWeek.Saturday ? "周六" : "周日";

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
