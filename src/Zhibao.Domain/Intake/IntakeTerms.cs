using Zhibao.Domain.Leads;

namespace Zhibao.Domain.Intake;

/// <summary>How an intake item reached the bureau (登记渠道).</summary>
public enum IntakeChannel
{
    /// <summary>窗口 (counter).</summary>
    Counter,
    /// <summary>电话.</summary>
    Phone,
    /// <summary>12315平台 (imported from the platform's export, or typed in from it).</summary>
    Platform12315,
    /// <summary>来信.</summary>
    Letter,
    /// <summary>上级交办.</summary>
    Assignment,
    /// <summary>部门移送.</summary>
    Transfer,
}

/// <summary>What the item is about (涉及客体): the kind of right, as on a case's 涉案权利.</summary>
public enum IntakeSubject
{
    /// <summary>商标.</summary>
    Trademark,
    /// <summary>专利.</summary>
    Patent,
    /// <summary>地理标志.</summary>
    GeographicalIndication,
    /// <summary>官方标志.</summary>
    OfficialMark,
    /// <summary>特殊标志.</summary>
    SpecialMark,
    /// <summary>其他.</summary>
    Other,
}

/// <summary>How complaint mediation ended (投诉举报处理暂行办法第二十条、第二十一条).</summary>
public enum MediationOutcome
{
    /// <summary>达成调解协议.</summary>
    Agreed,
    /// <summary>终止调解: no agreement (a party refused, withdrew, or the bureau ended it).</summary>
    NotAgreed,
    /// <summary>调解期满终止: 45 working days after acceptance without agreement (第二十一条), ended by the system.</summary>
    Expired,
}

/// <summary>What an intake item is turned into: the penalty procedure or a mediation case (案件办理 › 纠纷调解).</summary>
public enum IntakeConversion
{
    Penalty,
    Mediation,
}

/// <summary>The Chinese names and the fixed relations between kinds, channels and subjects.</summary>
public static class IntakeTerms
{
    /// <summary>The lead kinds intake registers and works (CLARIFICATIONS: one lead entity, owned by intake).</summary>
    public static readonly LeadKind[] Kinds = [LeadKind.Complaint, LeadKind.Report, LeadKind.Assignment, LeadKind.Transfer];

    /// <summary>投诉 and 举报: the items the complaint statistics and the key-sector closure rate count.</summary>
    public static readonly LeadKind[] ComplaintsAndReports = [LeadKind.Complaint, LeadKind.Report];

    public static bool IsIntake(LeadKind kind) => Array.IndexOf(Kinds, kind) >= 0;

    /// <summary>上级交办 and 部门移送 name their sender (an outside body or a higher unit) and may set a reply deadline.</summary>
    public static bool HasSender(LeadKind kind) => kind is LeadKind.Assignment or LeadKind.Transfer;

    public static string Name(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Counter => "窗口",
        IntakeChannel.Phone => "电话",
        IntakeChannel.Platform12315 => "12315平台",
        IntakeChannel.Letter => "来信",
        IntakeChannel.Assignment => "上级交办",
        IntakeChannel.Transfer => "部门移送",
        _ => channel.ToString(),
    };

    public static string Name(IntakeSubject subject) => subject switch
    {
        IntakeSubject.Trademark => "商标",
        IntakeSubject.Patent => "专利",
        IntakeSubject.GeographicalIndication => "地理标志",
        IntakeSubject.OfficialMark => "官方标志",
        IntakeSubject.SpecialMark => "特殊标志",
        IntakeSubject.Other => "其他",
        _ => subject.ToString(),
    };

    public static string Name(MediationOutcome outcome) => outcome switch
    {
        MediationOutcome.Agreed => "达成调解协议",
        MediationOutcome.NotAgreed => "终止调解（未达成协议）",
        MediationOutcome.Expired => "调解期满终止（45个工作日未达成协议）",
        _ => outcome.ToString(),
    };

    public static string Name(IntakeConversion conversion) => conversion switch
    {
        IntakeConversion.Penalty => "行政处罚案件",
        IntakeConversion.Mediation => "调解案件",
        _ => conversion.ToString(),
    };

    /// <summary>
    /// The channels a kind may come through: 上级交办 and 部门移送 are their own channel; complaints and reports come through
    /// the counter, the phone, 12315 or a letter.
    /// </summary>
    public static IReadOnlyList<IntakeChannel> Channels(LeadKind kind) => kind switch
    {
        LeadKind.Assignment => [IntakeChannel.Assignment],
        LeadKind.Transfer => [IntakeChannel.Transfer],
        _ => [IntakeChannel.Counter, IntakeChannel.Phone, IntakeChannel.Platform12315, IntakeChannel.Letter],
    };

    /// <summary>违法类型 (dictionary case_subject) proposed when the item becomes a penalty case; null where the user must choose.</summary>
    public static string? CaseSubject(IntakeSubject? subject) => subject switch
    {
        IntakeSubject.Trademark => "商标侵权",
        IntakeSubject.Patent => "假冒专利",
        IntakeSubject.GeographicalIndication => "地理标志",
        IntakeSubject.OfficialMark => "官方标志",
        IntakeSubject.SpecialMark => "特殊标志",
        _ => null,
    };

    /// <summary>The status as intake names it: a received item waits for its 受理 decision (待受理), not for an officer.</summary>
    public static string StatusName(LeadStatus status) => status switch
    {
        LeadStatus.Received => "待受理",
        LeadStatus.Accepted => "办理中",
        _ => LeadWorkflow.Name(status),
    };

    /// <summary>Accepts the enum name in any case or the Chinese name (12315 exports and forms use the Chinese).</summary>
    public static bool TryParse<T>(string? text, Func<T, string> name, out T value) where T : struct, Enum =>
        LeadWorkflow.TryParse(text, name, out value);
}
