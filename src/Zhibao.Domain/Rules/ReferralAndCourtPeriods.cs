using static Zhibao.Domain.Rules.Sources;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Criminal referral to the police and judicial confirmation of mediation agreements: legal-rules.md §0 rows 30–36.
/// </summary>
/// <remarks>
/// 国务院令310 writes 3日 and 24小时 without saying whether the days are working days; README counting rule 7 counts them
/// as calendar days by default (a setting may switch them). The 24 hours are plain elapsed hours (rule 6): the clock
/// gives the date; the referral module checks the exact hour with DeadlineCalculator.AddHours. Only the 2020 revision is
/// catalogued: legal-rules.md does not give the 2001 text's periods.
/// </remarks>
internal static class ReferralAndCourtPeriods
{
    public static IReadOnlyList<StatutoryPeriod> All { get; } =
    [
        // Rows 30–31: art.5. VERIFIED.
        Rule("referral.approval", "移送审批期限", "收到涉嫌犯罪案件移送报告之日", Days(3),
            CriminalReferral + "第五条", CriminalReferral2020),
        Rule("referral.police-handover", "向公安机关移送期限", "批准移送之时", Hours(24),
            CriminalReferral + "第五条", CriminalReferral2020),

        // Row 32: art.8. VERIFIED.
        Rule("referral.police-review", "公安机关审查期限", "公安机关接受移送案件之日", Days(3),
            CriminalReferral + "第八条", CriminalReferral2020),

        // Row 33: art.9, three successive 3-day steps. VERIFIED.
        Rule("referral.reconsideration-request", "提请复议期限", "收到不予立案通知书之日", Days(3),
            CriminalReferral + "第九条", CriminalReferral2020),
        Rule("referral.reconsideration-decision", "公安机关复议决定期限", "公安机关收到复议申请之日", Days(3),
            CriminalReferral + "第九条", CriminalReferral2020),
        Rule("referral.procuratorate-supervision", "建议人民检察院立案监督期限", "收到公安机关复议决定之日", Days(3),
            CriminalReferral + "第九条", CriminalReferral2020),

        // Row 34: art.12. VERIFIED.
        Rule("referral.goods-handover", "涉案物品和材料移交期限", "收到公安机关立案通知书之日", Days(3),
            CriminalReferral + "第十二条", CriminalReferral2020),

        // Row 35: 30 days under both 人民调解法 art.33 and 民事诉讼法 (2023) art.205. The 民诉法 article number belongs to
        // the 2023 amendment, so it is cited only from that amendment's entry into force; before it the basis is
        // 人民调解法 art.33 alone. Both entry-into-force dates are from memory (see Sources). VERIFIED (period).
        Rule("judicial-confirmation.application", "司法确认申请期限", "调解协议生效之日", Days(30),
            PeoplesMediationLaw + "第三十三条", PeoplesMediationLaw2011, effectiveTo: CivilProcedure2023.AddDays(-1)),
        Rule("judicial-confirmation.application", "司法确认申请期限", "调解协议生效之日", Days(30),
            CivilProcedureLaw + "第二百零五条；" + PeoplesMediationLaw + "第三十三条", CivilProcedure2023),

        // Row 36: the court's own periods, tracked for reminders. VERIFIED.
        Rule("judicial-confirmation.acceptance", "人民法院受理期限", "人民法院收到司法确认申请之日", Days(3),
            JudicialConfirmationRules + "第四条", JudicialConfirmation2011),
        Rule("judicial-confirmation.decision", "司法确认决定期限", "人民法院受理司法确认申请之日", Days(15),
            JudicialConfirmationRules + "第五条", JudicialConfirmation2011,
            extensions: [new(Days(10), "本院院长批准", JudicialConfirmationRules + "第五条")]),
    ];
}
