using Zhibao.Domain.Cases;
using Zhibao.Domain.Publicity;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Publicity;

/// <summary>CLARIFICATIONS: 3·15 is a day, 4·26 opens a week; end never before start.</summary>
public class PublicityEventRulesTests
{
    private static string? Field(PublicityEventType type, string start, string end, string? note = null) =>
        PublicityEventRules.CheckDates(type, D(start), D(end), note).SingleOrDefault()?.Field;

    [Theory]
    [InlineData("2024-03-15", "2024-03-15", null, null)]
    [InlineData("2024-03-14", "2024-03-15", null, null)]      // a two-day event covering the day
    [InlineData("2024-03-14", "2024-03-14", null, "dateNote")] // the day before, no reason given
    [InlineData("2024-03-16", "2024-03-16", null, "dateNote")]
    [InlineData("2024-03-14", "2024-03-14", "3·15系列宣传活动", null)]
    [InlineData("2024-03-01", "2024-03-31", "3·15宣传月", null)]
    [InlineData("2024-02-29", "2024-03-15", "3·15系列宣传活动", "startDate")] // outside March even with a reason
    [InlineData("2024-03-15", "2024-04-01", "3·15系列宣传活动", "endDate")]
    public void A_three_fifteen_event_is_on_march_15_or_in_march_with_a_reason(string start, string end, string? note, string? field) =>
        Assert.Equal(field, Field(PublicityEventType.ConsumerRightsDay, start, end, note));

    [Theory]
    [InlineData("2023-04-26", "2023-04-26", null)]
    [InlineData("2023-04-26", "2023-05-02", null)]
    [InlineData("2023-05-02", "2023-05-02", null)]
    [InlineData("2023-04-25", "2023-04-26", "startDate")]
    [InlineData("2023-05-03", "2023-05-03", "startDate")]
    [InlineData("2023-04-28", "2023-05-03", "endDate")]
    [InlineData("2023-04-20", "2023-04-26", "startDate")] // the national week some years ends on 4·26; here 4·26 opens it
    public void A_four_twenty_six_event_lies_within_the_week_it_opens(string start, string end, string? field) =>
        Assert.Equal(field, Field(PublicityEventType.IpWeek, start, end));

    [Theory]
    [InlineData(PublicityEventType.PublicLecture)]
    [InlineData(PublicityEventType.ConsumerRightsDay)]
    [InlineData(PublicityEventType.IpWeek)]
    public void The_end_is_never_before_the_start(PublicityEventType type)
    {
        var problem = Assert.Single(PublicityEventRules.CheckDates(type, D("2023-04-27"), D("2023-04-26"), "说明"));

        Assert.Equal("endDate", problem.Field);
        Assert.Contains("不能早于开始日期", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_types_take_any_dates() =>
        Assert.Empty(PublicityEventRules.CheckDates(PublicityEventType.EnterpriseVisit, D("2023-12-31"), D("2024-01-02"), null));

    [Theory]
    [InlineData("consumerRightsDay", PublicityEventType.ConsumerRightsDay)]
    [InlineData("3·15", PublicityEventType.ConsumerRightsDay)]
    [InlineData("ipWeek", PublicityEventType.IpWeek)]
    [InlineData("4·26宣传周", PublicityEventType.IpWeek)]
    [InlineData("走访企业", PublicityEventType.EnterpriseVisit)]
    [InlineData("诚信宣传", PublicityEventType.IntegrityPromotion)]
    [InlineData("以案释法", PublicityEventType.CaseLawTalk)]
    [InlineData("展会", null)]
    [InlineData("", null)]
    public void Types_parse_from_api_names_and_chinese_names(string text, PublicityEventType? expected) =>
        Assert.Equal(expected, PublicityEventRules.Parse(text));
}

/// <summary>总局令第45号 arts.2 and 13, 令第81号 art.83: when a typical case may keep an enterprise's name.</summary>
public class PublicationNamingTests
{
    private const decimal Lower = 10_000m;

    [Fact]
    public void A_published_fine_keeps_the_name_until_the_publication_period_ends()
    {
        // 50,000 yuan > the lower amount: three years from 2023-10-30, so to 2026-10-30.
        var during = PublicationNaming.ForPenalty(DecisionOutcome.Penalty, false, 50_000m, false, D("2023-10-30"), Lower, D("2026-10-29"));
        var after = PublicationNaming.ForPenalty(DecisionOutcome.Penalty, false, 50_000m, false, D("2023-10-30"), Lower, D("2026-10-30"));

        Assert.True(during.MayNameEnterprises);
        Assert.Contains("第十三条", during.Reason, StringComparison.Ordinal);
        Assert.False(after.MayNameEnterprises);
        Assert.Contains("2026-10-30", after.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_fine_is_published_for_three_months_only()
    {
        Assert.True(PublicationNaming.ForPenalty(DecisionOutcome.Penalty, false, 10_000m, false, D("2023-10-30"), Lower, D("2024-01-29")).MayNameEnterprises);
        Assert.False(PublicationNaming.ForPenalty(DecisionOutcome.Penalty, false, 10_000m, false, D("2023-10-30"), Lower, D("2024-01-30")).MayNameEnterprises);
    }

    [Theory]
    [InlineData(DecisionOutcome.NoPenalty, false, 0)]
    [InlineData(DecisionOutcome.TransferToJudiciary, false, 0)]
    [InlineData(DecisionOutcome.Penalty, true, 0)]   // a warning alone is not published (第二条第二款)
    [InlineData(DecisionOutcome.Penalty, false, 0)]  // nothing recorded
    public void Unpublished_decisions_mask_the_name(DecisionOutcome outcome, bool warningOnly, int fine) =>
        Assert.False(PublicationNaming.ForPenalty(outcome, warningOnly, fine, false, null, Lower, D("2023-11-01")).MayNameEnterprises);

    [Fact]
    public void A_penalty_not_yet_recorded_as_published_may_name_the_enterprise() =>
        Assert.True(PublicationNaming.ForPenalty(DecisionOutcome.Penalty, false, 0m, true, null, Lower, D("2023-11-01")).MayNameEnterprises);

    [Fact]
    public void An_adjudication_ruling_is_public_and_other_closures_and_mediations_are_not()
    {
        Assert.True(PublicationNaming.ForAdjudication(AdjudicationClosure.Adjudication).MayNameEnterprises);
        Assert.False(PublicationNaming.ForAdjudication(AdjudicationClosure.Mediation).MayNameEnterprises);
        Assert.False(PublicationNaming.ForAdjudication(null).MayNameEnterprises);
        Assert.False(PublicationNaming.ForMediation().MayNameEnterprises);
    }
}

public class TypicalCaseWorkflowTests
{
    [Theory]
    [InlineData(TypicalCaseStatus.Draft, TypicalCaseAction.Submit, TypicalCaseStatus.Submitted)]
    [InlineData(TypicalCaseStatus.Returned, TypicalCaseAction.Submit, TypicalCaseStatus.Submitted)]
    [InlineData(TypicalCaseStatus.Submitted, TypicalCaseAction.Approve, TypicalCaseStatus.Approved)]
    [InlineData(TypicalCaseStatus.Submitted, TypicalCaseAction.Return, TypicalCaseStatus.Returned)]
    [InlineData(TypicalCaseStatus.Approved, TypicalCaseAction.Publish, TypicalCaseStatus.Published)]
    [InlineData(TypicalCaseStatus.Published, TypicalCaseAction.Publish, TypicalCaseStatus.Published)]
    [InlineData(TypicalCaseStatus.Approved, TypicalCaseAction.Recommend, TypicalCaseStatus.Approved)]
    [InlineData(TypicalCaseStatus.Published, TypicalCaseAction.Recommend, TypicalCaseStatus.Published)]
    [InlineData(TypicalCaseStatus.Draft, TypicalCaseAction.Approve, null)]
    [InlineData(TypicalCaseStatus.Draft, TypicalCaseAction.Publish, null)]
    [InlineData(TypicalCaseStatus.Submitted, TypicalCaseAction.Publish, null)]
    [InlineData(TypicalCaseStatus.Returned, TypicalCaseAction.Recommend, null)]
    [InlineData(TypicalCaseStatus.Approved, TypicalCaseAction.Submit, null)]
    public void The_workflow_table(TypicalCaseStatus status, TypicalCaseAction action, TypicalCaseStatus? next) =>
        Assert.Equal(next, TypicalCaseWorkflow.Apply(status, action));

    [Fact]
    public void A_refusal_names_the_status_and_what_is_allowed()
    {
        var refusal = TypicalCaseWorkflow.Refusal(TypicalCaseStatus.Draft, TypicalCaseAction.Publish);

        Assert.Equal("典型案例当前状态为“草稿”，不能登记发布；可以：提交审核", refusal);
    }
}
