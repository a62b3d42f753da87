namespace Zhibao.Documents;

/// <summary>
/// The templates used until an administrator uploads a replacement. The wording follows
/// 《市场监督管理行政处罚文书格式范本（2021年修订版）》 and the articles it cites; every variable part is a
/// placeholder from <see cref="CaseDocumentFields.Catalogue"/>.
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
}
