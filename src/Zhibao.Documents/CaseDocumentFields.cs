using System.Collections.Concurrent;

namespace Zhibao.Documents;

/// <summary>A placeholder key, what it means (shown to administrators editing templates) and a sample value for previews.</summary>
public sealed record CaseDocumentField(string Key, string Meaning, string Sample);

/// <summary>
/// The placeholders the system can fill. Keys are Chinese because administrators type them into Word templates.
/// One catalogue serves every kind: a replaced template may use any key, not only those of the default template.
/// </summary>
public static class CaseDocumentFields
{
    /// <summary>Every key the system fills, in the order a case is worked.</summary>
    public static IReadOnlyList<CaseDocumentField> Catalogue { get; } =
    [
        new("机关名称", "作出文书的市场监督管理部门全称", "天津市北辰区市场监督管理局"),
        new("文书编号", "本文书的文号", "津辰市监知〔2025〕12号"),
        new("案号", "立案时编定的案件编号", "津辰市监知罚〔2025〕12号"),
        new("案件名称", "案件名称", "天津某某商贸有限公司销售侵犯注册商标专用权的商品案"),
        new("案由", "涉嫌的违法行为", "销售侵犯注册商标专用权的商品"),
        new("案件来源", "案件来源", "投诉举报"),
        new("线索时间", "发现或者收到案件线索的日期", "2025年3月3日"),
        new("简要案情", "立案或者不予立案审批时的简要案情", "权利人某某（中国）有限公司投诉，当事人在其经营场所销售标有“某某”注册商标的运动鞋，涉嫌侵犯其注册商标专用权。"),
        new("当事人名称", "当事人名称或者姓名", "天津某某商贸有限公司"),
        new("当事人类型", "法人、非法人组织或者自然人", "法人"),
        new("统一社会信用代码或身份证号", "统一社会信用代码（法人、非法人组织）或者身份证件号码（自然人）", "91120113MA06K7QX3A"),
        new("法定代表人", "法定代表人（负责人）姓名", "张某某"),
        new("当事人地址", "住所（住址）", "天津市北辰区某某道88号"),
        new("联系电话", "当事人的联系电话", "022-26391234"),
        new("涉案权利", "涉案的知识产权", "第1234567号“某某”注册商标专用权（核定使用商品第25类）"),
        new("承办人", "承办案件的执法人员及执法证号", "李某某（执法证号12011320002）、王某某（执法证号12011320003）"),
        new("承办人电话", "承办人的联系电话", "022-26390000"),
        new("立案日期", "立案日期", "2025年3月5日"),
        new("不予立案理由", "不予立案的理由", "经核查，当事人销售的运动鞋系从权利人授权的经销商处购进，未发现违法事实，不符合立案条件。"),
        new("违法事实", "经调查查明的违法事实", "当事人自2025年1月起，在其位于天津市北辰区某某道88号的经营场所销售标有“某某”注册商标的运动鞋。经商标注册人鉴定，上述运动鞋均非其生产或者授权生产的商品。至案发时，当事人共购进上述运动鞋200双，已售出80双，违法经营额人民币24,000.00元，违法所得人民币2,400.00元。"),
        new("证据", "证明违法事实的证据，每项一行", "1.现场笔录及现场照片，证明当事人经营场所存放、销售涉案运动鞋的情况；\n2.当事人法定代表人张某某的询问笔录，证明涉案运动鞋的进货、销售情况；\n3.第1234567号商标注册证复印件，证明权利人享有注册商标专用权；\n4.商标注册人出具的鉴定意见，证明涉案运动鞋系侵权商品。"),
        new("违反条款", "当事人违反的法律条款", "《中华人民共和国商标法》第五十七条第（三）项"),
        new("处罚依据", "作出行政处罚所依据的法律条款", "《中华人民共和国商标法》第六十条第二款、《中华人民共和国行政处罚法》第二十八条第二款"),
        new("处罚内容", "行政处罚的种类和数额，每项一行", "1.没收侵犯注册商标专用权的运动鞋120双；\n2.没收违法所得人民币2,400.00元；\n3.罚款人民币12,345.60元。"),
        new("罚款金额", "罚款金额（元）", "12,345.60"),
        new("罚款金额大写", "罚款金额（人民币大写）", "壹万贰仟叁佰肆拾伍元陆角"),
        new("没收违法所得", "没收违法所得金额（元）", "2,400.00"),
        new("缴款银行", "罚没款的缴纳银行或者电子支付系统", "天津市非税收入收缴代理银行（或者通过电子支付系统缴纳）"),
        new("复议机关", "受理行政复议申请的机关", "天津市北辰区人民政府"),
        new("管辖法院", "受理行政诉讼的人民法院（以当地集中管辖规定为准）", "天津市北辰区人民法院"),
        new("陈述申辩期限", "陈述、申辩期限，自收到告知书之日起计算", "五个工作日"),
        new("听证申请期限", "要求听证的期限，自收到告知书之日起计算", "五个工作日"),
        new("决定日期", "作出行政处罚决定的日期", "2025年4月30日"),
        new("送达文书名称", "送达文书的名称及文号", "行政处罚决定书（津辰市监知处罚〔2025〕12号）"),
        new("受送达人", "受送达人", "天津某某商贸有限公司"),
        new("送达方式", "送达方式", "直接送达"),
        new("送达地点", "送达地点", "天津市北辰区某某道88号"),
        new("移送机关", "接受移送的公安机关", "天津市公安局北辰分局"),
        new("抄送机关", "抄送的人民检察院", "天津市北辰区人民检察院"),
        new("涉嫌罪名", "涉嫌的罪名", "销售假冒注册商标的商品罪"),
        new("涉案物品清单", "涉案物品清单，每项一行", "1.标有“某某”注册商标的运动鞋120双（已扣押）；\n2.进货、销售单据12张。"),
        new("执行情况", "行政处罚决定的执行情况", "当事人已于2025年5月9日缴纳罚没款人民币14,745.60元，没收的运动鞋已依法销毁。"),
        new("结案理由", "结案理由", "行政处罚决定已执行完毕"),
        new("审批意见", "审批意见", "同意"),
        new("审批人", "审批人", "赵某某"),
        new("审批日期", "审批日期", "2025年3月5日"),
        new("日期", "文书落款日期", "2025年4月18日"),

        // 专利侵权纠纷行政裁决 (国家知识产权局令第81号) and 调解.
        new("收到请求日期", "收到处理请求书或者调解申请的日期", "2025年3月3日"),
        new("请求人名称", "请求人（申请人）名称或者姓名", "天津某某科技有限公司"),
        new("请求人住所", "请求人的住所（住址）", "天津市北辰区某某路18号"),
        new("请求人法定代表人", "请求人的法定代表人（负责人）", "刘某某"),
        new("请求人资格", "请求人与涉案专利的关系（第十二条）", "专利权人"),
        new("被请求人名称", "被请求人名称或者姓名", "天津某某机械有限公司"),
        new("被请求人住所", "被请求人的住所（住址）", "天津市北辰区某某道66号"),
        new("被请求人法定代表人", "被请求人的法定代表人（负责人）", "陈某某"),
        new("专利号", "涉案专利的专利号", "ZL202320123456.1"),
        new("专利类型", "发明、实用新型或者外观设计", "实用新型"),
        new("专利名称", "涉案专利的名称", "一种折叠式自行车车架"),
        new("请求事项", "请求人的请求事项和理由", "请求责令被请求人立即停止制造、销售侵犯ZL202320123456.1号实用新型专利权的折叠式自行车车架。"),
        new("合议组", "合议组成员，第一位为组长（第二十条）", "王某某（组长）、李某某、赵某某"),
        new("补正事项", "一次性告知的全部补正内容，每项一行（第十六条）", "1.提交专利登记簿副本；\n2.写明被请求人的住所和联系方式。"),
        new("补正期限", "补正期限的最后一日", "2025年3月18日"),
        new("不予受理依据", "不予受理所依据的条款", "《专利纠纷行政裁决和调解办法》第十六条、第二十条"),
        new("答辩期限", "被请求人提交答辩书的期限（第二十二条：十五日，在中国境内没有固定住所的三十日）", "十五日"),
        new("口头审理日期", "口头审理的日期", "2025年4月15日"),
        new("口头审理地点", "口头审理的地点（系统设置“Documents.口头审理地点”）", "本局知识产权纠纷审理室"),
        new("中止事由", "中止处理的事由（第二十八条）", "被请求人已向国家知识产权局请求宣告涉案实用新型专利权无效，国家知识产权局已受理"),
        new("中止日期", "中止处理的开始日期", "2025年4月2日"),
        new("审理经过", "送达、答辩和口头审理的经过", "本局于2025年3月12日向被请求人送达请求书副本，被请求人于2025年3月25日提交答辩书。2025年4月15日，本局依法进行了口头审理，请求人、被请求人均到庭参加。"),
        new("审理查明", "经审理查明的事实（口头审理笔录要点）", "被控侵权产品的技术特征与涉案专利权利要求1记载的全部技术特征相同。"),
        new("裁决理由", "合议组的认定和理由", "被请求人未经专利权人许可，为生产经营目的制造、销售落入涉案专利权保护范围的产品，侵犯了请求人的专利权。"),
        new("裁决依据", "作出行政裁决所依据的条款", "《中华人民共和国专利法》第十一条第一款、第六十五条"),
        new("裁决结果", "行政裁决的结果：认定侵权的责令停止侵权，不构成侵权的不予支持", "责令被请求人天津某某机械有限公司立即停止侵犯请求人ZL202320123456.1号实用新型专利权的行为。"),
        new("裁决诉讼法院", "受理不服行政裁决起诉的人民法院（以法释〔2022〕13号及当地集中管辖规定为准）", "天津市第三中级人民法院"),
        new("撤销情形", "撤销案件的情形（第三十六条）", "请求人撤回请求"),
        new("撤销理由", "撤销案件的事实和理由", "2025年4月8日，请求人以双方已自行和解为由，书面申请撤回处理请求。"),
        new("纠纷类型", "调解的纠纷类型", "专利侵权赔偿数额"),
        new("调解组织", "主持调解的机关或者调解组织", "天津市北辰区市场监督管理局"),
        new("调解人员", "主持调解的人员", "王某某、李某某"),
        new("调解依据", "调解所依据的条款", "《中华人民共和国专利法》第六十五条、《专利纠纷行政裁决和调解办法》第六十九条"),
        new("协议内容", "调解协议的内容，每项一行", "1.被请求人自本协议签署之日起停止销售涉案产品；\n2.被请求人于2025年5月31日前向请求人支付赔偿金人民币30,000.00元；\n3.请求人放弃其他请求。"),
        new("协议金额", "协议约定的给付金额", "人民币30,000.00元（叁万元整）"),
        new("协议签署日期", "双方签署调解协议的日期", "2025年5月20日"),
        new("协议生效日期", "调解协议生效的日期", "2025年5月20日"),
        new("协议效力说明", "司法确认、公证和不履行时的救济", "双方当事人可以自本协议生效之日起三十日内，共同向有管辖权的人民法院申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）。"),
    ];

    private static readonly Dictionary<string, CaseDocumentField> ByKey = Catalogue.ToDictionary(f => f.Key);

    /// <summary>Samples that read better per document: each document has its own kind of 文号, and approvals their own wording.</summary>
    private static readonly Dictionary<(CaseDocumentKind, string), string> KindSamples = new()
    {
        [(CaseDocumentKind.FilingApproval, "审批意见")] = "同意立案。",
        [(CaseDocumentKind.NotFilingApproval, "文书编号")] = "津辰市监知不立〔2025〕3号",
        [(CaseDocumentKind.NotFilingApproval, "审批意见")] = "同意不予立案。",
        [(CaseDocumentKind.NotFilingApproval, "审批日期")] = "2025年3月10日",
        [(CaseDocumentKind.PenaltyNotice, "文书编号")] = "津辰市监知罚告〔2025〕12号",
        [(CaseDocumentKind.HearingNotice, "文书编号")] = "津辰市监知听告〔2025〕12号",
        [(CaseDocumentKind.PenaltyDecision, "文书编号")] = "津辰市监知处罚〔2025〕12号",
        [(CaseDocumentKind.CriminalReferralLetter, "文书编号")] = "津辰市监知移〔2025〕1号",
        [(CaseDocumentKind.CriminalReferralLetter, "日期")] = "2025年4月20日",
        [(CaseDocumentKind.ClosingApproval, "审批意见")] = "同意结案。",
        [(CaseDocumentKind.ClosingApproval, "审批日期")] = "2025年5月12日",
        [(CaseDocumentKind.AcceptanceNotice, "日期")] = "2025年3月10日",
        [(CaseDocumentKind.NonAcceptanceNotice, "文书编号")] = "津辰市监知裁不受〔2025〕1号",
        [(CaseDocumentKind.NonAcceptanceNotice, "日期")] = "2025年3月20日",
        [(CaseDocumentKind.CorrectionNotice, "文书编号")] = "津辰市监知裁补〔2025〕2号",
        [(CaseDocumentKind.CorrectionNotice, "日期")] = "2025年3月5日",
        [(CaseDocumentKind.AnswerNotice, "日期")] = "2025年3月11日",
        [(CaseDocumentKind.OralHearingNotice, "日期")] = "2025年4月7日",
        [(CaseDocumentKind.SuspensionNotice, "日期")] = "2025年4月2日",
        [(CaseDocumentKind.AdjudicationDecision, "日期")] = "2025年5月20日",
        [(CaseDocumentKind.RevocationDecision, "日期")] = "2025年4月10日",
    };

    /// <summary>Samples that read better for every document of one kind of case: its own case numbers and officers.</summary>
    private static readonly Dictionary<(CaseDocumentGroup, string), string> GroupSamples = new()
    {
        [(CaseDocumentGroup.Adjudication, "案号")] = "津辰市监知裁〔2025〕3号",
        [(CaseDocumentGroup.Adjudication, "案件名称")] = "天津某某科技有限公司与天津某某机械有限公司实用新型专利侵权纠纷案",
        [(CaseDocumentGroup.Adjudication, "立案日期")] = "2025年3月10日",
        [(CaseDocumentGroup.Adjudication, "不予立案理由")] = "请求人未在补正期限内提交专利登记簿副本，不能证明涉案专利权有效，请求不符合受理条件。",
        [(CaseDocumentGroup.Mediation, "案号")] = "津辰市监知调〔2025〕2号",
        [(CaseDocumentGroup.Mediation, "立案日期")] = "2025年4月1日",
        [(CaseDocumentGroup.Mediation, "涉案权利")] = "专利号ZL202320123456.1“一种折叠式自行车车架”实用新型专利",
    };

    private static string Sample(CaseDocumentKind kind, CaseDocumentField field) =>
        KindSamples.GetValueOrDefault((kind, field.Key)) ?? GroupSamples.GetValueOrDefault((kind.Group(), field.Key)) ?? field.Sample;

    private static readonly ConcurrentDictionary<CaseDocumentKind, IReadOnlyList<CaseDocumentField>> Cache = new();

    /// <summary>
    /// The fields the default template of <paramref name="kind"/> uses, in order of appearance. Read from the
    /// default template itself, so the list and the template cannot drift apart.
    /// </summary>
    public static IReadOnlyList<CaseDocumentField> For(CaseDocumentKind kind) => Cache.GetOrAdd(kind, k =>
    {
        using var template = new MemoryStream(DefaultTemplates.Build(k));
        return DocxTemplate.Placeholders(template)
            .Select(key => ByKey[key] with { Sample = Sample(k, ByKey[key]) })
            .ToList();
    });

    /// <summary>Key → sample value for previewing a template of <paramref name="kind"/> (any catalogue key is filled).</summary>
    public static IReadOnlyDictionary<string, string> SampleValues(CaseDocumentKind kind) =>
        Catalogue.ToDictionary(f => f.Key, f => Sample(kind, f));

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    /// <summary>The keys of an uploaded template the system cannot fill, each once (they would print as empty).</summary>
    public static IReadOnlyList<string> Unrecognized(IEnumerable<string> placeholders) =>
        placeholders.Where(key => !IsKnown(key)).Distinct().ToList();

    /// <summary>The upload page's warning for one unrecognized key.</summary>
    public static string UnrecognizedMessage(string key) => $"模板中的占位符{{{{{key}}}}}系统无法识别";
}
