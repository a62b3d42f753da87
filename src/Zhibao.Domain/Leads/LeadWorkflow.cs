namespace Zhibao.Domain.Leads;

/// <summary>
/// Where a lead (线索) comes from. One entity for every kind (CLARIFICATIONS "Leads are one entity, owned by intake");
/// this release registers the two kinds of seed task 4, the others come with complaint and report intake.
/// </summary>
public enum LeadKind
{
    /// <summary>上级交办.</summary>
    Assignment,
    /// <summary>部门移送.</summary>
    Transfer,
    /// <summary>投诉.</summary>
    Complaint,
    /// <summary>举报.</summary>
    Report,
    /// <summary>舆情.</summary>
    PublicOpinion,
    /// <summary>非正常专利申请线索 (国家知识产权局令第77号第十一条: reported to and assigned by CNIPA / the city bureau).</summary>
    AbnormalPatentApplication,
    /// <summary>恶意商标注册线索 (总局令第17号).</summary>
    MaliciousTrademarkApplication,
}

/// <summary>Where a lead stands.</summary>
public enum LeadStatus
{
    /// <summary>待分派: received, no officer yet.</summary>
    Received,
    /// <summary>核查中: assigned to an officer.</summary>
    Assigned,
    /// <summary>已核查: result recorded, reply to the sender pending.</summary>
    Checked,
    /// <summary>已反馈: reported back to the sender.</summary>
    Reported,
    /// <summary>已受理 (intake: complaints, reports, assigned leads and transfers; see Zhibao.Domain.Intake.IntakeWorkflow).</summary>
    Accepted,
    /// <summary>不予受理 (intake), or for a report 不予立案.</summary>
    Refused,
    /// <summary>已办结 (intake).</summary>
    Closed,
    /// <summary>已合并: a duplicate merged into another item (intake).</summary>
    Merged,
}

/// <summary>The result of checking a lead.</summary>
public enum LeadResult
{
    /// <summary>核查属实.</summary>
    Confirmed,
    /// <summary>核查不属实.</summary>
    NotConfirmed,
    /// <summary>移交 (to another body or unit).</summary>
    Transferred,
}

/// <summary>What a user can do to a lead; the API names them assign, check, report, convert.</summary>
public enum LeadAction
{
    Assign,
    Check,
    Report,
    Convert,
}

/// <summary>
/// The lead workflow as a table a reviewer can read: which action is allowed in which status. Converting into a penalty
/// case needs a confirmed result (CLARIFICATIONS: "a confirmed … lead can be turned into a penalty case … with the link
/// kept") and happens once.
/// </summary>
public static class LeadWorkflow
{
    public static readonly LeadKind[] AbnormalFilingKinds = [LeadKind.AbnormalPatentApplication, LeadKind.MaliciousTrademarkApplication];

    /// <summary>The statuses of this workflow; the others belong to intake (Zhibao.Domain.Intake.IntakeWorkflow).</summary>
    public static readonly LeadStatus[] AbnormalFilingStatuses = [LeadStatus.Received, LeadStatus.Assigned, LeadStatus.Checked, LeadStatus.Reported];

    /// <summary>Null when <paramref name="action"/> is allowed; otherwise why not, in Chinese (the API answers 409).</summary>
    public static string? Refusal(LeadStatus status, LeadAction action, LeadResult? result, bool converted) => (status, action) switch
    {
        (LeadStatus.Received or LeadStatus.Assigned, LeadAction.Assign) => null,
        (_, LeadAction.Assign) => $"线索已{Name(status)}，不能再分派",
        (LeadStatus.Assigned or LeadStatus.Checked, LeadAction.Check) => null,
        (LeadStatus.Received, LeadAction.Check) => "线索尚未分派承办人，请先分派再核查",
        (_, LeadAction.Check) => "线索已反馈交办单位，不能再修改核查结果",
        (LeadStatus.Checked, LeadAction.Report) => null,
        (LeadStatus.Reported, LeadAction.Report) => "线索已反馈，不能重复反馈",
        (_, LeadAction.Report) => "线索尚未核查，不能反馈核查结果",
        (LeadStatus.Checked or LeadStatus.Reported, LeadAction.Convert) when converted => "该线索已转为行政处罚案件，不能重复转立",
        (LeadStatus.Checked or LeadStatus.Reported, LeadAction.Convert) when result == LeadResult.Confirmed => null,
        (LeadStatus.Checked or LeadStatus.Reported, LeadAction.Convert) => "只有核查属实的线索才能转为行政处罚案件",
        (_, LeadAction.Convert) => "线索尚未核查，核查属实后才能转为行政处罚案件",
        _ => "不支持的操作",
    };

    /// <summary>The status after <paramref name="action"/>; converting leaves the status as it is.</summary>
    public static LeadStatus Next(LeadStatus status, LeadAction action) => action switch
    {
        LeadAction.Assign => LeadStatus.Assigned,
        LeadAction.Check => LeadStatus.Checked,
        LeadAction.Report => LeadStatus.Reported,
        _ => status,
    };

    public static IReadOnlyList<LeadAction> Allowed(LeadStatus status, LeadResult? result, bool converted) =>
        Enum.GetValues<LeadAction>().Where(a => Refusal(status, a, result, converted) is null).ToList();

    public static string ApiName(LeadAction action) => action.ToString().ToLowerInvariant();

    public static LeadAction? ParseAction(string? name) =>
        Enum.GetValues<LeadAction>().Cast<LeadAction?>().FirstOrDefault(a => ApiName(a!.Value) == name?.Trim().ToLowerInvariant());

    public static string Name(LeadKind kind) => kind switch
    {
        LeadKind.Assignment => "上级交办",
        LeadKind.Transfer => "部门移送",
        LeadKind.Complaint => "投诉",
        LeadKind.Report => "举报",
        LeadKind.PublicOpinion => "舆情",
        LeadKind.AbnormalPatentApplication => "非正常专利申请",
        LeadKind.MaliciousTrademarkApplication => "恶意商标注册",
        _ => kind.ToString(),
    };

    public static string Name(LeadStatus status) => status switch
    {
        LeadStatus.Received => "待分派",
        LeadStatus.Assigned => "核查中",
        LeadStatus.Checked => "已核查",
        LeadStatus.Reported => "已反馈",
        LeadStatus.Accepted => "已受理",
        LeadStatus.Refused => "不予受理",
        LeadStatus.Closed => "已办结",
        LeadStatus.Merged => "已合并",
        _ => status.ToString(),
    };

    public static string Name(LeadResult result) => result switch
    {
        LeadResult.Confirmed => "核查属实",
        LeadResult.NotConfirmed => "核查不属实",
        LeadResult.Transferred => "移交",
        _ => result.ToString(),
    };

    public static string Name(LeadAction action) => action switch
    {
        LeadAction.Assign => "分派",
        LeadAction.Check => "登记核查结果",
        LeadAction.Report => "反馈交办单位",
        LeadAction.Convert => "转为行政处罚案件",
        _ => action.ToString(),
    };

    /// <summary>案件来源 (dictionary case_source) of a case made from a lead of <paramref name="kind"/>.</summary>
    public static string CaseSource(LeadKind kind) => kind switch
    {
        LeadKind.Transfer => "部门移送",
        LeadKind.Complaint => "投诉",
        LeadKind.Report => "举报",
        LeadKind.PublicOpinion => "舆情",
        _ => "上级交办",
    };

    /// <summary>违法类型 (dictionary case_subject) proposed for the case; 代理违法 may be chosen instead.</summary>
    public static string? DefaultSubject(LeadKind kind) => kind switch
    {
        LeadKind.AbnormalPatentApplication => "非正常专利申请",
        LeadKind.MaliciousTrademarkApplication => "恶意商标注册",
        _ => null,
    };

    /// <summary>Accepts the enum name in any case or the Chinese name.</summary>
    public static bool TryParse<T>(string? text, Func<T, string> name, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), t, StringComparison.OrdinalIgnoreCase) || name(candidate) == t)
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }
}
