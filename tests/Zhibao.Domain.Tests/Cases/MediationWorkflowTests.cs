using Zhibao.Domain.Cases;
using S = Zhibao.Domain.Cases.MediationStatus;
using A = Zhibao.Domain.Cases.MediationAction;
using C = Zhibao.Domain.Cases.ConfirmationStatus;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>调解 and 司法确认 (令第81号第六十五条至第六十九条, 民事诉讼法第二百零五条, 民诉法解释第三百五十五条; legal-rules.md §2.4, §6).</summary>
public class MediationWorkflowTests
{
    /// <summary>
    /// Facts as a short comma-separated list: notice (陈述意见通知书已发送), agreed / refused (被请求人答复), applied / accepted /
    /// confirmed / rejected (司法确认), extended (法院已延长审查期限), ownership (协议涉及知识产权确权).
    /// </summary>
    internal static MediationFacts F(string facts)
    {
        var set = facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        bool? agreed = set.Contains("agreed") ? true : set.Contains("refused") ? false : null;
        var confirmation = set.Contains("applied") ? C.Applied
            : set.Contains("accepted") ? C.Accepted
            : set.Contains("confirmed") ? C.Confirmed
            : set.Contains("rejected") ? C.Rejected
            : C.NotApplied;
        return new MediationFacts(
            NoticeSent: set.Contains("notice"), RespondentAgreed: agreed, Confirmation: confirmation,
            CourtExtended: set.Contains("extended"), AgreementConfirmsOwnership: set.Contains("ownership"));
    }

    /// <summary>Every allowed transition: (from, action, facts) → to.</summary>
    public static TheoryData<S, A, string, S> Allowed => new()
    {
        // Art.65–66: notice within 5 working days, reply within 15 days, then 立案 or 不予立案.
        { S.Requested, A.SendNotice, "", S.Requested },
        { S.Requested, A.RecordReply, "notice", S.Requested },
        { S.Requested, A.File, "notice,agreed", S.Mediating },
        { S.Requested, A.File, "", S.Mediating }, // 人民调解 and others record no art.65 reply
        { S.Requested, A.Decline, "notice,refused", S.NotFiled },
        { S.Requested, A.Decline, "notice", S.NotFiled }, // 逾期未答复
        // Art.69: an agreement, or 调解不成 → the mediation ends.
        { S.Mediating, A.RecordSession, "", S.Mediating },
        { S.Mediating, A.Agree, "", S.Agreed },
        { S.Mediating, A.Fail, "", S.Closed },
        // 司法确认 (民事诉讼法第二百零五条; 法释〔2011〕5号 arts.4–5) or 公证 (art.35, art.69).
        { S.Agreed, A.ApplyConfirmation, "", S.Agreed },
        { S.Agreed, A.ApplyConfirmation, "rejected", S.Agreed }, // a changed or new agreement may be confirmed
        { S.Agreed, A.CourtAccept, "applied", S.Agreed },
        { S.Agreed, A.CourtExtend, "accepted", S.Agreed },
        { S.Agreed, A.CourtRule, "accepted", S.Agreed },
        { S.Agreed, A.CourtRule, "accepted,extended", S.Agreed },
        { S.Agreed, A.Notarise, "", S.Agreed },
        { S.Agreed, A.Notarise, "ownership", S.Agreed }, // the alternative left to an ownership agreement
        { S.Agreed, A.Close, "", S.Closed },
        { S.Agreed, A.Close, "confirmed", S.Closed },
        { S.Agreed, A.Close, "rejected", S.Closed },
        { S.Agreed, A.Close, "ownership", S.Closed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_moves_the_mediation_to_its_next_status(S from, A action, string facts, S to)
    {
        var result = MediationWorkflow.Apply(from, action, F(facts));

        Assert.True(result.Allowed, result.Error);
        Assert.Equal(to, result.Status);
        Assert.Null(result.Error);
        Assert.Contains(action, MediationWorkflow.Allowed(from, F(facts)));
    }

    [Fact]
    public void The_table_lists_every_status_and_action_the_workflow_allows_under_any_facts()
    {
        var listed = Allowed.Select(row => ((S)row[0], (A)row[1])).ToHashSet();
        var allowed = new HashSet<(S, A)>();
        foreach (var notice in new[] { "", "notice" })
        foreach (var reply in new[] { "", "agreed", "refused" })
        foreach (var confirmation in new[] { "", "applied", "accepted", "confirmed", "rejected" })
        foreach (var extended in new[] { "", "extended" })
        foreach (var ownership in new[] { "", "ownership" })
        {
            var facts = F(string.Join(',', notice, reply, confirmation, extended, ownership));
            foreach (var status in Enum.GetValues<S>())
            {
                foreach (var action in MediationWorkflow.Allowed(status, facts))
                {
                    allowed.Add((status, action));
                }
            }
        }

        Assert.True(listed.SetEquals(allowed), $"未列入：{string.Join("；", allowed.Except(listed))}；多列：{string.Join("；", listed.Except(allowed))}");
    }

    [Theory]
    [InlineData(S.Requested, A.RecordSession)] // no mediation before 立案
    [InlineData(S.Requested, A.Agree)]
    [InlineData(S.Requested, A.ApplyConfirmation)]
    [InlineData(S.NotFiled, A.File)]
    [InlineData(S.Mediating, A.File)]
    [InlineData(S.Mediating, A.ApplyConfirmation)] // only an agreement is confirmed
    [InlineData(S.Mediating, A.Notarise)]
    [InlineData(S.Mediating, A.Close)]
    [InlineData(S.Agreed, A.Fail)]
    [InlineData(S.Agreed, A.RecordSession)]
    [InlineData(S.Closed, A.Close)]
    [InlineData(S.Closed, A.ApplyConfirmation)]
    public void A_forbidden_action_is_refused_naming_the_status_and_what_is_allowed(S from, A action)
    {
        var result = MediationWorkflow.Apply(from, action);

        Assert.False(result.Allowed);
        Assert.Equal(from, result.Status);
        Assert.StartsWith($"调解当前状态为“{MediationWorkflow.Name(from)}”，不能{MediationWorkflow.Name(action)}。", result.Error, StringComparison.Ordinal);
        var allowed = MediationWorkflow.Allowed(from);
        Assert.EndsWith(
            allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed.Select(MediationWorkflow.Name)),
            result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_spells_out_the_status_and_the_allowed_actions_in_chinese()
    {
        Assert.Equal(
            "调解当前状态为“收到申请”，不能达成调解协议。当前可执行：发送陈述意见通知书、立案、不予立案",
            MediationWorkflow.Apply(S.Requested, A.Agree).Error);
        Assert.Equal(
            "调解当前状态为“调解中”，不能申请司法确认。当前可执行：记录调解、达成调解协议、调解不成",
            MediationWorkflow.Apply(S.Mediating, A.ApplyConfirmation).Error);
        Assert.Equal(
            "调解当前状态为“不予立案”，不能立案。该状态下没有可执行的操作",
            MediationWorkflow.Apply(S.NotFiled, A.File).Error);
        Assert.Equal(
            "调解当前状态为“已结束”，不能结束。该状态下没有可执行的操作",
            MediationWorkflow.Apply(S.Closed, A.Close).Error);
    }

    [Fact]
    public void The_reply_is_recorded_only_after_the_notice_was_sent()
    {
        var result = MediationWorkflow.Apply(S.Requested, A.RecordReply);

        Assert.False(result.Allowed);
        Assert.Equal("请先登记陈述意见通知书的发送。当前可执行：发送陈述意见通知书、立案、不予立案", result.Error);
        Assert.True(MediationWorkflow.Apply(S.Requested, A.RecordReply, F("notice")).Allowed);
    }

    [Fact]
    public void A_respondent_who_refuses_leaves_only_a_refusal_to_file()
    {
        // 令第81号第六十六条: the respondent refuses → 不予立案 with a notice within 5 working days.
        var result = MediationWorkflow.Apply(S.Requested, A.File, F("notice,refused"));

        Assert.False(result.Allowed);
        Assert.Equal(
            "被请求人不同意调解，应不予立案（《专利纠纷行政裁决和调解办法》第六十六条）。当前可执行：发送陈述意见通知书、登记被请求人答复、不予立案",
            result.Error);
    }

    [Theory]
    [InlineData("ownership")]
    [InlineData("ownership,rejected")]
    public void Judicial_confirmation_is_refused_for_an_agreement_that_confirms_ownership_of_ip(string facts)
    {
        // 民诉法解释第三百五十五条: no acceptance when the agreement concerns 知识产权确权 (who owns a patent or trademark).
        var result = MediationWorkflow.Apply(S.Agreed, A.ApplyConfirmation, F(facts));

        Assert.False(result.Allowed);
        Assert.Equal(
            "调解协议内容涉及专利权、商标权等知识产权的确权，人民法院不予受理司法确认申请（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条）；可选择公证或者另行起诉。当前可执行：办理公证、结束",
            result.Error);
        Assert.Equal([A.Notarise, A.Close], MediationWorkflow.Allowed(S.Agreed, F(facts)));
    }

    [Theory]
    [InlineData("applied", "已申请司法确认，请登记人民法院的受理和裁定。当前可执行：法院受理、办理公证")]
    [InlineData("accepted", "已申请司法确认，请登记人民法院的受理和裁定。当前可执行：法院延长审查期限、法院裁定、办理公证")]
    [InlineData("confirmed", "人民法院已裁定确认调解协议有效，无需再次申请司法确认。当前可执行：办理公证、结束")]
    public void Judicial_confirmation_is_applied_for_once_unless_rejected(string facts, string error)
    {
        var result = MediationWorkflow.Apply(S.Agreed, A.ApplyConfirmation, F(facts));

        Assert.False(result.Allowed);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("", "尚未申请司法确认，或人民法院已受理。当前可执行：申请司法确认、办理公证、结束")]
    [InlineData("accepted", "尚未申请司法确认，或人民法院已受理。当前可执行：法院延长审查期限、法院裁定、办理公证")]
    public void The_court_accepts_only_a_pending_application(string facts, string error)
    {
        var result = MediationWorkflow.Apply(S.Agreed, A.CourtAccept, F(facts));

        Assert.False(result.Allowed);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("applied", "只有已受理、尚未延长的司法确认可以延长审查期限（最多10日）。当前可执行：法院受理、办理公证")]
    [InlineData("accepted,extended", "只有已受理、尚未延长的司法确认可以延长审查期限（最多10日）。当前可执行：法院裁定、办理公证")]
    [InlineData("confirmed", "只有已受理、尚未延长的司法确认可以延长审查期限（最多10日）。当前可执行：办理公证、结束")]
    public void The_court_extends_its_review_only_once_and_only_after_acceptance(string facts, string error)
    {
        // 法释〔2011〕5号第五条: 15 days, +10 days once with the president's approval.
        var result = MediationWorkflow.Apply(S.Agreed, A.CourtExtend, F(facts));

        Assert.False(result.Allowed);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("", "人民法院尚未受理司法确认申请。当前可执行：申请司法确认、办理公证、结束")]
    [InlineData("applied", "人民法院尚未受理司法确认申请。当前可执行：法院受理、办理公证")]
    [InlineData("rejected", "人民法院尚未受理司法确认申请。当前可执行：申请司法确认、办理公证、结束")]
    public void The_court_rules_only_on_an_accepted_application(string facts, string error)
    {
        var result = MediationWorkflow.Apply(S.Agreed, A.CourtRule, F(facts));

        Assert.False(result.Allowed);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("applied")]
    [InlineData("accepted")]
    [InlineData("accepted,extended")]
    public void A_mediation_does_not_end_while_the_court_reviews_the_agreement(string facts)
    {
        var result = MediationWorkflow.Apply(S.Agreed, A.Close, F(facts));

        Assert.False(result.Allowed);
        Assert.StartsWith("司法确认尚在人民法院审查中，请登记裁定后再结束。当前可执行：", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("结束", result.Error!["司法确认尚在人民法院审查中，请登记裁定后再结束。".Length..], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_status_action_and_confirmation_has_a_chinese_name()
    {
        // NotFiled is reached by the action 不予立案 (令第81号第六十六条) and shown under the same name.
        Assert.Equal(["收到申请", "不予立案", "调解中", "达成协议", "已结束"], Enum.GetValues<S>().Select(MediationWorkflow.Name));
        Assert.Equal(MediationWorkflow.Name(A.Decline), MediationWorkflow.Name(S.NotFiled));
        Assert.Equal(["未申请", "已申请", "法院已受理", "裁定确认有效", "裁定驳回申请"], Enum.GetValues<C>().Select(MediationWorkflow.Name));
        var names = Enum.GetValues<A>().Select(MediationWorkflow.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Api_names_are_kebab_case_and_parse_back()
    {
        Assert.Equal("send-notice", MediationWorkflow.ApiName(A.SendNotice));
        Assert.Equal("apply-confirmation", MediationWorkflow.ApiName(A.ApplyConfirmation));
        Assert.Equal("court-extend", MediationWorkflow.ApiName(A.CourtExtend));
        foreach (var action in Enum.GetValues<A>())
        {
            Assert.Equal(action, MediationWorkflow.ParseApiName(MediationWorkflow.ApiName(action)));
        }
        Assert.Null(MediationWorkflow.ParseApiName("CourtRule"));
    }
}
