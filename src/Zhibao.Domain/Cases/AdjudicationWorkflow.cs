namespace Zhibao.Domain.Cases;

/// <summary>专利侵权纠纷行政裁决案件的状态 (国家知识产权局令第81号, legal-rules.md §2.2).</summary>
public enum AdjudicationStatus
{
    /// <summary>收到请求，立案审查.</summary>
    Received,
    /// <summary>补正中: the one-time complete defect notice of art.16 is out.</summary>
    Correcting,
    /// <summary>不予立案 (art.16, art.20).</summary>
    NotFiled,
    /// <summary>审理中: filed with its collegial panel (art.20).</summary>
    Trying,
    /// <summary>已结案: by 行政裁决, 调解 or 撤销案件 (art.30).</summary>
    Closed,
}

public enum AdjudicationAction
{
    /// <summary>补正通知 (art.16: once, in writing, complete, with a time limit).</summary>
    RequestCorrection,
    /// <summary>补正完成.</summary>
    Correct,
    File,
    Decline,
    Pause,
    Resume,
    Extend,
    /// <summary>送达请求书副本 (art.22).</summary>
    ServeRequest,
    /// <summary>收到答辩书 (art.22).</summary>
    ReceiveAnswer,
    /// <summary>送达答辩书副本 (art.22).</summary>
    ServeAnswer,
    /// <summary>口头审理通知 (art.26).</summary>
    ScheduleHearing,
    /// <summary>口头审理 with its record and who appeared (art.26).</summary>
    HoldHearing,
    /// <summary>结案 by 行政裁决, 调解结案 or 撤销案件 (art.30).</summary>
    Close,
    /// <summary>送达处理决定: the 15-day litigation window of 专利法第六十五条 runs from here.</summary>
    ServeDecision,
    /// <summary>当事人起诉.</summary>
    RecordLawsuit,
    /// <summary>申请人民法院强制执行 (专利法第六十五条).</summary>
    ApplyEnforcement,
    /// <summary>公开 (art.83).</summary>
    Publish,
}

/// <summary>结案方式 (art.30).</summary>
public enum AdjudicationClosure
{
    /// <summary>作出行政裁决.</summary>
    Adjudication,
    /// <summary>调解结案.</summary>
    Mediation,
    /// <summary>撤销案件 (art.36).</summary>
    Revocation,
}

/// <summary>What the workflow needs to know about a case beyond its status.</summary>
/// <param name="RequesterAbsent">The requester stayed away from the oral hearing: treated as withdrawn (art.26), only 撤销案件 remains.</param>
public readonly record struct AdjudicationFacts(
    bool IsPaused = false, bool RequestServed = false, bool AnswerReceived = false, bool RequesterAbsent = false,
    AdjudicationClosure? Closure = null, bool DecisionServed = false, bool LawsuitFiled = false);

public sealed record AdjudicationTransition(bool Allowed, AdjudicationStatus Status, string? Error);

/// <summary>
/// The adjudication workflow as a pure function: which action is allowed in which status and where it leads.
/// Receipt → (补正) → 立案 with a panel, or 不予立案 → service, answer, oral hearing, pauses (art.28) and extensions (art.37)
/// → 结案 (art.30) → service of the decision, lawsuit or enforcement, publication (art.83).
/// </summary>
public static class AdjudicationWorkflow
{
    private static readonly AdjudicationStatus[] Open = [AdjudicationStatus.Received, AdjudicationStatus.Trying];

    private static readonly Dictionary<AdjudicationAction, AdjudicationStatus[]> From = new()
    {
        [AdjudicationAction.RequestCorrection] = [AdjudicationStatus.Received],
        [AdjudicationAction.Correct] = [AdjudicationStatus.Correcting],
        [AdjudicationAction.File] = [AdjudicationStatus.Received],
        // art.16: a defect not fixed in time ends in 不予立案.
        [AdjudicationAction.Decline] = [AdjudicationStatus.Received, AdjudicationStatus.Correcting],
        [AdjudicationAction.Pause] = [AdjudicationStatus.Trying],
        [AdjudicationAction.Resume] = [AdjudicationStatus.Trying],
        [AdjudicationAction.Extend] = Open,
        [AdjudicationAction.ServeRequest] = [AdjudicationStatus.Trying],
        [AdjudicationAction.ReceiveAnswer] = [AdjudicationStatus.Trying],
        [AdjudicationAction.ServeAnswer] = [AdjudicationStatus.Trying],
        [AdjudicationAction.ScheduleHearing] = [AdjudicationStatus.Trying],
        [AdjudicationAction.HoldHearing] = [AdjudicationStatus.Trying],
        [AdjudicationAction.Close] = [AdjudicationStatus.Trying],
        [AdjudicationAction.ServeDecision] = [AdjudicationStatus.Closed],
        [AdjudicationAction.RecordLawsuit] = [AdjudicationStatus.Closed],
        [AdjudicationAction.ApplyEnforcement] = [AdjudicationStatus.Closed],
        [AdjudicationAction.Publish] = [AdjudicationStatus.Closed],
    };

    public static AdjudicationTransition Apply(AdjudicationStatus status, AdjudicationAction action, AdjudicationFacts facts = default) =>
        Check(status, action, facts) is { } reason
            ? Refuse(status, facts, reason)
            : new AdjudicationTransition(true, Target(status, action), null);

    /// <summary>Why <paramref name="action"/> is refused, or null when it is allowed.</summary>
    private static string? Check(AdjudicationStatus status, AdjudicationAction action, AdjudicationFacts facts)
    {
        if (!From[action].Contains(status))
        {
            return $"案件当前状态为“{Name(status)}”，不能{Name(action)}";
        }
        if (action == AdjudicationAction.Resume && !facts.IsPaused)
        {
            return "案件未中止或暂停计时，无需恢复";
        }
        if (action == AdjudicationAction.Pause && facts.IsPaused)
        {
            return "案件已在中止或暂停计时中，请先恢复";
        }
        if (facts.IsPaused && action is not (AdjudicationAction.Resume or AdjudicationAction.Extend))
        {
            return "案件中止或暂停计时中，请先恢复审理";
        }
        if (action is AdjudicationAction.ReceiveAnswer && !facts.RequestServed)
        {
            return "请先登记请求书副本的送达";
        }
        if (action is AdjudicationAction.ServeAnswer && !facts.AnswerReceived)
        {
            return "尚未收到答辩书";
        }
        // 令第81号第二十六条: an absent requester is treated as having withdrawn; only 撤销案件 remains.
        if (facts.RequesterAbsent && action is not (AdjudicationAction.Close or AdjudicationAction.Extend))
        {
            return "请求人无正当理由拒不参加口头审理，视为撤回请求（《专利纠纷行政裁决和调解办法》第二十六条），应撤销案件";
        }
        if (facts.RequesterAbsent && action == AdjudicationAction.Close && facts.Closure is not (null or AdjudicationClosure.Revocation))
        {
            return "请求人视为撤回请求，结案方式只能是撤销案件（《专利纠纷行政裁决和调解办法》第二十六条、第三十六条）";
        }
        if (action is AdjudicationAction.RecordLawsuit or AdjudicationAction.ApplyEnforcement or AdjudicationAction.ServeDecision
            && facts.Closure == AdjudicationClosure.Revocation)
        {
            return "撤销案件的，没有需要送达、起诉或申请执行的处理决定";
        }
        // 专利法第六十五条: the office applies to the court to enforce its 处理决定; a 调解协议书 is made enforceable by
        // notarisation instead (令第81号第三十五条).
        if (action == AdjudicationAction.ApplyEnforcement && facts.Closure == AdjudicationClosure.Mediation)
        {
            return "调解结案的，不能由管理专利工作的部门申请强制执行；含给付内容的调解协议可以办理债权文书公证（《专利纠纷行政裁决和调解办法》第三十五条）";
        }
        if (action is AdjudicationAction.RecordLawsuit or AdjudicationAction.ApplyEnforcement && !facts.DecisionServed)
        {
            return "请先登记处理决定的送达日期（起诉期限自收到处理通知之日起计算）";
        }
        if (action == AdjudicationAction.ApplyEnforcement && facts.LawsuitFiled)
        {
            return "当事人已起诉，不能申请强制执行（《中华人民共和国专利法》第六十五条）";
        }
        if (action == AdjudicationAction.Publish && facts.Closure != AdjudicationClosure.Adjudication)
        {
            return "只有作出行政裁决的案件需要公开（《专利纠纷行政裁决和调解办法》第八十三条）";
        }
        return null;
    }

    private static AdjudicationStatus Target(AdjudicationStatus status, AdjudicationAction action) => action switch
    {
        AdjudicationAction.RequestCorrection => AdjudicationStatus.Correcting,
        AdjudicationAction.Correct => AdjudicationStatus.Received,
        AdjudicationAction.File => AdjudicationStatus.Trying,
        AdjudicationAction.Decline => AdjudicationStatus.NotFiled,
        AdjudicationAction.Close => AdjudicationStatus.Closed,
        _ => status,
    };

    public static IReadOnlyList<AdjudicationAction> Allowed(AdjudicationStatus status, AdjudicationFacts facts = default) =>
        Enum.GetValues<AdjudicationAction>().Where(a => Apply(status, a, facts).Allowed).ToList();

    /// <summary>立案, 不予立案, 延期 and 结案 need the head's approval (art.20, art.37).</summary>
    public static ApprovalKind? ApprovalFor(AdjudicationAction action) => action switch
    {
        AdjudicationAction.File => ApprovalKind.Filing,
        AdjudicationAction.Decline => ApprovalKind.NotFiling,
        AdjudicationAction.Extend => ApprovalKind.Extension,
        AdjudicationAction.Close => ApprovalKind.Closing,
        _ => null,
    };

    private static AdjudicationTransition Refuse(AdjudicationStatus status, AdjudicationFacts facts, string reason)
    {
        // The hint lists what this case can do now, facts included. Before 结案 the closure is only the one asked for
        // with a refused 结案, not a fact of the case: 结案 by another way may still be open.
        var hintFacts = status == AdjudicationStatus.Closed ? facts : facts with { Closure = null };
        var allowed = Enum.GetValues<AdjudicationAction>().Where(a => Check(status, a, hintFacts) is null).Select(Name).ToList();
        var hint = allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed);
        return new AdjudicationTransition(false, status, $"{reason}。{hint}");
    }

    public static string Name(AdjudicationStatus status) => status switch
    {
        AdjudicationStatus.Received => "立案审查",
        AdjudicationStatus.Correcting => "补正中",
        AdjudicationStatus.NotFiled => "不予立案",
        AdjudicationStatus.Trying => "审理中",
        AdjudicationStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    public static string Name(AdjudicationAction action) => action switch
    {
        AdjudicationAction.RequestCorrection => "补正通知",
        AdjudicationAction.Correct => "登记补正",
        AdjudicationAction.File => "立案",
        AdjudicationAction.Decline => "不予立案",
        AdjudicationAction.Pause => "中止/暂停计时",
        AdjudicationAction.Resume => "恢复审理",
        AdjudicationAction.Extend => "延长审理期限",
        AdjudicationAction.ServeRequest => "送达请求书副本",
        AdjudicationAction.ReceiveAnswer => "收到答辩书",
        AdjudicationAction.ServeAnswer => "送达答辩书副本",
        AdjudicationAction.ScheduleHearing => "口头审理通知",
        AdjudicationAction.HoldHearing => "口头审理",
        AdjudicationAction.Close => "结案",
        AdjudicationAction.ServeDecision => "送达处理决定",
        AdjudicationAction.RecordLawsuit => "登记起诉",
        AdjudicationAction.ApplyEnforcement => "申请强制执行",
        AdjudicationAction.Publish => "公开",
        _ => action.ToString(),
    };

    public static string Name(AdjudicationClosure closure) => closure switch
    {
        AdjudicationClosure.Adjudication => "作出行政裁决",
        AdjudicationClosure.Mediation => "调解结案",
        AdjudicationClosure.Revocation => "撤销案件",
        _ => closure.ToString(),
    };

    public static string ApiName(AdjudicationAction action) => ApiNames.Kebab(action.ToString());

    public static AdjudicationAction? ParseApiName(string name) =>
        Enum.GetValues<AdjudicationAction>().Cast<AdjudicationAction?>().FirstOrDefault(a => ApiName(a!.Value) == name);
}
