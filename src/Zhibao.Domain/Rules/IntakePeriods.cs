using static Zhibao.Domain.Rules.Sources;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Complaints, reports and jurisdiction disputes under the 投诉举报处理暂行办法: legal-rules.md §0 rows 37–41. Article
/// numbers and periods checked in the text as amended in 2022 (LawRefBook/Laws); one version from 2020-01-01, the
/// 2019 text's entry into force, on the assumption (not checked) that the 2022 amendment left these periods alone.
/// </summary>
internal static class IntakePeriods
{
    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        // Row 37: art.14. VERIFIED.
        Rule("complaint.acceptance", "投诉受理期限", "收到投诉之日", WorkingDays(7),
            ComplaintMeasures + "第十四条", Complaint2020),

        // Row 38: art.21(5) ends mediation after 45 working days without agreement; art.20 para 3 leaves 检定, 检验,
        // 检测 and 鉴定 time out of the mediation period; art.21 last para: tell both parties within 7 working days.
        Rule("complaint.mediation", "投诉调解期限", "投诉受理之日", WorkingDays(45),
            ComplaintMeasures + "第二十一条", Complaint2020,
            excluded: ["检定", "检验", "检测", "鉴定"]),
        Rule("complaint.termination-notice", "终止调解告知期限", "作出终止调解决定之日", WorkingDays(7),
            ComplaintMeasures + "第二十一条", Complaint2020),

        // Row 40: art.23, 15 working days, "特殊情况下" +15. The article names no approver; the wording says so rather
        // than inventing one.
        Rule("complaint.lead-verification", "调解中发现线索的核查期限", "发现涉嫌违法线索之日", WorkingDays(15),
            ComplaintMeasures + "第二十三条", Complaint2020,
            extensions: [new(WorkingDays(15), "特殊情况下经批准（第二十三条未写明审批人）", ComplaintMeasures + "第二十三条")]),

        // Row 39: art.31 para 2, real-name reporters only. VERIFIED.
        Rule("report.filing-notice", "实名举报告知期限", "作出是否立案决定之日", WorkingDays(5),
            ComplaintMeasures + "第三十一条", Complaint2020),

        // Row 41: art.30; when negotiation fails the common superior designates the handling bureau (no period).
        Rule("jurisdiction.negotiation", "管辖争议协商期限", "发生管辖争议之日", WorkingDays(7),
            ComplaintMeasures + "第三十条", Complaint2020),
    ];
}
