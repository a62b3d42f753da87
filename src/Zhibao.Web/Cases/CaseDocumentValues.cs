using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Documents;

namespace Zhibao.Web.Cases;

/// <summary>
/// The placeholder values of a case's documents (Zhibao.Documents catalogue keys), taken from the case record. Values
/// the case does not hold (bank, review organ, court) come from 系统设置 "Documents.&lt;key&gt;" or the catalogue default.
/// </summary>
public static class CaseDocumentValues
{
    public static Dictionary<string, string> For(
        CaseDocumentKind kind, PenaltyCase c, string bureauName, IReadOnlyDictionary<string, string> settings, DateOnly today,
        IReadOnlyDictionary<int, string> unitNames, string? declineReason)
    {
        var respondents = c.Parties.Where(p => p.Role == CasePartyRole.Respondent && p.Party is not null).Select(p => p.Party!).ToList();
        var first = respondents.FirstOrDefault();
        var referral = c.Referrals.OrderByDescending(r => r.Id).FirstOrDefault();
        var approval = c.Approvals.Where(a => a.Status == ApprovalStatus.Approved && a.Kind == ApprovalOf(kind)).MaxBy(a => a.Id);
        var values = new Dictionary<string, string>
        {
            ["机关名称"] = bureauName,
            ["文书编号"] = c.CaseNumber ?? $"线索第{c.Id}号",
            ["案号"] = c.CaseNumber ?? "",
            ["案件名称"] = c.Title,
            ["案由"] = $"涉嫌{c.Subject}",
            ["案件来源"] = c.Source,
            ["线索时间"] = Date(c.ReceivedOn),
            ["简要案情"] = c.Summary ?? "",
            ["当事人名称"] = string.Join("、", respondents.Select(p => p.Name)),
            ["当事人类型"] = first is null ? "" : first.Kind == PartyKind.Person ? "自然人" : "法人或其他组织",
            ["统一社会信用代码或身份证号"] = first is null ? "" : (first.Kind == PartyKind.Person ? first.ResidentIdNumber : first.UnifiedSocialCreditCode) ?? "",
            ["法定代表人"] = first?.LegalRepresentative ?? "",
            ["当事人地址"] = first?.Address ?? "",
            ["联系电话"] = first?.Phone ?? "",
            ["涉案权利"] = string.Join("；", c.Rights.Select(Describe)),
            ["承办人"] = string.Join("、", c.Officers.Where(o => o.Officer is not null).Select(o => $"{o.Officer!.Name}（执法证号{o.Officer.CertificateNumber}）")),
            ["立案日期"] = Date(c.FiledOn),
            ["不予立案理由"] = declineReason ?? "",
            ["违法事实"] = c.Summary ?? "",
            ["证据"] = string.Join("\n", c.Attachments.Where(a => !a.IsDeleted && a.Category == "证据")
                .Select((a, i) => $"{i + 1}.{a.Description ?? Path.GetFileNameWithoutExtension(a.FileName)}；")),
            ["违反条款"] = ViolatedArticle(c.Subject),
            ["处罚依据"] = PenaltyBasis(c.Subject),
            ["处罚内容"] = c.DecisionContent ?? (c.FineAmount is { } f ? $"罚款人民币{Money(f)}元。" : ""),
            ["罚款金额"] = c.FineAmount is { } fine ? Money(fine) : "",
            ["罚款金额大写"] = c.FineAmount is { } words ? AmountInWords.Format(words) : "",
            ["没收违法所得"] = c.ConfiscatedAmount is { } confiscated ? Money(confiscated) : "",
            ["陈述申辩期限"] = "五个工作日",
            ["听证申请期限"] = "五个工作日",
            ["决定日期"] = Date(c.DecidedOn),
            ["送达文书名称"] = c.CaseNumber is null ? "行政处罚决定书" : $"行政处罚决定书（{c.CaseNumber}）",
            ["受送达人"] = string.Join("、", respondents.Select(p => p.Name)),
            ["送达方式"] = c.ServiceMethod ?? "",
            ["送达地点"] = first?.Address ?? "",
            ["移送机关"] = referral?.PoliceUnitId is { } police && unitNames.TryGetValue(police, out var policeName) ? policeName : "",
            ["涉嫌罪名"] = referral?.SuspectedOffence ?? "",
            ["执行情况"] = c.PaidOn is { } paid ? $"当事人已于{Date(paid)}缴纳罚款人民币{Money(c.PaidAmount ?? 0)}元。" : "",
            ["结案理由"] = c.Outcome switch
            {
                DecisionOutcome.Penalty => "行政处罚决定已执行完毕",
                DecisionOutcome.NoPenalty => "作出不予行政处罚决定",
                DecisionOutcome.TransferToDepartment => "案件已移送其他行政管理部门",
                DecisionOutcome.TransferToJudiciary => "案件已移送司法机关",
                _ => "",
            },
            ["审批意见"] = approval?.DecisionComment ?? "",
            ["审批人"] = approval?.DecidedByName ?? "",
            ["审批日期"] = approval?.DecidedAt is { } at ? Date(DateOnly.FromDateTime(Platform.Clock.ToChina(at))) : "",
            ["日期"] = Date(today),
        };
        return FillRest(values, settings);
    }

    /// <summary>
    /// Facts of the bureau, not of a case: the settings "Documents.&lt;key&gt;" override the catalogue's wording (a
    /// court, a bank, a hearing room).
    /// </summary>
    public static readonly IReadOnlySet<string> BureauWide = new HashSet<string>
    {
        "承办人电话", "缴款银行", "复议机关", "管辖法院", "抄送机关", "口头审理地点", "裁决诉讼法院",
    };

    /// <summary>
    /// Every catalogue key the case did not fill: a bureau-wide key from its setting or the catalogue's wording, any
    /// other key empty, so a replaced template using a key of another kind of case never prints sample data.
    /// </summary>
    internal static Dictionary<string, string> FillRest(Dictionary<string, string> values, IReadOnlyDictionary<string, string> settings)
    {
        foreach (var field in CaseDocumentFields.Catalogue.Where(f => !values.ContainsKey(f.Key)))
        {
            values[field.Key] = BureauWide.Contains(field.Key) ? settings.GetValueOrDefault($"Documents.{field.Key}") ?? field.Sample : "";
        }
        return values;
    }

    public static ApprovalKind? ApprovalOf(CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.FilingApproval => ApprovalKind.Filing,
        CaseDocumentKind.NotFilingApproval => ApprovalKind.NotFiling,
        CaseDocumentKind.ClosingApproval => ApprovalKind.Closing,
        CaseDocumentKind.PenaltyDecision => ApprovalKind.Decision,
        _ => null,
    };

    /// <summary>Whether the case has reached the point where the document makes sense.</summary>
    public static string? NotYet(CaseDocumentKind kind, PenaltyCase c) => kind switch
    {
        CaseDocumentKind.NotFilingApproval when c.Status != nameof(PenaltyCaseStatus.NotFiled) && c.FiledOn is not null => "案件已立案，不适用不予立案审批表",
        CaseDocumentKind.PenaltyNotice or CaseDocumentKind.HearingNotice when c.ReviewedOn is null => "案件尚未通过审核，不能制作告知书",
        CaseDocumentKind.HearingNotice when !c.HearingRightNotified && c.NotifiedOn is not null => "本案拟处罚未达听证数额，无需听证告知书",
        CaseDocumentKind.PenaltyDecision or CaseDocumentKind.ServiceReceipt when c.DecidedOn is null => "尚未作出行政处罚决定",
        CaseDocumentKind.CriminalReferralLetter when c.Referrals.Count == 0 => "本案没有涉嫌犯罪移送",
        CaseDocumentKind.ClosingApproval when c.DecidedOn is null && c.NotFiledOn is null => "尚未作出处理决定，不能结案",
        _ => null,
    };

    internal static string Describe(CaseRight r) => r.Kind switch
    {
        RightKind.Trademark => $"第{r.Number}号“{r.Name}”注册商标专用权（核定使用商品/服务第{r.NiceClass}类）",
        RightKind.Patent => $"专利号{r.Number}“{r.Name}”专利",
        RightKind.GeographicalIndication => $"“{r.Name}”地理标志",
        RightKind.OfficialMark => $"“{r.Name}”官方标志",
        RightKind.SpecialMark => $"“{r.Name}”特殊标志（{r.Number}）",
        _ => r.Name,
    } + (r.Holder is null ? "" : $"，权利人{r.Holder}");

    // The usual articles per subject; the officer edits the generated document where the facts call for others.
    private static string ViolatedArticle(string subject) => subject switch
    {
        "商标侵权" => "《中华人民共和国商标法》第五十七条",
        "假冒专利" => "《中华人民共和国专利法》第六十八条",
        "地理标志" => "《地理标志产品保护办法》",
        "特殊标志" => "《特殊标志管理条例》",
        _ => "",
    };

    private static string PenaltyBasis(string subject) => subject switch
    {
        "商标侵权" => "《中华人民共和国商标法》第六十条第二款",
        "假冒专利" => "《中华人民共和国专利法》第六十八条",
        _ => "",
    };

    internal static string Date(DateOnly? date) =>
        date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    internal static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);
}
