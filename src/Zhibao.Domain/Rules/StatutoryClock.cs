using System.Globalization;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Computes a catalogued period: the due date with its Chinese steps, for case clocks, reminders and the case page
/// ("期限：… 到期日 2023-10-24"). Counting follows shared/domain/README.md rules 2–7 through <see cref="DeadlineCalculator"/>.
/// </summary>
/// <remarks>
/// Approved extensions apply in the order the rule lists them. An extension in the same unit as the period before it
/// is added to that period and the whole is counted once: 3 months +1 month is 4 months from 立案 (not 3 months, rolled
/// to a working day, then one more month), and 90 days +30 days is 120 days. An extension in another unit (假冒专利:
/// 1 month, then +15 days) cannot be added, so the period before it is computed first — rolled to a working day as
/// its own rule requires — and the extension counts from that due date in its own unit. Pauses (README rule 5) are
/// applied once, to the first span, which adds back every recorded pause whether it falls before or after that span's
/// due date; later spans get none, so no pause is counted twice.
/// </remarks>
public static class StatutoryClock
{
    /// <summary>
    /// The clock of <paramref name="code"/> started on <paramref name="startedOn"/>, under the version in force that day.
    /// Where the date that matters is another one (a request received before a new rule, filed after it), pick the
    /// version with <see cref="StatutoryPeriods.Get"/> and use the other overload.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    /// <exception cref="InvalidOperationException">No version in force on <paramref name="startedOn"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More approved extensions than the rule allows, or fewer than 0.</exception>
    public static StatutoryDeadline Compute(
        WorkingCalendar calendar, string code, DateOnly startedOn, IReadOnlyList<ClockPause>? pauses = null, int approvedExtensions = 0) =>
        Compute(calendar, StatutoryPeriods.Get(code, startedOn), startedOn, pauses, approvedExtensions);

    /// <summary>The clock of a given rule version, started on <paramref name="startedOn"/>; for a
    /// <see cref="StatutoryPeriod.BeforeEvent"/> rule, <paramref name="startedOn"/> is the event counted back from.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More approved extensions than the rule allows, or fewer than 0.</exception>
    /// <exception cref="ArgumentException">Pauses given for a period counted back from an event.</exception>
    public static StatutoryDeadline Compute(
        WorkingCalendar calendar, StatutoryPeriod rule, DateOnly startedOn, IReadOnlyList<ClockPause>? pauses = null, int approvedExtensions = 0)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rule);
        CheckExtensions(rule, approvedExtensions);
        var deadline = rule.BeforeEvent
            ? BackwardClock.Compute(calendar, rule, startedOn, pauses)
            : Forward(calendar, rule, startedOn, pauses, approvedExtensions);
        return new StatutoryDeadline(rule, deadline, approvedExtensions);
    }

    private static void CheckExtensions(StatutoryPeriod rule, int approvedExtensions)
    {
        if (approvedExtensions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(approvedExtensions), approvedExtensions, "批准延长的次数不能为负数");
        }
        if (approvedExtensions > rule.Extensions.Count)
        {
            var message = rule.Extensions.Count == 0
                ? $"{rule.Name}（{rule.Code}）没有可批准的法定延长期限，不能按延长{approvedExtensions}次计算"
                : $"{rule.Name}（{rule.Code}）最多可批准延长{rule.Extensions.Count}次，不能按{approvedExtensions}次计算";
            throw new ArgumentOutOfRangeException(nameof(approvedExtensions), approvedExtensions, message);
        }
    }

    private static Deadline Forward(WorkingCalendar calendar, StatutoryPeriod rule, DateOnly startedOn, IReadOnlyList<ClockPause>? pauses, int approved)
    {
        var applied = rule.Extensions.Take(approved).ToList();
        var steps = new List<DeadlineStep> { new(startedOn, rule.Describe()) };
        steps.AddRange(applied.Select(e => new DeadlineStep(startedOn, $"{e.Describe()}（{e.Basis}）")));

        // Spans of one unit each: same-unit extensions merge into the span before them.
        var spans = new List<Period> { rule.Period };
        foreach (var extension in applied)
        {
            if (extension.Period.Unit == spans[^1].Unit)
            {
                spans[^1] = spans[^1] with { Amount = spans[^1].Amount + extension.Period.Amount };
            }
            else
            {
                spans.Add(extension.Period);
            }
        }
        if (applied.Count > 0 && spans.Count == 1)
        {
            steps.Add(new(startedOn, $"延长后期限共计{spans[0].Describe()}"));
        }

        var result = DeadlineCalculator.Compute(calendar, startedOn, spans[0], pauses);
        var isPaused = result.IsPaused;
        steps.AddRange(spans.Count == 1 ? result.Steps : result.Steps.Select(BeforeExtension));
        for (var i = 1; i < spans.Count; i++)
        {
            var span = spans[i];
            var from = result.DueDate;
            steps.Add(new(from, $"延长期限{span.Describe()}与前段期限单位不同，自前段届满日 {Text(from)} 起另行计算"));
            var next = DeadlineCalculator.Compute(calendar, from, span);
            steps.AddRange(i == spans.Count - 1 ? next.Steps : next.Steps.Select(BeforeExtension));
            result = next with
            {
                CalendarComplete = result.CalendarComplete && next.CalendarComplete,
                Warning = result.Warning is null || result.Warning == next.Warning ? next.Warning
                    : next.Warning is null ? result.Warning : $"{result.Warning}；{next.Warning}",
            };
        }
        // Stable sort: the rule and extension lines stay first on the start date.
        return result with { IsPaused = isPaused, Steps = [.. steps.OrderBy(s => s.Date)] };
    }

    // The due date of a span that an extension continues is not the final one; say so on its "期限届满" line.
    private static DeadlineStep BeforeExtension(DeadlineStep step) => step.Note.EndsWith("期限届满", StringComparison.Ordinal)
        ? step with { Note = step.Note[..^"期限届满".Length] + "延长前的期限届满" }
        : step;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
