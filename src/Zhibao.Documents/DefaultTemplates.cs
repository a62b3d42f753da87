namespace Zhibao.Documents;

/// <summary>
/// The templates used until an administrator uploads a replacement. The penalty documents follow
/// 《市场监督管理行政处罚文书格式范本（2021年修订版）》 and the articles it cites; the adjudication documents and the
/// mediation agreement follow 《专利纠纷行政裁决和调解办法》 (国家知识产权局令第81号, legal-rules.md §2.2, §2.4) and
/// 专利法第六十五条. Every variable part is a placeholder from <see cref="CaseDocumentFields.Catalogue"/>.
/// </summary>
public static class DefaultTemplates
{
    private static readonly string[] ApprovalRows = ["审批意见"];

    /// <summary>A fresh .docx of the default template for <paramref name="kind"/>.</summary>
    public static byte[] Build(CaseDocumentKind kind)
    {
        var writer = new TemplateWriter().Heading(kind.ChineseName());
        var filled = kind switch
        {
            CaseDocumentKind.FilingApproval => FilingApproval(writer),
            CaseDocumentKind.NotFilingApproval => NotFilingApproval(writer),
            CaseDocumentKind.PenaltyNotice => PenaltyNotice(writer),
            CaseDocumentKind.HearingNotice => HearingNotice(writer),
            CaseDocumentKind.PenaltyDecision => PenaltyDecision(writer),
            CaseDocumentKind.CriminalReferralLetter => CriminalReferralLetter(writer),
            CaseDocumentKind.ServiceReceipt => ServiceReceipt(writer),
            CaseDocumentKind.ClosingApproval => ClosingApproval(writer),
            CaseDocumentKind.AcceptanceNotice => AcceptanceNotice(writer),
            CaseDocumentKind.NonAcceptanceNotice => NonAcceptanceNotice(writer),
            CaseDocumentKind.CorrectionNotice => CorrectionNotice(writer),
            CaseDocumentKind.AnswerNotice => AnswerNotice(writer),
            CaseDocumentKind.OralHearingNotice => OralHearingNotice(writer),
            CaseDocumentKind.SuspensionNotice => SuspensionNotice(writer),
            CaseDocumentKind.AdjudicationDecision => AdjudicationDecision(writer),
            CaseDocumentKind.RevocationDecision => RevocationDecision(writer),
            CaseDocumentKind.MediationAgreement => MediationAgreement(writer),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return filled.Build(kind.ChineseName());
    }

    private static TemplateWriter FilingApproval(TemplateWriter w) => w
        .Number("案号：{{案号}}")
        .Table(header: true, tall: ["简要案情及立案理由", .. ApprovalRows],
            ("案件名称", "{{案件名称}}"),
            ("案件来源", "{{案件来源}}"),
            ("线索时间", "{{线索时间}}"),
            ("当事人", "{{当事人名称}}（{{当事人类型}}）"),
            ("统一社会信用代码\n（身份证件号码）", "{{统一社会信用代码或身份证号}}"),
            ("法定代表人\n（负责人）", "{{法定代表人}}"),
            ("住所（住址）", "{{当事人地址}}"),
            ("联系电话", "{{联系电话}}"),
            ("涉案权利", "{{涉案权利}}"),
            ("案由", "{{案由}}"),
            ("简要案情及立案理由", "{{简要案情}}"),
            ("承办人", "{{承办人}}"),
            ("立案日期", "{{立案日期}}"),
            ("审批意见", "{{审批意见}}"),
            ("审批人", "{{审批人}}"),
            ("日期", "{{审批日期}}"));

    // No 案号: a case number is assigned only when a case is filed.
    private static TemplateWriter NotFilingApproval(TemplateWriter w) => w
        .Number("编号：{{文书编号}}")
        .Table(header: true, tall: ["简要案情", "不予立案理由", .. ApprovalRows],
            ("案件来源", "{{案件来源}}"),
            ("线索时间", "{{线索时间}}"),
            ("当事人", "{{当事人名称}}（{{当事人类型}}）"),
            ("统一社会信用代码\n（身份证件号码）", "{{统一社会信用代码或身份证号}}"),
            ("住所（住址）", "{{当事人地址}}"),
            ("联系电话", "{{联系电话}}"),
            ("涉案权利", "{{涉案权利}}"),
            ("涉嫌违法行为", "{{案由}}"),
            ("简要案情", "{{简要案情}}"),
            ("不予立案理由", "{{不予立案理由}}"),
            ("承办人", "{{承办人}}"),
            ("审批意见", "{{审批意见}}"),
            ("审批人", "{{审批人}}"),
            ("日期", "{{审批日期}}"));

    // 行政处罚法第四十四条（告知）、第四十五条（陈述、申辩）; 程序规定: five working days from receipt.
    private static TemplateWriter PenaltyNotice(TemplateWriter w) => w
        .Number("{{文书编号}}")
        .Line("{{当事人名称}}：")
        .Paragraph("本局于{{立案日期}}对你（单位）涉嫌{{案由}}一案立案调查（案号：{{案号}}）。经查，{{违法事实}}")
        .Paragraph("以上事实，有下列证据证明：")
        .Items("{{证据}}")
        .Paragraph("你（单位）的上述行为违反了{{违反条款}}的规定。依据{{处罚依据}}的规定，本局拟对你（单位）作出如下行政处罚：")
        .Items("{{处罚内容}}")
        .Paragraph("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。"
            + "你（单位）如需陈述、申辩，应当在收到本告知书之日起{{陈述申辩期限}}内向本局提出；逾期未提出的，视为放弃上述权利。")
        .Paragraph("联系人：{{承办人}}")
        .Paragraph("联系电话：{{承办人电话}}")
        .Signature("{{机关名称}}", "{{日期}}");

    // 行政处罚法第六十三条、第六十四条; 《市场监督管理行政处罚听证办法》: request within five working days.
    private static TemplateWriter HearingNotice(TemplateWriter w) => w
        .Number("{{文书编号}}")
        .Line("{{当事人名称}}：")
        .Paragraph("本局对你（单位）涉嫌{{案由}}一案（案号：{{案号}}）进行了调查。经查，{{违法事实}}")
        .Paragraph("你（单位）的上述行为违反了{{违反条款}}的规定。依据{{处罚依据}}的规定，本局拟对你（单位）作出如下行政处罚：")
        .Items("{{处罚内容}}")
        .Paragraph("根据《中华人民共和国行政处罚法》第六十三条、第六十四条和《市场监督管理行政处罚听证办法》的规定，"
            + "你（单位）有要求举行听证的权利。你（单位）如要求听证，应当在收到本告知书之日起{{听证申请期限}}内向本局提出；"
            + "逾期未提出的，视为放弃听证权利。")
        .Paragraph("联系人：{{承办人}}")
        .Paragraph("联系电话：{{承办人电话}}")
        .Signature("{{机关名称}}", "{{日期}}");

    // Payment within 15 days; 3 % a day under 行政处罚法第七十二条第一款第（一）项; 复议 60 days, 诉讼 6 months;
    // no suspension while contested (第七十三条); publication (总局令第45号).
    private static TemplateWriter PenaltyDecision(TemplateWriter w) => w
        .Number("{{文书编号}}")
        .Line("当事人：{{当事人名称}}")
        .Line("统一社会信用代码（身份证件号码）：{{统一社会信用代码或身份证号}}")
        .Line("住所（住址）：{{当事人地址}}")
        .Line("法定代表人（负责人）：{{法定代表人}}")
        .Line("联系电话：{{联系电话}}")
        .Paragraph("本局于{{线索时间}}发现当事人涉嫌{{案由}}（案件来源：{{案件来源}}），于{{立案日期}}立案调查（案号：{{案号}}）。")
        .Paragraph("经查，{{违法事实}}")
        .Paragraph("上述事实，主要有以下证据证明：")
        .Items("{{证据}}")
        .Paragraph("本局认为，当事人的上述行为违反了{{违反条款}}的规定，构成{{案由}}的违法行为。")
        .Paragraph("依据{{处罚依据}}的规定，本局决定对当事人作出如下行政处罚：")
        .Items("{{处罚内容}}")
        .Paragraph("当事人应当自收到本行政处罚决定书之日起十五日内，将罚款人民币{{罚款金额}}元（{{罚款金额大写}}）"
            + "和没收的违法所得人民币{{没收违法所得}}元缴至{{缴款银行}}。到期不缴纳罚款的，本局可以依据"
            + "《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。")
        .Paragraph("当事人如不服本行政处罚决定，可以在收到本行政处罚决定书之日起六十日内向{{复议机关}}申请行政复议，"
            + "也可以在六个月内依法向{{管辖法院}}提起行政诉讼。申请行政复议或者提起行政诉讼期间，本行政处罚决定不停止执行，"
            + "法律另有规定的除外。")
        .Paragraph("当事人逾期不申请行政复议或者提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。")
        .Signature("{{机关名称}}", "{{决定日期}}")
        .Line("")
        .Line("（市场监督管理部门将依法向社会公示本行政处罚决定信息）");

    // 行政处罚法第二十七条; 《行政执法机关移送涉嫌犯罪案件的规定》第三条（移送）、第六条（随附材料）; copy to the procuratorate.
    private static TemplateWriter CriminalReferralLetter(TemplateWriter w) => w
        .Number("{{文书编号}}")
        .Line("{{移送机关}}：")
        .Paragraph("本局在查处{{当事人名称}}涉嫌{{案由}}一案（案号：{{案号}}）中，发现当事人的行为涉嫌构成{{涉嫌罪名}}。"
            + "根据《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》第三条的规定，"
            + "现将该案移送你局，请依法审查。")
        .Paragraph("附件：1.涉嫌犯罪案件情况的调查报告；2.涉案物品清单；3.有关检验报告或者鉴定意见；4.其他有关涉嫌犯罪的材料。")
        .Paragraph("涉案物品清单：")
        .Items("{{涉案物品清单}}")
        .Signature("{{机关名称}}", "{{日期}}")
        .Line("")
        .Line("抄送：{{抄送机关}}");

    private static TemplateWriter ServiceReceipt(TemplateWriter w) => w
        .Number("案号：{{案号}}")
        .Table(header: false, tall: ["受送达人签名或者盖章", "备注"],
            ("送达文书名称及文号", "{{送达文书名称}}"),
            ("受送达人", "{{受送达人}}"),
            ("送达地点", "{{送达地点}}"),
            ("送达方式", "{{送达方式}}"),
            ("送达人", "{{承办人}}"),
            ("受送达人签名或者盖章", "\n\n　　　　　　　　　　　　年　　月　　日"),
            ("代收人及代收理由", ""),
            ("见证人", ""),
            ("备注", ""));

    private static TemplateWriter ClosingApproval(TemplateWriter w) => w
        .Number("案号：{{案号}}")
        .Table(header: true, tall: ["执行情况", .. ApprovalRows],
            ("案件名称", "{{案件名称}}"),
            ("当事人", "{{当事人名称}}"),
            ("案由", "{{案由}}"),
            ("立案日期", "{{立案日期}}"),
            ("处罚决定", "{{处罚内容}}"),
            ("决定日期", "{{决定日期}}"),
            ("执行情况", "{{执行情况}}"),
            ("结案理由", "{{结案理由}}"),
            ("承办人", "{{承办人}}"),
            ("审批意见", "{{审批意见}}"),
            ("审批人", "{{审批人}}"),
            ("日期", "{{审批日期}}"));

    // ---- 专利侵权纠纷行政裁决 (令第81号) ----

    private const string Measures = "《专利纠纷行政裁决和调解办法》";

    private static TemplateWriter Parties(TemplateWriter w) => w
        .Line("请求人：{{请求人名称}}")
        .Line("住所（住址）：{{请求人住所}}")
        .Line("法定代表人（负责人）：{{请求人法定代表人}}")
        .Line("被请求人：{{被请求人名称}}")
        .Line("住所（住址）：{{被请求人住所}}")
        .Line("法定代表人（负责人）：{{被请求人法定代表人}}");

    private static TemplateWriter Contact(TemplateWriter w) => w
        .Paragraph("联系人：{{承办人}}")
        .Paragraph("联系电话：{{承办人电话}}");

    // art.20 立案 with a panel; art.5: recusal within 3 working days of learning the panel, at the latest when the oral
    // hearing starts; art.22: the request copy goes to the respondent within 5 working days.
    private static TemplateWriter AcceptanceNotice(TemplateWriter w) => Contact(w
        .Number("案号：{{案号}}")
        .Line("{{请求人名称}}：")
        .Paragraph("你方于{{收到请求日期}}提交的请求处理被请求人{{被请求人名称}}侵犯{{专利类型}}专利权（专利号：{{专利号}}，"
            + "专利名称：{{专利名称}}）纠纷的请求书及有关材料收悉。经审查，该请求符合" + Measures + "第十二条规定的受理条件。"
            + "根据该办法第二十条的规定，本局决定立案处理，案号为{{案号}}。")
        .Paragraph("本局依法组成合议组审理本案，合议组由{{合议组}}组成。你方认为合议组成员有应当回避情形的，可以依照" + Measures
            + "第五条的规定，自收到本通知书之日起三个工作日内提出回避申请，最迟不得晚于口头审理开始时；回避事由在口头审理开始后"
            + "知道的，可以在口头审理终结前提出。")
        .Paragraph("本局将自立案之日起五个工作日内将请求书副本送达被请求人（第二十二条）。请你方保持联系方式畅通，按照本局通知参加口头审理。"))
        .Signature("{{机关名称}}", "{{日期}}");

    // arts.16, 20: a request that fails the conditions, or a defect not cured in time, is not accepted, with reasons.
    private static TemplateWriter NonAcceptanceNotice(TemplateWriter w) => w
        .Number("{{文书编号}}")
        .Line("{{请求人名称}}：")
        .Paragraph("你方于{{收到请求日期}}提交的请求处理被请求人{{被请求人名称}}侵犯{{专利类型}}专利权（专利号：{{专利号}}）纠纷的"
            + "请求书及有关材料收悉。经审查，{{不予立案理由}}")
        .Paragraph("依据{{不予受理依据}}的规定，本局决定不予受理。")
        .Paragraph("你方可以依法就该专利侵权纠纷向人民法院提起诉讼。你方对本决定不服的，可以自收到本通知书之日起六十日内依法申请"
            + "行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。")
        .Signature("{{机关名称}}", "{{日期}}");

    // art.16: once, in writing, complete, with a time limit; not cured in time → 不予受理.
    private static TemplateWriter CorrectionNotice(TemplateWriter w) => Contact(w
        .Number("{{文书编号}}")
        .Line("{{请求人名称}}：")
        .Paragraph("你方于{{收到请求日期}}提交的请求处理被请求人{{被请求人名称}}侵犯{{专利类型}}专利权（专利号：{{专利号}}）纠纷的"
            + "请求书及有关材料收悉。经审查，请求书及有关材料不符合" + Measures + "第十四条、第十五条的规定。根据该办法第十六条的规定，"
            + "现一次性告知你方补正下列内容：")
        .Items("{{补正事项}}")
        .Paragraph("请你方于{{补正期限}}前（含当日）向本局提交补正材料。本局自收到补正材料之日起审查是否立案；期满未补正或者补正后"
            + "仍不符合规定的，本局将不予受理。"))
        .Signature("{{机关名称}}", "{{日期}}");

    // art.22: answer within 15 days of receipt, 30 without a fixed domicile in China; a late answer does not stop the case.
    private static TemplateWriter AnswerNotice(TemplateWriter w) => Contact(w
        .Number("案号：{{案号}}")
        .Line("{{被请求人名称}}：")
        .Paragraph("请求人{{请求人名称}}以你方侵犯其{{专利类型}}专利权（专利号：{{专利号}}，专利名称：{{专利名称}}）为由，向本局请求处理。"
            + "本局已于{{立案日期}}立案，现将请求书副本及有关证据材料送达你方。")
        .Paragraph("根据" + Measures + "第二十二条的规定，被请求人应当自收到请求书副本之日起十五日内提交答辩书；被请求人在中国境内"
            + "没有固定住所的，答辩期限为三十日。请你方自收到本通知书及请求书副本之日起{{答辩期限}}内，向本局提交答辩书及有关证据材料。"
            + "你方逾期不提交答辩书的，不影响本局对本案的处理。")
        .Paragraph("本案合议组由{{合议组}}组成。你方认为合议组成员有应当回避情形的，可以自收到本通知书之日起三个工作日内提出回避申请，"
            + "最迟不得晚于口头审理开始时（第五条）。"))
        .Signature("{{机关名称}}", "{{日期}}");

    // art.26: notice at least 3 working days before; requester absent → withdrawn, respondent absent → 缺席.
    private static TemplateWriter OralHearingNotice(TemplateWriter w) => Contact(w
        .Number("案号：{{案号}}")
        .Line("{{请求人名称}}、{{被请求人名称}}：")
        .Paragraph("请求人{{请求人名称}}与被请求人{{被请求人名称}}{{专利类型}}专利侵权纠纷一案（专利号：{{专利号}}），本局定于"
            + "{{口头审理日期}}在{{口头审理地点}}进行口头审理，请准时参加。")
        .Paragraph("根据" + Measures + "第二十六条的规定，请求人无正当理由拒不参加口头审理的，按撤回请求处理；被请求人无正当理由"
            + "拒不参加口头审理的，本局可以缺席审理。")
        .Paragraph("参加口头审理时，请携带身份证明、授权委托书（委托代理人参加的）和证据原件。本案合议组由{{合议组}}组成，"
            + "申请回避的，最迟应当在口头审理开始时提出。"))
        .Signature("{{机关名称}}", "{{日期}}");

    // art.28 grounds; art.37: the suspension does not count toward the closing period.
    private static TemplateWriter SuspensionNotice(TemplateWriter w) => w
        .Number("案号：{{案号}}")
        .Line("{{请求人名称}}、{{被请求人名称}}：")
        .Paragraph("请求人{{请求人名称}}与被请求人{{被请求人名称}}{{专利类型}}专利侵权纠纷一案（专利号：{{专利号}}），本局于{{立案日期}}立案。"
            + "因{{中止事由}}，根据" + Measures + "第二十八条的规定，本局决定自{{中止日期}}起中止本案的处理。")
        .Paragraph("中止处理的原因消除后，本局将恢复处理并通知你们。中止期间不计入案件处理期限（" + Measures + "第三十七条）。")
        .Signature("{{机关名称}}", "{{日期}}");

    // art.30(1); 专利法第六十五条: order to stop, 15 days to sue under the 行政诉讼法, enforcement by the court; art.83 publication.
    private static TemplateWriter AdjudicationDecision(TemplateWriter w) => Parties(w.Number("{{案号}}"))
        .Paragraph("请求人{{请求人名称}}（{{请求人资格}}）以被请求人{{被请求人名称}}侵犯其{{专利类型}}专利权（专利号：{{专利号}}，"
            + "专利名称：{{专利名称}}）为由，于{{收到请求日期}}向本局请求处理。本局于{{立案日期}}立案，并依法组成合议组进行审理。"
            + "{{审理经过}}本案现已审理终结。")
        .Paragraph("请求人请求：{{请求事项}}")
        .Paragraph("经审理查明：{{审理查明}}")
        .Paragraph("本局认为：{{裁决理由}}")
        .Paragraph("依据{{裁决依据}}和" + Measures + "第三十条第（一）项的规定，本局裁决如下：")
        .Items("{{裁决结果}}")
        .Paragraph("当事人不服本裁决的，可以依照《中华人民共和国专利法》第六十五条的规定，自收到本裁决书之日起十五日内，依照"
            + "《中华人民共和国行政诉讼法》向{{裁决诉讼法院}}提起诉讼。侵权人期满不起诉又不停止侵权行为的，本局可以申请人民法院强制执行。")
        .Line("")
        .Line("合议组：{{合议组}}")
        .Signature("{{机关名称}}", "{{日期}}")
        .Line("")
        .Line("（本局将依照" + Measures + "第八十三条的规定公开本行政裁决）");

    // arts.30(3), 36.
    private static TemplateWriter RevocationDecision(TemplateWriter w) => Parties(w.Number("{{案号}}"))
        .Paragraph("请求人{{请求人名称}}以被请求人{{被请求人名称}}侵犯其{{专利类型}}专利权（专利号：{{专利号}}）为由，于{{收到请求日期}}"
            + "向本局请求处理，本局于{{立案日期}}立案。")
        .Paragraph("{{撤销理由}}")
        .Paragraph("本局认为，本案属于" + Measures + "第三十六条规定的“{{撤销情形}}”的情形。依据该办法第三十条第（三）项、"
            + "第三十六条的规定，本局决定撤销本案。")
        .Signature("{{机关名称}}", "{{日期}}");

    // ---- 调解 ----

    // 令第81号第三十五条、第六十九条 (signed and sealed; notarisation of payment terms); 人民调解法第二十八条至第三十三条;
    // 民事诉讼法第二百零五条 (judicial confirmation within 30 days).
    private static TemplateWriter MediationAgreement(TemplateWriter w) => Parties(w.Number("{{案号}}"))
        .Line("纠纷类型：{{纠纷类型}}")
        .Line("涉案权利：{{涉案权利}}")
        .Line("调解组织：{{调解组织}}")
        .Line("调解人员：{{调解人员}}")
        .Paragraph("请求人与被请求人之间的{{纠纷类型}}纠纷，于{{收到请求日期}}申请调解，于{{立案日期}}立案调解。依据{{调解依据}}的规定，"
            + "经{{调解组织}}主持调解，双方当事人在自愿、合法的基础上达成如下协议：")
        .Items("{{协议内容}}")
        .Paragraph("协议给付金额：{{协议金额}}。")
        .Paragraph("本协议经双方当事人签名或者盖章、调解人员签名并加盖调解组织印章，自{{协议生效日期}}起生效，双方当事人应当按照约定"
            + "履行。{{协议效力说明}}一方当事人拒不履行的，另一方当事人可以依法向人民法院提起诉讼；协议经人民法院确认有效的，可以向"
            + "人民法院申请强制执行。")
        .Paragraph("本协议一式三份，双方当事人各执一份，调解组织存档一份。")
        // Signatures, seal and the recorded signing date in one form, so the seal never lands alone on a last page.
        .Table(header: false, tall: ["请求人（签名或者盖章）", "被请求人（签名或者盖章）"],
            ("请求人（签名或者盖章）", ""),
            ("被请求人（签名或者盖章）", ""),
            ("调解人员（签名）", ""),
            ("调解组织（盖章）", "{{调解组织}}"),
            ("签署日期", "{{协议签署日期}}"));
}
