using Zhibao.Domain.Cases;
using Zhibao.Domain.Rules;
using static Zhibao.Domain.Cases.ReferralAction;
using static Zhibao.Domain.Cases.ReferralStatus;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>国务院令第310号 arts.5–13 as a transition table.</summary>
public class ReferralWorkflowTests
{
    public static TheoryData<ReferralStatus, ReferralAction, ReferralStatus> Allowed => new()
    {
        { Drafted, Approve, Approved },
        { Drafted, Refuse, Refused },
        { Approved, Transfer, Transferred },
        { Transferred, Receive, Received },
        { Received, PoliceFile, PoliceFiled },
        { Received, PoliceDecline, PoliceDeclined },
        { PoliceDeclined, RequestReconsideration, ReconsiderationRequested },
        { PoliceDeclined, RequestSupervision, SupervisionRequested },
        { PoliceDeclined, Conclude, Concluded },
        { ReconsiderationRequested, ReconsiderationFile, PoliceFiled },
        { ReconsiderationRequested, ReconsiderationDecline, ReconsiderationDeclined },
        { ReconsiderationDeclined, RequestSupervision, SupervisionRequested },
        { SupervisionRequested, SupervisionFile, PoliceFiled },
        { SupervisionRequested, Conclude, Concluded },
        { PoliceFiled, HandOverGoods, GoodsHandedOver },
        { PoliceFiled, Return, Returned },
        { GoodsHandedOver, Return, Returned },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Every_allowed_transition(ReferralStatus from, ReferralAction action, ReferralStatus to)
    {
        var result = ReferralWorkflow.Apply(from, action);

        Assert.True(result.Allowed);
        Assert.Equal(to, result.Status);
        Assert.Null(result.Error);
        Assert.Contains(action, ReferralWorkflow.AllowedActions(from));
    }

    [Fact]
    public void The_table_above_is_every_allowed_transition()
    {
        var table = Allowed.Select(row => ((ReferralStatus)row[0], (ReferralAction)row[1], (ReferralStatus)row[2])).ToHashSet();
        var all = ReferralWorkflow.AllTransitions.ToHashSet();

        Assert.Equal(table.Count, all.Count);
        Assert.True(table.SetEquals(all));
        var allowedPairs = Enum.GetValues<ReferralStatus>()
            .SelectMany(s => Enum.GetValues<ReferralAction>().Select(a => (s, a)))
            .Count(p => ReferralWorkflow.Apply(p.s, p.a).Allowed);
        Assert.Equal(table.Count, allowedPairs);
    }

    [Theory]
    [InlineData(Drafted, Transfer)] // not before approval
    [InlineData(Approved, PoliceFile)]
    [InlineData(Transferred, PoliceFile)] // receipt first
    [InlineData(Received, Receive)]
    [InlineData(PoliceFiled, RequestReconsideration)]
    [InlineData(ReconsiderationRequested, RequestSupervision)] // wait for the police reply
    [InlineData(ReconsiderationDeclined, RequestReconsideration)] // only one reconsideration
    [InlineData(GoodsHandedOver, HandOverGoods)]
    [InlineData(Received, Return)]
    [InlineData(PoliceDeclined, Return)]
    public void Forbidden_transitions_name_the_status_and_the_allowed_actions(ReferralStatus from, ReferralAction action)
    {
        var result = ReferralWorkflow.Apply(from, action);

        Assert.False(result.Allowed);
        Assert.Equal(from, result.Status);
        Assert.NotNull(result.Error);
        Assert.StartsWith($"移送当前状态为“{ReferralText.Name(from)}”，不能{ReferralText.Name(action)}。当前可执行：", result.Error, StringComparison.Ordinal);
        foreach (var allowed in ReferralWorkflow.AllowedActions(from))
        {
            Assert.Contains(ReferralText.Name(allowed), result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Refused)]
    [InlineData(Returned)]
    [InlineData(Concluded)]
    public void Final_statuses_allow_nothing(ReferralStatus status)
    {
        Assert.Empty(ReferralWorkflow.AllowedActions(status));
        var result = ReferralWorkflow.Apply(status, Approve);
        Assert.False(result.Allowed);
        Assert.EndsWith("该状态下没有可执行的操作", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_text_is_exact()
    {
        Assert.Equal("移送当前状态为“已报请”，不能移送公安机关。当前可执行：批准移送、不批准移送",
            ReferralWorkflow.Apply(Drafted, Transfer).Error);
    }

    [Theory]
    [InlineData(Drafted, true, true)]
    [InlineData(Approved, true, true)]
    [InlineData(Refused, false, false)]
    [InlineData(Transferred, true, true)]
    [InlineData(Received, true, true)]
    [InlineData(PoliceFiled, true, true)] // with the police
    [InlineData(PoliceDeclined, true, true)] // the bureau may still contest
    [InlineData(ReconsiderationRequested, true, true)]
    [InlineData(ReconsiderationDeclined, false, false)]
    [InlineData(SupervisionRequested, true, true)]
    [InlineData(GoodsHandedOver, false, true)] // the bureau's part is done, the police hold the case
    [InlineData(Returned, false, false)]
    [InlineData(Concluded, false, false)]
    public void Pending_and_penalty_bar(ReferralStatus status, bool pending, bool barsPenalty)
    {
        Assert.Equal(pending, ReferralWorkflow.IsPending(status));
        Assert.Equal(barsPenalty, ReferralWorkflow.BarsPenalty(status));
    }

    [Theory]
    [InlineData(Drafted, "referral.approval")]
    [InlineData(Approved, "referral.police-handover")]
    [InlineData(Transferred, "referral.police-review")]
    [InlineData(Received, "referral.police-review")]
    [InlineData(PoliceDeclined, "referral.reconsideration-request")]
    [InlineData(ReconsiderationRequested, "referral.reconsideration-decision")]
    [InlineData(ReconsiderationDeclined, "referral.procuratorate-supervision")]
    [InlineData(PoliceFiled, "referral.goods-handover")]
    [InlineData(Refused, null)]
    [InlineData(SupervisionRequested, null)]
    [InlineData(GoodsHandedOver, null)]
    [InlineData(Returned, null)]
    [InlineData(Concluded, null)]
    public void Each_status_starts_its_statutory_clock(ReferralStatus status, string? code)
    {
        Assert.Equal(code, ReferralWorkflow.ClockStarted(status));
        if (code is not null)
        {
            Assert.Contains(code, StatutoryPeriods.Codes);
        }
    }

    [Fact]
    public void The_24_hour_handover_clock_is_in_hours()
    {
        var rule = StatutoryPeriods.Versions(ReferralWorkflow.ClockStarted(Approved)!).Single();

        Assert.Equal(24, rule.Period.Amount);
        Assert.Equal(Zhibao.Domain.Deadlines.PeriodUnit.Hours, rule.Period.Unit);
    }

    [Fact]
    public void Every_status_and_action_has_a_distinct_chinese_name()
    {
        var statuses = Enum.GetValues<ReferralStatus>().Select(ReferralText.Name).ToList();
        var actions = Enum.GetValues<ReferralAction>().Select(ReferralText.Name).ToList();

        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.Equal(actions.Count, actions.Distinct().Count());
        Assert.All(statuses.Concat(actions), n => Assert.DoesNotMatch("[A-Za-z]", n));
        Assert.Equal("已报请", ReferralText.Name(Drafted));
        Assert.Equal("复议维持不予立案", ReferralText.Name(ReconsiderationDeclined));
    }

    [Fact]
    public void A_referral_starts_drafted() => Assert.Equal(Drafted, ReferralWorkflow.Initial);
}
