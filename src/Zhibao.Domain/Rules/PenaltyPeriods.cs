using static Zhibao.Domain.Rules.Sources;

namespace Zhibao.Domain.Rules;

/// <summary>
/// SAMR penalty procedure, hearings and penalty disclosure: legal-rules.md §0 rows 1–13 (row 4 is the excluded time of
/// row 3; row 14 is how long a disclosure stays public, not a clock).
/// </summary>
/// <remarks>
/// Only the versions in force since 2021-07-15 (行政处罚法 2021 revision, 总局令第42号) and 2021-09-01 (总局令第45号)
/// are catalogued. legal-rules.md gives no periods for the earlier texts (行政处罚法 1996/2017, whose hearing request
/// period was different; the 2019 暂行规定; the 2014 工商 disclosure rules), so earlier dates have no version in force.
/// 行政处罚法 art.85 makes its 二日/三日/五日/七日 working days; its other "日" periods (15 days to pay) are calendar days.
/// </remarks>
internal static class PenaltyPeriods
{
    private const string HeadApproval = "本机关负责人批准";

    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        // Rows 1–2: 15 working days to verify a lead, +15 with the head's approval; art.18 para 2 excludes the
        // testing and identification time. VERIFIED (secondary: official bureau page quoting art.18).
        Rule("penalty.filing-review", "立案审查期限", "发现线索或者收到材料之日", WorkingDays(15),
            PenaltyProcedure + "第十八条", PenaltyProcedure2021,
            extensions: [new(WorkingDays(15), HeadApproval, PenaltyProcedure + "第十八条")],
            excluded: ["检测", "检验", "检疫", "鉴定", "权利人辨认或者鉴别"]),

        // Rows 3–4: 90 days is VERIFIED in 行政处罚法 art.60; the +30 days and the number "art.64" are secondary and
        // legal-rules.md flags the number as UNVERIFIED, hence Verified = false. The further extension decided by
        // 负责人集体讨论 has no fixed length (the heads set a "reasonable" period), so it is not an entry here: the case
        // records that decision with its own end date.
        Rule("penalty.decision", "行政处罚决定期限", "立案之日", Days(90),
            PenaltyLaw + "第六十条；" + PenaltyProcedure + "第六十四条", PenaltyProcedure2021,
            extensions: [new(Days(30), HeadApproval, PenaltyProcedure + "第六十四条")],
            excluded: ["中止", "听证", "公告", "检测", "检验", "检疫", "鉴定", "权利人辨认或者鉴别", "责令退还多收价款"],
            verified: false),

        // Row 5: 五日 = working days (art.85). VERIFIED.
        Rule("hearing.request", "听证申请期限", "行政机关告知听证权利之日", WorkingDays(5),
            PenaltyLaw + "第六十四条、第八十五条", PenaltyLaw2021),

        // Row 6: the notice goes out at least 七日 (working days, art.85) before the hearing: counted back. VERIFIED.
        Rule("hearing.notice", "听证通知期限", "举行听证之日", WorkingDays(7),
            PenaltyLaw + "第六十四条、第八十五条", PenaltyLaw2021, beforeEvent: true),

        // Row 7: seen only in a non-official flow chart; the article number is unknown. Setting default.
        Rule("penalty.statement", "陈述、申辩期限", "当事人收到行政处罚告知书之日", WorkingDays(5),
            PenaltyProcedure + "（陈述、申辩期限，条号待核实）；" + PenaltyLaw + "第四十四条、第四十五条", PenaltyProcedure2021,
            verified: false),

        // Row 8: same flow chart. It says the review "may be extended with approval" without a length, so no
        // extension entry: an approved extension is recorded on the case. Setting default.
        Rule("penalty.legal-review", "法制审核期限", "法制审核机构收到送审材料之日", WorkingDays(10),
            PenaltyProcedure + "（案件审核期限，条号待核实）", PenaltyProcedure2021,
            verified: false),

        // Row 9: 七日 = working days (art.85). VERIFIED.
        Rule("penalty.decision-service", "行政处罚决定书送达期限（当事人不在场）", "宣告行政处罚决定之日", WorkingDays(7),
            PenaltyLaw + "第六十一条、第八十五条", PenaltyLaw2021),

        // Row 10: 十五日 is not one of art.85's working-day periods, so calendar days. The 3% daily surcharge of
        // art.72 is an amount, not a period. VERIFIED.
        Rule("penalty.fine-payment", "罚款缴纳期限", "当事人收到行政处罚决定书之日", Days(15),
            PenaltyLaw + "第六十七条", PenaltyLaw2021),

        // Rows 11–13: 总局令第45号 arts.9–11. VERIFIED (LR text).
        Rule("publicity.penalty", "行政处罚信息公示期限", "作出行政处罚决定之日", WorkingDays(20),
            PenaltyPublicity + "第九条", PenaltyPublicity2021),
        Rule("publicity.penalty-push", "行政处罚信息推送期限（当事人登记地在外省）", "作出行政处罚决定之日", WorkingDays(10),
            PenaltyPublicity + "第十条", PenaltyPublicity2021),
        Rule("publicity.penalty-assisted", "协助公示期限（外省推送的行政处罚信息）", "收到推送的行政处罚信息之日", WorkingDays(10),
            PenaltyPublicity + "第十条", PenaltyPublicity2021),
        // Art.11 names no start event; the period can only run from the change of the decision.
        Rule("publicity.penalty-withdrawal", "行政处罚公示信息撤回期限", "行政处罚决定被依法变更、撤销、确认违法或者确认无效之日",
            WorkingDays(3), PenaltyPublicity + "第十一条", PenaltyPublicity2021),
    ];
}
