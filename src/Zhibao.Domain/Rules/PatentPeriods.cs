using static Zhibao.Domain.Rules.Sources;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Patent infringement disputes, patent mediation and 假冒专利: legal-rules.md §0 rows 15–28 (row 21 is the excluded
/// time of row 20; row 29 is not catalogued).
/// </summary>
/// <remarks>
/// The patent-dispute.* and patent-mediation.* entries come from 国家知识产权局令第81号 and start on its entry into force,
/// 2025-02-01 (legal-rules.md §2.1). Before that date the 专利行政执法办法 (2015, 局令第71号) governed patent disputes
/// (CLARIFICATIONS "Rules in force"). legal-rules.md does not list its dispute periods; they were read in the source it
/// cites for that 办法 (IPReader, 61-专利行政执法办法): art.13 立案 within 5 working days (no extension) and art.21
/// closing within 3 months, +1 month with the head's approval, excluding 公告, 鉴定 and 中止. Those two are catalogued as
/// versions ending 2025-01-31 so that the 2023 demo cases get clocks; other dispute and mediation steps have no earlier
/// version and InForce returns null before 2025-02-01.
/// 专利法 art.65 (row 26) does not depend on the 办法 and has its own version.
/// 假冒专利 (rows 27–28) stays under the 2015 办法 (legal-rules.md §2.1 "Practice").
/// </remarks>
internal static class PatentPeriods
{
    private const string PatentOfficeHead = "管理专利工作的部门负责人批准";

    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        // Row 15: 5 working days to 立案 or to refuse in writing; +5 for particularly complex cases. VERIFIED.
        Rule("patent-dispute.filing", "立案期限（或者不予立案通知）", "收到请求书之日", WorkingDays(5),
            PatentDisputeMeasures + "第二十条", PatentDispute2025,
            extensions: [new(WorkingDays(5), PatentOfficeHead, PatentDisputeMeasures + "第二十条")]),

        // The same two steps under the 2015 办法 (see the remarks above for the source).
        Rule("patent-dispute.filing", "立案期限（或者不予立案通知）", "收到请求书之日", WorkingDays(5),
            PatentEnforcementMeasures + "第十三条", PatentEnforcement2015, effectiveTo: PatentDispute2025.AddDays(-1)),
        Rule("patent-dispute.closing", "结案期限", "立案之日", Months(3),
            PatentEnforcementMeasures + "第二十一条", PatentEnforcement2015, effectiveTo: PatentDispute2025.AddDays(-1),
            extensions: [new(Months(1), PatentOfficeHead, PatentEnforcementMeasures + "第二十一条")],
            excluded: ["公告", "鉴定", "中止"]),

        // Rows 16–18: art.22. The respondent's answer period may be extended by the 合议组 on request, by no fixed
        // length, so that is recorded on the case rather than catalogued. A late answer does not stop the case. VERIFIED.
        Rule("patent-dispute.request-service", "请求书副本送达期限", "立案之日", WorkingDays(5),
            PatentDisputeMeasures + "第二十二条", PatentDispute2025),
        Rule("patent-dispute.answer", "答辩期限", "被请求人收到请求书副本之日", Days(15),
            PatentDisputeMeasures + "第二十二条", PatentDispute2025),
        Rule("patent-dispute.answer-no-domicile", "答辩期限（被请求人在中国境内没有固定住所）", "被请求人收到请求书副本之日", Days(30),
            PatentDisputeMeasures + "第二十二条", PatentDispute2025),
        Rule("patent-dispute.answer-service", "答辩书副本送达期限", "收到答辩书之日", WorkingDays(5),
            PatentDisputeMeasures + "第二十二条", PatentDispute2025),

        // 81号 art.5 (legal-rules.md §2.2): a recusal application within 3 working days of learning the officers' names
        // (the 受理通知书 names the panel), at the latest when the oral hearing starts. VERIFIED.
        Rule("patent-dispute.recusal", "申请回避期限", "当事人知道合议组成员之日", WorkingDays(3),
            PatentDisputeMeasures + "第五条", PatentDispute2025),

        // Row 19: notice at least 3 working days before the oral hearing: counted back. VERIFIED.
        Rule("patent-dispute.hearing-notice", "口头审理通知期限", "口头审理之日", WorkingDays(3),
            PatentDisputeMeasures + "第二十六条", PatentDispute2025, beforeEvent: true),

        // Rows 20–21: 3 months; up to 1 more with the head's approval; then up to 2 more with the next-higher office's
        // approval. The catalogue holds the maximum of each; the approval may set less. VERIFIED.
        Rule("patent-dispute.closing", "结案期限", "立案之日", Months(3),
            PatentDisputeMeasures + "第三十七条", PatentDispute2025,
            extensions:
            [
                new(Months(1), PatentOfficeHead, PatentDisputeMeasures + "第三十七条"),
                new(Months(2), "上一级管理专利工作的部门批准", PatentDisputeMeasures + "第三十七条"),
            ],
            excluded: ["中止", "公告", "检验鉴定", "管辖异议", "当事人申请的延长举证期限", "和解期间"]),

        // Row 22: art.83, after the decision and again after a court changes or revokes it. VERIFIED.
        Rule("patent-dispute.publication", "行政裁决公开期限", "作出行政裁决之日", WorkingDays(20),
            PatentDisputeMeasures + "第八十三条", PatentDispute2025),
        Rule("patent-dispute.publication-after-change", "行政裁决变更或者撤销后的公开期限", "行政裁决经诉讼被变更或者撤销之日",
            WorkingDays(20), PatentDisputeMeasures + "第八十三条", PatentDispute2025),

        // Row 25: 3 years, kept as 36 months so that README rule 4 (same day number, month end) applies. The
        // continuing-infringement exception is a judgement for the officer, not part of the clock. VERIFIED.
        Rule("patent-dispute.limitation", "请求处理专利侵权纠纷的时效", "专利权人或者利害关系人知道或者应当知道侵权行为以及侵权人之日",
            Months(36), PatentDisputeMeasures + "第十九条；" + PatentLaw + "第七十四条", PatentDispute2025),

        // Row 26: 专利法 art.65, whichever 办法 handled the case. VERIFIED (text); entry-into-force date from memory.
        Rule("patent-dispute.lawsuit", "不服处理决定的起诉期限", "当事人收到处理通知之日", Days(15),
            PatentLaw + "第六十五条", PatentLaw2020),

        // Rows 23–24: mediation, 81号 arts.65–66. VERIFIED.
        Rule("patent-mediation.notice", "陈述意见通知期限", "收到调解请求书之日", WorkingDays(5),
            PatentDisputeMeasures + "第六十五条", PatentDispute2025),
        Rule("patent-mediation.reply", "被请求人陈述意见期限", "被请求人收到陈述意见通知书之日", Days(15),
            PatentDisputeMeasures + "第六十五条", PatentDispute2025),
        Rule("patent-mediation.filing", "调解立案期限", "收到被请求人同意调解的意见之日", WorkingDays(5),
            PatentDisputeMeasures + "第六十六条", PatentDispute2025),
        Rule("patent-mediation.refusal-notice", "不予立案通知期限（被请求人拒绝调解或者逾期未答复）",
            "收到拒绝调解的意见或者陈述意见期限届满之日", WorkingDays(5),
            PatentDisputeMeasures + "第六十六条", PatentDispute2025),

        // Row 27: 专利行政执法办法 art.28. VERIFIED.
        Rule("counterfeit-patent.filing", "立案期限（自行发现）", "发现涉嫌假冒专利行为之日", WorkingDays(5),
            PatentEnforcementMeasures + "第二十八条", PatentEnforcement2015),
        Rule("counterfeit-patent.filing-on-report", "立案期限（举报、投诉）", "收到举报或者投诉之日", WorkingDays(10),
            PatentEnforcementMeasures + "第二十八条", PatentEnforcement2015),

        // Row 28: 1 month + at most 15 days (art.36, text read in IPReader 61-…/penf-04-09). The extension is in days
        // while the base is in months: StatutoryClock counts it from the base due date. legal-rules.md §2.3: district
        // bureaus may follow the SAMR 90-day rule (penalty.decision) instead; the module decides which clock warns and
        // which one is the hard limit. VERIFIED.
        Rule("counterfeit-patent.closing", "结案期限", "立案之日", Months(1),
            PatentEnforcementMeasures + "第三十六条", PatentEnforcement2015,
            extensions: [new(Days(15), PatentOfficeHead, PatentEnforcementMeasures + "第三十六条")],
            excluded: ["听证", "公告"]),
    ];
}
