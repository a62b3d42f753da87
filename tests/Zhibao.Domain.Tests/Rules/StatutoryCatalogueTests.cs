using System.Text.RegularExpressions;
using Zhibao.Domain.Deadlines;
using Zhibao.Domain.Rules;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Rules;

/// <summary>The catalogue holds every numeric row of legal-rules.md §0, each with a Chinese name and basis.</summary>
public class StatutoryCatalogueTests
{
    private static readonly string[] Groups =
    [
        "penalty", "hearing", "publicity", "patent-dispute", "patent-mediation", "counterfeit-patent",
        "referral", "judicial-confirmation", "complaint", "report", "jurisdiction",
    ];

    /// <summary>legal-rules.md §0: code, row, a date the version is in force, amount, unit, Verified.</summary>
    public static TheoryData<string, int, string, int, PeriodUnit, bool> Rows => new()
    {
        { "penalty.filing-review", 1, "2023-09-27", 15, PeriodUnit.WorkingDays, true },
        { "penalty.decision", 3, "2023-09-27", 90, PeriodUnit.Days, false },
        { "hearing.request", 5, "2023-09-27", 5, PeriodUnit.WorkingDays, true },
        { "hearing.notice", 6, "2023-09-27", 7, PeriodUnit.WorkingDays, true },
        { "penalty.statement", 7, "2023-09-27", 5, PeriodUnit.WorkingDays, false },
        { "penalty.legal-review", 8, "2023-09-27", 10, PeriodUnit.WorkingDays, false },
        { "penalty.decision-service", 9, "2023-09-27", 7, PeriodUnit.WorkingDays, true },
        { "penalty.fine-payment", 10, "2023-09-27", 15, PeriodUnit.Days, true },
        { "publicity.penalty", 11, "2023-09-27", 20, PeriodUnit.WorkingDays, true },
        { "publicity.penalty-push", 12, "2023-09-27", 10, PeriodUnit.WorkingDays, true },
        { "publicity.penalty-assisted", 12, "2023-09-27", 10, PeriodUnit.WorkingDays, true },
        { "publicity.penalty-withdrawal", 13, "2023-09-27", 3, PeriodUnit.WorkingDays, true },
        { "patent-dispute.filing", 15, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        { "patent-dispute.request-service", 16, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        { "patent-dispute.answer", 17, "2025-03-03", 15, PeriodUnit.Days, true },
        { "patent-dispute.answer-no-domicile", 17, "2025-03-03", 30, PeriodUnit.Days, true },
        { "patent-dispute.answer-service", 18, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        // Not a table row: §2.2 art.5 text (row 0).
        { "patent-dispute.recusal", 0, "2025-03-03", 3, PeriodUnit.WorkingDays, true },
        { "patent-dispute.hearing-notice", 19, "2025-03-03", 3, PeriodUnit.WorkingDays, true },
        { "patent-dispute.closing", 20, "2025-03-03", 3, PeriodUnit.Months, true },
        { "patent-dispute.publication", 22, "2025-03-03", 20, PeriodUnit.WorkingDays, true },
        { "patent-dispute.publication-after-change", 22, "2025-03-03", 20, PeriodUnit.WorkingDays, true },
        { "patent-mediation.notice", 23, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        { "patent-mediation.reply", 23, "2025-03-03", 15, PeriodUnit.Days, true },
        { "patent-mediation.filing", 24, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        { "patent-mediation.refusal-notice", 24, "2025-03-03", 5, PeriodUnit.WorkingDays, true },
        { "patent-dispute.limitation", 25, "2025-03-03", 36, PeriodUnit.Months, true },
        { "patent-dispute.lawsuit", 26, "2023-09-27", 15, PeriodUnit.Days, true },
        { "counterfeit-patent.filing", 27, "2023-09-27", 5, PeriodUnit.WorkingDays, true },
        { "counterfeit-patent.filing-on-report", 27, "2023-09-27", 10, PeriodUnit.WorkingDays, true },
        { "counterfeit-patent.closing", 28, "2023-09-27", 1, PeriodUnit.Months, true },
        { "referral.approval", 30, "2023-09-27", 3, PeriodUnit.Days, true },
        { "referral.police-handover", 31, "2023-09-27", 24, PeriodUnit.Hours, true },
        { "referral.police-review", 32, "2023-09-27", 3, PeriodUnit.Days, true },
        { "referral.reconsideration-request", 33, "2023-09-27", 3, PeriodUnit.Days, true },
        { "referral.reconsideration-decision", 33, "2023-09-27", 3, PeriodUnit.Days, true },
        { "referral.procuratorate-supervision", 33, "2023-09-27", 3, PeriodUnit.Days, true },
        { "referral.goods-handover", 34, "2023-09-27", 3, PeriodUnit.Days, true },
        { "judicial-confirmation.application", 35, "2023-09-27", 30, PeriodUnit.Days, true },
        { "judicial-confirmation.acceptance", 36, "2023-09-27", 3, PeriodUnit.Days, true },
        { "judicial-confirmation.decision", 36, "2023-09-27", 15, PeriodUnit.Days, true },
        { "complaint.acceptance", 37, "2023-09-27", 7, PeriodUnit.WorkingDays, true },
        { "complaint.mediation", 38, "2023-09-27", 45, PeriodUnit.WorkingDays, true },
        { "complaint.termination-notice", 38, "2023-09-27", 7, PeriodUnit.WorkingDays, true },
        { "report.filing-notice", 39, "2023-09-27", 5, PeriodUnit.WorkingDays, true },
        { "complaint.lead-verification", 40, "2023-09-27", 15, PeriodUnit.WorkingDays, true },
        { "jurisdiction.negotiation", 41, "2023-09-27", 7, PeriodUnit.WorkingDays, true },
    };

    public static TheoryData<string> Codes => new(StatutoryPeriods.Codes.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_numeric_row_of_the_deadline_table_is_catalogued_with_its_period(
        string code, int row, string on, int amount, PeriodUnit unit, bool verified)
    {
        var rule = StatutoryPeriods.Get(code, D(on));

        Assert.True(row is >= 0 and <= 41);
        Assert.Equal(new Period(amount, unit), rule.Period);
        Assert.Equal(verified, rule.Verified);
    }

    [Fact]
    public void The_catalogue_holds_exactly_the_codes_of_the_table()
    {
        var expected = Rows.Select(r => (string)r[0]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, StatutoryPeriods.Codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_version_has_a_chinese_name_start_event_and_basis_with_an_article_number(string code)
    {
        foreach (var rule in StatutoryPeriods.Versions(code))
        {
            Assert.Equal(code, rule.Code);
            Assert.Contains(code.Split('.')[0], Groups);
            Assert.True(HasChinese(rule.Name), rule.Name);
            Assert.True(HasChinese(rule.StartEvent), rule.StartEvent);
            Assert.Matches("^《.+》", rule.Basis);
            // Chinese article numbers (第十八条), never Arabic ones; an unknown number is said to be unchecked and the
            // period is then not verified.
            Assert.True(Regex.IsMatch(rule.Basis, "第[一二三四五六七八九十百零]+条")
                || (rule.Basis.Contains("条号待核实", StringComparison.Ordinal) && !rule.Verified), rule.Basis);
            Assert.DoesNotMatch("[0-9]+条", rule.Basis);
            Assert.All(rule.Extensions, e =>
            {
                Assert.True(HasChinese(e.ApprovedBy), e.ApprovedBy);
                Assert.Matches("^《.+》第[一二三四五六七八九十百零]+条", e.Basis);
                Assert.True(e.Period.Amount > 0);
            });
            Assert.All(rule.ExcludedIntervals, x => Assert.True(HasChinese(x), x));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Describe_shows_the_name_start_event_period_and_basis(string code)
    {
        foreach (var rule in StatutoryPeriods.Versions(code))
        {
            var text = rule.Describe();

            Assert.StartsWith(rule.Name + "：" + rule.StartEvent, text, StringComparison.Ordinal);
            Assert.Contains(rule.Period.Describe(), text, StringComparison.Ordinal);
            Assert.EndsWith("（" + rule.Basis + "）", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Versions_of_one_code_do_not_overlap(string code)
    {
        var versions = StatutoryPeriods.Versions(code);

        Assert.All(versions, v => Assert.True(v.EffectiveTo is null || v.EffectiveTo >= v.EffectiveFrom));
        for (var i = 1; i < versions.Count; i++)
        {
            Assert.NotNull(versions[i - 1].EffectiveTo);
            Assert.True(versions[i - 1].EffectiveTo < versions[i].EffectiveFrom);
        }
        Assert.Null(versions[^1].EffectiveTo); // every period has a version in force today
    }

    [Fact]
    public void Unverified_periods_are_the_ones_with_an_uncertain_article_number()
    {
        var unverified = StatutoryPeriods.All.Where(p => !p.Verified).Select(p => p.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["penalty.decision", "penalty.legal-review", "penalty.statement"], unverified);
        Assert.All(StatutoryPeriods.All.Where(p => p.Basis.Contains("待核实", StringComparison.Ordinal)), p => Assert.False(p.Verified));
    }

    [Fact]
    public void The_filing_review_rule_reads_as_the_brief_example()
    {
        var rule = StatutoryPeriods.Get("penalty.filing-review", D("2023-09-27"));

        Assert.Equal("立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条）", rule.Describe());
        Assert.Equal(["检测", "检验", "检疫", "鉴定", "权利人辨认或者鉴别"], rule.ExcludedIntervals);
        var extension = Assert.Single(rule.Extensions);
        Assert.Equal("经本机关负责人批准延长15个工作日", extension.Describe());
    }

    [Theory]
    [InlineData("patent-dispute.closing", new[] { "经管理专利工作的部门负责人批准延长1个月", "经上一级管理专利工作的部门批准延长2个月" })]
    [InlineData("penalty.decision", new[] { "经本机关负责人批准延长30日" })]
    [InlineData("counterfeit-patent.closing", new[] { "经管理专利工作的部门负责人批准延长15日" })]
    [InlineData("judicial-confirmation.decision", new[] { "经本院院长批准延长10日" })]
    [InlineData("patent-dispute.filing", new[] { "经管理专利工作的部门负责人批准延长5个工作日" })]
    public void Extensions_are_listed_in_the_order_they_are_approved(string code, string[] expected)
    {
        var rule = StatutoryPeriods.Versions(code)[^1];

        Assert.Equal(expected, rule.Extensions.Select(e => e.Describe()));
    }

    [Theory]
    [InlineData("hearing.notice", "听证通知期限：举行听证之日前至少7个工作日（《中华人民共和国行政处罚法》第六十四条、第八十五条）")]
    [InlineData("patent-dispute.hearing-notice", "口头审理通知期限：口头审理之日前至少3个工作日（《专利纠纷行政裁决和调解办法》第二十六条）")]
    public void Notices_before_a_hearing_count_back_from_it(string code, string expected)
    {
        var rule = StatutoryPeriods.Versions(code)[^1];

        Assert.True(rule.BeforeEvent);
        Assert.Equal(expected, rule.Describe());
        Assert.Equal(2, StatutoryPeriods.All.Count(p => p.BeforeEvent));
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
