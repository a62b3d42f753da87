using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;

namespace Zhibao.Web.Cases;

/// <summary>Where an action may go: refused (409 with the reason) or to the next status.</summary>
public sealed record KindTransition(string? Refusal, string Status);

/// <summary>
/// One kind of case (行政处罚, 专利侵权纠纷行政裁决, 调解) as the case core needs it: its workflow, the fields each action
/// needs, its clocks and its names. The core (<see cref="CaseActions"/>, <see cref="CaseService"/>) does the rest the
/// same way for every kind: loading under the data scope, approvals, history, version checks, reminders.
/// </summary>
public interface ICaseKind
{
    CaseKind Kind { get; }

    /// <summary>The action's Chinese name, or null when the kind has no such action (404).</summary>
    string? ActionName(string action);

    string StatusName(string status);

    KindTransition Transition(Case c, string action, CaseActionInput input);

    IReadOnlyList<string> AllowedActions(Case c);

    /// <summary>The approval the action needs (审批), or null.</summary>
    ApprovalKind? ApprovalFor(string action);

    string ApprovalName(ApprovalKind kind);

    Task<PreparedAction> PrepareAsync(ZhibaoDb db, Case c, string action, CaseActionInput input, DateOnly today, CancellationToken ct);

    IReadOnlyList<CaseDeadline> Deadlines(Case c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options);

    /// <summary>An approval was requested, or returned: a kind may start or stop a clock (法制审核).</summary>
    void OnApprovalRequested(Case c, ApprovalKind kind, DateOnly today)
    {
    }

    void OnApprovalReturned(Case c, ApprovalKind kind)
    {
    }
}

/// <summary>The registered kinds, by <see cref="CaseKind"/>.</summary>
public sealed class CaseKinds(IEnumerable<ICaseKind> kinds)
{
    private readonly Dictionary<CaseKind, ICaseKind> byKind = kinds.ToDictionary(k => k.Kind);

    public ICaseKind For(Case c) => byKind[c.Kind];

    public ICaseKind For(CaseKind kind) => byKind[kind];

    /// <summary>Every status name of every kind (the list's status filter accepts any).</summary>
    public static readonly string[] AllStatuses =
    [
        .. Enum.GetNames<PenaltyCaseStatus>(), .. Enum.GetNames<AdjudicationStatus>(), .. Enum.GetNames<MediationStatus>(),
    ];

    /// <summary>Statuses in which nothing more is due (no deadlines, no to-dos), in any kind.</summary>
    public static readonly string[] Finished =
    [
        nameof(PenaltyCaseStatus.NotFiled), nameof(PenaltyCaseStatus.Closed), nameof(PenaltyCaseStatus.Archived),
    ];

    /// <summary>The status name for a list row, whatever its kind.</summary>
    public static string StatusName(CaseKind kind, string status) => kind switch
    {
        CaseKind.Penalty when Enum.TryParse<PenaltyCaseStatus>(status, out var p) => PenaltyWorkflow.Name(p),
        CaseKind.Adjudication when Enum.TryParse<AdjudicationStatus>(status, out var a) => AdjudicationWorkflow.Name(a),
        CaseKind.Mediation when Enum.TryParse<MediationStatus>(status, out var m) => MediationWorkflow.Name(m),
        _ => status,
    };

    public static string Name(CaseKind kind) => kind switch
    {
        CaseKind.Penalty => "行政处罚",
        CaseKind.Adjudication => "专利侵权纠纷行政裁决",
        CaseKind.Mediation => "调解",
        _ => kind.ToString(),
    };
}
