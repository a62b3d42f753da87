using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using A = Zhibao.Domain.Intake.IntakeAction;
using S = Zhibao.Domain.Leads.LeadStatus;

namespace Zhibao.Domain.Tests.Intake;

/// <summary>The intake workflow table: which action is allowed when, and why not in Chinese.</summary>
public class IntakeWorkflowTests
{
    private static IntakeState State(LeadKind kind, S status, MediationOutcome? mediation = null, bool converted = false, bool replied = false,
        bool realName = true, string? filingDecided = null, string? leadFound = null, string? disputeStarted = null, string? disputeSettled = null,
        bool extended = false) =>
        new(kind, status, mediation, leadFound is null ? null : TestCalendar.D(leadFound), extended, converted, replied,
            disputeStarted is null ? null : TestCalendar.D(disputeStarted), disputeSettled is null ? null : TestCalendar.D(disputeSettled),
            realName, filingDecided is null ? null : TestCalendar.D(filingDecided));

    [Fact]
    public void A_received_complaint_is_accepted_refused_assigned_merged_or_disputed()
    {
        var allowed = IntakeWorkflow.Allowed(State(LeadKind.Complaint, S.Received));
        Assert.Equal([A.Accept, A.Refuse, A.Assign, A.Merge, A.Dispute], allowed);
        Assert.Equal("投诉尚未受理，受理后才能调解", IntakeWorkflow.Refusal(State(LeadKind.Complaint, S.Received), A.Mediate));
        Assert.Equal("该件尚未受理，受理后才能转为案件", IntakeWorkflow.Refusal(State(LeadKind.Complaint, S.Received), A.Convert));
    }

    [Fact]
    public void An_accepted_complaint_is_mediated_converted_or_merged_and_closes_once_mediation_ended()
    {
        var accepted = State(LeadKind.Complaint, S.Accepted);
        Assert.Contains(A.Mediate, IntakeWorkflow.Allowed(accepted));
        Assert.Contains(A.FoundLead, IntakeWorkflow.Allowed(accepted));
        Assert.Contains(A.Convert, IntakeWorkflow.Allowed(accepted));
        Assert.Equal("该件已办理中，不能再受理", IntakeWorkflow.Refusal(accepted, A.Accept));
        Assert.Equal("投诉调解尚未结束，请先登记调解结果或转为案件", IntakeWorkflow.Refusal(accepted, A.Close));

        // No agreement: the parties are told first (第二十一条), then it closes.
        var ended = accepted with { Mediation = MediationOutcome.NotAgreed };
        Assert.Equal("请先告知投诉人和被投诉人终止调解（第二十一条）", IntakeWorkflow.Refusal(ended, A.Close));
        Assert.Null(IntakeWorkflow.Refusal(ended, A.Reply));
        Assert.Equal("调解已结束（终止调解（未达成协议））", IntakeWorkflow.Refusal(ended, A.Mediate));
        Assert.Null(IntakeWorkflow.Refusal(ended with { Replied = true }, A.Close));
        Assert.Equal("已经告知/反馈，不能重复", IntakeWorkflow.Refusal(ended with { Replied = true }, A.Reply));

        // An agreement closes the complaint.
        Assert.Equal(S.Closed, IntakeWorkflow.Next(S.Accepted, A.Mediate, MediationOutcome.Agreed));
        Assert.Equal(S.Accepted, IntakeWorkflow.Next(S.Accepted, A.Mediate, MediationOutcome.NotAgreed));
    }

    [Fact]
    public void A_lead_found_in_mediation_is_extended_once_and_must_become_a_case_before_closing()
    {
        var found = State(LeadKind.Complaint, S.Accepted, MediationOutcome.NotAgreed, replied: true, leadFound: "2023-10-09");
        Assert.Null(IntakeWorkflow.Refusal(found, A.Extend));
        Assert.Equal("核查期限已延长过一次，不能再延长", IntakeWorkflow.Refusal(found with { VerificationExtended = true }, A.Extend));
        Assert.Equal("调解中发现的违法线索尚未处理，请核查后转为行政处罚案件", IntakeWorkflow.Refusal(found, A.Close));
        Assert.Null(IntakeWorkflow.Refusal(found with { Converted = true }, A.Close));
        Assert.Equal("没有正在计时的核查期限可以延长", IntakeWorkflow.Refusal(State(LeadKind.Complaint, S.Accepted), A.Extend));
    }

    [Fact]
    public void A_report_is_decided_by_a_case_or_a_refusal_and_a_real_name_reporter_is_told()
    {
        var accepted = State(LeadKind.Report, S.Accepted);
        Assert.Equal("只有投诉可以调解", IntakeWorkflow.Refusal(accepted, A.Mediate));
        Assert.Null(IntakeWorkflow.Refusal(accepted, A.Extend));
        // 不予立案 after verification.
        Assert.Null(IntakeWorkflow.Refusal(accepted, A.Refuse));
        Assert.Equal("举报须先作出是否立案的决定：转为行政处罚案件，或不予立案", IntakeWorkflow.Refusal(accepted, A.Close));
        Assert.Equal("尚未作出是否立案的决定，作出后5个工作日内告知举报人", IntakeWorkflow.Refusal(accepted, A.Reply));

        var converted = accepted with { Converted = true };
        Assert.Equal("该件已转为案件，是否立案在案件中决定", IntakeWorkflow.Refusal(converted, A.Refuse));
        Assert.Equal("转立的案件尚未作出是否立案的决定；决定后告知实名举报人，再办结（第三十一条）", IntakeWorkflow.Refusal(converted, A.Close));
        var filed = converted with { FilingDecidedOn = TestCalendar.D("2023-10-09") };
        Assert.Null(IntakeWorkflow.Refusal(filed, A.Reply));
        Assert.Equal("请先告知实名举报人是否立案（第三十一条）", IntakeWorkflow.Refusal(filed, A.Close));
        Assert.Null(IntakeWorkflow.Refusal(filed with { Replied = true }, A.Close));

        // Anonymous: nobody to tell.
        var anonymous = converted with { RealName = false, FilingDecidedOn = TestCalendar.D("2023-10-09") };
        Assert.Equal("匿名举报无需告知举报人", IntakeWorkflow.Refusal(anonymous, A.Reply));
        Assert.Null(IntakeWorkflow.Refusal(anonymous, A.Close));

        // A refused real-name report still owes its notice.
        Assert.Null(IntakeWorkflow.Refusal(State(LeadKind.Report, S.Refused, filingDecided: "2023-10-09"), A.Reply));
    }

    [Fact]
    public void An_assigned_lead_is_reported_back_to_its_sender_before_closing()
    {
        var converted = State(LeadKind.Assignment, S.Accepted, converted: true);
        Assert.Equal("请先反馈交办/移送单位", IntakeWorkflow.Refusal(converted, A.Close));
        Assert.Null(IntakeWorkflow.Refusal(converted, A.Reply));
        Assert.Equal("该件尚未受理，受理后才能反馈", IntakeWorkflow.Refusal(State(LeadKind.Assignment, S.Received), A.Reply));
        Assert.Equal("反馈交办/移送单位", IntakeWorkflow.Name(A.Reply, LeadKind.Transfer));
    }

    [Fact]
    public void A_jurisdiction_dispute_blocks_closing_until_resolved()
    {
        var disputed = State(LeadKind.Complaint, S.Accepted, MediationOutcome.Agreed, disputeStarted: "2023-10-09");
        Assert.Equal("已登记管辖争议", IntakeWorkflow.Refusal(disputed, A.Dispute));
        Assert.Null(IntakeWorkflow.Refusal(disputed, A.Resolve));
        Assert.Equal("管辖争议尚未解决，不能办结", IntakeWorkflow.Refusal(disputed, A.Close));
        Assert.Equal("没有尚未解决的管辖争议", IntakeWorkflow.Refusal(disputed with { DisputeSettledOn = TestCalendar.D("2023-10-10") }, A.Resolve));
    }

    [Fact]
    public void Nothing_happens_to_a_merged_item_and_a_converted_one_converts_once()
    {
        Assert.Empty(IntakeWorkflow.Allowed(State(LeadKind.Complaint, S.Merged)));
        Assert.Equal("该件已合并到其他件办理，不能再操作", IntakeWorkflow.Refusal(State(LeadKind.Report, S.Merged), A.Close));
        var converted = State(LeadKind.Complaint, S.Accepted, converted: true);
        Assert.Equal("该件已转为案件，不能重复转立", IntakeWorkflow.Refusal(converted, A.Convert));
        Assert.Equal("该件已转为案件，不能再合并", IntakeWorkflow.Refusal(converted, A.Merge));
        Assert.Equal("该件已不予受理，不能转为案件", IntakeWorkflow.Refusal(State(LeadKind.Complaint, S.Refused), A.Convert));
    }

    [Theory]
    [InlineData("accept", A.Accept)]
    [InlineData("found-lead", A.FoundLead)]
    [InlineData(" Close ", A.Close)]
    public void Actions_have_api_names(string name, A action)
    {
        Assert.Equal(action, IntakeWorkflow.ParseAction(name));
        Assert.Equal(name.Trim().ToLowerInvariant(), IntakeWorkflow.ApiName(action));
    }

    [Fact]
    public void Unknown_action_names_parse_to_nothing() => Assert.Null(IntakeWorkflow.ParseAction("check"));

    [Fact]
    public void Kinds_take_their_own_channels_and_subjects_propose_a_violation_type()
    {
        Assert.Equal([IntakeChannel.Assignment], IntakeTerms.Channels(LeadKind.Assignment));
        Assert.DoesNotContain(IntakeChannel.Transfer, IntakeTerms.Channels(LeadKind.Complaint));
        Assert.Equal("商标侵权", IntakeTerms.CaseSubject(IntakeSubject.Trademark));
        Assert.Null(IntakeTerms.CaseSubject(IntakeSubject.Other));
        Assert.Equal("待受理", IntakeTerms.StatusName(S.Received));
        Assert.True(IntakeTerms.TryParse("12315平台", IntakeTerms.Name, out IntakeChannel channel));
        Assert.Equal(IntakeChannel.Platform12315, channel);
    }
}

/// <summary>Duplicate suggestions and the closure rate.</summary>
public class IntakeDuplicateTests
{
    [Theory]
    [InlineData("北辰某种业有限公司", "北辰某种业 有限公司")]
    [InlineData("金穗１号", "金穗1号")]
    [InlineData("“金穗”牌", "金穗牌")]
    [InlineData("abc（天津）", "ABC(天津)")]
    public void Names_match_whatever_their_width_case_spacing_and_punctuation(string a, string b) =>
        Assert.Equal(IntakeDuplicates.Key(a), IntakeDuplicates.Key(b));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("（）—")]
    public void Nothing_comparable_gives_no_key(string? name) => Assert.Null(IntakeDuplicates.Key(name));

    [Theory]
    [InlineData("2023-09-28", "2023-10-28", 30, true)]   // exactly at the window
    [InlineData("2023-09-28", "2023-10-29", 30, false)]  // one day past
    [InlineData("2023-10-28", "2023-09-28", 30, true)]   // either order
    public void Items_match_within_the_window(string a, string b, int window, bool expected) =>
        Assert.Equal(expected, IntakeDuplicates.Match("公司", "金穗", TestCalendar.D(a), "公司", "金穗", TestCalendar.D(b), window));

    [Fact]
    public void Items_without_a_mark_or_about_another_mark_do_not_match()
    {
        var day = TestCalendar.D("2023-10-09");
        Assert.False(IntakeDuplicates.Match("公司", null, day, "公司", null, day, 30));
        Assert.False(IntakeDuplicates.Match("公司", "金穗", day, "公司", "银穗", day, 30));
        Assert.False(IntakeDuplicates.Match("甲公司", "金穗", day, "乙公司", "金穗", day, 30));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(3, 3, 100.0)]
    public void The_closure_rate_is_closed_over_accepted(int closed, int accepted, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, IntakeRates.ClosureRate(closed, accepted));
}
