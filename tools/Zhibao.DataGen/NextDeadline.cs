using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;

namespace Zhibao.DataGen;

/// <summary>
/// The case's nearest open hard deadline, as the app stores it in <see cref="Case.NextDueOn"/> / <see cref="Case.NextDueName"/>.
/// Mirrors Zhibao.Web.Cases.CaseClocks.Compute + Next (the generator may not reference the web project): only the
/// deadlines that can be "next" are computed — not met, not paused, not for the party, not warning-only. The generator's
/// verification compares the stored values with GET /api/cases/{id}; regenerate if CaseClocks changes.
/// </summary>
internal static class NextDeadline
{
    public sealed record Options(int ArchiveWorkingDays, bool CounterfeitClockIsHardLimit);

    public static (DateOnly? Due, string? Name) Of(PenaltyCase c, WorkingCalendar calendar, Options options)
    {
        DateOnly? best = null;
        string? bestName = null;
        void Consider(string name, string rule, DateOnly start, DateOnly? met, int extensions = 0, DateOnly? overrideDue = null)
        {
            if (met is not null)
            {
                return;
            }
            var period = StatutoryPeriods.Get(rule, start);
            var pauses = c.Pauses.Where(p => period.ExcludedIntervals.Contains(p.Kind))
                .Select(p => new ClockPause(p.PausedOn, p.ResumedOn, p.Reason)).ToList();
            var computed = StatutoryClock.Compute(calendar, period, start, pauses, extensions);
            if (computed.Deadline.IsPaused)
            {
                return;
            }
            var due = overrideDue ?? computed.Deadline.DueDate;
            if (best is null || due < best)
            {
                best = due;
                bestName = name;
            }
        }

        Consider("立案审查", "penalty.filing-review", c.ReceivedOn, c.FiledOn ?? c.NotFiledOn, c.VerificationExtensions);
        if (c.FiledOn is { } filed)
        {
            Consider("作出处罚决定", "penalty.decision", filed, c.DecidedOn, c.DecisionExtensions, c.CollectiveDecisionDueOn);
            if (c.Subject == "假冒专利" && options.CounterfeitClockIsHardLimit)
            {
                Consider("假冒专利结案", "counterfeit-patent.closing", filed, c.ClosedOn);
            }
        }
        if (c.ReviewSubmittedOn is { } submitted)
        {
            Consider("法制审核", "penalty.legal-review", submitted, c.ReviewedOn);
        }
        // 陈述、申辩 and 听证申请 run for the party: never the bureau's next deadline.
        if (c.HearingOn is { } hearing)
        {
            Consider("听证通知", "hearing.notice", hearing, c.Status == nameof(PenaltyCaseStatus.Hearing) ? null : c.HearingRequestedOn);
        }
        if (c.DecidedOn is { } decided)
        {
            if (c.PartyAbsentAtDecision)
            {
                Consider("决定书送达", "penalty.decision-service", decided, c.ServedOn);
            }
            if (c.Outcome == DecisionOutcome.Penalty && !c.WarningOnly)
            {
                Consider("行政处罚信息公示", "publicity.penalty", decided, c.PublishedOn);
            }
        }
        if (c.ServedOn is { } served && c.FineAmount > 0)
        {
            Consider("罚款缴纳", "penalty.fine-payment", served, c.PaidOn);
        }
        if (c.ClosedOn is { } closed && c.ArchivedOn is null)
        {
            var due = DeadlineCalculator.DueDate(calendar, closed, new Period(options.ArchiveWorkingDays, PeriodUnit.WorkingDays));
            if (best is null || due < best)
            {
                best = due;
                bestName = "立卷归档";
            }
        }
        return (best, bestName);
    }
}
