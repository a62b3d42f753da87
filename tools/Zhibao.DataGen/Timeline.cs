using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;

namespace Zhibao.DataGen;

/// <summary>What the timeline decided besides the case's own fields.</summary>
internal struct TimelineExtras
{
    /// <summary>The respondent is a natural person (the hearing threshold and the party pool depend on it).</summary>
    public bool PersonRespondent;
    /// <summary>An approval waits: 立案审批 (Lead), 法制审核 (Investigating) or 结案审批 (Decided).</summary>
    public bool PendingApproval;
    public decimal ProposedFine;
}

/// <summary>
/// The dated life of one penalty case, replayable from its seed: statuses follow the workflow (线索 → 立案 → 调查 → 审核 →
/// 告知 → 听证 → 决定 → 送达 · 缴款 · 公示 → 结案 → 归档) with working-day gaps inside the statutory periods, so every date
/// is consistent with the status and none lies after today. Closed cases are spread over the years; open ones are recent.
/// </summary>
internal sealed class Timeline(WorkingCalendar calendar, DateOnly today, decimal personThreshold, decimal organisationThreshold)
{
    /// <summary>Leads before this date have no penalty-procedure version to clock them (publicity rules from 2021-09-01).</summary>
    public static readonly DateOnly Earliest = new(2021, 9, 1);

    public static readonly PenaltyCaseStatus[] Statuses = Enum.GetValues<PenaltyCaseStatus>();

    /// <summary>Share of each status, in <see cref="Statuses"/> order: most cases are archived, ~14 % under investigation.</summary>
    public static readonly double[] StatusWeights = Statuses.Select(s => s switch
    {
        PenaltyCaseStatus.Lead => 6.0,
        PenaltyCaseStatus.NotFiled => 6.0,
        PenaltyCaseStatus.Investigating => 14.0,
        PenaltyCaseStatus.Reviewed => 3.0,
        PenaltyCaseStatus.Notified => 3.0,
        PenaltyCaseStatus.Hearing => 1.0,
        PenaltyCaseStatus.Decided => 5.0,
        PenaltyCaseStatus.Transferred => 3.0,
        PenaltyCaseStatus.Closed => 4.0,
        PenaltyCaseStatus.Archived => 55.0,
        _ => 0.0,
    }).ToArray();

    public static readonly string[] PauseKinds = ["检测", "鉴定", "权利人辨认或者鉴别", "检验"];

    public static string PauseReason(string kind) => kind switch
    {
        "检测" => "涉案商品送检测机构检测",
        "鉴定" => "委托司法鉴定机构鉴定",
        "权利人辨认或者鉴别" => "商标权利人辨认涉案商品",
        _ => "涉案商品送检验",
    };

    private static readonly string[] AbsentServiceMethods = ["邮寄送达", "留置送达", "电子送达", "委托送达", "公告送达"];

    /// <summary>Days back from today in which an open status's key date falls.</summary>
    private static (int From, int To) Window(PenaltyCaseStatus status) => status switch
    {
        PenaltyCaseStatus.Lead => (0, 28),
        PenaltyCaseStatus.Investigating => (0, 110),
        PenaltyCaseStatus.Reviewed => (0, 20),
        PenaltyCaseStatus.Notified => (0, 15),
        PenaltyCaseStatus.Hearing => (0, 20),
        PenaltyCaseStatus.Decided => (0, 50),
        PenaltyCaseStatus.Closed => (0, 25),
        _ => (0, 0),
    };

    private static bool Finished(PenaltyCaseStatus s) =>
        s is PenaltyCaseStatus.NotFiled or PenaltyCaseStatus.Transferred or PenaltyCaseStatus.Archived;

    /// <summary>Places the case in time: finished cases anywhere from <see cref="Earliest"/>, open ones so that the date
    /// their status began lies in the status's recent window.</summary>
    public PenaltyCase Place(ulong seed, PenaltyCaseStatus status, out TimelineExtras extras)
    {
        var r = new Rng(Rng.Mix(seed, 1));
        if (Finished(status))
        {
            var span = today.DayNumber - 250 - Earliest.DayNumber;
            return Build(seed, status, Earliest.AddDays(r.Int(0, Math.Max(span, 0))), out extras);
        }
        var (from, to) = Window(status);
        var target = today.AddDays(-r.Int(from, to));
        var lead = target;
        var c = Build(seed, status, lead, out extras);
        lead = lead.AddDays(target.DayNumber - Anchor(c, status).DayNumber);
        c = Build(seed, status, lead, out extras);
        for (var i = 0; i < 20 && Latest(c, status) > today; i++)
        {
            lead = lead.AddDays(today.DayNumber - Latest(c, status).DayNumber - 1);
            c = Build(seed, status, lead, out extras);
        }
        return c;
    }

    private static DateOnly Anchor(PenaltyCase c, PenaltyCaseStatus status) => status switch
    {
        PenaltyCaseStatus.Investigating => c.FiledOn!.Value,
        PenaltyCaseStatus.Reviewed => c.ReviewedOn!.Value,
        PenaltyCaseStatus.Notified => c.NotifiedOn!.Value,
        PenaltyCaseStatus.Hearing => c.HearingRequestedOn!.Value,
        PenaltyCaseStatus.Decided => c.DecidedOn!.Value,
        PenaltyCaseStatus.Closed => c.ClosedOn!.Value,
        _ => c.ReceivedOn,
    };

    /// <summary>The latest date recorded on the case (a scheduled hearing may lie ahead).</summary>
    public static DateOnly Latest(PenaltyCase c, PenaltyCaseStatus status)
    {
        var max = c.ReceivedOn;
        void Take(DateOnly? d)
        {
            if (d > max)
            {
                max = d.Value;
            }
        }
        Take(c.NotFiledOn);
        Take(c.FiledOn);
        Take(c.ReviewSubmittedOn);
        Take(c.ReviewedOn);
        Take(c.NotifiedOn);
        Take(c.HearingRequestedOn);
        if (status != PenaltyCaseStatus.Hearing)
        {
            Take(c.HearingOn);
        }
        Take(c.DecidedOn);
        Take(c.ServedOn);
        Take(c.PaidOn);
        Take(c.PublishedOn);
        Take(c.ClosedOn);
        Take(c.ArchivedOn);
        foreach (var p in c.Pauses)
        {
            Take(p.PausedOn);
            Take(p.ResumedOn);
        }
        return max;
    }

    private DateOnly W(DateOnly from, int workingDays) => calendar.AddWorkingDays(from, workingDays);

    private static DateOnly Max(DateOnly a, DateOnly? b) => b > a ? b.Value : a;

    private static decimal Round100(double value) => Math.Max(100m, Math.Round((decimal)value / 100m) * 100m);

    private PenaltyCase Build(ulong seed, PenaltyCaseStatus status, DateOnly lead, out TimelineExtras x)
    {
        var r = new Rng(seed);
        x = default;
        x.PersonRespondent = r.Chance(0.12);
        lead = calendar.NextWorkingDayOnOrAfter(lead < Earliest ? Earliest : lead);
        var c = new PenaltyCase { Title = "", Subject = "", Source = "", Status = status.ToString(), ReceivedOn = lead };

        if (status == PenaltyCaseStatus.Lead)
        {
            c.VerificationExtensions = W(lead, 10) <= today && r.Chance(0.3) ? 1 : 0;
            x.PendingApproval = r.Chance(0.25);
            return c;
        }
        if (status == PenaltyCaseStatus.NotFiled)
        {
            c.NotFiledOn = W(lead, r.Int(3, 14));
            return c;
        }
        c.VerificationExtensions = r.Chance(0.04) ? 1 : 0;
        var filed = W(lead, c.VerificationExtensions == 1 ? r.Int(16, 28) : r.Int(2, 14));
        c.FiledOn = filed;

        // 检测、鉴定 … during the investigation: excluded from the decision period (计算规则5).
        if (r.Chance(status == PenaltyCaseStatus.Investigating ? 0.12 : 0.06))
        {
            var kind = r.Pick(PauseKinds);
            var pausedOn = W(filed, r.Int(5, 25));
            var open = status == PenaltyCaseStatus.Investigating && r.Chance(0.4);
            c.Pauses.Add(new CasePause { Kind = kind, Reason = PauseReason(kind), PausedOn = pausedOn, ResumedOn = open ? null : W(pausedOn, r.Int(5, 20)) });
            c.IsPaused = open;
        }
        var resumed = c.Pauses.Count > 0 ? c.Pauses[0].ResumedOn : null;

        if (status == PenaltyCaseStatus.Investigating)
        {
            c.DecisionExtensions = r.Chance(0.08) ? 1 : 0;
            if (!c.IsPaused && r.Chance(0.2))
            {
                // Submitted for 法制审核, waiting for the reviewers.
                c.ReviewSubmittedOn = W(Max(filed, resumed), r.Int(20, 50));
                x.PendingApproval = true;
            }
            return c;
        }
        c.ReviewSubmittedOn = W(Max(filed, resumed), r.Int(15, 45));
        c.ReviewedOn = W(c.ReviewSubmittedOn.Value, r.Int(1, 9));
        if (status == PenaltyCaseStatus.Reviewed)
        {
            return c;
        }

        c.NotifiedOn = W(c.ReviewedOn.Value, r.Int(1, 5));
        var fine = x.PersonRespondent
            ? Round100(Math.Exp(Math.Log(500) + r.Unit() * (Math.Log(60_000) - Math.Log(500))))
            : Round100(Math.Exp(Math.Log(2_000) + r.Unit() * (Math.Log(400_000) - Math.Log(2_000))));
        var threshold = x.PersonRespondent ? personThreshold : organisationThreshold;
        if (status == PenaltyCaseStatus.Hearing && fine < threshold)
        {
            fine = threshold + Round100(r.Unit() * (double)threshold);
        }
        x.ProposedFine = fine;
        c.HearingRightNotified = fine >= threshold;
        if (status == PenaltyCaseStatus.Notified)
        {
            return c;
        }

        var earliestDecision = W(c.NotifiedOn.Value, 6);
        if (status == PenaltyCaseStatus.Hearing || (c.HearingRightNotified && r.Chance(0.3)))
        {
            c.HearingRequestedOn = W(c.NotifiedOn.Value, r.Int(1, 5));
            var hearingOn = W(c.HearingRequestedOn.Value, r.Int(8, 15));
            if (status == PenaltyCaseStatus.Hearing)
            {
                c.HearingOn = r.Chance(0.9) ? hearingOn : null;
                c.Pauses.Add(new CasePause { Kind = "听证", Reason = "当事人申请听证", PausedOn = c.HearingRequestedOn.Value });
                return c;
            }
            c.HearingOn = hearingOn;
            // The hearing day itself is hearing time: the clock runs again from the next day.
            c.Pauses.Add(new CasePause { Kind = "听证", Reason = "当事人申请听证", PausedOn = c.HearingRequestedOn.Value, ResumedOn = hearingOn.AddDays(1) });
            earliestDecision = W(hearingOn, 1);
        }
        var decided = W(earliestDecision, r.Int(0, 8));
        c.DecidedOn = decided;
        SetDecisionExtensions(c, filed, decided, ref r);

        c.Outcome = status == PenaltyCaseStatus.Transferred
            ? (r.Chance(0.6) ? DecisionOutcome.TransferToJudiciary : DecisionOutcome.TransferToDepartment)
            : status != PenaltyCaseStatus.Decided && r.Chance(0.04) ? DecisionOutcome.TransferToJudiciary
            : r.Chance(0.92) ? DecisionOutcome.Penalty : DecisionOutcome.NoPenalty;
        if (c.Outcome == DecisionOutcome.Penalty)
        {
            c.WarningOnly = r.Chance(0.03);
            if (!c.WarningOnly)
            {
                c.FineAmount = fine;
                c.ConfiscatedAmount = r.Chance(0.3) ? Round100(r.Int(500, 50_000)) : null;
            }
            c.PartyAbsentAtDecision = r.Chance(0.2);
            if (!c.PartyAbsentAtDecision)
            {
                c.ServedOn = decided;
                c.ServiceMethod = "直接送达";
            }
            else if (status != PenaltyCaseStatus.Decided || r.Chance(0.7))
            {
                c.ServedOn = W(decided, r.Int(1, 7));
                c.ServiceMethod = r.Pick(AbsentServiceMethods);
            }
        }
        else if (c.Outcome == DecisionOutcome.NoPenalty)
        {
            c.ServedOn = decided;
            c.ServiceMethod = "直接送达";
        }
        if (status == PenaltyCaseStatus.Transferred)
        {
            return c;
        }

        if (c.FineAmount > 0 && c.ServedOn is { } served && (status != PenaltyCaseStatus.Decided || r.Chance(0.5)))
        {
            c.PaidOn = served.AddDays(r.Chance(0.95) ? r.Int(1, 14) : r.Int(16, 40));
            c.PaidAmount = c.FineAmount;
        }
        if (c.Outcome == DecisionOutcome.Penalty && !c.WarningOnly && (status != PenaltyCaseStatus.Decided || r.Chance(0.5)))
        {
            c.PublishedOn = W(decided, r.Int(1, 18));
            c.PublicationDuration = c.FineAmount <= 10_000m && c.ConfiscatedAmount is null ? "3个月" : "3年";
        }
        if (status == PenaltyCaseStatus.Decided)
        {
            var settled = (c.FineAmount is not > 0 || c.PaidOn is not null) && c.ServedOn is not null
                && (c.Outcome != DecisionOutcome.Penalty || c.WarningOnly || c.PublishedOn is not null);
            x.PendingApproval = settled && r.Chance(0.4);
            return c;
        }

        var closed = W(Max(Max(Max(decided, c.ServedOn), c.PaidOn), c.PublishedOn), r.Int(1, 10));
        c.ClosedOn = closed;
        if (status == PenaltyCaseStatus.Closed)
        {
            return c;
        }
        c.ArchivedOn = W(closed, r.Chance(0.95) ? r.Int(1, 14) : r.Int(16, 25));
        return c;
    }

    /// <summary>90 days from 立案 (pauses excluded), +30 with approval, beyond that a date set by collective discussion.</summary>
    private void SetDecisionExtensions(PenaltyCase c, DateOnly filed, DateOnly decided, ref Rng r)
    {
        var period = StatutoryPeriods.Get("penalty.decision", filed);
        var pauses = c.Pauses.Where(p => period.ExcludedIntervals.Contains(p.Kind))
            .Select(p => new ClockPause(p.PausedOn, p.ResumedOn, p.Reason)).ToList();
        if (decided <= StatutoryClock.Compute(calendar, period, filed, pauses).Deadline.DueDate)
        {
            return;
        }
        c.DecisionExtensions = 1;
        if (decided > StatutoryClock.Compute(calendar, period, filed, pauses, 1).Deadline.DueDate)
        {
            c.CollectiveDecisionDueOn = decided.AddDays(r.Int(1, 20));
        }
    }
}
