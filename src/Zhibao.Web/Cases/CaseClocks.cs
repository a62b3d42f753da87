using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;

namespace Zhibao.Web.Cases;

/// <summary>Where a deadline stands today: the red/yellow/green of every list and the case page.</summary>
public enum DeadlineStatus
{
    /// <summary>已完成（按期）.</summary>
    Done,
    /// <summary>已完成（超期）.</summary>
    DoneLate,
    /// <summary>正常 (green).</summary>
    Running,
    /// <summary>临期 (yellow): due within the reminder window.</summary>
    DueSoon,
    /// <summary>逾期 (red).</summary>
    Overdue,
    /// <summary>暂停计时.</summary>
    Paused,
    /// <summary>A period that runs for the party (陈述申辩, 听证申请) and has run out: informational.</summary>
    Expired,
}

/// <summary>One clock of a case, computed from the catalogue and the case's dates, never typed in.</summary>
/// <param name="Code">Stable case-level code: verification, decision, publication …</param>
/// <param name="Rule">The catalogue code (penalty.filing-review …), or null for a setting-based period.</param>
/// <param name="Basis">"立案审查期限：发现线索或者收到材料之日起15个工作日（…第十八条）。到期日：2023-10-24".</param>
/// <param name="ForParty">A period the party uses (陈述申辩, 听证申请): never overdue for the bureau.</param>
/// <param name="WarningOnly">Shown as a warning, not a hard limit (假冒专利 1-month clock by default).</param>
public sealed record CaseDeadline(
    string Code, string Name, string? Rule, DateOnly DueDate, string Basis, DeadlineStatus Status, DateOnly? MetOn,
    bool ForParty, bool WarningOnly, IReadOnlyList<DeadlineStep> Steps);

/// <summary>The clocks of a penalty case (legal-rules.md §0 rows 1–11; counting rules 2–5 of shared/domain/README.md).</summary>
public static class CaseClocks
{
    /// <summary>The excluded-interval kinds a user may pause a penalty case for (union of the rules' lists).</summary>
    public static readonly string[] PauseKinds = ["中止", "检测", "检验", "检疫", "鉴定", "权利人辨认或者鉴别", "公告", "责令退还多收价款"];

    public const string HearingPauseKind = "听证";

    public sealed record Options(int DueSoonWorkingDays, int ArchiveWorkingDays, bool CounterfeitClockIsHardLimit);

    public static IReadOnlyList<CaseDeadline> Compute(PenaltyCase c, WorkingCalendar calendar, DateOnly today, Options options)
    {
        var clocks = new ClockSet(c, calendar, today, options, StatutoryPeriods.Get);
        var list = clocks.List;
        void Add(string code, string name, string rule, DateOnly start, DateOnly? met, int extensions = 0, bool forParty = false,
            bool warningOnly = false, DateOnly? overrideDue = null, string? overrideNote = null) =>
            clocks.Add(code, name, rule, start, met, extensions, forParty, warningOnly, overrideDue, overrideNote);

        var verificationMet = c.FiledOn ?? c.NotFiledOn;
        Add("verification", "立案审查", "penalty.filing-review", c.ReceivedOn, verificationMet, c.VerificationExtensions);
        if (c.FiledOn is { } filed)
        {
            Add("decision", "作出处罚决定", "penalty.decision", filed, c.DecidedOn, c.DecisionExtensions,
                overrideDue: c.CollectiveDecisionDueOn, overrideNote: c.CollectiveDecisionDueOn is null ? null : "经负责人集体讨论决定延长");
            if (c.Subject == "假冒专利")
            {
                Add("counterfeit-patent-closing", "假冒专利结案", "counterfeit-patent.closing", filed, c.ClosedOn,
                    warningOnly: !options.CounterfeitClockIsHardLimit);
            }
        }
        if (c.ReviewSubmittedOn is { } submitted)
        {
            Add("legal-review", "法制审核", "penalty.legal-review", submitted, c.ReviewedOn);
        }
        if (c.NotifiedOn is { } notified)
        {
            Add("statement", "陈述、申辩", "penalty.statement", notified, null, forParty: true);
            if (c.HearingRightNotified)
            {
                Add("hearing-request", "听证申请", "hearing.request", notified, c.HearingRequestedOn, forParty: true);
            }
        }
        if (c.HearingOn is { } hearing)
        {
            Add("hearing-notice", "听证通知", "hearing.notice", hearing, c.Status == nameof(PenaltyCaseStatus.Hearing) ? null : c.HearingRequestedOn);
        }
        if (c.DecidedOn is { } decided)
        {
            if (c.PartyAbsentAtDecision)
            {
                Add("service", "决定书送达", "penalty.decision-service", decided, c.ServedOn);
            }
            if (c.Outcome == DecisionOutcome.Penalty && !c.WarningOnly)
            {
                Add("publication", "行政处罚信息公示", "publicity.penalty", decided, c.PublishedOn);
            }
        }
        if (c.ServedOn is { } served && c.FineAmount > 0)
        {
            Add("payment", "罚款缴纳", "penalty.fine-payment", served, c.PaidOn);
        }
        if (c.ClosedOn is { } closed)
        {
            // legal-rules.md §1.5: commonly 15 working days after 结案, UNVERIFIED — hence a setting, not a catalogue rule.
            var due = DeadlineCalculator.DueDate(calendar, closed, new Period(options.ArchiveWorkingDays, PeriodUnit.WorkingDays));
            clocks.AddFixed("archiving", "立卷归档", due,
                $"归档期限：结案之日起{options.ArchiveWorkingDays}个工作日（系统设置“结案后归档期限”，条文待核实）。到期日：{Text(due)}", c.ArchivedOn);
        }
        return list;
    }

    public static DeadlineStatus StatusOf(DateOnly due, DateOnly? met, bool paused, bool forParty, DateOnly today, DateOnly soon) =>
        met is { } done ? (done <= due ? DeadlineStatus.Done : DeadlineStatus.DoneLate)
        : paused ? DeadlineStatus.Paused
        : today > due ? (forParty ? DeadlineStatus.Expired : DeadlineStatus.Overdue)
        : due <= soon ? DeadlineStatus.DueSoon
        : DeadlineStatus.Running;

    /// <summary>The bureau's nearest open deadline (hard limits only), stored on the case for lists and reminders.</summary>
    public static CaseDeadline? Next(IEnumerable<CaseDeadline> deadlines) =>
        deadlines.Where(d => !d.ForParty && !d.WarningOnly && d.Status is DeadlineStatus.Running or DeadlineStatus.DueSoon or DeadlineStatus.Overdue)
            .MinBy(d => d.DueDate);

    public static string Name(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Done => "按期完成",
        DeadlineStatus.DoneLate => "超期完成",
        DeadlineStatus.Running => "正常",
        DeadlineStatus.DueSoon => "临期",
        DeadlineStatus.Overdue => "逾期",
        DeadlineStatus.Paused => "暂停计时",
        DeadlineStatus.Expired => "已届满",
        _ => status.ToString(),
    };

    internal static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// The clocks of one case being computed: each catalogued period with the case's pauses that its rule excludes, its
/// approved extensions and its status today. <paramref name="versionOf"/> picks the rule version (by the clock's own
/// start for penalty cases; by the request date for disputes, CLARIFICATIONS "Rules in force"); null skips the clock.
/// </summary>
public sealed class ClockSet(Case c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options, Func<string, DateOnly, StatutoryPeriod?> versionOf)
{
    private readonly DateOnly soon = calendar.AddWorkingDays(today, options.DueSoonWorkingDays);

    public List<CaseDeadline> List { get; } = [];

    public void Add(string code, string name, string rule, DateOnly start, DateOnly? met, int extensions = 0, bool forParty = false,
        bool warningOnly = false, DateOnly? overrideDue = null, string? overrideNote = null)
    {
        if (versionOf(rule, start) is not { } period)
        {
            return;
        }
        var pauses = period.BeforeEvent ? [] : c.Pauses.Where(p => period.ExcludedIntervals.Contains(p.Kind))
            .Select(p => new ClockPause(p.PausedOn, p.ResumedOn, $"{p.Kind}：{p.Reason}")).ToList();
        var computed = StatutoryClock.Compute(calendar, period, start, pauses, Math.Min(extensions, period.Extensions.Count));
        var due = overrideDue ?? computed.Deadline.DueDate;
        var basis = overrideNote is null ? computed.Describe() : $"{computed.Describe()}；{overrideNote}，到期日：{CaseClocks.Text(due)}";
        var status = CaseClocks.StatusOf(due, met, computed.Deadline.IsPaused, forParty, today, soon);
        List.Add(new CaseDeadline(code, name, rule, due, basis, status, met, forParty, warningOnly, computed.Deadline.Steps));
    }

    /// <summary>A period that is not in the catalogue (a setting, or a date another body set).</summary>
    public void AddFixed(string code, string name, DateOnly due, string basis, DateOnly? met, bool forParty = false) =>
        List.Add(new CaseDeadline(code, name, null, due, basis, CaseClocks.StatusOf(due, met, false, forParty, today, soon), met, forParty, false, []));
}
