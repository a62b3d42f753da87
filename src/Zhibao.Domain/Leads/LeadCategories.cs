namespace Zhibao.Domain.Leads;

/// <summary>
/// One finding a check of a lead can record (核查认定情形), with the provision it rests on. <see cref="Code"/> is stored
/// on the lead; <see cref="Text"/> is the provision's content as the check form shows it.
/// </summary>
public sealed record LeadCategory(string Code, string Name, string Text, string Basis);

/// <summary>The findings a check may cite, per lead kind.</summary>
public static class LeadCategories
{
    private const string PatentRule = "《规范申请专利行为的规定》（国家知识产权局令第77号）";
    private const string TrademarkRule = "《规范商标申请注册行为若干规定》（国家市场监督管理总局令第17号）";

    /// <summary>
    /// The eight kinds of 非正常申请专利行为 of 国家知识产权局令第77号第三条 (in force 2024-01-20; legal-rules.md §5.1).
    /// </summary>
    public static readonly IReadOnlyList<LeadCategory> AbnormalPatent =
    [
        new("P1", "重复或简单组合申请",
            "同时或者先后提交发明创造内容明显相同、或者实质上由不同发明创造特征或要素简单组合变化而形成的多件专利申请",
            PatentRule + "第三条第（一）项"),
        new("P2", "编造、伪造或抄袭拼凑",
            "所提交专利申请存在编造、伪造或变造发明创造内容、实验数据或技术效果，或者抄袭、简单替换、拼凑现有技术或现有设计等类似情况",
            PatentRule + "第三条第（二）项"),
        new("P3", "计算机随机生成",
            "所提交专利申请的发明创造内容主要为利用计算机技术等随机生成",
            PatentRule + "第三条第（三）项"),
        new("P4", "明显不符合技术改进或设计常理",
            "所提交专利申请的发明创造为明显不符合技术改进、设计常理，或者变劣、堆砌、非必要缩限保护范围",
            PatentRule + "第三条第（四）项"),
        new("P5", "无实际研发活动",
            "申请人无实际研发活动提交多件专利申请，且不能作出合理解释",
            PatentRule + "第三条第（五）项"),
        new("P6", "分散、先后或异地提交",
            "将实质上与特定单位、个人或地址关联的多件专利申请分散、先后或异地提交",
            PatentRule + "第三条第（六）项"),
        new("P7", "不正当转让或虚假变更发明人",
            "出于不正当目的转让、受让专利申请权，或者虚假变更发明人、设计人",
            PatentRule + "第三条第（七）项"),
        new("P8", "其他非正常申请专利行为",
            "违反诚实信用原则、扰乱专利工作秩序的其他非正常申请专利行为",
            PatentRule + "第三条第（八）项"),
    ];

    /// <summary>
    /// The malicious-registration grounds of 总局令第17号 (in force 2019-12-01; legal-rules.md §3.4): the applicant's acts of
    /// 第三条 and the trademark agency's of 第四条.
    /// </summary>
    public static readonly IReadOnlyList<LeadCategory> MaliciousTrademark =
    [
        new("T1", "不以使用为目的恶意申请",
            "属于商标法第四条规定的不以使用为目的恶意申请商标注册",
            TrademarkRule + "第三条第（一）项；《商标法》第四条"),
        new("T2", "复制、摹仿或翻译他人驰名商标",
            "属于商标法第十三条规定，复制、摹仿或者翻译他人驰名商标",
            TrademarkRule + "第三条第（二）项；《商标法》第十三条"),
        new("T3", "代理人、代表人抢注或明知他人在先使用而抢注",
            "属于商标法第十五条规定，代理人、代表人未经授权申请注册被代理人或者被代表人商标，或者基于合同、业务往来关系或者其他关系明知他人在先使用的商标存在而申请注册该商标",
            TrademarkRule + "第三条第（三）项；《商标法》第十五条"),
        new("T4", "损害在先权利或不正当抢注",
            "属于商标法第三十二条规定，损害他人现有的在先权利或者以不正当手段抢先注册他人已经使用并有一定影响的商标",
            TrademarkRule + "第三条第（四）项；《商标法》第三十二条"),
        new("T5", "以欺骗或不正当手段申请",
            "以欺骗或者其他不正当手段申请商标注册",
            TrademarkRule + "第三条第（五）项"),
        new("T6", "其他违反诚信或公序良俗",
            "其他违反诚实信用原则，违背公序良俗，或者有其他不良影响",
            TrademarkRule + "第三条第（六）项"),
        new("A1", "代理机构明知仍接受委托",
            "商标代理机构知道或者应当知道委托人申请商标注册属于商标法第四条、第十五条或者第三十二条规定情形，仍接受其委托",
            TrademarkRule + "第四条第一款"),
        new("A2", "代理机构申请注册代理服务以外的商标",
            "商标代理机构除对其代理服务申请商标注册外，申请注册其他商标",
            TrademarkRule + "第四条第二款"),
    ];

    /// <summary>The findings a check of a lead of <paramref name="kind"/> may cite; empty for kinds that cite none.</summary>
    public static IReadOnlyList<LeadCategory> For(LeadKind kind) => kind switch
    {
        LeadKind.AbnormalPatentApplication => AbnormalPatent,
        LeadKind.MaliciousTrademarkApplication => MaliciousTrademark,
        _ => [],
    };

    public static LeadCategory? Find(LeadKind kind, string? code) =>
        For(kind).FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Stored form: the codes in catalogue order, comma separated ("P1,P5").</summary>
    public static string? Join(LeadKind kind, IEnumerable<string> codes)
    {
        var set = codes.Select(c => c.Trim().ToUpperInvariant()).ToHashSet();
        var ordered = For(kind).Where(c => set.Contains(c.Code)).Select(c => c.Code).ToList();
        return ordered.Count == 0 ? null : string.Join(',', ordered);
    }

    public static IReadOnlyList<LeadCategory> Parse(LeadKind kind, string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',').Select(code => Find(kind, code)).OfType<LeadCategory>().ToList();
}
