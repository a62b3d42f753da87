using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;

namespace Zhibao.Web.Cases;

/// <summary>行政处罚案件 in the case core: <see cref="PenaltyWorkflow"/>, <see cref="PenaltyActionRules"/>, <see cref="CaseClocks"/>.</summary>
public sealed class PenaltyKind(PenaltyActionRules rules) : ICaseKind
{
    public CaseKind Kind => CaseKind.Penalty;

    public string? ActionName(string action) => PenaltyWorkflow.ParseApiName(action) is { } a ? PenaltyWorkflow.Name(a) : null;

    public string StatusName(string status) => PenaltyWorkflow.Name(Enum.Parse<PenaltyCaseStatus>(status));

    public KindTransition Transition(Case c, string action, CaseActionInput input)
    {
        var p = (PenaltyCase)c;
        var a = PenaltyWorkflow.ParseApiName(action)!.Value;
        var t = PenaltyWorkflow.Apply(Enum.Parse<PenaltyCaseStatus>(c.Status), a, Facts(p, a == PenaltyAction.Decide ? input.Outcome : p.Outcome));
        return new KindTransition(t.Allowed ? null : t.Error, t.Status.ToString());
    }

    public IReadOnlyList<string> AllowedActions(Case c) =>
        PenaltyWorkflow.Allowed(Enum.Parse<PenaltyCaseStatus>(c.Status), Facts((PenaltyCase)c, ((PenaltyCase)c).Outcome))
            .Select(PenaltyWorkflow.ApiName).ToList();

    public ApprovalKind? ApprovalFor(string action) => PenaltyWorkflow.ParseApiName(action) is { } a ? PenaltyWorkflow.ApprovalFor(a) : null;

    public string ApprovalName(ApprovalKind kind) => PenaltyWorkflow.Name(kind);

    public Task<PreparedAction> PrepareAsync(ZhibaoDb db, Case c, string action, CaseActionInput input, DateOnly today, CancellationToken ct) =>
        rules.PrepareAsync(db, (PenaltyCase)c, PenaltyWorkflow.ParseApiName(action)!.Value, input, today, ct);

    public IReadOnlyList<CaseDeadline> Deadlines(Case c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options) =>
        CaseClocks.Compute((PenaltyCase)c, calendar, today, options);

    public void OnApprovalRequested(Case c, ApprovalKind kind, DateOnly today)
    {
        if (kind == ApprovalKind.LegalReview)
        {
            // The 法制审核 clock runs from the day the reviewers receive the file (legal-rules.md §1.2).
            ((PenaltyCase)c).ReviewSubmittedOn = today;
        }
    }

    public void OnApprovalReturned(Case c, ApprovalKind kind)
    {
        if (kind == ApprovalKind.LegalReview)
        {
            ((PenaltyCase)c).ReviewSubmittedOn = null;
        }
    }

    private static PenaltyCaseFacts Facts(PenaltyCase c, DecisionOutcome? outcome) =>
        new(c.IsPaused, CaseService.HasPendingReferral(c), outcome);
}
