using Zhibao.Domain.Leads;

namespace Zhibao.Domain.Intake;

/// <summary>What a user can do to an intake item; the API names them in kebab case (accept, found-lead …).</summary>
public enum IntakeAction
{
    /// <summary>受理.</summary>
    Accept,
    /// <summary>不予受理 (a report after verification: 不予立案), with the reason.</summary>
    Refuse,
    /// <summary>分派承办人.</summary>
    Assign,
    /// <summary>调解结果: agreement, or termination without one (a complaint).</summary>
    Mediate,
    /// <summary>调解中发现违法线索 (第二十三条).</summary>
    FoundLead,
    /// <summary>延长核查期限 (+15 working days, once).</summary>
    Extend,
    /// <summary>转为行政处罚案件或调解案件.</summary>
    Convert,
    /// <summary>合并重复件 into another item.</summary>
    Merge,
    /// <summary>告知 / 反馈: the parties after a failed mediation, a real-name reporter after the filing decision, the sender.</summary>
    Reply,
    /// <summary>管辖争议: negotiation with another bureau starts.</summary>
    Dispute,
    /// <summary>管辖争议处理结果: agreed, or escalated to the common superior.</summary>
    Resolve,
    /// <summary>办结.</summary>
    Close,
}

/// <summary>The facts the workflow table reads.</summary>
/// <param name="RealName">A report whose reporter gave a name (实名举报); complaints are always named.</param>
/// <param name="FilingDecidedOn">A report's 是否立案 decision: its refusal, or the 立案 / 不予立案 of the case it became.</param>
public sealed record IntakeState(
    LeadKind Kind, LeadStatus Status, MediationOutcome? Mediation, DateOnly? LeadFoundOn, bool VerificationExtended,
    bool Converted, bool Replied, DateOnly? DisputeStartedOn, DateOnly? DisputeSettledOn, bool RealName, DateOnly? FilingDecidedOn);

/// <summary>
/// The intake workflow as a table a reviewer can read (市场监督管理投诉举报处理暂行办法; 市场监督管理行政处罚程序规定第十八条 for
/// reports and assigned leads). A refusal is the Chinese reason the API answers with 409.
/// </summary>
public static class IntakeWorkflow
{
    public static string ApiName(IntakeAction action) => action switch
    {
        IntakeAction.FoundLead => "found-lead",
        _ => action.ToString().ToLowerInvariant(),
    };

    public static IntakeAction? ParseAction(string? name) =>
        Enum.GetValues<IntakeAction>().Cast<IntakeAction?>().FirstOrDefault(a => ApiName(a!.Value) == name?.Trim().ToLowerInvariant());

    public static string Name(IntakeAction action, LeadKind kind = LeadKind.Complaint) => action switch
    {
        IntakeAction.Accept => "受理",
        IntakeAction.Refuse => "不予受理",
        IntakeAction.Assign => "分派承办人",
        IntakeAction.Mediate => "登记调解结果",
        IntakeAction.FoundLead => "发现违法线索",
        IntakeAction.Extend => "延长核查期限",
        IntakeAction.Convert => "转为案件",
        IntakeAction.Merge => "合并重复件",
        IntakeAction.Reply => kind switch
        {
            LeadKind.Complaint => "告知终止调解",
            LeadKind.Report => "告知举报人",
            _ => "反馈交办/移送单位",
        },
        IntakeAction.Dispute => "登记管辖争议",
        IntakeAction.Resolve => "管辖争议处理结果",
        IntakeAction.Close => "办结",
        _ => action.ToString(),
    };

    private static bool Final(LeadStatus status) => status is LeadStatus.Refused or LeadStatus.Closed or LeadStatus.Merged;

    private static bool DisputeOpen(IntakeState s) => s.DisputeStartedOn is not null && s.DisputeSettledOn is null;

    /// <summary>Whether the item's 告知/反馈 is owed now (the reply clock has started and nothing was sent).</summary>
    public static bool ReplyOwed(IntakeState s) => !s.Replied && s.Status != LeadStatus.Merged && s.Kind switch
    {
        // 第二十一条: the parties are told within 7 working days once mediation ended without agreement.
        LeadKind.Complaint => s.Mediation is MediationOutcome.NotAgreed or MediationOutcome.Expired,
        // 第三十一条: a real-name reporter is told within 5 working days of the 是否立案 decision.
        LeadKind.Report => s.RealName && s.FilingDecidedOn is not null,
        // The sender waits for the result once the item is decided.
        _ => s.Status != LeadStatus.Received,
    };

    /// <summary>Null when <paramref name="action"/> is allowed; otherwise why not.</summary>
    public static string? Refusal(IntakeState s, IntakeAction action)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Status == LeadStatus.Merged)
        {
            return "该件已合并到其他件办理，不能再操作";
        }
        return action switch
        {
            IntakeAction.Accept => s.Status == LeadStatus.Received ? null : $"该件已{IntakeTerms.StatusName(s.Status)}，不能再受理",
            IntakeAction.Refuse => s.Status == LeadStatus.Received ? null
                : s.Kind == LeadKind.Report && s.Status == LeadStatus.Accepted && !s.Converted ? null
                : s.Converted ? "该件已转为案件，是否立案在案件中决定"
                : $"该件已{IntakeTerms.StatusName(s.Status)}，不能再作不予受理决定",
            IntakeAction.Assign => Final(s.Status) ? $"该件已{IntakeTerms.StatusName(s.Status)}，不能再分派" : null,
            IntakeAction.Mediate => s.Kind != LeadKind.Complaint ? "只有投诉可以调解"
                : s.Status == LeadStatus.Received ? "投诉尚未受理，受理后才能调解"
                : s.Mediation is { } m ? $"调解已结束（{IntakeTerms.Name(m)}）"
                : s.Status != LeadStatus.Accepted ? $"该件已{IntakeTerms.StatusName(s.Status)}"
                : s.Converted ? "该投诉已转为案件，调解在案件中进行"
                : null,
            IntakeAction.FoundLead => s.Kind != LeadKind.Complaint ? "只有投诉调解中发现的线索适用第二十三条的核查期限"
                : s.Status != LeadStatus.Accepted ? "投诉受理后、调解中发现的线索才能登记"
                : s.LeadFoundOn is not null ? "已登记调解中发现的线索"
                : s.Converted ? "该投诉已转为案件"
                : null,
            IntakeAction.Extend => !VerificationOpen(s) ? "没有正在计时的核查期限可以延长"
                : s.VerificationExtended ? "核查期限已延长过一次，不能再延长"
                : null,
            IntakeAction.Convert => s.Converted ? "该件已转为案件，不能重复转立"
                : s.Status == LeadStatus.Received ? "该件尚未受理，受理后才能转为案件"
                : s.Status != LeadStatus.Accepted ? $"该件已{IntakeTerms.StatusName(s.Status)}，不能转为案件"
                : null,
            IntakeAction.Merge => s.Converted ? "该件已转为案件，不能再合并"
                : Final(s.Status) ? $"该件已{IntakeTerms.StatusName(s.Status)}，不能再合并"
                : null,
            IntakeAction.Reply => ReplyOwed(s) ? null
                : s.Replied ? "已经告知/反馈，不能重复"
                : s.Kind switch
                {
                    LeadKind.Complaint => "调解未终止，无需告知终止调解",
                    LeadKind.Report when !s.RealName => "匿名举报无需告知举报人",
                    LeadKind.Report => "尚未作出是否立案的决定，作出后5个工作日内告知举报人",
                    _ => "该件尚未受理，受理后才能反馈",
                },
            IntakeAction.Dispute => Final(s.Status) ? $"该件已{IntakeTerms.StatusName(s.Status)}"
                : s.DisputeStartedOn is not null ? "已登记管辖争议" : null,
            IntakeAction.Resolve => DisputeOpen(s) ? null : "没有尚未解决的管辖争议",
            IntakeAction.Close => CloseRefusal(s),
            _ => "不支持的操作",
        };
    }

    private static string? CloseRefusal(IntakeState s)
    {
        if (s.Status != LeadStatus.Accepted)
        {
            return s.Status == LeadStatus.Received ? "该件尚未受理，请先受理或不予受理" : $"该件已{IntakeTerms.StatusName(s.Status)}";
        }
        if (DisputeOpen(s))
        {
            return "管辖争议尚未解决，不能办结";
        }
        if (s.Kind == LeadKind.Complaint && s.Mediation is null && !s.Converted)
        {
            return "投诉调解尚未结束，请先登记调解结果或转为案件";
        }
        if (s.Kind == LeadKind.Report && !s.Converted)
        {
            return "举报须先作出是否立案的决定：转为行政处罚案件，或不予立案";
        }
        if (s.Kind == LeadKind.Complaint && s.LeadFoundOn is not null && !s.Converted)
        {
            return "调解中发现的违法线索尚未处理，请核查后转为行政处罚案件";
        }
        if (s.Kind == LeadKind.Report && s.RealName && !s.Replied && s.FilingDecidedOn is null)
        {
            return "转立的案件尚未作出是否立案的决定；决定后告知实名举报人，再办结（第三十一条）";
        }
        if (ReplyOwed(s))
        {
            return s.Kind switch
            {
                LeadKind.Complaint => "请先告知投诉人和被投诉人终止调解（第二十一条）",
                LeadKind.Report => "请先告知实名举报人是否立案（第三十一条）",
                _ => "请先反馈交办/移送单位",
            };
        }
        return null;
    }

    /// <summary>
    /// A verification clock runs: a complaint's lead found in mediation (第二十三条), or a report or assigned lead before the
    /// 是否立案 decision (程序规定第十八条). Converting into a case, refusing or closing ends it.
    /// </summary>
    public static bool VerificationOpen(IntakeState s) =>
        !s.Converted && !Final(s.Status) && (s.Kind == LeadKind.Complaint ? s.LeadFoundOn is not null : true);

    /// <summary>The status after <paramref name="action"/>; a mediation agreement closes the complaint.</summary>
    public static LeadStatus Next(LeadStatus status, IntakeAction action, MediationOutcome? outcome = null) => action switch
    {
        IntakeAction.Accept => LeadStatus.Accepted,
        IntakeAction.Refuse => LeadStatus.Refused,
        IntakeAction.Merge => LeadStatus.Merged,
        IntakeAction.Close => LeadStatus.Closed,
        IntakeAction.Mediate when outcome == MediationOutcome.Agreed => LeadStatus.Closed,
        _ => status,
    };

    public static IReadOnlyList<IntakeAction> Allowed(IntakeState s) =>
        Enum.GetValues<IntakeAction>().Where(a => Refusal(s, a) is null).ToList();
}
