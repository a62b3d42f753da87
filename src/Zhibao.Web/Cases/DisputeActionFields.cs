using Zhibao.Data.Entities;

namespace Zhibao.Web.Cases;

public enum FieldType
{
    /// <summary>A past date (omitted = today).</summary>
    Date,
    /// <summary>A date that may lie ahead (a hearing, a time limit).</summary>
    FutureDate,
    Text,
    LongText,
    Yes,
    Choice,
    Choices,
    Officers,
    Court,
    Amount,
}

/// <summary>One input of an action dialog; <see cref="Name"/> is the JSON name of the <see cref="CaseActionInput"/> field.</summary>
public sealed record ActionField(string Name, string Label, FieldType Type, string? Hint = null, IReadOnlyList<(string Value, string Label)>? Options = null)
{
    /// <summary>A <see cref="FieldType.Yes"/> box that starts ticked (a party appeared unless recorded otherwise).</summary>
    public bool YesByDefault { get; init; }
}

/// <summary>The inputs each adjudication and mediation action shows, in the order shown (the penalty dialog has its own).</summary>
public static class DisputeActionFields
{
    private static (string, string)[] Same(IEnumerable<string> values) => values.Select(v => (v, v)).ToArray();

    public static IReadOnlyList<ActionField> For(CaseDetail c, string action) => c.Kind switch
    {
        CaseKind.Adjudication => Adjudication(c, action),
        CaseKind.Mediation => Mediation(action),
        _ => [],
    };

    private static IReadOnlyList<ActionField> Adjudication(CaseDetail c, string action) => action switch
    {
        "request-correction" =>
        [
            new("items", "补正内容", FieldType.LongText, "一次性全面列明需要补正的内容（第十六条）"),
            new("dueOn", "补正期限", FieldType.FutureDate),
            new("noticeOn", "通知日期", FieldType.Date),
        ],
        "correct" => [new("correctedOn", "补正日期", FieldType.Date)],
        "file" =>
        [
            new("filedOn", "立案日期", FieldType.Date),
            new("officerIds", "合议组", FieldType.Officers, "三名以上单数、持有效执法证；第一位为组长（第二十条）"),
            new("conditions", "受理条件", FieldType.Choices, "第十二条五项条件须全部符合", AdjudicationRules.AcceptanceConditions),
            new("materials", "已收材料", FieldType.Choices, "第十四条", AdjudicationRules.Materials),
        ],
        "decline" => [new("notFiledOn", "不予立案日期", FieldType.Date), new("reason", "理由", FieldType.LongText)],
        "pause" =>
        [
            new("kind", "事由", FieldType.Choice, "中止（第二十八条）或第三十七条不计入审理期限的情形", Same(AdjudicationClocks.PauseKinds(c.ReceivedOn))),
            new("reason", "具体原因", FieldType.LongText, "中止的，写明第二十八条的情形，如：被请求人申请宣告涉案实用新型专利权无效，国家知识产权局已受理"),
            new("pausedOn", "开始日期", FieldType.Date),
        ],
        "resume" => [new("resumedOn", "恢复日期", FieldType.Date)],
        "extend" => c.Adjudication?.ClosingExtensions == 1
            ? [new("reason", "延长理由", FieldType.LongText), new("approvalNumber", "上一级部门批准文号", FieldType.Text)]
            : [new("reason", "延长理由", FieldType.LongText)],
        "serve-request" => [new("servedOn", "送达日期", FieldType.Date, "被请求人收到请求书副本之日，答辩期自此起算")],
        "receive-answer" => [new("receivedOn", "收到答辩书日期", FieldType.Date)],
        "serve-answer" => [new("servedOn", "送达日期", FieldType.Date)],
        "schedule-hearing" =>
        [
            new("hearingOn", "口头审理日期", FieldType.FutureDate, "通知须在审理日3个工作日前送达（第二十六条）"),
            new("notifiedOn", "通知日期", FieldType.Date),
        ],
        "hold-hearing" =>
        [
            new("heldOn", "审理日期", FieldType.Date),
            new("requesterAppeared", "请求人到庭", FieldType.Yes, "无正当理由拒不到庭的，视为撤回请求") { YesByDefault = true },
            new("respondentAppeared", "被请求人到庭", FieldType.Yes, "无正当理由拒不到庭的，缺席处理") { YesByDefault = true },
            new("content", "笔录要点", FieldType.LongText),
        ],
        "close" =>
        [
            new("closure", "结案方式", FieldType.Choice, null,
                [("adjudication", "作出行政裁决"), ("mediation", "调解结案"), ("revocation", "撤销案件")]),
            new("infringementFound", "认定侵权", FieldType.Yes, "作出行政裁决时：认定侵权的，责令停止侵权行为"),
            new("ground", "撤销情形", FieldType.Choice, "撤销案件时选择（第三十六条）", Same(AdjudicationRules.RevocationGrounds)),
            new("content", "处理内容", FieldType.LongText),
            new("closedOn", "结案日期", FieldType.Date),
            new("repeatInfringer", "重复侵权", FieldType.Yes),
            new("wilfulInfringement", "故意侵权", FieldType.Yes),
        ],
        "serve-decision" => [new("servedOn", "送达日期", FieldType.Date, "当事人收到处理决定之日，15日起诉期限自此起算")],
        "record-lawsuit" => [new("lawsuitOn", "起诉日期", FieldType.Date), new("court", "人民法院", FieldType.Text)],
        "apply-enforcement" => [new("appliedOn", "申请日期", FieldType.Date), new("court", "人民法院", FieldType.Text)],
        "publish" => [new("publishedOn", "公开日期", FieldType.Date)],
        _ => [],
    };

    private static IReadOnlyList<ActionField> Mediation(string action) => action switch
    {
        "send-notice" => [new("sentOn", "发送日期", FieldType.Date)],
        "record-reply" => [new("repliedOn", "答复日期", FieldType.Date), new("agreed", "同意调解", FieldType.Yes)],
        "file" => [new("filedOn", "立案日期", FieldType.Date), new("officerIds", "调解人员", FieldType.Officers, "不选则沿用已指定人员")],
        "decline" => [new("notFiledOn", "不予立案日期", FieldType.Date), new("reason", "理由", FieldType.LongText)],
        "record-session" =>
        [
            new("heldOn", "调解日期", FieldType.Date), new("place", "地点", FieldType.Text), new("participants", "参加人员", FieldType.Text),
            new("content", "调解经过", FieldType.LongText),
        ],
        "agree" =>
        [
            new("signedOn", "签署日期", FieldType.Date), new("effectiveOn", "生效日期", FieldType.Date, "不填则与签署日期相同"),
            new("content", "协议内容", FieldType.LongText), new("amount", "给付金额（元）", FieldType.Amount),
            new("hasPaymentTerms", "含给付内容及强制执行承诺", FieldType.Yes, "可办理债权文书公证"),
        ],
        "fail" => [new("closedOn", "终止日期", FieldType.Date), new("ground", "原因", FieldType.LongText)],
        "apply-confirmation" =>
        [
            new("appliedOn", "申请日期", FieldType.Date, "自协议生效之日起30日内，双方共同申请"),
            new("courtId", "人民法院", FieldType.Court),
        ],
        "court-accept" => [new("acceptedOn", "受理日期", FieldType.Date)],
        "court-rule" =>
        [
            new("ruledOn", "裁定日期", FieldType.Date), new("confirmed", "确认协议有效", FieldType.Yes),
            new("rulingNumber", "裁定书文号", FieldType.Text), new("content", "说明", FieldType.LongText),
        ],
        "notarise" => [new("notarisedOn", "公证日期", FieldType.Date)],
        "close" => [new("closedOn", "结束日期", FieldType.Date), new("content", "说明", FieldType.LongText)],
        _ => [],
    };
}
