using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Intake;

/// <summary>
/// The clocks of complaints, reports and assigned leads (投诉举报处理暂行办法第十四条、第二十一条、第二十三条、第三十条、第三十一条;
/// 行政处罚程序规定第十八条) on the shipped holiday calendar: the National Day week of 2023 (09-29…10-06 off, Saturday 10-07
/// and Sunday 10-08 worked) and New Year 2024.
/// </summary>
public class IntakeClockTests
{
    private static IntakeFacts Complaint(string received, LeadStatus status = LeadStatus.Received, string? decided = null) =>
        new(LeadKind.Complaint, status, D(received), decided is null ? null : D(decided), null, null, null, false, null, null, true,
            null, null, null, null, null, null);

    private static IntakeFacts Report(string received, bool realName = true) =>
        new(LeadKind.Report, LeadStatus.Received, D(received), null, null, null, null, false, null, null, realName,
            null, null, null, null, null, null);

    private static IReadOnlyList<IntakeClock> Clocks(IntakeFacts facts, string today = "2023-10-09", int warning = 3) =>
        IntakeClocks.Compute(Shipped, facts, D(today), warning);

    private static IntakeClock Clock(IntakeFacts facts, string code, string today = "2023-10-09") =>
        Clocks(facts, today).Single(c => c.Code == code);

    [Fact]
    public void A_complaint_received_the_day_before_national_day_is_decided_by_the_seventh_working_day_after_the_holiday()
    {
        // Thu 2023-09-28: 09-29…10-06 are holidays; Sat 10-07 (1), Sun 10-08 (2), 10-09 (3) … Fri 10-13 (7).
        var clock = Clock(Complaint("2023-09-28"), "acceptance");

        Assert.Equal(D("2023-10-13"), clock.DueOn);
        Assert.Equal("complaint.acceptance", clock.Rule);
        Assert.Equal("投诉受理期限：收到投诉之日起7个工作日（《市场监督管理投诉举报处理暂行办法》第十四条）。到期日：2023-10-13", clock.Basis);
        Assert.Contains(clock.Steps, s => s.Date == D("2023-10-07") && s.Note.Contains("调休上班", StringComparison.Ordinal));
        Assert.DoesNotContain(clock.Steps, s => s.Date == D("2023-10-06") && s.Note.Contains("计第", StringComparison.Ordinal));
        // On Monday 10-09 the 13th is four working days away: green with a 3-day reminder window, amber with 4.
        Assert.Equal(IntakeClockState.Running, clock.State);
        Assert.Equal(IntakeClockState.DueSoon, IntakeClocks.Compute(Shipped, Complaint("2023-09-28"), D("2023-10-09"), 4).Single().State);
    }

    [Theory]
    // Received on the make-up Saturday: the day of receipt is not counted, Sunday 10-08 is the first working day.
    [InlineData("2023-10-07", "2023-10-16")]
    // Received on a holiday: counting starts after the holiday.
    [InlineData("2023-10-03", "2023-10-13")]
    // Received on the last working day of 2023: New Year's Day 2024 is a holiday.
    [InlineData("2023-12-29", "2024-01-10")]
    public void The_acceptance_deadline_follows_the_holiday_calendar(string received, string due) =>
        Assert.Equal(D(due), Clock(Complaint(received), "acceptance").DueOn);

    [Fact]
    public void The_decision_stops_the_acceptance_clock_on_time_or_late()
    {
        Assert.Equal(IntakeClockState.Met, Clock(Complaint("2023-09-28", LeadStatus.Accepted, "2023-10-13"), "acceptance", "2023-10-20").State);
        var late = Clock(Complaint("2023-09-28", LeadStatus.Refused, "2023-10-16"), "acceptance", "2023-10-20");
        Assert.Equal(IntakeClockState.MetLate, late.State);
        Assert.Equal(D("2023-10-16"), late.MetOn);
        // Undecided the day after the due date: red.
        Assert.Equal(IntakeClockState.Overdue, Clock(Complaint("2023-09-28"), "acceptance", "2023-10-16").State);
    }

    [Fact]
    public void Mediation_runs_45_working_days_from_acceptance_and_then_the_parties_are_told_within_7()
    {
        var accepted = Complaint("2023-09-28", LeadStatus.Accepted, "2023-09-28");
        var mediation = Clock(accepted, "mediation");
        Assert.Equal(D("2023-12-06"), mediation.DueOn);
        Assert.Contains("第二十一条", mediation.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain(Clocks(accepted), c => c.Code == "termination-notice");

        // Nothing agreed by 12-06: the mediation ends on 12-07, the day after the 45th working day …
        Assert.Null(IntakeClocks.MediationExpiresOn(Shipped, D("2023-09-28"), D("2023-12-06")));
        Assert.Equal(D("2023-12-07"), IntakeClocks.MediationExpiresOn(Shipped, D("2023-09-28"), D("2023-12-07")));
        Assert.Equal(D("2023-12-07"), IntakeClocks.MediationExpiresOn(Shipped, D("2023-09-28"), D("2023-12-20")));

        // … and the parties are told within 7 working days of that decision (12-07 → 12-18).
        var ended = accepted with { Mediation = MediationOutcome.Expired, MediationEndedOn = D("2023-12-07") };
        var clocks = Clocks(ended, "2023-12-08");
        Assert.Equal(IntakeClockState.Met, clocks.Single(c => c.Code == "mediation").State);
        var notice = clocks.Single(c => c.Code == "termination-notice");
        Assert.Equal(D("2023-12-18"), notice.DueOn);
        Assert.Equal("complaint.termination-notice", notice.Rule);
        Assert.Equal(notice, IntakeClocks.Next(clocks));
        Assert.Equal(IntakeClockState.Met, Clock(ended with { RepliedOn = D("2023-12-11") }, "termination-notice", "2023-12-20").State);
    }

    [Fact]
    public void An_agreement_needs_no_notice_of_termination()
    {
        var agreed = Complaint("2023-09-28", LeadStatus.Closed, "2023-10-07") with
        {
            Mediation = MediationOutcome.Agreed, MediationEndedOn = D("2023-10-20"), ClosedOn = D("2023-10-20"),
        };
        var clocks = Clocks(agreed, "2023-10-23");
        Assert.DoesNotContain(clocks, c => c.Code == "termination-notice");
        Assert.All(clocks, c => Assert.False(c.Open));
        Assert.Null(IntakeClocks.Next(clocks));
    }

    [Fact]
    public void A_lead_found_in_mediation_is_verified_within_15_working_days_or_30_with_the_extension()
    {
        var found = Complaint("2023-09-20", LeadStatus.Accepted, "2023-09-22") with { LeadFoundOn = D("2023-09-28") };
        var clock = Clock(found, "lead-verification");
        Assert.Equal(D("2023-10-25"), clock.DueOn);
        Assert.Contains("第二十三条", clock.Basis, StringComparison.Ordinal);

        var extended = Clock(found with { VerificationExtended = true }, "lead-verification");
        Assert.Equal(D("2023-11-15"), extended.DueOn);
        Assert.Contains("延长15个工作日", extended.Basis, StringComparison.Ordinal);

        // Turning it into a penalty case answers the verification.
        Assert.Equal(D("2023-10-20"), Clock(found with { ConvertedOn = D("2023-10-20") }, "lead-verification").MetOn);
    }

    [Fact]
    public void A_report_is_verified_under_article_18_and_a_real_name_reporter_told_within_5_working_days_of_the_decision()
    {
        var report = Report("2023-09-28");
        var verification = Clock(report, "verification");
        Assert.Equal("penalty.filing-review", verification.Rule);
        Assert.Equal(D("2023-10-25"), verification.DueOn);
        Assert.DoesNotContain(Clocks(report), c => c.Code == "reporter-notice");

        // The case it became was filed on Thursday 09-28: tell the reporter by Wednesday 10-11.
        var decided = report with { Status = LeadStatus.Accepted, DecidedOn = D("2023-09-28"), ConvertedOn = D("2023-09-28"), FilingDecidedOn = D("2023-09-28") };
        var notice = Clock(decided, "reporter-notice");
        Assert.Equal(D("2023-10-11"), notice.DueOn);
        Assert.Equal("实名举报告知期限：作出是否立案决定之日起5个工作日（《市场监督管理投诉举报处理暂行办法》第三十一条）。到期日：2023-10-11", notice.Basis);
        Assert.Equal(D("2023-09-28"), Clock(decided, "verification").MetOn);

        // An anonymous reporter is not told.
        Assert.DoesNotContain(Clocks(decided with { RealName = false }), c => c.Code == "reporter-notice");
    }

    [Fact]
    public void Refusing_a_report_is_its_decision_not_to_file()
    {
        var refused = Report("2023-09-28") with { Status = LeadStatus.Refused, DecidedOn = D("2023-10-09"), FilingDecidedOn = D("2023-10-09") };
        var clocks = Clocks(refused, "2023-10-10");
        Assert.Equal(D("2023-10-09"), clocks.Single(c => c.Code == "verification").MetOn);
        Assert.Equal(D("2023-10-16"), clocks.Single(c => c.Code == "reporter-notice").DueOn);
    }

    [Fact]
    public void An_assigned_lead_answers_by_the_senders_deadline()
    {
        var assigned = new IntakeFacts(LeadKind.Assignment, LeadStatus.Accepted, D("2023-09-28"), D("2023-09-28"), null, null, null, false,
            null, null, true, null, null, 10, null, null, null);
        var sender = Clock(assigned, "sender", "2023-10-17");
        Assert.Null(sender.Rule);
        Assert.Equal(D("2023-10-18"), sender.DueOn);
        Assert.Equal(IntakeClockState.DueSoon, sender.State);
        Assert.Contains("10个工作日", sender.Basis, StringComparison.Ordinal);
        Assert.Equal(IntakeClockState.Overdue, Clock(assigned, "sender", "2023-10-19").State);
        Assert.Equal(IntakeClockState.Met, Clock(assigned with { RepliedOn = D("2023-10-18") }, "sender", "2023-10-19").State);
        // A date the sender wrote is kept as written, even on a Sunday.
        Assert.Equal(D("2023-10-15"), Clock(assigned with { SenderDeadlineOn = D("2023-10-15"), SenderDeadlineWorkingDays = null }, "sender").DueOn);
    }

    [Fact]
    public void A_jurisdiction_dispute_has_7_working_days_to_agree()
    {
        var disputed = Complaint("2023-09-25") with { DisputeStartedOn = D("2023-09-27") };
        var clock = Clock(disputed, "jurisdiction");
        Assert.Equal(D("2023-10-12"), clock.DueOn);
        Assert.Contains("第三十条", clock.Basis, StringComparison.Ordinal);
        Assert.Equal(IntakeClockState.Overdue, Clock(disputed, "jurisdiction", "2023-10-13").State);
        Assert.Equal(IntakeClockState.Met, Clock(disputed with { DisputeSettledOn = D("2023-10-12") }, "jurisdiction", "2023-10-13").State);
    }

    [Fact]
    public void The_next_clock_is_the_nearest_open_one()
    {
        var disputed = Complaint("2023-09-28") with { DisputeStartedOn = D("2023-09-27") };
        var next = IntakeClocks.Next(Clocks(disputed));
        Assert.Equal("jurisdiction", next!.Code);
        Assert.Equal(D("2023-10-12"), next.DueOn);
    }

    [Fact]
    public void Merging_stops_the_running_clocks()
    {
        var merged = Complaint("2023-09-28") with { Status = LeadStatus.Merged, ClosedOn = D("2023-10-09") };
        Assert.All(Clocks(merged), c => Assert.Equal(D("2023-10-09"), c.MetOn));
    }
}
