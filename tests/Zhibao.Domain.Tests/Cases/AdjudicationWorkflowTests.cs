using Zhibao.Domain.Cases;
using S = Zhibao.Domain.Cases.AdjudicationStatus;
using A = Zhibao.Domain.Cases.AdjudicationAction;

namespace Zhibao.Domain.Tests.Cases;

/// <summary>专利侵权纠纷行政裁决 (国家知识产权局令第81号, legal-rules.md §2.2; 专利法第六十五条) as a transition table.</summary>
public class AdjudicationWorkflowTests
{
    /// <summary>
    /// Facts as a short comma-separated list, so that the table rows stay serialisable: paused, served (请求书副本已送达),
    /// answered (已收到答辩书), absent (请求人拒不参加口头审理), adjudication / mediation / revocation (结案方式),
    /// decisionServed, lawsuit.
    /// </summary>
    internal static AdjudicationFacts F(string facts)
    {
        var set = facts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        AdjudicationClosure? closure = set.Contains("adjudication") ? AdjudicationClosure.Adjudication
            : set.Contains("mediation") ? AdjudicationClosure.Mediation
            : set.Contains("revocation") ? AdjudicationClosure.Revocation
            : null;
        return new AdjudicationFacts(
            IsPaused: set.Contains("paused"), RequestServed: set.Contains("served"), AnswerReceived: set.Contains("answered"),
            RequesterAbsent: set.Contains("absent"), Closure: closure, DecisionServed: set.Contains("decisionServed"),
            LawsuitFiled: set.Contains("lawsuit"));
    }

    /// <summary>Every allowed transition: (from, action, facts) → to.</summary>
    public static TheoryData<S, A, string, S> Allowed => new()
    {
        // 立案审查 (art.16, art.20): a one-time 补正通知, 立案 with a panel, 不予立案, +5 working days for a complex case.
        { S.Received, A.RequestCorrection, "", S.Correcting },
        { S.Received, A.File, "", S.Trying },
        { S.Received, A.Decline, "", S.NotFiled },
        { S.Received, A.Extend, "", S.Received },
        { S.Correcting, A.Correct, "", S.Received },
        { S.Correcting, A.Decline, "", S.NotFiled }, // not fixed in time → 不予立案 (art.16)
        // 审理 (art.22, art.26, art.28, art.37).
        { S.Trying, A.Pause, "", S.Trying },
        { S.Trying, A.Resume, "paused", S.Trying },
        { S.Trying, A.Extend, "", S.Trying },
        { S.Trying, A.Extend, "paused", S.Trying },
        { S.Trying, A.Extend, "absent", S.Trying },
        { S.Trying, A.ServeRequest, "", S.Trying },
        { S.Trying, A.ReceiveAnswer, "served", S.Trying },
        { S.Trying, A.ServeAnswer, "served,answered", S.Trying },
        { S.Trying, A.ScheduleHearing, "served", S.Trying },
        { S.Trying, A.HoldHearing, "served", S.Trying },
        // 结案 (art.30): 行政裁决, 调解结案 or 撤销案件; an absent requester leaves only 撤销案件 (art.26, art.36).
        { S.Trying, A.Close, "adjudication", S.Closed },
        { S.Trying, A.Close, "mediation", S.Closed },
        { S.Trying, A.Close, "revocation", S.Closed },
        { S.Trying, A.Close, "absent,revocation", S.Closed },
        // After 结案: service of the decision, the 15-day lawsuit window, enforcement, publication (专利法第六十五条, art.83).
        { S.Closed, A.ServeDecision, "adjudication", S.Closed },
        { S.Closed, A.ServeDecision, "mediation", S.Closed },
        { S.Closed, A.RecordLawsuit, "adjudication,decisionServed", S.Closed },
        { S.Closed, A.ApplyEnforcement, "adjudication,decisionServed", S.Closed },
        { S.Closed, A.Publish, "adjudication", S.Closed },
        { S.Closed, A.Publish, "adjudication,decisionServed,lawsuit", S.Closed }, // art.83: publish even when challenged
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_moves_the_case_to_its_next_status(S from, A action, string facts, S to)
    {
        var result = AdjudicationWorkflow.Apply(from, action, F(facts));

        Assert.True(result.Allowed, result.Error);
        Assert.Equal(to, result.Status);
        Assert.Null(result.Error);
        Assert.Contains(action, AdjudicationWorkflow.Allowed(from, F(facts)));
    }

    [Fact]
    public void The_table_lists_every_status_and_action_the_workflow_allows_under_any_facts()
    {
        var listed = Allowed.Select(row => ((S)row[0], (A)row[1])).ToHashSet();
        var allowed = new HashSet<(S, A)>();
        string[] flags = ["paused", "served", "answered", "absent", "decisionServed", "lawsuit"];
        string[] closures = ["", "adjudication", "mediation", "revocation"];
        for (var mask = 0; mask < 1 << flags.Length; mask++)
        {
            foreach (var closure in closures)
            {
                var facts = F(string.Join(',', flags.Where((_, i) => (mask & (1 << i)) != 0).Append(closure)));
                foreach (var status in Enum.GetValues<S>())
                {
                    foreach (var action in AdjudicationWorkflow.Allowed(status, facts))
                    {
                        allowed.Add((status, action));
                    }
                }
            }
        }

        Assert.True(listed.SetEquals(allowed), $"未列入：{string.Join("；", allowed.Except(listed))}；多列：{string.Join("；", listed.Except(allowed))}");
    }

    [Fact]
    public void Not_filed_is_a_final_status()
    {
        Assert.Empty(AdjudicationWorkflow.Allowed(S.NotFiled));
        Assert.Equal(
            "案件当前状态为“不予立案”，不能立案。该状态下没有可执行的操作",
            AdjudicationWorkflow.Apply(S.NotFiled, A.File).Error);
    }

    [Theory]
    [InlineData(S.Received, A.ServeRequest)] // no service before 立案
    [InlineData(S.Received, A.Pause)] // art.28 suspends a filed case
    [InlineData(S.Received, A.Close)]
    [InlineData(S.Received, A.Publish)]
    [InlineData(S.Correcting, A.File)] // 立案 only after the correction is registered
    [InlineData(S.Correcting, A.RequestCorrection)] // art.16: the notice is given once
    [InlineData(S.Correcting, A.Extend)]
    [InlineData(S.NotFiled, A.Extend)]
    [InlineData(S.Trying, A.File)]
    [InlineData(S.Trying, A.Decline)] // after 立案 the way out is 撤销案件 (art.36), not 不予立案
    [InlineData(S.Trying, A.ServeDecision)]
    [InlineData(S.Trying, A.Publish)]
    [InlineData(S.Closed, A.Close)]
    [InlineData(S.Closed, A.Extend)]
    [InlineData(S.Closed, A.Pause)]
    [InlineData(S.Closed, A.HoldHearing)]
    public void A_forbidden_action_is_refused_naming_the_status_and_what_is_allowed(S from, A action)
    {
        var facts = from == S.Closed ? F("adjudication") : default;

        var result = AdjudicationWorkflow.Apply(from, action, facts);

        Assert.False(result.Allowed);
        Assert.Equal(from, result.Status);
        Assert.StartsWith($"案件当前状态为“{AdjudicationWorkflow.Name(from)}”，不能{AdjudicationWorkflow.Name(action)}。", result.Error, StringComparison.Ordinal);
        var allowed = AdjudicationWorkflow.Allowed(from, facts);
        Assert.EndsWith(
            allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed.Select(AdjudicationWorkflow.Name)),
            result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_spells_out_the_status_and_the_allowed_actions_in_chinese()
    {
        Assert.Equal(
            "案件当前状态为“立案审查”，不能送达请求书副本。当前可执行：补正通知、立案、不予立案、延长审理期限",
            AdjudicationWorkflow.Apply(S.Received, A.ServeRequest).Error);
        Assert.Equal(
            "案件当前状态为“补正中”，不能立案。当前可执行：登记补正、不予立案",
            AdjudicationWorkflow.Apply(S.Correcting, A.File).Error);
        Assert.Equal(
            "案件当前状态为“已结案”，不能延长审理期限。当前可执行：送达处理决定、公开",
            AdjudicationWorkflow.Apply(S.Closed, A.Extend, F("adjudication")).Error);
    }

    [Fact]
    public void A_paused_case_only_resumes_or_extends()
    {
        var paused = F("paused,served,answered");

        Assert.Equal([A.Resume, A.Extend], AdjudicationWorkflow.Allowed(S.Trying, paused));
        foreach (var action in new[] { A.ServeRequest, A.ReceiveAnswer, A.ServeAnswer, A.ScheduleHearing, A.HoldHearing, A.Close })
        {
            var result = AdjudicationWorkflow.Apply(S.Trying, action, paused);
            Assert.False(result.Allowed);
            // The hint offers only what a paused case can do.
            Assert.Equal("案件中止或暂停计时中，请先恢复审理。当前可执行：恢复审理、延长审理期限", result.Error);
        }
        Assert.Equal(
            "案件已在中止或暂停计时中，请先恢复。当前可执行：恢复审理、延长审理期限",
            AdjudicationWorkflow.Apply(S.Trying, A.Pause, paused).Error);
    }

    [Fact]
    public void A_case_that_is_not_paused_cannot_resume()
    {
        var result = AdjudicationWorkflow.Apply(S.Trying, A.Resume);

        Assert.False(result.Allowed);
        Assert.Equal(
            "案件未中止或暂停计时，无需恢复。当前可执行：中止/暂停计时、延长审理期限、送达请求书副本、口头审理通知、口头审理、结案",
            result.Error);
    }

    [Fact]
    public void The_answer_is_received_only_after_the_request_was_served_and_served_only_once_received()
    {
        var beforeService = AdjudicationWorkflow.Apply(S.Trying, A.ReceiveAnswer);
        Assert.False(beforeService.Allowed);
        Assert.StartsWith("请先登记请求书副本的送达。", beforeService.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("收到答辩书", beforeService.Error, StringComparison.Ordinal);

        var noAnswer = AdjudicationWorkflow.Apply(S.Trying, A.ServeAnswer, F("served"));
        Assert.False(noAnswer.Allowed);
        Assert.StartsWith("尚未收到答辩书。当前可执行：", noAnswer.Error, StringComparison.Ordinal);
        Assert.Contains("收到答辩书", noAnswer.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("送达答辩书副本", noAnswer.Error, StringComparison.Ordinal);

        Assert.True(AdjudicationWorkflow.Apply(S.Trying, A.ServeAnswer, F("served,answered")).Allowed);
    }

    [Theory]
    [InlineData(A.Pause)]
    [InlineData(A.ServeRequest)]
    [InlineData(A.ReceiveAnswer)]
    [InlineData(A.ServeAnswer)]
    [InlineData(A.ScheduleHearing)]
    [InlineData(A.HoldHearing)]
    public void An_absent_requester_leaves_only_revocation(A action)
    {
        // 令第81号第二十六条: a requester who stays away without reason is treated as withdrawing.
        var result = AdjudicationWorkflow.Apply(S.Trying, action, F("absent,served,answered"));

        Assert.False(result.Allowed);
        Assert.Equal(
            "请求人无正当理由拒不参加口头审理，视为撤回请求（《专利纠纷行政裁决和调解办法》第二十六条），应撤销案件。当前可执行：延长审理期限、结案",
            result.Error);
    }

    [Theory]
    [InlineData("adjudication")]
    [InlineData("mediation")]
    public void An_absent_requester_cannot_be_closed_by_a_decision_or_a_mediation(string closure)
    {
        var result = AdjudicationWorkflow.Apply(S.Trying, A.Close, F("absent," + closure));

        Assert.False(result.Allowed);
        Assert.Equal(S.Trying, result.Status);
        Assert.Equal(
            "请求人视为撤回请求，结案方式只能是撤销案件（《专利纠纷行政裁决和调解办法》第二十六条、第三十六条）。当前可执行：延长审理期限、结案",
            result.Error);
        Assert.True(AdjudicationWorkflow.Apply(S.Trying, A.Close, F("absent,revocation")).Allowed);
    }

    [Theory]
    [InlineData(A.ServeDecision)]
    [InlineData(A.RecordLawsuit)]
    [InlineData(A.ApplyEnforcement)]
    public void A_revoked_case_has_no_decision_to_serve_challenge_or_enforce(A action)
    {
        var result = AdjudicationWorkflow.Apply(S.Closed, action, F("revocation,decisionServed"));

        Assert.False(result.Allowed);
        Assert.Equal("撤销案件的，没有需要送达、起诉或申请执行的处理决定。该状态下没有可执行的操作", result.Error);
        Assert.Empty(AdjudicationWorkflow.Allowed(S.Closed, F("revocation")));
    }

    [Theory]
    [InlineData(A.RecordLawsuit)]
    [InlineData(A.ApplyEnforcement)]
    public void Lawsuit_and_enforcement_wait_for_the_service_of_the_decision(A action)
    {
        // 专利法第六十五条: the 15 days run from receiving the 处理通知.
        var result = AdjudicationWorkflow.Apply(S.Closed, action, F("adjudication"));

        Assert.False(result.Allowed);
        Assert.Equal("请先登记处理决定的送达日期（起诉期限自收到处理通知之日起计算）。当前可执行：送达处理决定、公开", result.Error);
    }

    [Fact]
    public void No_enforcement_once_a_party_has_sued()
    {
        var result = AdjudicationWorkflow.Apply(S.Closed, A.ApplyEnforcement, F("adjudication,decisionServed,lawsuit"));

        Assert.False(result.Allowed);
        Assert.StartsWith("当事人已起诉，不能申请强制执行（《中华人民共和国专利法》第六十五条）。当前可执行：", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("申请强制执行、", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mediation_closure_is_not_enforced_through_the_court_by_the_office()
    {
        // 专利法第六十五条 lets the office apply for enforcement of its 处理决定; a 调解协议书 becomes enforceable only by
        // notarisation (令第81号第三十五条).
        var result = AdjudicationWorkflow.Apply(S.Closed, A.ApplyEnforcement, F("mediation,decisionServed"));

        Assert.False(result.Allowed);
        Assert.Contains("第三十五条", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(A.ApplyEnforcement, AdjudicationWorkflow.Allowed(S.Closed, F("mediation,decisionServed")));
    }

    [Theory]
    [InlineData("mediation")]
    [InlineData("revocation")]
    public void Only_an_adjudication_is_published(string closure)
    {
        // 令第81号第八十三条: 行政裁决 are published.
        var result = AdjudicationWorkflow.Apply(S.Closed, A.Publish, F(closure));

        Assert.False(result.Allowed);
        Assert.StartsWith("只有作出行政裁决的案件需要公开（《专利纠纷行政裁决和调解办法》第八十三条）。", result.Error, StringComparison.Ordinal);
        Assert.True(AdjudicationWorkflow.Apply(S.Closed, A.Publish, F("adjudication")).Allowed);
    }

    [Theory]
    [InlineData(A.File, ApprovalKind.Filing)]
    [InlineData(A.Decline, ApprovalKind.NotFiling)]
    [InlineData(A.Extend, ApprovalKind.Extension)]
    [InlineData(A.Close, ApprovalKind.Closing)]
    public void Filing_refusal_extension_and_closing_need_the_heads_approval(A action, ApprovalKind kind) =>
        Assert.Equal(kind, AdjudicationWorkflow.ApprovalFor(action));

    [Fact]
    public void Every_other_action_needs_no_approval()
    {
        A[] approved = [A.File, A.Decline, A.Extend, A.Close];
        foreach (var action in Enum.GetValues<A>().Except(approved))
        {
            Assert.Null(AdjudicationWorkflow.ApprovalFor(action));
        }
    }

    [Fact]
    public void Every_status_action_and_closure_has_a_chinese_name()
    {
        Assert.Equal(["立案审查", "补正中", "不予立案", "审理中", "已结案"], Enum.GetValues<S>().Select(AdjudicationWorkflow.Name));
        Assert.Equal(["作出行政裁决", "调解结案", "撤销案件"], Enum.GetValues<AdjudicationClosure>().Select(AdjudicationWorkflow.Name));
        var names = Enum.GetValues<A>().Select(AdjudicationWorkflow.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.DoesNotMatch("^[A-Za-z]+$", n));
    }

    [Fact]
    public void Api_names_are_kebab_case_and_parse_back()
    {
        Assert.Equal("request-correction", AdjudicationWorkflow.ApiName(A.RequestCorrection));
        Assert.Equal("serve-decision", AdjudicationWorkflow.ApiName(A.ServeDecision));
        Assert.Equal("apply-enforcement", AdjudicationWorkflow.ApiName(A.ApplyEnforcement));
        foreach (var action in Enum.GetValues<A>())
        {
            Assert.Equal(action, AdjudicationWorkflow.ParseApiName(AdjudicationWorkflow.ApiName(action)));
        }
        Assert.Null(AdjudicationWorkflow.ParseApiName("ServeDecision"));
        Assert.Null(AdjudicationWorkflow.ParseApiName(""));
    }
}
