using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Documents;
using static Zhibao.Web.Cases.CaseDocumentValues;

namespace Zhibao.Web.Cases;

/// <summary>
/// The placeholder values of the documents of a patent-infringement dispute adjudication (国家知识产权局令第81号) and of
/// a mediation, taken from the case; and whether the case has reached the point where each document makes sense.
/// </summary>
public static class DisputeDocumentValues
{
    private const string Measures = "《专利纠纷行政裁决和调解办法》";
    private const string PatentLaw = "《中华人民共和国专利法》";

    /// <summary>Why the document cannot be made yet (or at all) for this adjudication case; null when it can.</summary>
    public static string? NotYet(CaseDocumentKind kind, AdjudicationCase c) => kind switch
    {
        CaseDocumentKind.AcceptanceNotice or CaseDocumentKind.AnswerNotice when c.FiledOn is null =>
            $"案件尚未立案，不能制作{kind.ChineseName()}",
        CaseDocumentKind.NonAcceptanceNotice when c.NotFiledOn is null =>
            c.FiledOn is null ? "尚未作出不予受理决定，不能制作不予受理通知书" : "案件已立案，不适用不予受理通知书",
        CaseDocumentKind.CorrectionNotice when c.CorrectionNoticeOn is null => "本案未发出补正通知（请先执行“补正通知”并列明补正内容和期限）",
        CaseDocumentKind.OralHearingNotice when c.HearingOn is null => "尚未安排口头审理（请先执行“口头审理通知”并填写审理日期）",
        CaseDocumentKind.SuspensionNotice when Suspension(c) is null => "本案没有中止处理，不能制作中止通知书",
        CaseDocumentKind.AdjudicationDecision when c.Closure != AdjudicationClosure.Adjudication => Closure(c, "行政裁决书"),
        CaseDocumentKind.RevocationDecision when c.Closure != AdjudicationClosure.Revocation => Closure(c, "撤销案件决定书"),
        CaseDocumentKind.MediationAgreement when c.Closure != AdjudicationClosure.Mediation => Closure(c, "调解协议书"),
        _ => null,
    };

    /// <summary>Why the mediation has no agreement document yet; null when it has one.</summary>
    public static string? NotYet(CaseDocumentKind kind, MediationCase m) => kind switch
    {
        CaseDocumentKind.MediationAgreement when m.AgreementSignedOn is null => "尚未达成调解协议，不能制作调解协议书",
        _ => null,
    };

    private static string Closure(AdjudicationCase c, string document) => c.Closure is { } closure
        ? $"本案的结案方式为“{AdjudicationWorkflow.Name(closure)}”，不适用{document}"
        : $"案件尚未结案，不能制作{document}";

    /// <summary>The 中止 the suspension notice is about: the open one, else the last.</summary>
    private static CasePause? Suspension(AdjudicationCase c) =>
        c.Pauses.Where(p => p.Kind == "中止").OrderBy(p => p.ResumedOn is null).ThenBy(p => p.PausedOn).ThenBy(p => p.Id).LastOrDefault();

    public static Dictionary<string, string> For(
        CaseDocumentKind kind, AdjudicationCase c, string bureauName, IReadOnlyDictionary<string, string> settings, DateOnly today)
    {
        var values = Common(c, bureauName);
        var respondents = Names(c, CasePartyRole.Respondent);
        var requesters = Names(c, CasePartyRole.Requester);
        var kindName = AdjudicationRules.Name(c.PatentKind);
        var design = c.PatentKind == Domain.Identifiers.PatentKind.Design;
        var patent = $"{c.PatentNumber}号{kindName}专利权";
        var suspension = Suspension(c);
        values["请求人资格"] = AdjudicationRules.Name(c.RequesterStanding);
        values["专利号"] = c.PatentNumber;
        values["专利类型"] = kindName;
        values["专利名称"] = c.PatentTitle ?? c.Rights.FirstOrDefault(r => r.Kind == RightKind.Patent)?.Name ?? "";
        values["请求事项"] = c.Summary ?? "";
        values["合议组"] = Panel(c);
        values["补正事项"] = c.CorrectionItems ?? "";
        values["补正期限"] = Date(c.CorrectionDueOn);
        values["不予立案理由"] = c.NotFiledReason ?? "";
        // art.16 when a defect was not cured in time, otherwise the acceptance conditions of art.12; art.20 either way.
        values["不予受理依据"] = Measures + (c.CorrectionNoticeOn is not null && c.CorrectedOn is null ? "第十六条、第二十条" : "第十二条、第二十条");
        values["答辩期限"] = c.RespondentWithoutDomicile ? "三十日" : "十五日";
        values["口头审理日期"] = Date(c.HearingOn);
        values["中止事由"] = suspension?.Reason ?? "";
        values["中止日期"] = Date(suspension?.PausedOn);
        values["审理经过"] = Course(c);
        values["审理查明"] = c.HearingRecord ?? "";
        if (c.Closure == AdjudicationClosure.Adjudication)
        {
            values["裁决理由"] = c.ClosureContent ?? "";
            // 专利法第十一条 (the exclusive right: para 1 inventions and utility models, para 2 designs) when infringement is
            // found; 第六十四条 (scope of protection, same split) when it is not; 第六十五条 (handling by the office) always.
            values["裁决依据"] = c.InfringementFound == true
                ? $"{PatentLaw}第十一条{(design ? "第二款" : "第一款")}、第六十五条"
                : $"{PatentLaw}第六十四条{(design ? "第二款" : "第一款")}、第六十五条";
            values["裁决结果"] = c.InfringementFound == true
                ? $"责令被请求人{respondents}立即停止侵犯请求人{requesters}{patent}的行为。"
                : $"被请求人{respondents}的行为不构成对请求人{requesters}{patent}的侵犯，对请求人责令被请求人停止侵权行为的请求不予支持。";
        }
        if (c.Closure == AdjudicationClosure.Revocation)
        {
            values["撤销情形"] = c.RevocationGround ?? "";
            values["撤销理由"] = c.ClosureContent ?? "";
        }
        if (c.Closure == AdjudicationClosure.Mediation)
        {
            // 调解结案 (art.30(2)): the agreement reached during the adjudication, signed on the closing day.
            values["纠纷类型"] = "专利侵权";
            values["调解组织"] = bureauName;
            values["调解人员"] = string.Join("、", Officers(c).Select(o => o.Name));
            values["调解依据"] = Measures + "第三十条第（二）项、第三十五条";
            values["协议内容"] = c.ClosureContent ?? "";
            values["协议金额"] = "见协议内容";
            values["协议签署日期"] = Date(c.ClosedOn);
            values["协议生效日期"] = Date(c.ClosedOn);
            values["协议效力说明"] = "双方当事人可以自本协议生效之日起三十日内，共同向有管辖权的人民法院申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）。"
                + "本协议含给付内容并载明债务人不履行时接受强制执行承诺的，可以依法办理赋予强制执行效力的债权文书公证（" + Measures + "第三十五条）。";
        }
        values["日期"] = Date(kind switch
        {
            CaseDocumentKind.AcceptanceNotice => c.FiledOn,
            CaseDocumentKind.NonAcceptanceNotice => c.NotFiledOn,
            CaseDocumentKind.CorrectionNotice => c.CorrectionNoticeOn,
            CaseDocumentKind.OralHearingNotice => c.HearingNotifiedOn,
            CaseDocumentKind.SuspensionNotice => suspension?.PausedOn,
            CaseDocumentKind.AdjudicationDecision or CaseDocumentKind.RevocationDecision or CaseDocumentKind.MediationAgreement => c.ClosedOn,
            _ => null,
        } ?? today);
        return FillRest(values, settings);
    }

    public static Dictionary<string, string> For(
        CaseDocumentKind kind, MediationCase m, string bureauName, IReadOnlyDictionary<string, string> settings, DateOnly today,
        IReadOnlyDictionary<int, string> unitNames)
    {
        var values = Common(m, bureauName);
        var patentDispute = MediationRules.IsPatentDispute(m.DisputeType);
        values["纠纷类型"] = m.DisputeType;
        values["专利号"] = m.PatentNumber ?? "";
        values["专利类型"] = m.PatentKind is { } k ? AdjudicationRules.Name(k) : "";
        values["请求事项"] = m.Summary ?? "";
        values["不予立案理由"] = m.NotFiledReason ?? "";
        values["调解组织"] = m.MediatorOrgUnitId is { } org && unitNames.TryGetValue(org, out var orgName) ? orgName : bureauName;
        values["调解人员"] = string.Join("、", new[] { m.MediatorName }.Concat(Officers(m).Select(o => o.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct());
        values["调解依据"] = (m.MediationType, m.DisputeType) switch
        {
            (MediationType.Administrative, "专利侵权赔偿数额") => $"{PatentLaw}第六十五条、{Measures}第六十九条",
            (MediationType.Administrative, _) when patentDispute => Measures + "第六十三条、第六十九条",
            (MediationType.Administrative, "商标侵权赔偿数额") => "《中华人民共和国商标法》第六十条第三款",
            (MediationType.Peoples, _) => "《中华人民共和国人民调解法》第二十八条",
            _ => "有关法律、法规",
        };
        values["协议内容"] = m.AgreementContent ?? "";
        values["协议金额"] = m.AgreedAmount is { } amount and > 0 ? Amount(amount) : m.HasPaymentTerms ? "见协议内容" : "无";
        values["协议签署日期"] = Date(m.AgreementSignedOn);
        values["协议生效日期"] = Date(m.AgreementEffectiveOn ?? m.AgreementSignedOn);
        // 民诉法解释第三百五十五条: no judicial confirmation of an agreement that settles who owns the right.
        var confirmation = MediationRules.ConfirmsOwnership(m.DisputeType)
            ? "本协议涉及知识产权确权，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条的规定，不能申请司法确认。"
            : "双方当事人可以自本协议生效之日起三十日内，共同向有管辖权的人民法院申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）。";
        var notarisation = !m.HasPaymentTerms ? ""
            : "本协议含给付内容，债务人承诺不履行时接受强制执行的，可以依法办理赋予强制执行效力的债权文书公证"
              + (patentDispute ? "（" + Measures + "第三十五条、第六十九条）。" : "。");
        values["协议效力说明"] = confirmation + notarisation;
        values["日期"] = Date(kind == CaseDocumentKind.MediationAgreement ? m.AgreementSignedOn ?? today : today);
        return FillRest(values, settings);
    }

    /// <summary>What every document of a dispute names: the bureau, the case, both sides, the officers and the request.</summary>
    private static Dictionary<string, string> Common(Case c, string bureauName)
    {
        var requester = First(c, CasePartyRole.Requester);
        var respondent = First(c, CasePartyRole.Respondent);
        var lead = Officers(c).FirstOrDefault();
        return new Dictionary<string, string>
        {
            ["机关名称"] = bureauName,
            ["文书编号"] = c.CaseNumber ?? $"请求第{c.Id}号",
            ["案号"] = c.CaseNumber ?? "",
            ["案件名称"] = c.Title,
            ["案由"] = c.Subject,
            ["案件来源"] = c.Source,
            ["收到请求日期"] = Date(c.ReceivedOn),
            ["立案日期"] = Date(c.FiledOn),
            ["请求人名称"] = Names(c, CasePartyRole.Requester),
            ["请求人住所"] = requester?.Address ?? "",
            ["请求人法定代表人"] = requester?.LegalRepresentative ?? "",
            ["被请求人名称"] = Names(c, CasePartyRole.Respondent),
            ["被请求人住所"] = respondent?.Address ?? "",
            ["被请求人法定代表人"] = respondent?.LegalRepresentative ?? "",
            ["涉案权利"] = string.Join("；", c.Rights.Select(Describe)),
            ["承办人"] = lead is null ? "" : $"{lead.Name}（执法证号{lead.CertificateNumber}）",
        };
    }

    /// <summary>The officers, the lead (组长) first.</summary>
    private static List<Officer> Officers(Case c) =>
        c.Officers.Where(o => o.Officer is not null).OrderByDescending(o => o.IsLead).ThenBy(o => o.Id).Select(o => o.Officer!).ToList();

    private static string Panel(Case c) =>
        string.Join("、", Officers(c).Select((o, i) => i == 0 ? $"{o.Name}（组长）" : o.Name));

    private static Party? First(Case c, CasePartyRole role) =>
        c.Parties.Where(p => p.Role == role && p.Party is not null).OrderBy(p => p.Id).Select(p => p.Party).FirstOrDefault();

    private static string Names(Case c, CasePartyRole role) =>
        string.Join("、", c.Parties.Where(p => p.Role == role && p.Party is not null).OrderBy(p => p.Id).Select(p => p.Party!.Name));

    /// <summary>Service, answer, suspensions and the oral hearing, as the decision tells them ("" when nothing is recorded).</summary>
    private static string Course(AdjudicationCase c)
    {
        var steps = new List<string>();
        if (c.RequestServedOn is { } served)
        {
            steps.Add($"本局于{Date(served)}向被请求人送达请求书副本");
            steps.Add(c.AnswerReceivedOn is { } answered ? $"被请求人于{Date(answered)}提交答辩书" : "被请求人未提交答辩书");
        }
        foreach (var p in c.Pauses.Where(p => p.Kind == "中止").OrderBy(p => p.PausedOn))
        {
            steps.Add($"因{p.Reason}，本局于{Date(p.PausedOn)}中止处理" + (p.ResumedOn is { } resumed ? $"，于{Date(resumed)}恢复处理" : ""));
        }
        if (c.HearingHeldOn is { } held)
        {
            var appearance = (c.RequesterAppeared, c.RespondentAppeared) switch
            {
                (false, false) => "请求人、被请求人均未到庭",
                (false, _) => "请求人无正当理由未到庭",
                (_, false) => "被请求人经依法通知无正当理由未到庭，本局依法缺席审理",
                _ => "请求人、被请求人均到庭参加",
            };
            steps.Add($"{Date(held)}，本局依法进行了口头审理，{appearance}");
        }
        return steps.Count == 0 ? "" : string.Join("；", steps) + "。";
    }

    /// <summary>"人民币30,000.00元（叁万元整）"; an amount finer than 分 keeps its figures only.</summary>
    private static string Amount(decimal amount) => decimal.Round(amount, 2) == amount
        ? $"人民币{Money(amount)}元（{AmountInWords.Format(amount)}）"
        : $"人民币{amount.ToString(CultureInfo.InvariantCulture)}元";
}
