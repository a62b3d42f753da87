namespace Zhibao.Documents;

/// <summary>The case documents (文书) of an administrative penalty case that the system generates.</summary>
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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
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
