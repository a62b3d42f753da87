using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Rules;

/// <summary>
/// The patent-dispute, patent-mediation and judicial-confirmation clocks (legal-rules.md §0 rows 15–26, 35–36, §2.2, §2.4,
/// §6) on the shipped calendar. Every expected date is counted by hand from cn-holidays.tsv with README rules 2–5; the
/// comment on each case gives the count. [a..b] is a run of rest days, (n) the n-th working day counted.
/// </summary>
public class PatentDisputePeriodTests
{
    private const string Order81 = "《专利纠纷行政裁决和调解办法》";
    private const string Measures2015 = "《专利行政执法办法》";

    private static StatutoryDeadline Compute(string code, string from, int extensions = 0, params ClockPause[] pauses) =>
        StatutoryClock.Compute(Shipped, code, D(from), pauses, extensions);

    private static void AssertWorkingDaysBetween(string from, string due, int n)
    {
        // Independent of the calculator: exactly n working days after the start, the last one on the due date.
        var start = D(from);
        var counted = Enumerable.Range(1, D(due).DayNumber - start.DayNumber).Count(i => Shipped.IsWorkingDay(start.AddDays(i)));
        Assert.Equal(n, counted);
        Assert.True(Shipped.IsWorkingDay(D(due)));
    }

    // ---- 立案 within 5 working days of receiving the request (+5), 令第81号第二十条 / 2015 办法第十三条 ----

    [Theory]
    // Fri 09-26: Sun 09-28 worked (1), 09-29 (2), 09-30 (3), [10-01..10-08 National Day], Thu 10-09 (4), Fri 10-10 (5).
    [InlineData("2025-09-26", 0, "2025-10-10")]
    // …then Sat 10-11 worked (6), Mon 10-13 (7), 10-14 (8), 10-15 (9), Thu 10-16 (10).
    [InlineData("2025-09-26", 1, "2025-10-16")]
    // Sat 02-01, the day 令第81号 took effect and itself a Spring Festival rest day: [02-02..02-04], Wed 02-05 (1), 02-06 (2),
    // 02-07 (3), Sat 02-08 worked (4), Mon 02-10 (5).
    [InlineData("2025-02-01", 0, "2025-02-10")]
    // …then 02-11 (6), 02-12 (7), 02-13 (8), 02-14 (9), Mon 02-17 (10).
    [InlineData("2025-02-01", 1, "2025-02-17")]
    // Fri 2026-02-13: Sat 02-14 worked (1), [02-15..02-23 Spring Festival], Tue 02-24 (2), 02-25 (3), 02-26 (4), Fri 02-27 (5).
    [InlineData("2026-02-13", 0, "2026-02-27")]
    // …then Sat 02-28 worked (6), Mon 03-02 (7), 03-03 (8), 03-04 (9), Thu 03-05 (10).
    [InlineData("2026-02-13", 1, "2026-03-05")]
    public void Filing_is_due_five_working_days_after_receipt_plus_five_for_a_complex_case(string received, int extensions, string expected)
    {
        var clock = Compute("patent-dispute.filing", received, extensions);

        Assert.Equal(Order81 + "第二十条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(received, expected, 5 * (1 + extensions));
    }

    [Theory]
    // README rule 2 example: Wed 2023-09-27: 09-28 (1), [09-29..10-06], Sat 10-07 worked (2), Sun 10-08 worked (3), 10-09 (4), Tue 10-10 (5).
    [InlineData("2023-09-27", "2023-10-10")]
    // Fri 2025-01-24: Sun 01-26 worked (1), Mon 01-27 (2), [01-28..02-04 Spring Festival], 02-05 (3), 02-06 (4), Fri 02-07 (5).
    [InlineData("2025-01-24", "2025-02-07")]
    // Fri 2025-01-31, the last day of the 2015 办法, a rest day: [02-01..02-04], 02-05 (1), 02-06 (2), 02-07 (3), Sat 02-08 (4), Mon 02-10 (5).
    [InlineData("2025-01-31", "2025-02-10")]
    public void A_request_received_before_2025_02_01_is_filed_under_the_2015_measures_without_extension(string received, string expected)
    {
        var clock = Compute("patent-dispute.filing", received);

        Assert.Equal(Measures2015 + "第十三条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(received, expected, 5);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Compute("patent-dispute.filing", received, 1));
        Assert.StartsWith("立案期限（或者不予立案通知）（patent-dispute.filing）没有可批准的法定延长期限，不能按延长1次计算", error.Message, StringComparison.Ordinal);
    }

    // ---- Service, answer and recusal (令第81号第二十二条、第五条) ----

    [Theory]
    // Thu 2025-04-24 立案: Fri 04-25 (1), Sun 04-27 worked (2), 04-28 (3), 04-29 (4), Wed 04-30 (5).
    [InlineData("patent-dispute.request-service", "2025-04-24", "2025-04-30")]
    // Wed 2025-12-31 立案: [01-01..01-03 New Year], Sun 01-04 worked (1), 01-05 (2), 01-06 (3), 01-07 (4), Thu 01-08 (5).
    [InlineData("patent-dispute.request-service", "2025-12-31", "2026-01-08")]
    // Answer received Wed 2025-04-30: [05-01..05-05 Labour Day], Tue 05-06 (1), 05-07 (2), 05-08 (3), Fri 05-09 (4), Sat 05-10 rests, Mon 05-12 (5).
    [InlineData("patent-dispute.answer-service", "2025-04-30", "2025-05-12")]
    public void The_request_and_the_answer_are_served_within_five_working_days(string code, string from, string expected)
    {
        var clock = Compute(code, from);

        Assert.Equal(Order81 + "第二十二条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(from, expected, 5);
    }

    [Theory]
    // Tue 2025-03-18 is a plain working day.
    [InlineData("patent-dispute.answer", "2025-03-03", "2025-03-18")]
    // 09-16 + 15 = Wed 10-01, National Day [10-01..10-08] → Thu 10-09.
    [InlineData("patent-dispute.answer", "2025-09-16", "2025-10-09")]
    // 09-13 + 15 = Sun 09-28, a make-up working day: it stays.
    [InlineData("patent-dispute.answer", "2025-09-13", "2025-09-28")]
    // 2026-02-01 + 15 = Mon 02-16, Spring Festival [02-15..02-23] → Tue 02-24.
    [InlineData("patent-dispute.answer", "2026-02-01", "2026-02-24")]
    // No domicile in China, 30 days: 03-05 + 30 = Fri 04-04, Qingming [04-04..04-06] → Mon 04-07.
    [InlineData("patent-dispute.answer-no-domicile", "2025-03-05", "2025-04-07")]
    // 09-01 + 30 = Wed 10-01 → Thu 10-09.
    [InlineData("patent-dispute.answer-no-domicile", "2025-09-01", "2025-10-09")]
    // 2026-01-15 + 30 = Sat 02-14, worked before the Spring Festival: it stays.
    [InlineData("patent-dispute.answer-no-domicile", "2026-01-15", "2026-02-14")]
    public void The_answer_is_due_in_calendar_days_rolled_past_a_holiday(string code, string served, string expected)
    {
        var clock = Compute(code, served);

        Assert.Equal(PeriodUnit.Days, clock.Rule.Period.Unit);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.Empty(clock.Rule.Extensions); // the panel may grant more on request; that is recorded on the case
    }

    [Theory]
    // Fri 2025-12-26: Mon 12-29 (1), 12-30 (2), Wed 12-31 (3).
    [InlineData("2025-12-26", "2025-12-31")]
    // Wed 2025-12-31: [01-01..01-03], Sun 01-04 worked (1), Mon 01-05 (2), Tue 01-06 (3).
    [InlineData("2025-12-31", "2026-01-06")]
    public void Recusal_is_applied_for_within_three_working_days_of_learning_the_panel(string learned, string expected)
    {
        var clock = Compute("patent-dispute.recusal", learned);

        Assert.Equal(Order81 + "第五条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(learned, expected, 3);
    }

    [Theory]
    // Hearing Mon 2026-01-05. Notice 12-31: Sun 01-04 (1), 01-05 (2) only. Notice Tue 12-30: 12-31 (1), 01-04 (2), 01-05 (3).
    [InlineData("2026-01-05", "2025-12-30")]
    // Hearing Tue 2026-02-24. Notice Fri 02-13: Sat 02-14 (1), 02-24 (2) only. Notice Thu 02-12: 02-13 (1), 02-14 (2), 02-24 (3).
    [InlineData("2026-02-24", "2026-02-12")]
    // Hearing Thu 2025-05-08. Notice Tue 05-06: 05-07, 05-08 only; [05-01..05-05]; notice Wed 04-30: 05-06 (1), 05-07 (2), 05-08 (3).
    [InlineData("2025-05-08", "2025-04-30")]
    public void The_hearing_notice_goes_out_at_least_three_working_days_before(string hearing, string expected)
    {
        var clock = Compute("patent-dispute.hearing-notice", hearing);

        Assert.True(clock.Rule.BeforeEvent);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.StartsWith(
            $"口头审理通知期限：口头审理之日前至少3个工作日（{Order81}第二十六条）。最迟日期：{expected}", clock.Describe(), StringComparison.Ordinal);
    }

    // ---- Closing: 3 months from 立案, +1 (head), +2 (next-higher office); 2015: 3 months +1 ----

    [Theory]
    // Sun 2025-08-31 + 3 months: November has no 31st → Sun 11-30 → Mon 12-01.
    [InlineData("2025-08-31", 0, "2025-12-01")]
    // 4 months → Wed 12-31, a working day.
    [InlineData("2025-08-31", 1, "2025-12-31")]
    // 6 months → February 2026 has no 31st → Sat 02-28, worked after the Spring Festival: it stays.
    [InlineData("2025-08-31", 2, "2026-02-28")]
    // Fri 2025-10-31 + 3 months → Sat 2026-01-31, a rest day (Saturday, not a make-up day) → Mon 02-02.
    [InlineData("2025-10-31", 0, "2026-02-02")]
    // 4 months → February has no 31st → Sat 02-28, worked: it stays.
    [InlineData("2025-10-31", 1, "2026-02-28")]
    // 6 months → April has no 31st → Thu 04-30.
    [InlineData("2025-10-31", 2, "2026-04-30")]
    public void Closing_under_order_81_counts_months_to_the_month_end_and_rolls_to_a_working_day(string filed, int extensions, string expected)
    {
        var clock = Compute("patent-dispute.closing", filed, extensions);

        Assert.Equal(Order81 + "第三十七条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
    }

    [Theory]
    // Sat 2024-11-30 + 3 months → February has no 30th → Fri 2025-02-28.
    [InlineData("2024-11-30", 0, "2025-02-28")]
    // 4 months → Sun 2025-03-30 → Mon 03-31.
    [InlineData("2024-11-30", 1, "2025-03-31")]
    // Wed 2023-11-29 + 3 months → Thu 2024-02-29, the leap day exists and is a working day.
    [InlineData("2023-11-29", 0, "2024-02-29")]
    // 4 months → Fri 2024-03-29.
    [InlineData("2023-11-29", 1, "2024-03-29")]
    // Thu 2024-02-29 + 3 months → Wed 05-29.
    [InlineData("2024-02-29", 0, "2024-05-29")]
    // 4 months → Sat 06-29 → Mon 07-01.
    [InlineData("2024-02-29", 1, "2024-07-01")]
    public void Closing_of_a_case_filed_before_2025_02_01_follows_the_2015_measures(string filed, int extensions, string expected)
    {
        var clock = Compute("patent-dispute.closing", filed, extensions);

        Assert.Equal(Measures2015 + "第二十一条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Compute("patent-dispute.closing", filed, 2));
        Assert.StartsWith("结案期限（patent-dispute.closing）最多可批准延长1次，不能按2次计算", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_received_before_2025_02_01_and_filed_after_keeps_the_2015_rule_when_the_request_date_is_chosen()
    {
        // The date that matters is the request (CLARIFICATIONS "Rules in force"): received Fri 2025-01-24, filed Mon 02-10.
        var old = StatutoryPeriods.Get("patent-dispute.closing", D("2025-01-24"));
        var byFiling = StatutoryPeriods.Get("patent-dispute.closing", D("2025-02-10"));
        Assert.Equal(Measures2015 + "第二十一条", old.Basis);
        Assert.Equal(Order81 + "第三十七条", byFiling.Basis);

        // 02-10 + 3 months = Sat 05-10 (no make-up day) → Sun 05-11 → Mon 05-12 under both versions…
        Assert.Equal(D("2025-05-12"), StatutoryClock.Compute(Shipped, old, D("2025-02-10")).Deadline.DueDate);
        Assert.Equal(D("2025-05-12"), StatutoryClock.Compute(Shipped, byFiling, D("2025-02-10")).Deadline.DueDate);
        // …but only 令第81号 allows the second extension: 6 months → Sun 08-10 → Mon 08-11.
        Assert.Equal(D("2025-08-11"), StatutoryClock.Compute(Shipped, byFiling, D("2025-02-10"), approvedExtensions: 2).Deadline.DueDate);
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryClock.Compute(Shipped, old, D("2025-02-10"), approvedExtensions: 2));
    }

    [Theory]
    // Fri 2025-06-20 + 3 months = Sat 09-20 → Mon 09-22.
    [InlineData(0, false, "2025-09-22")]
    // Suspended 07-01, resumed 07-12: 07-01..07-11 = 11 days added after the months: 09-20 + 11 = Wed 10-01 → [10-01..10-08] → Thu 10-09.
    [InlineData(0, true, "2025-10-09")]
    // 4 months = Mon 10-20 + 11 days = Fri 10-31.
    [InlineData(1, true, "2025-10-31")]
    public void Suspended_days_are_added_back_to_the_closing_period(int extensions, bool suspended, string expected)
    {
        ClockPause[] pauses = suspended ? [new(D("2025-07-01"), D("2025-07-12"), "中止")] : [];

        var clock = Compute("patent-dispute.closing", "2025-06-20", extensions, pauses);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
    }

    [Fact]
    public void The_excluded_time_of_each_closing_version_is_catalogued()
    {
        var versions = StatutoryPeriods.Versions("patent-dispute.closing");

        Assert.Equal(["公告", "鉴定", "中止"], versions[0].ExcludedIntervals);
        Assert.Equal(["中止", "公告", "检验鉴定", "管辖异议", "当事人申请的延长举证期限", "和解期间"], versions[1].ExcludedIntervals);
        Assert.Equal(["管理专利工作的部门负责人批准", "上一级管理专利工作的部门批准"], versions[1].Extensions.Select(e => e.ApprovedBy));
        Assert.Equal([1, 2], versions[1].Extensions.Select(e => e.Period.Amount));
    }

    // ---- After the decision: lawsuit (专利法第六十五条) and publication (令第81号第八十三条) ----

    [Theory]
    // Wed 2023-09-20 + 15 = Thu 10-05, National Day [09-29..10-06] → Sat 10-07, a make-up working day.
    [InlineData("2023-09-20", "2023-10-07")]
    // Mon 2025-01-20 + 15 = Tue 02-04, Spring Festival [01-28..02-04] → Wed 02-05.
    [InlineData("2025-01-20", "2025-02-05")]
    // Mon 2025-06-16 + 15 = Tue 07-01.
    [InlineData("2025-06-16", "2025-07-01")]
    public void A_party_sues_within_fifteen_days_of_receiving_the_decision(string served, string expected)
    {
        var clock = Compute("patent-dispute.lawsuit", served);

        Assert.Equal("《中华人民共和国专利法》第六十五条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
    }

    [Fact]
    public void The_lawsuit_period_is_tied_to_the_2020_patent_law_not_to_order_81()
    {
        Assert.Null(StatutoryPeriods.InForce("patent-dispute.lawsuit", D("2021-05-31")));
        Assert.Equal(D("2021-06-01"), StatutoryPeriods.Get("patent-dispute.lawsuit", D("2021-06-01")).EffectiveFrom);
        Assert.Single(StatutoryPeriods.Versions("patent-dispute.lawsuit"));
    }

    [Theory]
    // Fri 2025-09-19: 09-22..09-26 (1–5), Sun 09-28 worked (6), 09-29 (7), 09-30 (8), [10-01..10-08], 10-09 (9), 10-10 (10),
    // Sat 10-11 worked (11), 10-13..10-17 (12–16), 10-20 (17), 10-21 (18), 10-22 (19), Thu 10-23 (20).
    [InlineData("patent-dispute.publication", "2025-09-19", "2025-10-23")]
    [InlineData("patent-dispute.publication-after-change", "2025-09-19", "2025-10-23")]
    public void An_adjudication_is_published_within_twenty_working_days(string code, string decided, string expected)
    {
        var clock = Compute(code, decided);

        Assert.Equal(Order81 + "第八十三条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(decided, expected, 20);
    }

    // ---- Patent mediation (令第81号第六十五条、第六十六条) ----

    [Theory]
    // Request Thu 2026-04-30: [05-01..05-05 Labour Day], Wed 05-06 (1), 05-07 (2), 05-08 (3), Sat 05-09 worked (4), Mon 05-11 (5).
    [InlineData("patent-mediation.notice", "2026-04-30", "2026-05-11", "第六十五条")]
    // Agreeing reply Thu 2026-09-24: [09-25..09-27 Mid-Autumn], 09-28 (1), 09-29 (2), 09-30 (3), [10-01..10-07], Thu 10-08 (4), Fri 10-09 (5).
    [InlineData("patent-mediation.filing", "2026-09-24", "2026-10-09", "第六十六条")]
    // Reply period over Mon 2026-06-22: 06-23 (1), 06-24 (2), 06-25 (3), Fri 06-26 (4), Mon 06-29 (5).
    [InlineData("patent-mediation.refusal-notice", "2026-06-22", "2026-06-29", "第六十六条")]
    public void Mediation_notice_filing_and_refusal_notice_take_five_working_days(string code, string from, string expected, string article)
    {
        var clock = Compute(code, from);

        Assert.Equal(Order81 + article, clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        AssertWorkingDaysBetween(from, expected, 5);
    }

    [Theory]
    // Thu 2026-06-04 + 15 = Fri 06-19, Dragon Boat [06-19..06-21] → Mon 06-22.
    [InlineData("2026-06-04", "2026-06-22")]
    // Mon 2025-03-03 + 15 = Tue 03-18.
    [InlineData("2025-03-03", "2025-03-18")]
    public void The_respondent_replies_within_fifteen_days(string noticeReceived, string expected)
    {
        var clock = Compute("patent-mediation.reply", noticeReceived);

        Assert.Equal(Order81 + "第六十五条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
    }

    [Fact]
    public void The_mediation_notice_clock_describes_its_basis_and_due_date()
    {
        Assert.Equal(
            "陈述意见通知期限：收到调解请求书之日起5个工作日（《专利纠纷行政裁决和调解办法》第六十五条）。到期日：2026-05-11",
            Compute("patent-mediation.notice", "2026-04-30").Describe());
    }

    [Theory]
    [InlineData("patent-dispute.request-service")]
    [InlineData("patent-dispute.answer")]
    [InlineData("patent-dispute.answer-no-domicile")]
    [InlineData("patent-dispute.answer-service")]
    [InlineData("patent-dispute.recusal")]
    [InlineData("patent-dispute.hearing-notice")]
    [InlineData("patent-dispute.publication")]
    [InlineData("patent-dispute.publication-after-change")]
    [InlineData("patent-dispute.limitation")]
    [InlineData("patent-mediation.notice")]
    [InlineData("patent-mediation.reply")]
    [InlineData("patent-mediation.filing")]
    [InlineData("patent-mediation.refusal-notice")]
    public void Order_81_steps_without_a_2015_version_start_on_2025_02_01(string code)
    {
        Assert.Null(StatutoryPeriods.InForce(code, D("2025-01-31")));
        var rule = StatutoryPeriods.Get(code, D("2025-02-01"));
        Assert.StartsWith(Order81, rule.Basis, StringComparison.Ordinal);
        Assert.Single(StatutoryPeriods.Versions(code));
        Assert.Throws<InvalidOperationException>(() => Compute(code, "2025-01-31"));
    }

    // ---- Judicial confirmation (民事诉讼法第二百零五条; 人民调解法第三十三条; 法释〔2011〕5号第四条、第五条) ----

    [Theory]
    // Agreement effective Mon 2025-09-01 + 30 = Wed 10-01 → [10-01..10-08] → Thu 10-09.
    [InlineData("2025-09-01", "2025-10-09", "《中华人民共和国民事诉讼法》第二百零五条；《中华人民共和国人民调解法》第三十三条")]
    // Sun 2023-12-31, before the 2023 民诉法 took effect: + 30 = Tue 2024-01-30.
    [InlineData("2023-12-31", "2024-01-30", "《中华人民共和国人民调解法》第三十三条")]
    // Mon 2024-01-01 (a holiday; the start day is not counted anyway): + 30 = Wed 01-31.
    [InlineData("2024-01-01", "2024-01-31", "《中华人民共和国民事诉讼法》第二百零五条；《中华人民共和国人民调解法》第三十三条")]
    public void The_parties_apply_for_confirmation_within_thirty_days_of_the_agreement(string effective, string expected, string basis)
    {
        var clock = Compute("judicial-confirmation.application", effective);

        Assert.Equal(basis, clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
    }

    [Theory]
    // Sun 2025-09-28 + 3 = Wed 10-01 → Thu 10-09.
    [InlineData("2025-09-28", "2025-10-09")]
    // Wed 2026-02-11 + 3 = Sat 02-14, worked: it stays.
    [InlineData("2026-02-11", "2026-02-14")]
    public void The_court_decides_on_acceptance_within_three_days(string applied, string expected)
    {
        Assert.Equal(D(expected), Compute("judicial-confirmation.acceptance", applied).Deadline.DueDate);
    }

    [Theory]
    // Fri 2026-02-06 + 15 = Sat 02-21, Spring Festival [02-15..02-23] → Tue 02-24.
    [InlineData(0, "2026-02-24")]
    // 15 + 10 = 25 days: 02-06 + 25 = Tue 03-03.
    [InlineData(1, "2026-03-03")]
    public void The_court_rules_within_fifteen_days_plus_ten_once(int extensions, string expected)
    {
        var clock = Compute("judicial-confirmation.decision", "2026-02-06", extensions);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Compute("judicial-confirmation.decision", "2026-02-06", 2));
        Assert.StartsWith("司法确认决定期限（judicial-confirmation.decision）最多可批准延长1次，不能按2次计算", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extended_ruling_clock_names_the_presidents_approval()
    {
        Assert.Equal(
            "司法确认决定期限：人民法院受理司法确认申请之日起15日（《最高人民法院关于人民调解协议司法确认程序的若干规定》第五条），经本院院长批准延长10日。到期日：2026-03-03",
            Compute("judicial-confirmation.decision", "2026-02-06", 1).Describe());
    }
}
