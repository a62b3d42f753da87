namespace Zhibao.Domain.Cases;

/// <summary>Where an administrative penalty case stands (行政处罚案件状态).</summary>
public enum PenaltyCaseStatus
{
    /// <summary>线索核查: registered, being verified before 立案 (程序规定第十八条).</summary>
    Lead,
    /// <summary>不予立案 (第二十条): the end of the case.</summary>
    NotFiled,
    /// <summary>调查取证: filed (立案), under investigation.</summary>
    Investigating,
    /// <summary>已审核: 案件审核 / 法制审核 passed; the intended penalty may be notified.</summary>
    Reviewed,
    /// <summary>已告知: the 行政处罚告知书 is out; 陈述、申辩 (and a hearing request) may come in.</summary>
    Notified,
    /// <summary>听证中: the party asked for a hearing; the decision clock is paused (计算规则5).</summary>
    Hearing,
    /// <summary>已作出决定: 行政处罚决定 or 不予行政处罚; service, payment and publication follow.</summary>
    Decided,
    /// <summary>已移送: transferred to another department or to the judicial organs instead of a decision.</summary>
    Transferred,
    /// <summary>已结案.</summary>
    Closed,
    /// <summary>已归档.</summary>
    Archived,
}

/// <summary>
/// What a user can do to a penalty case; the API names them in kebab case (<see cref="PenaltyWorkflow.ApiName"/>).
/// <see cref="Extend"/> extends the clock running in the status: the verification period before 立案, the decision
/// period after it.
/// </summary>
public enum PenaltyAction
{
    File,
    Decline,
    Pause,
    Resume,
    Extend,
    Review,
    Notify,
    RequestHearing,
    EndHearing,
    Decide,
    Serve,
    RecordPayment,
    Publish,
    Close,
    Archive,
}

/// <summary>The four outcomes of an investigation (行政处罚法第五十七条).</summary>
public enum DecisionOutcome
{
    /// <summary>给予行政处罚.</summary>
    Penalty,
    /// <summary>不予行政处罚.</summary>
    NoPenalty,
    /// <summary>移送其他行政管理部门.</summary>
    TransferToDepartment,
    /// <summary>移送司法机关.</summary>
    TransferToJudiciary,
}

/// <summary>The approval an action needs before it takes effect (审批), and so who may give it.</summary>
public enum ApprovalKind
{
    /// <summary>立案审批.</summary>
    Filing,
    /// <summary>不予立案审批.</summary>
    NotFiling,
    /// <summary>延期审批 (核查期限 or 办案期限).</summary>
    Extension,
    /// <summary>案件审核 / 法制审核.</summary>
    LegalReview,
    /// <summary>处罚决定审批.</summary>
    Decision,
    /// <summary>结案审批.</summary>
    Closing,
}

/// <summary>The facts besides the status that decide whether an action is allowed.</summary>
/// <param name="IsPaused">A pause (中止, 检测鉴定 …) is running.</param>
/// <param name="HasPendingReferral">A criminal referral is pending (国务院令第310号第十一条: a penalty must not replace it).</param>
/// <param name="Outcome">For <see cref="PenaltyAction.Decide"/>: the outcome chosen; for <see cref="PenaltyAction.Close"/>:
/// the outcome already decided.</param>
public readonly record struct PenaltyCaseFacts(bool IsPaused = false, bool HasPendingReferral = false, DecisionOutcome? Outcome = null);

/// <summary>An allowed action's result, or why it is refused (in Chinese, naming the status and what is allowed).</summary>
public sealed record PenaltyTransition(bool Allowed, PenaltyCaseStatus Status, string? Error)
{
    public static PenaltyTransition To(PenaltyCaseStatus status) => new(true, status, null);
}

/// <summary>
/// The penalty case workflow as one pure function, (status, action, facts) → new status or refusal, following the
/// ordinary procedure of 《市场监督管理行政处罚程序规定》: 核查 → 立案 / 不予立案 → 调查 → 审核 → 告知 (→ 听证) → 决定 →
/// 送达 · 执行 · 公示 → 结案 → 归档. The case service applies the result; it never decides a transition itself.
/// </summary>
public static class PenaltyWorkflow
{
    private static readonly PenaltyCaseStatus[] Running =
    [
        PenaltyCaseStatus.Lead, PenaltyCaseStatus.Investigating, PenaltyCaseStatus.Reviewed, PenaltyCaseStatus.Notified,
    ];

    private static readonly PenaltyCaseStatus[] BeforeDecision =
    [
        PenaltyCaseStatus.Investigating, PenaltyCaseStatus.Reviewed, PenaltyCaseStatus.Notified, PenaltyCaseStatus.Hearing,
    ];

    /// <summary>Statuses from which each action may start, before the facts are considered.</summary>
    private static readonly Dictionary<PenaltyAction, PenaltyCaseStatus[]> From = new()
    {
        [PenaltyAction.File] = [PenaltyCaseStatus.Lead],
        [PenaltyAction.Decline] = [PenaltyCaseStatus.Lead],
        [PenaltyAction.Pause] = Running,
        [PenaltyAction.Resume] = Running,
        [PenaltyAction.Extend] = [PenaltyCaseStatus.Lead, .. BeforeDecision],
        [PenaltyAction.Review] = [PenaltyCaseStatus.Investigating],
        [PenaltyAction.Notify] = [PenaltyCaseStatus.Reviewed],
        [PenaltyAction.RequestHearing] = [PenaltyCaseStatus.Notified],
        [PenaltyAction.EndHearing] = [PenaltyCaseStatus.Hearing],
        [PenaltyAction.Decide] = [PenaltyCaseStatus.Notified],
        [PenaltyAction.Serve] = [PenaltyCaseStatus.Decided],
        [PenaltyAction.RecordPayment] = [PenaltyCaseStatus.Decided],
        [PenaltyAction.Publish] = [PenaltyCaseStatus.Decided, PenaltyCaseStatus.Closed, PenaltyCaseStatus.Archived],
        [PenaltyAction.Close] = [PenaltyCaseStatus.Decided, PenaltyCaseStatus.Transferred],
        [PenaltyAction.Archive] = [PenaltyCaseStatus.Closed],
    };

    public static PenaltyTransition Apply(PenaltyCaseStatus status, PenaltyAction action, PenaltyCaseFacts facts = default)
    {
        if (!From[action].Contains(status))
        {
            return Refuse(status, facts, $"案件当前状态为“{Name(status)}”，不能{Name(action)}");
        }
        if (action == PenaltyAction.Resume && !facts.IsPaused)
        {
            return Refuse(status, facts, "案件期限未暂停，无需恢复计时");
        }
        if (action == PenaltyAction.Pause && facts.IsPaused)
        {
            return Refuse(status, facts, "案件期限已在暂停中，请先恢复计时");
        }
        if (facts.IsPaused && action is not (PenaltyAction.Resume or PenaltyAction.Extend))
        {
            return Refuse(status, facts, "案件期限暂停中（中止、检测鉴定等），请先恢复计时");
        }
        if (action == PenaltyAction.Decide && facts.Outcome is null)
        {
            return Refuse(status, facts, "请选择处理结果");
        }
        // 国务院令第310号第十一条：不得以行政处罚代替移送.
        if (facts.HasPendingReferral && action is PenaltyAction.Decide or PenaltyAction.Close
            && facts.Outcome is DecisionOutcome.Penalty or DecisionOutcome.NoPenalty)
        {
            return Refuse(status, facts, "案件存在尚未办结的涉嫌犯罪移送，不得以行政处罚代替移送（《行政执法机关移送涉嫌犯罪案件的规定》第十一条）");
        }
        return PenaltyTransition.To(Target(status, action, facts));
    }

    private static PenaltyCaseStatus Target(PenaltyCaseStatus status, PenaltyAction action, PenaltyCaseFacts facts) => action switch
    {
        PenaltyAction.File => PenaltyCaseStatus.Investigating,
        PenaltyAction.Decline => PenaltyCaseStatus.NotFiled,
        PenaltyAction.Review => PenaltyCaseStatus.Reviewed,
        PenaltyAction.Notify => PenaltyCaseStatus.Notified,
        PenaltyAction.RequestHearing => PenaltyCaseStatus.Hearing,
        PenaltyAction.EndHearing => PenaltyCaseStatus.Notified,
        PenaltyAction.Decide => facts.Outcome is DecisionOutcome.TransferToDepartment or DecisionOutcome.TransferToJudiciary
            ? PenaltyCaseStatus.Transferred
            : PenaltyCaseStatus.Decided,
        PenaltyAction.Close => PenaltyCaseStatus.Closed,
        PenaltyAction.Archive => PenaltyCaseStatus.Archived,
        _ => status,
    };

    /// <summary>The actions allowed now, in workflow order: for the refusal message and the buttons on the case page.</summary>
    public static IReadOnlyList<PenaltyAction> Allowed(PenaltyCaseStatus status, PenaltyCaseFacts facts = default) =>
        Enum.GetValues<PenaltyAction>()
            .Where(a => Apply(status, a, a == PenaltyAction.Decide ? facts with { Outcome = facts.Outcome ?? DecisionOutcome.Penalty } : facts).Allowed)
            .ToList();

    /// <summary>The approval an action needs, if any (审批).</summary>
    public static ApprovalKind? ApprovalFor(PenaltyAction action) => action switch
    {
        PenaltyAction.File => ApprovalKind.Filing,
        PenaltyAction.Decline => ApprovalKind.NotFiling,
        PenaltyAction.Extend => ApprovalKind.Extension,
        PenaltyAction.Review => ApprovalKind.LegalReview,
        PenaltyAction.Decide => ApprovalKind.Decision,
        PenaltyAction.Close => ApprovalKind.Closing,
        _ => null,
    };

    private static PenaltyTransition Refuse(PenaltyCaseStatus status, PenaltyCaseFacts facts, string reason)
    {
        var allowed = Enum.GetValues<PenaltyAction>()
            .Where(a => From[a].Contains(status) && (a != PenaltyAction.Resume || facts.IsPaused) && (a != PenaltyAction.Pause || !facts.IsPaused))
            .Select(Name).ToList();
        var hint = allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed);
        return new PenaltyTransition(false, status, $"{reason}。{hint}");
    }

    public static string Name(PenaltyCaseStatus status) => status switch
    {
        PenaltyCaseStatus.Lead => "线索核查",
        PenaltyCaseStatus.NotFiled => "不予立案",
        PenaltyCaseStatus.Investigating => "调查取证",
        PenaltyCaseStatus.Reviewed => "已审核",
        PenaltyCaseStatus.Notified => "已告知",
        PenaltyCaseStatus.Hearing => "听证中",
        PenaltyCaseStatus.Decided => "已作出决定",
        PenaltyCaseStatus.Transferred => "已移送",
        PenaltyCaseStatus.Closed => "已结案",
        PenaltyCaseStatus.Archived => "已归档",
        _ => status.ToString(),
    };

    public static string Name(PenaltyAction action) => action switch
    {
        PenaltyAction.File => "立案",
        PenaltyAction.Decline => "不予立案",
        PenaltyAction.Pause => "暂停计时",
        PenaltyAction.Resume => "恢复计时",
        PenaltyAction.Extend => "延长期限",
        PenaltyAction.Review => "案件审核",
        PenaltyAction.Notify => "告知",
        PenaltyAction.RequestHearing => "申请听证",
        PenaltyAction.EndHearing => "听证结束",
        PenaltyAction.Decide => "作出决定",
        PenaltyAction.Serve => "送达",
        PenaltyAction.RecordPayment => "登记缴款",
        PenaltyAction.Publish => "公示",
        PenaltyAction.Close => "结案",
        PenaltyAction.Archive => "归档",
        _ => action.ToString(),
    };

    public static string Name(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Filing => "立案审批",
        ApprovalKind.NotFiling => "不予立案审批",
        ApprovalKind.Extension => "延期审批",
        ApprovalKind.LegalReview => "法制审核",
        ApprovalKind.Decision => "处罚决定审批",
        ApprovalKind.Closing => "结案审批",
        _ => kind.ToString(),
    };

    public static string Name(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Penalty => "给予行政处罚",
        DecisionOutcome.NoPenalty => "不予行政处罚",
        DecisionOutcome.TransferToDepartment => "移送其他行政管理部门",
        DecisionOutcome.TransferToJudiciary => "移送司法机关",
        _ => outcome.ToString(),
    };

    /// <summary>"extend-verification", "file", "request-hearing" …: the {action} segment of the API route.</summary>
    public static string ApiName(PenaltyAction action) => ApiNames.Kebab(action.ToString());

    public static PenaltyAction? ParseApiName(string name) =>
        Enum.GetValues<PenaltyAction>().Cast<PenaltyAction?>().FirstOrDefault(a => ApiName(a!.Value) == name);
}
