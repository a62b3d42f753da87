using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Cases;

/// <summary>Dispute types, the patent-mediation test, the court hint and the ownership bar of mediation (legal-rules.md §2.4, §6).</summary>
public static class MediationRules
{
    public const string Subject = "知识产权纠纷调解";
    public const string Source = "当事人申请";

    /// <summary>纠纷类型: 令第81号第六十三条 for patents, 商标法第六十条 for trademark damages, then others.</summary>
    public static readonly string[] DisputeTypes =
    [
        "专利侵权赔偿数额",
        "专利申请权或者专利权权属",
        "发明人、设计人资格",
        "职务发明创造的奖励和报酬",
        "发明专利临时保护期使用费",
        "其他专利纠纷",
        "商标侵权赔偿数额",
        "其他知识产权纠纷",
    ];

    /// <summary>民诉法解释第三百五十五条: agreements confirming who owns a patent or trademark (知识产权确权) cannot be judicially confirmed.</summary>
    public static bool ConfirmsOwnership(string disputeType) =>
        disputeType is "专利申请权或者专利权权属" or "发明人、设计人资格";

    public const string OwnershipWarning =
        "本纠纷涉及知识产权确权，调解协议不能申请司法确认（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十五条）；可通过公证或诉讼解决";

    /// <summary>The patent disputes of 令第81号第六十三条 (the first six types): their mediation follows arts.65–66.</summary>
    public static bool IsPatentDispute(string disputeType) => Array.IndexOf(DisputeTypes, disputeType) is >= 0 and <= 5;

    /// <summary>
    /// A patent-dispute request to the bureau itself follows 令第81号第六十五条、第六十六条 (notice, reply, 立案); a mediation
    /// inside a case (e.g. 调解结案 of an adjudication) is already under way and does not.
    /// </summary>
    public static bool FollowsPatentMediationSteps(MediationCase m) =>
        m.ParentCaseId is null && m.MediationType == MediationType.Administrative && IsPatentDispute(m.DisputeType);

    public static string Name(MediationType type) => type switch
    {
        MediationType.Administrative => "行政调解",
        MediationType.Peoples => "人民调解",
        MediationType.Industry => "行业调解",
        MediationType.Judicial => "司法调解",
        _ => type.ToString(),
    };

    /// <summary>Which court confirms (民事诉讼法第二百零五条; 法释〔2022〕13号 for IP first-instance jurisdiction, applied by inference).</summary>
    public static string CourtHint(MediationCase m) => m.PatentKind switch
    {
        PatentKind.Invention or PatentKind.UtilityModel =>
            "发明、实用新型专利纠纷属中级人民法院或知识产权法院管辖（法释〔2022〕13号），应向相应的中级人民法院（本市：天津市第三中级人民法院/天津知识产权法庭）申请，请以法院公告为准",
        PatentKind.Design =>
            "外观设计专利纠纷由知识产权法院、中级人民法院或经批准的基层人民法院管辖（法释〔2022〕13号），请向有管辖权的法院申请",
        _ => "向当事人住所地、标的物所在地或调解组织所在地的基层人民法院申请；属于中级人民法院管辖的，向相应的中级人民法院申请（民事诉讼法第二百零五条）",
    };
}
