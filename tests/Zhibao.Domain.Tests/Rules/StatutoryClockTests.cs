using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Rules;

/// <summary>Catalogued clocks on the shipped holiday calendar (legal-rules.md §0 examples, README counting rules).</summary>
public class StatutoryClockTests
{
    private static StatutoryDeadline Compute(string code, string from, int extensions = 0, params ClockPause[] pauses) =>
        StatutoryClock.Compute(Shipped, code, D(from), pauses, extensions);

    private static ClockPause Pause(string pausedOn, string? resumedOn, string reason) =>
        new(D(pausedOn), resumedOn is null ? null : D(resumedOn), reason);

    [Theory]
    [InlineData(0, "2023-10-24")] // 15 working days over the National Day week (10-07, 10-08 worked)
    [InlineData(1, "2023-11-14")] // +15 working days with the head's approval = 30 working days
    public void Penalty_filing_review_from_september_27_skips_the_national_day_holiday(int extensions, string expected)
    {
        var clock = Compute("penalty.filing-review", "2023-09-27", extensions);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
        // Independent check: exactly 15 × (1 + extensions) working days after the start, the last one on the due date.
        var counted = Enumerable.Range(1, D(expected).DayNumber - D("2023-09-27").DayNumber)
            .Count(i => Shipped.IsWorkingDay(D("2023-09-27").AddDays(i)));
        Assert.Equal(15 * (1 + extensions), counted);
        Assert.True(Shipped.IsWorkingDay(D(expected)));
    }

    [Fact]
    public void The_filing_review_clock_describes_its_basis_and_due_date()
    {
        Assert.Equal(
            "立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条）。到期日：2023-10-24",
            Compute("penalty.filing-review", "2023-09-27").Describe());
        Assert.Equal(
            "立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条），经本机关负责人批准延长15个工作日。到期日：2023-11-14",
            Compute("penalty.filing-review", "2023-09-27", 1).Describe());
    }

    [Fact]
    public void The_steps_start_with_the_rule_and_each_extension()
    {
        var notes = Notes(Compute("penalty.filing-review", "2023-09-27", 1).Deadline);

        Assert.Equal("立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条）", notes[0]);
        Assert.Equal("经本机关负责人批准延长15个工作日（《市场监督管理行政处罚程序规定》第十八条）", notes[1]);
        Assert.Equal("延长后期限共计30个工作日", notes[2]);
        Assert.Equal("2023-11-14 工作日，计第30个工作日，期限届满", notes[^1]);
    }

    [Theory]
    [InlineData(0, "2023-05-04")] // README rule 4: 3 months → Sun 04-30 → 05-01…05-03 holiday → 05-04
    [InlineData(1, "2023-05-31")] // +1 month with the head's approval → Wed 05-31
    public void Patent_dispute_closing_from_january_31_2023_follows_the_2015_measures(int extensions, string expected)
    {
        // Before 国家知识产权局令第81号 (2025-02-01) the 2015 专利行政执法办法 art.21 governed: 3 months, +1 month at most.
        var clock = Compute("patent-dispute.closing", "2023-01-31", extensions);

        Assert.Equal("《专利行政执法办法》第二十一条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.Throws<ArgumentOutOfRangeException>(() => Compute("patent-dispute.closing", "2023-01-31", 2));
    }

    [Fact]
    public void Patent_dispute_steps_without_a_2015_version_have_no_rule_before_2025()
    {
        Assert.Null(StatutoryPeriods.InForce("patent-dispute.answer-service", D("2023-01-31")));
        var error = Assert.Throws<InvalidOperationException>(() => Compute("patent-dispute.answer-service", "2023-01-31"));
        Assert.Contains("2025-02-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 3, "2025-10-09")] // 3 months → 10-01, National Day holiday to 10-08 → Thu 10-09
    [InlineData(1, 4, "2025-11-03")] // 4 months → Sat 11-01 → Mon 11-03
    [InlineData(2, 6, "2026-01-04")] // 6 months → 01-01 New Year holiday to 01-03 → Sun 01-04, a make-up working day
    public void Patent_dispute_closing_adds_approved_months_to_the_three_months_from_filing(int extensions, int months, string expected)
    {
        var clock = Compute("patent-dispute.closing", "2025-07-01", extensions);

        Assert.Equal(D("2025-02-01"), clock.Rule.EffectiveFrom); // the 81号 rule was chosen
        Assert.Equal("《专利纠纷行政裁决和调解办法》第三十七条", clock.Rule.Basis);
        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.Equal(extensions, clock.AppliedExtensions.Count);
        // Computed as one span from 立案, not month by month from each due date.
        Assert.Equal(D(expected), DeadlineCalculator.DueDate(Shipped, D("2025-07-01"), new Period(months, PeriodUnit.Months)));
    }

    [Fact]
    public void Patent_dispute_closing_clamps_to_the_month_end_like_readme_rule_4()
    {
        // 2025-11-30 + 3 months → February has no 30th → 2026-02-28, a Saturday worked after the Spring Festival.
        var clock = Compute("patent-dispute.closing", "2025-11-30");

        Assert.Equal(D("2026-02-28"), clock.Deadline.DueDate);
        Assert.Contains("2025-11-30 加3个月为 2026-02-28（2月没有30日，取该月最后一日）", Notes(clock.Deadline));
    }

    [Fact]
    public void Patent_dispute_closing_with_both_extensions_names_both_approvers()
    {
        Assert.Equal(
            "结案期限：立案之日起3个月（《专利纠纷行政裁决和调解办法》第三十七条），经管理专利工作的部门负责人批准延长1个月，经上一级管理专利工作的部门批准延长2个月。到期日：2026-01-04",
            Compute("patent-dispute.closing", "2025-07-01", 2).Describe());
    }

    [Theory]
    [InlineData(0, false, "2023-05-30")] // 90 days
    [InlineData(0, true, "2023-06-09")] // + 10 paused days (04-10 up to 04-20)
    [InlineData(1, false, "2023-06-29")] // 90 + 30 = 120 days
    [InlineData(1, true, "2023-07-10")] // 120 + 10 = Sun 07-09 → Mon 07-10
    public void Penalty_decision_counts_ninety_days_plus_extension_plus_paused_days(int extensions, bool paused, string expected)
    {
        ClockPause[] pauses = paused ? [Pause("2023-04-10", "2023-04-20", "听证")] : [];

        var clock = Compute("penalty.decision", "2023-03-01", extensions, pauses);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.False(clock.Rule.Verified); // the +30 days and art.64 rest on secondary sources: a setting default
    }

    [Fact]
    public void An_open_pause_is_shown_on_the_case_page()
    {
        var clock = Compute("penalty.decision", "2023-03-01", 0, Pause("2023-04-10", null, "鉴定"));

        Assert.True(clock.Deadline.IsPaused);
        Assert.EndsWith("到期日：2023-05-30（暂停计时中，恢复后顺延）", clock.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Complaint_acceptance_skips_the_2024_spring_festival()
    {
        // Received Wed 02-07: 02-08, 02-09, [02-10..02-17 holiday], Sun 02-18 worked, 02-19, 02-20, 02-21, 02-22.
        var clock = Compute("complaint.acceptance", "2024-02-07");

        Assert.Equal(D("2024-02-22"), clock.Deadline.DueDate);
        Assert.Contains("2024-02-18 春节调休上班，计第3个工作日", Notes(clock.Deadline));
        Assert.Equal(
            "投诉受理期限：收到投诉之日起7个工作日（《市场监督管理投诉举报处理暂行办法》第十四条）。到期日：2024-02-22",
            clock.Describe());
    }

    [Theory]
    [InlineData(0, "2023-10-07")] // 1 month → 10-01, holiday → Sat 10-07, a make-up working day
    [InlineData(1, "2023-10-23")] // then 15 days from 10-07 → Sun 10-22 → Mon 10-23
    public void Counterfeit_patent_closing_counts_a_day_extension_from_the_month_due_date(int extensions, string expected)
    {
        var clock = Compute("counterfeit-patent.closing", "2023-09-01", extensions);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
        if (extensions == 1)
        {
            var notes = Notes(clock.Deadline);
            Assert.Contains("2023-10-07 中秋节和国庆节调休上班，延长前的期限届满", notes);
            Assert.Contains("延长期限15日与前段期限单位不同，自前段届满日 2023-10-07 起另行计算", notes);
            Assert.Equal("2023-10-23 工作日，期限届满", notes[^1]);
        }
    }

    [Fact]
    public void Referral_three_days_are_calendar_days_rolled_to_a_working_day()
    {
        // README rule 3 example: 2023-09-27 + 3 days = Sat 09-30 (holiday) → Sat 10-07 (worked).
        Assert.Equal(D("2023-10-07"), Compute("referral.approval", "2023-09-27").Deadline.DueDate);
    }

    [Fact]
    public void Police_handover_is_24_elapsed_hours()
    {
        var clock = Compute("referral.police-handover", "2023-09-29");

        Assert.Equal(new DateTime(2023, 9, 30, 0, 0, 0), clock.Deadline.DueAt);
        Assert.Equal(D("2023-09-30"), clock.Deadline.DueDate); // a holiday: hours do not roll
    }

    [Theory]
    [InlineData("hearing.notice", "2023-10-16", "2023-10-07")] // 10-08..10-13 and 10-16 are the 7 working days
    [InlineData("hearing.notice", "2023-10-14", "2023-09-28")] // Sat hearing: 10-07..10-13 are 7; 09-29..10-06 are holidays
    [InlineData("patent-dispute.hearing-notice", "2025-10-09", "2025-09-28")] // Sun 09-28 worked: 09-29, 09-30, [10-01..10-08], 10-09
    public void Hearing_notices_count_back_to_the_last_working_day_that_leaves_the_full_period(string code, string hearing, string expected)
    {
        var clock = Compute(code, hearing);

        Assert.Equal(D(expected), clock.Deadline.DueDate);
        Assert.True(Shipped.IsWorkingDay(clock.Deadline.DueDate));
        Assert.True(Shipped.AddWorkingDays(clock.Deadline.DueDate, clock.Rule.Period.Amount) <= D(hearing));
        Assert.StartsWith(clock.Rule.Describe() + "。最迟日期：" + expected, clock.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hearing_notice_clock_refuses_pauses()
    {
        Assert.Throws<ArgumentException>(() => Compute("hearing.notice", "2023-10-16", 0, Pause("2023-10-09", "2023-10-10", "中止")));
    }

    [Theory]
    [InlineData("penalty.filing-review", 2, "立案审查期限（penalty.filing-review）最多可批准延长1次，不能按2次计算")]
    [InlineData("patent-dispute.closing", 3, "结案期限（patent-dispute.closing）最多可批准延长2次，不能按3次计算")]
    [InlineData("complaint.acceptance", 1, "投诉受理期限（complaint.acceptance）没有可批准的法定延长期限，不能按延长1次计算")]
    [InlineData("penalty.decision", -1, "批准延长的次数不能为负数")]
    public void More_extensions_than_the_rule_allows_are_refused_in_chinese(string code, int extensions, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Compute(code, "2025-07-01", extensions));

        Assert.Equal("approvedExtensions", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_refused_in_chinese()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Compute("penalty.nonexistent", "2023-09-27"));

        Assert.Contains("未知的法定期限代码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_reaching_a_year_without_holiday_data_says_so()
    {
        var clock = Compute("patent-dispute.limitation", "2025-07-01"); // 36 months → 2028

        Assert.False(clock.Deadline.CalendarComplete);
        Assert.Contains("节假日安排尚未载入", clock.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalogued_rule_computes_on_the_shipped_calendar()
    {
        foreach (var rule in StatutoryPeriods.All)
        {
            for (var n = 0; n <= rule.Extensions.Count; n++)
            {
                var clock = StatutoryClock.Compute(Shipped, rule, D("2025-06-16"), approvedExtensions: n);
                Assert.Equal(rule.BeforeEvent, clock.Deadline.DueDate < D("2025-06-16"));
                Assert.NotEmpty(clock.Deadline.Steps);
            }
        }
    }
}
