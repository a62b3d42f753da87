namespace Zhibao.Documents;

/// <summary>
/// The case documents (文书) the system generates: those of an administrative penalty case, of a patent-infringement
/// dispute adjudication (国家知识产权局令第81号) and the mediation agreement. <see cref="CaseDocumentKindExtensions.Group"/>
/// says which kind of case each belongs to.
/// </summary>
public enum CaseDocumentKind
{
    /// <summary>立案审批表.</summary>
    FilingApproval,
    /// <summary>不予立案审批表.</summary>
    NotFilingApproval,
    /// <summary>行政处罚告知书 (陈述、申辩).</summary>
    PenaltyNotice,
    /// <summary>听证告知书.</summary>
    HearingNotice,
    /// <summary>行政处罚决定书.</summary>
    PenaltyDecision,
    /// <summary>涉嫌犯罪案件移送书.</summary>
    CriminalReferralLetter,
    /// <summary>送达回证.</summary>
    ServiceReceipt,
    /// <summary>结案审批表.</summary>
    ClosingApproval,

    /// <summary>受理通知书 (令第81号第二十条; names the panel, so the recusal period of art.5 starts).</summary>
    AcceptanceNotice,
    /// <summary>不予受理通知书 (arts.16, 20).</summary>
    NonAcceptanceNotice,
    /// <summary>补正通知书 (art.16: once, complete, with a time limit).</summary>
    CorrectionNotice,
    /// <summary>答辩通知书 (art.22: 15 days, 30 without a domicile in China).</summary>
    AnswerNotice,
    /// <summary>口头审理通知书 (art.26).</summary>
    OralHearingNotice,
    /// <summary>中止通知书 (art.28).</summary>
    SuspensionNotice,
    /// <summary>行政裁决书 (art.30(1); 专利法第六十五条).</summary>
    AdjudicationDecision,
    /// <summary>撤销案件决定书 (arts.30(3), 36).</summary>
    RevocationDecision,

    /// <summary>调解协议书 (令第81号第三十五条、第六十九条; 人民调解法第二十八条).</summary>
    MediationAgreement,
}

/// <summary>The kind of case a document is made for.</summary>
public enum CaseDocumentGroup
{
    /// <summary>行政处罚案件.</summary>
    Penalty,
    /// <summary>专利侵权纠纷行政裁决案件.</summary>
    Adjudication,
    /// <summary>调解 (also an adjudication closed by mediation, 令第81号第三十条第（二）项).</summary>
    Mediation,
}

public static class CaseDocumentKindExtensions
{
    /// <summary>The document's Chinese name, as printed in its title.</summary>
    public static string ChineseName(this CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.FilingApproval => "立案审批表",
        CaseDocumentKind.NotFilingApproval => "不予立案审批表",
        CaseDocumentKind.PenaltyNotice => "行政处罚告知书",
        CaseDocumentKind.HearingNotice => "听证告知书",
        CaseDocumentKind.PenaltyDecision => "行政处罚决定书",
        CaseDocumentKind.CriminalReferralLetter => "涉嫌犯罪案件移送书",
        CaseDocumentKind.ServiceReceipt => "送达回证",
        CaseDocumentKind.ClosingApproval => "结案审批表",
        CaseDocumentKind.AcceptanceNotice => "受理通知书",
        CaseDocumentKind.NonAcceptanceNotice => "不予受理通知书",
        CaseDocumentKind.CorrectionNotice => "补正通知书",
        CaseDocumentKind.AnswerNotice => "答辩通知书",
        CaseDocumentKind.OralHearingNotice => "口头审理通知书",
        CaseDocumentKind.SuspensionNotice => "中止通知书",
        CaseDocumentKind.AdjudicationDecision => "行政裁决书",
        CaseDocumentKind.RevocationDecision => "撤销案件决定书",
        CaseDocumentKind.MediationAgreement => "调解协议书",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of case the document belongs to.</summary>
    public static CaseDocumentGroup Group(this CaseDocumentKind kind) => kind switch
    {
        <= CaseDocumentKind.ClosingApproval => CaseDocumentGroup.Penalty,
        <= CaseDocumentKind.RevocationDecision => CaseDocumentGroup.Adjudication,
        CaseDocumentKind.MediationAgreement => CaseDocumentGroup.Mediation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The documents of one kind of case, in the order the case is worked.</summary>
    public static IReadOnlyList<CaseDocumentKind> Of(CaseDocumentGroup group) =>
        Enum.GetValues<CaseDocumentKind>().Where(k => k.Group() == group).ToList();

    public static string ChineseName(this CaseDocumentGroup group) => group switch
    {
        CaseDocumentGroup.Penalty => "行政处罚",
        CaseDocumentGroup.Adjudication => "专利侵权纠纷行政裁决",
        CaseDocumentGroup.Mediation => "调解",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    /// <summary>
    /// The download file name, e.g. "行政处罚决定书.docx", or "津辰市监知罚〔2025〕12号-行政处罚决定书.docx" with a case
    /// number. Characters that Windows forbids in file names are replaced so the name survives any download.
    /// </summary>
    public static string FileName(this CaseDocumentKind kind, string? caseNumber = null)
    {
        var name = string.IsNullOrWhiteSpace(caseNumber) ? kind.ChineseName() : $"{caseNumber.Trim()}-{kind.ChineseName()}";
        foreach (var c in ForbiddenInFileNames)
        {
            name = name.Replace(c, '_');
        }
        return name + ".docx";
    }

    private static readonly char[] ForbiddenInFileNames = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'];
}
