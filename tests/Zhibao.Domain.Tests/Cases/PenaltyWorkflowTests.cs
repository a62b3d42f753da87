using Zhibao.Domain.Cases;
using S = Zhibao.Domain.Cases.PenaltyCaseStatus;
using A = Zhibao.Domain.Cases.PenaltyAction;

namespace Zhibao.Domain.Tests.Cases;

public class PenaltyWorkflowTests
{
    /// <summary>Every allowed transition of the ordinary procedure: (from, action, outcome) → to.</summary>
    public static TheoryData<S, A, DecisionOutcome?, S> Allowed => new()
    {
        { S.Lead, A.File, null, S.Investigating },
        { S.Lead, A.Decline, null, S.NotFiled },
        { S.Lead, A.Extend, null, S.Lead },
        { S.Lead, A.Pause, null, S.Lead },
        { S.Investigating, A.Review, null, S.Reviewed },
        { S.Investigating, A.Extend, null, S.Investigating },
        { S.Investigating, A.Pause, null, S.Investigating },
        { S.Reviewed, A.Notify, null, S.Notified },
        { S.Reviewed, A.Extend, null, S.Reviewed },
        { S.Reviewed, A.Pause, null, S.Reviewed },
        { S.Notified, A.RequestHearing, null, S.Hearing },
        { S.Notified, A.Decide, DecisionOutcome.Penalty, S.Decided },
        { S.Notified, A.Decide, DecisionOutcome.NoPenalty, S.Decided },
        { S.Notified, A.Decide, DecisionOutcome.TransferToDepartment, S.Transferred },
        { S.Notified, A.Decide, DecisionOutcome.TransferToJudiciary, S.Transferred },
        { S.Notified, A.Extend, null, S.Notified },
        { S.Notified, A.Pause, null, S.Notified },
        { S.Hearing, A.EndHearing, null, S.Notified },
        { S.Hearing, A.Extend, null, S.Hearing },
        { S.Decided, A.Serve, null, S.Decided },
        { S.Decided, A.RecordPayment, null, S.Decided },
        { S.Decided, A.Publish, null, S.Decided },
        { S.Decided, A.Close, DecisionOutcome.Penalty, S.Closed },
        { S.Transferred, A.Close, DecisionOutcome.TransferToJudiciary, S.Closed },
        { S.Closed, A.Archive, null, S.Archived },
        { S.Closed, A.Publish, null, S.Closed },
        { S.Archived, A.Publish, null, S.Archived },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_moves_the_case_to_its_next_status(S from, A action, DecisionOutcome? outcome, S to)
    {
        var result = PenaltyWorkflow.Apply(from, action, new PenaltyCaseFacts(Outcome: outcome));
        Assert.True(result.Allowed, result.Error);
        Assert.Equal(to, result.Status);
    }

    [Fact]
    public void The_table_lists_every_transition_the_workflow_allows()
    {
        var listed = Allowed.Select(row => ((S)row[0], (A)row[1])).Where(t => t.Item2 != A.Resume).ToHashSet();
        foreach (var status in Enum.GetValues<S>())
        {
            foreach (var action in PenaltyWorkflow.Allowed(status).Where(a => a != A.Resume))
            {
                Assert.Contains((status, action), listed);
            }
        }
    }

    [Theory]
    [InlineData(S.Lead, A.Decide)]
    [InlineData(S.Lead, A.Archive)]
    [InlineData(S.Lead, A.Notify)]
    [InlineData(S.NotFiled, A.File)]
    [InlineData(S.Investigating, A.File)]
    [InlineData(S.Investigating, A.Decide)]
    [InlineData(S.Reviewed, A.Decide)]
    [InlineData(S.Hearing, A.Decide)]
    [InlineData(S.Decided, A.Extend)]
    [InlineData(S.Decided, A.Archive)]
    [InlineData(S.Closed, A.Close)]
    [InlineData(S.Archived, A.Pause)]
    public void A_forbidden_action_is_refused_naming_the_status_and_what_is_allowed(S from, A action)
    {
        var result = PenaltyWorkflow.Apply(from, action, new PenaltyCaseFacts(Outcome: DecisionOutcome.Penalty));
        Assert.False(result.Allowed);
        Assert.Equal(from, result.Status);
        Assert.Contains($"“{PenaltyWorkflow.Name(from)}”", result.Error);
        Assert.Contains(PenaltyWorkflow.Name(action), result.Error);
    }

    [Fact]
    public void A_paused_case_only_resumes_or_extends()
    {
        var paused = new PenaltyCaseFacts(IsPaused: true);
        Assert.True(PenaltyWorkflow.Apply(S.Investigating, A.Resume, paused).Allowed);
        Assert.True(PenaltyWorkflow.Apply(S.Investigating, A.Extend, paused).Allowed);
        Assert.False(PenaltyWorkflow.Apply(S.Investigating, A.Review, paused).Allowed);
        Assert.False(PenaltyWorkflow.Apply(S.Investigating, A.Pause, paused).Allowed);
        Assert.False(PenaltyWorkflow.Apply(S.Investigating, A.Resume).Allowed);
    }

    [Theory]
    [InlineData(DecisionOutcome.Penalty)]
    [InlineData(DecisionOutcome.NoPenalty)]
    public void A_pending_referral_bars_a_penalty_decision_and_closing_with_a_penalty(DecisionOutcome outcome)
    {
        var facts = new PenaltyCaseFacts(HasPendingReferral: true, Outcome: outcome);
        var decide = PenaltyWorkflow.Apply(S.Notified, A.Decide, facts);
        Assert.False(decide.Allowed);
        Assert.Contains("第十一条", decide.Error);
        Assert.False(PenaltyWorkflow.Apply(S.Decided, A.Close, facts).Allowed);
        Assert.True(PenaltyWorkflow.Apply(S.Notified, A.Decide, facts with { Outcome = DecisionOutcome.TransferToJudiciary }).Allowed);
    }

    [Theory]
    [InlineData(A.File, ApprovalKind.Filing)]
    [InlineData(A.Decline, ApprovalKind.NotFiling)]
    [InlineData(A.Extend, ApprovalKind.Extension)]
    [InlineData(A.Review, ApprovalKind.LegalReview)]
    [InlineData(A.Decide, ApprovalKind.Decision)]
    [InlineData(A.Close, ApprovalKind.Closing)]
    public void The_approvals_of_the_issue_gate_their_actions(A action, ApprovalKind kind) =>
        Assert.Equal(kind, PenaltyWorkflow.ApprovalFor(action));

    [Fact]
    public void Api_names_are_kebab_case_and_parse_back()
    {
        Assert.Equal("request-hearing", PenaltyWorkflow.ApiName(A.RequestHearing));
        Assert.Equal("file", PenaltyWorkflow.ApiName(A.File));
        foreach (var action in Enum.GetValues<A>())
        {
            Assert.Equal(action, PenaltyWorkflow.ParseApiName(PenaltyWorkflow.ApiName(action)));
        }
        Assert.Null(PenaltyWorkflow.ParseApiName("fly"));
    }
}
