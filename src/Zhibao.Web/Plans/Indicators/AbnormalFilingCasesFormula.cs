namespace Zhibao.Web.Plans.Indicators;

/// <summary>非正常专利申请和恶意商标注册类案件数 (seed task 4): penalty cases filed in the period on those subjects or on agency violations.</summary>
public sealed class AbnormalFilingCasesFormula()
    : SubjectCasesFormula("penalty.abnormal-filing-cases", "非正常专利申请和恶意商标注册类案件数", ["非正常专利申请", "恶意商标注册", "代理违法"]);
