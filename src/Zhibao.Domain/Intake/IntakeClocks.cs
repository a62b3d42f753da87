using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Leads;
using Zhibao.Domain.Rules;

namespace Zhibao.Domain.Intake;

/// <summary>Where one clock stands: the red / amber / green of the intake list.</summary>
public enum IntakeClockState
{
    /// <summary>正常 (green).</summary>
    Running,
    /// <summary>临期 (amber): due within the reminder window.</summary>
    DueSoon,
    /// <summary>逾期 (red).</summary>
    Overdue,
    /// <summary>按期完成.</summary>
    Met,
    /// <summary>超期完成.</summary>
    MetLate,
}

/// <summary>The dates of an intake item the clocks start from and stop at.</summary>
/// <param name="DecidedOn">The 受理 or 不予受理 decision (<paramref name="Status"/> tells which).</param>
/// <param name="FilingDecidedOn">A report's 是否立案 decision: its own refusal, or the 立案 / 不予立案 of the case it became.</param>
/// <param name="SenderDeadlineOn">The sender's deadline as a date, or …</param>
/// <param name="SenderDeadlineWorkingDays">… as working days after receipt.</param>
/// <param name="RepliedOn">告知 / 反馈 sent (to the parties, the reporter or the sender).</param>
/// <param name="ClosedOn">办结, or the day the item was merged into another.</param>
public sealed record IntakeFacts(
    LeadKind Kind, LeadStatus Status, DateOnly ReceivedOn, DateOnly? DecidedOn, MediationOutcome? Mediation, DateOnly? MediationEndedOn,
    DateOnly? LeadFoundOn, bool VerificationExtended, DateOnly? ConvertedOn, DateOnly? FilingDecidedOn, bool RealName,
    DateOnly? RepliedOn, DateOnly? SenderDeadlineOn, int? SenderDeadlineWorkingDays, DateOnly? DisputeStartedOn,
    DateOnly? DisputeSettledOn, DateOnly? ClosedOn);

/// <summary>One clock of an intake item, computed from the statutory catalogue and the item's dates, never typed in.</summary>
/// <param name="Code">acceptance, mediation, termination-notice, lead-verification, verification, reporter-notice, sender, jurisdiction.</param>
/// <param name="Rule">The catalogue code (complaint.acceptance …); null for the sender's own deadline.</param>
/// <param name="Basis">"投诉受理期限：收到投诉之日起7个工作日（《市场监督管理投诉举报处理暂行办法》第十四条）。到期日：2023-10-13".</param>
public sealed record IntakeClock(
    string Code, string Name, string? Rule, DateOnly StartedOn, DateOnly DueOn, string Basis, IntakeClockState State, DateOnly? MetOn,
    IReadOnlyList<DeadlineStep> Steps)
{
    public bool Open => MetOn is null;
}

/// <summary>
/// The statutory clocks of complaints, reports, assigned leads and transfers (legal-rules.md §0 rows 37–41, counted by rule
/// 2 of shared/domain/README.md on the working-day calendar):
/// <list type="bullet">
/// <item>投诉: 受理 or 不予受理 within 7 working days of receipt (暂行办法第十四条); mediation ends 45 working days after
/// acceptance without agreement and the parties are told within 7 working days (第二十一条); a lead found during mediation
/// is verified within 15 working days, +15 (第二十三条).</item>
/// <item>举报, 上级交办, 部门移送: verified within 15 working days of receipt, +15 with the head's approval, and the head decides
/// whether to 立案 (行政处罚程序规定第十八条); a real-name reporter is told within 5 working days of that decision
/// (暂行办法第三十一条); an assigned lead answers by the sender's deadline.</item>
/// <item>Any item: a jurisdiction dispute is negotiated within 7 working days, then escalated (暂行办法第三十条).</item>
/// </list>
/// </summary>
public static class IntakeClocks
{
    public static IReadOnlyList<IntakeClock> Compute(WorkingCalendar calendar, IntakeFacts f, DateOnly today, int warningWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(f);
        var soon = calendar.AddWorkingDays(today, warningWorkingDays);
        var list = new List<IntakeClock>();
        void Add(string code, string name, string rule, DateOnly start, DateOnly? met, int extensions = 0, bool cap = false)
        {
            var clock = StatutoryClock.Compute(calendar, rule, start, approvedExtensions: extensions);
            var due = clock.Deadline.DueDate;
            // A cap rather than a duty (mediation ends when it runs out): ending because it ran out is not late.
            met = cap && met > due ? due : met;
            list.Add(new IntakeClock(code, name, rule, start, due, clock.Describe(), StateOf(due, met, today, soon), met, clock.Deadline.Steps));
        }

        var refused = f.Status == LeadStatus.Refused;
        var accepted = f.DecidedOn is not null && !refused;
        // Merging or closing ends every clock that is still running, except the replies the law owes (told before closing).
        var finished = f.Status is LeadStatus.Closed or LeadStatus.Merged ? f.ClosedOn : null;
        if (f.Kind == LeadKind.Complaint)
        {
            // 第十四条: the 受理 / 不予受理 decision, told to the complainant.
            Add("acceptance", "受理决定", "complaint.acceptance", f.ReceivedOn, f.DecidedOn ?? finished);
            if (accepted)
            {
                // 第二十一条第（五）项: mediation runs from acceptance; converting into a case hands it over.
                Add("mediation", "调解", "complaint.mediation", f.DecidedOn!.Value, f.MediationEndedOn ?? f.ConvertedOn ?? finished,
                    cap: f.Mediation == MediationOutcome.Expired);
            }
            if (f.Mediation is MediationOutcome.NotAgreed or MediationOutcome.Expired && f.MediationEndedOn is { } ended)
            {
                Add("termination-notice", "告知终止调解", "complaint.termination-notice", ended, f.RepliedOn);
            }
            if (f.LeadFoundOn is { } found)
            {
                Add("lead-verification", "调解中发现线索的核查", "complaint.lead-verification", found, f.ConvertedOn ?? finished,
                    f.VerificationExtended ? 1 : 0);
            }
        }
        else
        {
            // 程序规定第十八条: verify, then the head decides whether to 立案 — here by converting into a case or refusing.
            Add("verification", "核查（立案审查）", "penalty.filing-review", f.ReceivedOn,
                f.ConvertedOn ?? (refused ? f.DecidedOn : null) ?? finished, f.VerificationExtended ? 1 : 0);
            if (f.Kind == LeadKind.Report && f.RealName && f.FilingDecidedOn is { } decided)
            {
                Add("reporter-notice", "告知实名举报人", "report.filing-notice", decided, f.RepliedOn);
            }
            if (LeadReplyClock.Due(calendar, f.ReceivedOn, f.SenderDeadlineOn, f.SenderDeadlineWorkingDays) is { } sender)
            {
                var name = f.Kind == LeadKind.Transfer ? "移送单位要求的反馈期限" : "交办单位要求的反馈期限";
                list.Add(new IntakeClock("sender", name, null, f.ReceivedOn, sender.DueOn, sender.Basis,
                    StateOf(sender.DueOn, f.RepliedOn, today, soon), f.RepliedOn, [new DeadlineStep(sender.DueOn, sender.Basis)]));
            }
        }
        if (f.DisputeStartedOn is { } dispute)
        {
            // 第三十条: 7 working days to agree; then the common superior designates the handling bureau.
            Add("jurisdiction", "管辖争议协商", "jurisdiction.negotiation", dispute, f.DisputeSettledOn);
        }
        return list;
    }

    public static IntakeClockState StateOf(DateOnly due, DateOnly? met, DateOnly today, DateOnly soon) =>
        met is { } done ? (done <= due ? IntakeClockState.Met : IntakeClockState.MetLate)
        : today > due ? IntakeClockState.Overdue
        : due <= soon ? IntakeClockState.DueSoon
        : IntakeClockState.Running;

    /// <summary>The nearest open clock: stored on the item for the list's red/amber/green, its filters and the reminders.</summary>
    public static IntakeClock? Next(IEnumerable<IntakeClock> clocks) => clocks.Where(c => c.Open).MinBy(c => c.DueOn);

    /// <summary>
    /// 第二十一条第（五）项: complaint mediation without agreement ends when 45 working days from acceptance have run. The
    /// day of ending is the day after the 45th working day; null while the period still runs on <paramref name="today"/>.
    /// </summary>
    public static DateOnly? MediationExpiresOn(WorkingCalendar calendar, DateOnly acceptedOn, DateOnly today)
    {
        var due = StatutoryClock.Compute(calendar, "complaint.mediation", acceptedOn).Deadline.DueDate;
        return today > due ? due.AddDays(1) : null;
    }

    public static string Name(IntakeClockState state) => state switch
    {
        IntakeClockState.Running => "正常",
        IntakeClockState.DueSoon => "临期",
        IntakeClockState.Overdue => "逾期",
        IntakeClockState.Met => "按期完成",
        IntakeClockState.MetLate => "超期完成",
        _ => state.ToString(),
    };
}
