namespace Zhibao.Domain.Cases;

/// <summary>调解的状态 (行政调解 · 人民调解 · 行业调解 · 司法调解; legal-rules.md §2.4, §6).</summary>
public enum MediationStatus
{
    /// <summary>收到调解请求.</summary>
    Requested,
    /// <summary>不予立案 (被请求人拒绝或者逾期未答复, 令第81号第六十六条).</summary>
    NotFiled,
    /// <summary>调解中.</summary>
    Mediating,
    /// <summary>达成调解协议; judicial confirmation or notarisation may follow.</summary>
    Agreed,
    /// <summary>已结束 (协议履行或确认完毕, or no agreement).</summary>
    Closed,
}

public enum MediationAction
{
    /// <summary>发送陈述意见通知书 (令第81号第六十五条).</summary>
    SendNotice,
    /// <summary>被请求人答复: agrees or refuses (art.66).</summary>
    RecordReply,
    File,
    Decline,
    /// <summary>调解会谈.</summary>
    RecordSession,
    /// <summary>达成调解协议 (art.69; 人民调解法第二十八条).</summary>
    Agree,
    /// <summary>调解不成 / 撤回 → the mediation ends without agreement.</summary>
    Fail,
    /// <summary>双方共同申请司法确认 (民事诉讼法第二百零五条).</summary>
    ApplyConfirmation,
    /// <summary>人民法院受理.</summary>
    CourtAccept,
    /// <summary>人民法院延长审查期限 (院长批准, +10日).</summary>
    CourtExtend,
    /// <summary>人民法院裁定: confirmed or rejected.</summary>
    CourtRule,
    /// <summary>办理债权文书公证 (令第81号第三十五条、第六十九条).</summary>
    Notarise,
    Close,
}

public enum ConfirmationStatus
{
    NotApplied,
    Applied,
    Accepted,
    Confirmed,
    Rejected,
}

public readonly record struct MediationFacts(
    bool NoticeSent = false, bool? RespondentAgreed = null, ConfirmationStatus Confirmation = ConfirmationStatus.NotApplied,
    bool CourtExtended = false, bool AgreementConfirmsOwnership = false);

public sealed record MediationTransition(bool Allowed, MediationStatus Status, string? Error);

public static class MediationWorkflow
{
    private static readonly Dictionary<MediationAction, MediationStatus[]> From = new()
    {
        [MediationAction.SendNotice] = [MediationStatus.Requested],
        [MediationAction.RecordReply] = [MediationStatus.Requested],
        [MediationAction.File] = [MediationStatus.Requested],
        [MediationAction.Decline] = [MediationStatus.Requested],
        [MediationAction.RecordSession] = [MediationStatus.Mediating],
        [MediationAction.Agree] = [MediationStatus.Mediating],
        [MediationAction.Fail] = [MediationStatus.Mediating],
        [MediationAction.ApplyConfirmation] = [MediationStatus.Agreed],
        [MediationAction.CourtAccept] = [MediationStatus.Agreed],
        [MediationAction.CourtExtend] = [MediationStatus.Agreed],
        [MediationAction.CourtRule] = [MediationStatus.Agreed],
        [MediationAction.Notarise] = [MediationStatus.Agreed],
        [MediationAction.Close] = [MediationStatus.Agreed],
    };

    public static MediationTransition Apply(MediationStatus status, MediationAction action, MediationFacts facts = default) =>
        Check(status, action, facts) is { } reason
            ? Refuse(status, facts, reason)
            : new MediationTransition(true, Target(status, action, facts), null);

    /// <summary>Why <paramref name="action"/> is refused, or null when it is allowed.</summary>
    private static string? Check(MediationStatus status, MediationAction action, MediationFacts facts)
    {
        if (!From[action].Contains(status))
        {
            return $"调解当前状态为“{Name(status)}”，不能{Name(action)}";
        }
        if (action == MediationAction.RecordReply && !facts.NoticeSent)
        {
            return "请先登记陈述意见通知书的发送";
        }
        if (action == MediationAction.File && facts.RespondentAgreed == false)
        {
            return "被请求人不同意调解，应不予立案（《专利纠纷行政裁决和调解办法》第六十六条）";
        }
        if (action == MediationAction.ApplyConfirmation)
        {
            if (facts.AgreementConfirmsOwnership)
            {
                // 民诉法解释第三百五十五条: no acceptance of agreements that confirm ownership of IP (知识产权确权).
                return "调解协议内容涉及专利权、商标权等知识产权的确权，人民法院不予受理司法确认申请（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条）；可选择公证或者另行起诉";
            }
            if (facts.Confirmation == ConfirmationStatus.Confirmed)
            {
                return "人民法院已裁定确认调解协议有效，无需再次申请司法确认";
            }
            if (facts.Confirmation is not (ConfirmationStatus.NotApplied or ConfirmationStatus.Rejected))
            {
                return "已申请司法确认，请登记人民法院的受理和裁定";
            }
        }
        if (action == MediationAction.CourtAccept && facts.Confirmation != ConfirmationStatus.Applied)
        {
            return "尚未申请司法确认，或人民法院已受理";
        }
        if (action == MediationAction.CourtExtend && (facts.Confirmation != ConfirmationStatus.Accepted || facts.CourtExtended))
        {
            return "只有已受理、尚未延长的司法确认可以延长审查期限（最多10日）";
        }
        if (action == MediationAction.CourtRule && facts.Confirmation != ConfirmationStatus.Accepted)
        {
            return "人民法院尚未受理司法确认申请";
        }
        if (action == MediationAction.Close && facts.Confirmation is ConfirmationStatus.Applied or ConfirmationStatus.Accepted)
        {
            return "司法确认尚在人民法院审查中，请登记裁定后再结束";
        }
        return null;
    }

    private static MediationStatus Target(MediationStatus status, MediationAction action, MediationFacts facts) => action switch
    {
        MediationAction.File => MediationStatus.Mediating,
        MediationAction.Decline => MediationStatus.NotFiled,
        MediationAction.Agree => MediationStatus.Agreed,
        MediationAction.Fail => MediationStatus.Closed,
        MediationAction.Close => MediationStatus.Closed,
        _ => status,
    };

    public static IReadOnlyList<MediationAction> Allowed(MediationStatus status, MediationFacts facts = default) =>
        Enum.GetValues<MediationAction>().Where(a => Apply(status, a, facts).Allowed).ToList();

    private static MediationTransition Refuse(MediationStatus status, MediationFacts facts, string reason)
    {
        // The hint lists what this mediation can do now, facts included.
        var allowed = Enum.GetValues<MediationAction>().Where(a => Check(status, a, facts) is null).Select(Name).ToList();
        var hint = allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed);
        return new MediationTransition(false, status, $"{reason}。{hint}");
    }

    public static string Name(MediationStatus status) => status switch
    {
        MediationStatus.Requested => "收到申请",
        MediationStatus.NotFiled => "不予立案",
        MediationStatus.Mediating => "调解中",
        MediationStatus.Agreed => "达成协议",
        MediationStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string Name(MediationAction action) => action switch
    {
        MediationAction.SendNotice => "发送陈述意见通知书",
        MediationAction.RecordReply => "登记被请求人答复",
        MediationAction.File => "立案",
        MediationAction.Decline => "不予立案",
        MediationAction.RecordSession => "记录调解",
        MediationAction.Agree => "达成调解协议",
        MediationAction.Fail => "调解不成",
        MediationAction.ApplyConfirmation => "申请司法确认",
        MediationAction.CourtAccept => "法院受理",
        MediationAction.CourtExtend => "法院延长审查期限",
        MediationAction.CourtRule => "法院裁定",
        MediationAction.Notarise => "办理公证",
        MediationAction.Close => "结束",
        _ => action.ToString(),
    };

    public static string Name(ConfirmationStatus status) => status switch
    {
        ConfirmationStatus.NotApplied => "未申请",
        ConfirmationStatus.Applied => "已申请",
        ConfirmationStatus.Accepted => "法院已受理",
        ConfirmationStatus.Confirmed => "裁定确认有效",
        ConfirmationStatus.Rejected => "裁定驳回申请",
        _ => status.ToString(),
    };

    public static string ApiName(MediationAction action) => ApiNames.Kebab(action.ToString());

    public static MediationAction? ParseApiName(string name) =>
        Enum.GetValues<MediationAction>().Cast<MediationAction?>().FirstOrDefault(a => ApiName(a!.Value) == name);
}
