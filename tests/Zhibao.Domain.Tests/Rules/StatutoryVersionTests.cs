using Zhibao.Domain.Rules;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Rules;

/// <summary>CLARIFICATIONS "Rules in force": the version in force on the date that matters, on both sides of each effective date.</summary>
public class StatutoryVersionTests
{
    [Theory]
    [InlineData("patent-mediation.filing", "2025-02-01")] // 国家知识产权局令第81号
    [InlineData("penalty.filing-review", "2021-07-15")] // 总局令第42号
    [InlineData("hearing.request", "2021-07-15")] // 行政处罚法 2021 revision
    [InlineData("publicity.penalty", "2021-09-01")] // 总局令第45号
    [InlineData("counterfeit-patent.closing", "2015-07-01")] // 局令第71号
    [InlineData("referral.approval", "2020-08-07")] // 国务院令310, 2020 revision
    [InlineData("complaint.acceptance", "2020-01-01")] // 总局令第20号
    public void A_rule_is_in_force_from_its_effective_date_and_not_the_day_before(string code, string effectiveFrom)
    {
        var day = D(effectiveFrom);

        Assert.Null(StatutoryPeriods.InForce(code, day.AddDays(-1)));
        var rule = StatutoryPeriods.InForce(code, day);
        Assert.NotNull(rule);
        Assert.Equal(day, rule.EffectiveFrom);
        Assert.Null(rule.EffectiveTo);
    }

    [Theory]
    [InlineData("patent-dispute.closing", "《专利行政执法办法》第二十一条", "《专利纠纷行政裁决和调解办法》第三十七条")]
    [InlineData("patent-dispute.filing", "《专利行政执法办法》第十三条", "《专利纠纷行政裁决和调解办法》第二十条")]
    public void Patent_dispute_rules_switch_from_the_2015_measures_to_order_81_on_2025_02_01(string code, string before, string after)
    {
        Assert.Equal(before, StatutoryPeriods.Get(code, D("2025-01-31")).Basis);
        Assert.Equal(after, StatutoryPeriods.Get(code, D("2025-02-01")).Basis);
        var versions = StatutoryPeriods.Versions(code);
        Assert.Equal(2, versions.Count);
        Assert.Equal(D("2025-01-31"), versions[0].EffectiveTo);
        Assert.Null(StatutoryPeriods.InForce(code, D("2015-06-30")));
    }

    [Theory]
    [InlineData("2023-12-31", "《中华人民共和国人民调解法》第三十三条")]
    [InlineData("2024-01-01", "《中华人民共和国民事诉讼法》第二百零五条；《中华人民共和国人民调解法》第三十三条")]
    public void Judicial_confirmation_cites_the_civil_procedure_article_of_the_version_in_force(string on, string basis)
    {
        var rule = StatutoryPeriods.Get("judicial-confirmation.application", D(on));

        Assert.Equal(basis, rule.Basis);
        Assert.Equal(30, rule.Period.Amount);
    }

    [Fact]
    public void The_old_judicial_confirmation_version_ends_the_day_before_the_new_one()
    {
        var versions = StatutoryPeriods.Versions("judicial-confirmation.application");

        Assert.Equal(2, versions.Count);
        Assert.Equal(D("2023-12-31"), versions[0].EffectiveTo);
        Assert.Equal(D("2024-01-01"), versions[1].EffectiveFrom);
    }

    [Fact]
    public void Get_refuses_a_day_with_no_version_in_force_in_chinese()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StatutoryPeriods.Get("patent-dispute.answer-service", D("2023-01-31")));

        Assert.Equal(
            "答辩书副本送达期限（patent-dispute.answer-service）在 2023-01-31 没有施行中的规则版本（已收录：自 2025-02-01 起施行），请人工确定期限依据",
            error.Message);
    }

    [Theory]
    [InlineData("penalty.unknown")]
    [InlineData("")]
    [InlineData("PENALTY.FILING-REVIEW")] // codes are exact
    public void An_unknown_code_throws_with_a_chinese_message(string code)
    {
        var inForce = Assert.Throws<KeyNotFoundException>(() => StatutoryPeriods.InForce(code, D("2023-09-27")));
        var get = Assert.Throws<KeyNotFoundException>(() => StatutoryPeriods.Get(code, D("2023-09-27")));
        Assert.Throws<KeyNotFoundException>(() => StatutoryPeriods.Versions(code));

        Assert.Equal($"未知的法定期限代码“{code}”，请从法定期限目录中选择", inForce.Message);
        Assert.Equal(inForce.Message, get.Message);
    }

    [Fact]
    public void A_null_code_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => StatutoryPeriods.InForce(null!, D("2023-09-27")));
    }
}
