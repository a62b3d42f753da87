using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Cases;

/// <summary>The fixed lists of 令第81号 (acceptance conditions, materials, 中止 and 撤销 grounds) and the hints the case page shows.</summary>
public static class AdjudicationRules
{
    public const string Subject = "专利侵权纠纷";
    public const string Source = "当事人请求";

    /// <summary>art.12: all five must hold for 立案.</summary>
    public static readonly (string Code, string Text)[] AcceptanceConditions =
    [
        ("standing", "请求人是专利权人或者利害关系人"),
        ("respondent", "有明确的被请求人"),
        ("claims", "有明确的请求事项和具体事实、理由"),
        ("jurisdiction", "属于本部门受案和管辖范围（含委托承办）"),
        ("noOtherProceedings", "当事人没有就该专利侵权纠纷向人民法院起诉，也没有约定其他解决方式"),
    ];

    /// <summary>art.14 materials; the 评价报告 may be required for utility models and designs.</summary>
    public static readonly (string Code, string Name)[] Materials =
    [
        ("request", "请求书"),
        ("identity", "请求人主体资格证明"),
        ("interest", "利害关系证明（请求人不是专利权人时）"),
        ("register", "专利登记簿副本"),
        ("evaluation", "专利权评价报告（实用新型、外观设计）"),
        ("copies", "按被请求人数量提供的请求书及证据副本"),
    ];

    /// <summary>art.28 grounds for 中止.</summary>
    public static readonly string[] SuspensionGrounds =
    [
        "被请求人申请宣告涉案实用新型或者外观设计专利权无效，国家知识产权局已受理",
        "一方当事人死亡，需要等待继承人表明是否参加处理",
        "一方当事人丧失民事行为能力，尚未确定法定代理人",
        "作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人",
        "一方当事人因不可抗拒的事由，不能参加处理",
        "本案必须以另一案的审理结果为依据，而另一案尚未审结",
        "需要请示上级机关对法律适用问题作出答复",
    ];

    /// <summary>art.36 grounds for 撤销案件.</summary>
    public static readonly string[] RevocationGrounds =
    [
        "立案后发现不符合受理条件",
        "请求人撤回请求",
        "请求人无正当理由拒不参加口头审理，视为撤回",
        "请求人死亡或者注销，没有继承人或者权利义务承受人，或者继承人、承受人放弃处理请求",
        "被请求人死亡或者注销，没有遗产或者应当承担义务的人",
        "经释明后请求人仍拒绝明确要求保护的权利要求",
        "其他应当撤销案件的情形",
    ];

    public static string Name(PatentKind kind) => PatentNumber.KindName(kind);

    public static string Name(RequesterStanding standing) => standing switch
    {
        RequesterStanding.Patentee => "专利权人",
        RequesterStanding.ExclusiveLicensee => "独占实施许可合同的被许可人",
        RequesterStanding.SoleLicensee => "排他实施许可合同的被许可人",
        RequesterStanding.OrdinaryLicensee => "普通实施许可合同的被许可人",
        RequesterStanding.Successor => "专利权的合法继承人",
        _ => standing.ToString(),
    };

    public static string Name(JurisdictionBasis basis) => basis == JurisdictionBasis.Entrusted ? "委托承办" : "依法管辖";

    public static IReadOnlyList<AcceptanceConditionView> Conditions(AdjudicationCase c) =>
    [
        new("standing", AcceptanceConditions[0].Text, c.ConditionStanding),
        new("respondent", AcceptanceConditions[1].Text, c.ConditionRespondent),
        new("claims", AcceptanceConditions[2].Text, c.ConditionClaims),
        new("jurisdiction", AcceptanceConditions[3].Text, c.ConditionJurisdiction),
        new("noOtherProceedings", AcceptanceConditions[4].Text, c.ConditionNoOtherProceedings),
    ];

    public static void SetConditions(AdjudicationCase c, IReadOnlyCollection<string> met)
    {
        c.ConditionStanding = met.Contains("standing");
        c.ConditionRespondent = met.Contains("respondent");
        c.ConditionClaims = met.Contains("claims");
        c.ConditionJurisdiction = met.Contains("jurisdiction");
        c.ConditionNoOtherProceedings = met.Contains("noOtherProceedings");
    }

    /// <summary>Which materials are required for this request: 利害关系证明 unless the patentee asks; 评价报告 is the office's call (not required here).</summary>
    public static IReadOnlyList<MaterialView> MaterialsOf(AdjudicationCase c)
    {
        var received = c.Materials.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return Materials
            .Where(m => m.Code != "evaluation" || c.HandledLocally)
            .Select(m => new MaterialView(m.Code, m.Name,
                m.Code switch
                {
                    "interest" => c.RequesterStanding != RequesterStanding.Patentee,
                    "evaluation" => false,
                    _ => true,
                },
                received.Contains(m.Code)))
            .ToList();
    }

    /// <summary>An ordinary licensee may request only when authorised (art.12 standing; legal-rules.md §2.2).</summary>
    public static string? StandingError(RequesterStanding standing, bool authorised) =>
        standing == RequesterStanding.OrdinaryLicensee && !authorised
            ? "普通实施许可合同的被许可人只有在合同约定或者专利权人授权时才能请求处理（《专利纠纷行政裁决和调解办法》第十二条）"
            : null;

    /// <summary>What the officer should know now, from the case's facts.</summary>
    public static IReadOnlyList<string> Hints(AdjudicationCase c)
    {
        var hints = new List<string>();
        if (c.KnewOn is { } knew && c.ReceivedOn > knew.AddYears(3))
        {
            hints.Add($"请求日距知道侵权之日（{knew:yyyy-MM-dd}）已超过三年（《专利法》第七十四条），除侵权行为仍在持续外，可能已过时效");
        }
        if (c.RequesterStanding == RequesterStanding.SoleLicensee)
        {
            hints.Add("排他实施许可合同的被许可人，须在专利权人不请求的情况下才能请求处理，请核实专利权人的意见");
        }
        if (c.JurisdictionBasis == JurisdictionBasis.Entrusted && string.IsNullOrWhiteSpace(c.JurisdictionNote))
        {
            hints.Add("委托承办的案件请记录委托机关和委托文件（《专利纠纷行政裁决和调解办法》第八条）");
        }
        if (c.PatentKind == PatentKind.Invention && c.Pauses.Any(p => p.ResumedOn is null && p.Kind == "中止" && p.Reason.Contains("无效")))
        {
            hints.Add("涉案专利为发明专利，被请求人申请宣告无效的，可以不中止处理（《专利纠纷行政裁决和调解办法》第二十九条）");
        }
        if (c.RequesterAppeared == false && c.Closure is null)
        {
            hints.Add("请求人无正当理由拒不参加口头审理，视为撤回请求，应撤销案件（第二十六条、第三十六条）");
        }
        if (c.RespondentAppeared == false)
        {
            hints.Add("被请求人无正当理由拒不参加口头审理，可以缺席处理（第二十六条）");
        }
        if (c.Closure == AdjudicationClosure.Adjudication && c.InfringementFound == true && c.LawsuitFiledOn is null && c.EnforcementAppliedOn is null
            && c.DecisionServedOn is { } served && c.ReceivedOn <= served)
        {
            hints.Add("侵权人期满不起诉又不停止侵权行为的，可以申请人民法院强制执行（《专利法》第六十五条）");
        }
        if (c.RepeatInfringer || c.WilfulInfringement)
        {
            hints.Add("重复侵权或者故意侵权：可依法列入严重失信主体名单，实施联合惩戒（第三十四条）");
        }
        return hints;
    }
}
