using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;

namespace Zhibao.Data.Seeding;

/// <summary>An indicator bound to a seeded measure: a formula code (Zhibao.Web/Plans/Indicators) and its target.</summary>
internal sealed record SeedIndicator(string Formula, decimal? Target = null, IndicatorComparison? Comparison = null);

/// <summary>A seeded measure: the plan's own sentence, the unit (code) and demo user responsible, the time frame and its code.</summary>
internal sealed record SeedMeasure(string Text, string Unit, string? Person, string TimeFrame, string Schedule, decimal Weight, params SeedIndicator[] Indicators);

internal sealed record SeedTask(PlanSection Section, string? Group, int Number, string Title, string Text, params SeedMeasure[] Measures);

/// <summary>
/// 《2023年北辰区知识产权行政保护工作实施方案》 (shared/seed/000_15b429e74f874fdd.txt) as data: the opening, 一、总体要求, the
/// ten key tasks of 二 under their four headings and the three work requirements of 三. Every sentence of a task that asks
/// for an action is a measure, in the plan's own words. Weights add up to 100 (key-task measures 3, requirements 1);
/// targets are the plan's where it names one (执法资格人数不少于5人, 杜绝迟报错报漏报, 消零) and the demo's otherwise.
/// </summary>
internal static class DemoPlan2023
{
    public const int Year = 2023;
    public const string Title = "2023年北辰区知识产权行政保护工作实施方案";

    public const string Preamble =
        "为全面贯彻党的二十大精神，认真落实党中央、国务院关于全面加强知识产权保护的决策部署，推进落实市委市政府、区委区政府部署要求，"
        + "深入实施知识产权强区战略，围绕市委市政府“十项行动”，更好的做好全区2023年知识产权行政保护工作，特制定本工作实施方案。";

    public const string GuidingPrinciples =
        "坚持以习近平新时代中国特色社会主义思想为指导，深入落实习近平总书记关于知识产权工作重要论述，全面贯彻落实党的二十大精神和市第十二次党代会精神，"
        + "按照市委、市政府《关于强化知识产权保护的实施意见》、区委、区政府《关于强化知识产权保护实施方案》部署，坚持市区联动、完善体系、严格保护、创新服务的原则，"
        + "扎实推进全链条知识产权保护，全面提高保护成效，推动快速公正合理保护，营造尊重知识产权的良好诚信营商环境，以高水平保护工作促进我区实现高质量发展。";

    private const string Section = "BC-ZSCQ", Brigade = "BC-ZFDD", Legal = "BC-FZSH", Tianmu = "BC-TM", Beicang = "BC-BC", Centre = "EX-TJIPPC";
    private const string Head = "kezhang", BrigadeOfficer = "zhifa1", Reviewer = "fazhi", TianmuHead = "suo1", BeicangHead = "suo2";
    private const string AllYear = "全年", YearCode = "year";
    private const string Group1 = "（一）高标准推进执法工作，优化严格保护社会环境";
    private const string Group2 = "（二）加强行政执法保护，优化市场监管治理成效";
    private const string Group3 = "（三）紧盯重要环节，持续加强行政执法保护";
    private const string Group4 = "（四）创新工作机制，推进知识产权保护持续进步";

    private static SeedMeasure M(string text, string unit, string? person, string timeFrame, string schedule, decimal weight, params SeedIndicator[] indicators) =>
        new(text, unit, person, timeFrame, schedule, weight, indicators);

    private static SeedIndicator AtLeast(string formula, decimal target) => new(formula, target, IndicatorComparison.AtLeast);

    private static SeedIndicator Exactly(string formula, decimal target) => new(formula, target, IndicatorComparison.Equal);

    private static SeedIndicator Count(string formula) => new(formula);

    public static readonly SeedTask[] Tasks =
    [
        new(PlanSection.KeyTask, Group1, 1, "深化知识产权“大保护”执法协调机制",
            "充分借助区知识产权战略领导小组和“双打”领导小组等协调机构作用，加强与公安、检察、法院、文化等单位保护协作，建立常态化保护机制。"
            + "推进联合执法工作,落实专利商标等知识产权纠纷行政调解协议司法确认工作。积极拓宽京津冀等跨地区跨部门保护协作，加强行政执法与刑事司法保护衔接，严格规范涉刑案件移送。",
            M("充分借助区知识产权战略领导小组和“双打”领导小组等协调机构作用，加强与公安、检察、法院、文化等单位保护协作，建立常态化保护机制。",
                Section, Head, AllYear, YearCode, 3),
            M("推进联合执法工作。", Brigade, BrigadeOfficer, AllYear, YearCode, 3, AtLeast("collaboration.joint-operations", 2)),
            M("落实专利商标等知识产权纠纷行政调解协议司法确认工作。", Section, Head, AllYear, YearCode, 3,
                AtLeast("mediation.judicial-confirmations", 1)),
            M("积极拓宽京津冀等跨地区跨部门保护协作。", Section, Head, AllYear, YearCode, 3),
            M("加强行政执法与刑事司法保护衔接，严格规范涉刑案件移送。", Brigade, BrigadeOfficer, AllYear, YearCode, 3,
                Count("referrals.transferred"))),
        new(PlanSection.KeyTask, Group1, 2, "加快提升行政执法能力",
            "以提高一线市场监管人员商标专利执法办案能力为重点，组织开展行政执法业务培训，确保取得知识产权执法资格人数不少于5人。"
            + "落实《商标侵权判断标准》、《商标一般违法判断标准》、《专利侵权纠纷行政裁决办案指南》等执法规范性文件，确保每月5日前将专利行政执法案件信息上传国家系统，杜绝逾期迟报和错报漏报。",
            M("以提高一线市场监管人员商标专利执法办案能力为重点，组织开展行政执法业务培训。", Section, Head, AllYear, YearCode, 3,
                AtLeast("training.sessions", 2), AtLeast("training.hours", 16)),
            M("确保取得知识产权执法资格人数不少于5人。", Section, Head, AllYear, YearCode, 3, AtLeast("officers.ip-qualified", 5)),
            M("落实《商标侵权判断标准》、《商标一般违法判断标准》、《专利侵权纠纷行政裁决办案指南》等执法规范性文件。", Legal, Reviewer, AllYear, YearCode, 3,
                AtLeast("cases.on-time-closure-rate", 95)),
            M("确保每月5日前将专利行政执法案件信息上传国家系统，杜绝逾期迟报和错报漏报。", Section, Head, "每月5日前", "monthly:5", 3,
                Exactly("report.monthly-defects", 0), AtLeast("report.on-time-rate", 100))),
        new(PlanSection.KeyTask, Group1, 3, "加强宣传曝光，营造严格保护氛围",
            "充分利用“3.15”国际消费者权益日、“4.26”知识产权宣传周等重大契机，开展企业知识产权保护宣传培训活动，通过开展公益讲座、以案释法等方式加强知识产权保护宣传，"
            + "增强全社会尊重和保护知识产权意识。曝光知识产权执法保护典型案例，形成市场严格保护、侵权假冒露头就打的强大震慑。",
            M("充分利用“3.15”国际消费者权益日、“4.26”知识产权宣传周等重大契机，开展企业知识产权保护宣传培训活动。", Section, Head,
                "3·15、4·26知识产权宣传周", "day:03-15;week:04-26", 3, AtLeast("publicity.events-315", 1), AtLeast("publicity.events-426", 1)),
            M("通过开展公益讲座、以案释法等方式加强知识产权保护宣传，增强全社会尊重和保护知识产权意识。", Beicang, BeicangHead, AllYear, YearCode, 3,
                AtLeast("publicity.lectures", 2)),
            M("曝光知识产权执法保护典型案例，形成市场严格保护、侵权假冒露头就打的强大震慑。", Section, Head, AllYear, YearCode, 3,
                AtLeast("publicity.typical-cases", 2))),
        new(PlanSection.KeyTask, Group1, 4, "持续打击非正常专利申请和恶意商标注册行为",
            "持续规范专利申请、商标注册行为，严厉打击非正常专利申请和恶意商标注册行为和代理行为，及时处置交办的恶意商标注册等违法行为线索。"
            + "督促代理机构及时提交信用承诺并汇集市局相关处室，提升代理服务行业日常监管水平。",
            M("持续规范专利申请、商标注册行为，严厉打击非正常专利申请和恶意商标注册行为和代理行为。", Brigade, BrigadeOfficer, AllYear, YearCode, 3,
                Count("penalty.abnormal-filing-cases")),
            M("及时处置交办的恶意商标注册等违法行为线索。", Brigade, BrigadeOfficer, AllYear, YearCode, 3, AtLeast("leads.assigned-closure-rate", 100)),
            M("督促代理机构及时提交信用承诺并汇集市局相关处室。", Section, Head, AllYear, YearCode, 3,
                AtLeast("agencies.credit-commitment-coverage", 100)),
            M("提升代理服务行业日常监管水平。", Section, Head, AllYear, YearCode, 3)),
        new(PlanSection.KeyTask, Group2, 5, "持续加强专利纠纷行政裁决，高效解决企业纠纷",
            "深入企业做好宣传，畅通专利纠纷受理渠道，努力实现专利纠解裁决案件“消零”，实现实用新型和外观设计专利纠纷案件本地办理。",
            M("深入企业做好宣传，畅通专利纠纷受理渠道。", Section, Head, AllYear, YearCode, 3),
            M("努力实现专利纠解裁决案件“消零”。", Section, Head, AllYear, YearCode, 3, Exactly("adjudication.backlog", 0)),
            M("实现实用新型和外观设计专利纠纷案件本地办理。", Section, Head, AllYear, YearCode, 3, Count("adjudication.local-closed"))),
        new(PlanSection.KeyTask, Group2, 6, "统筹做好年度商标专用权保护工作",
            "加强与市级部门的协同配合，组织落实商标、地理标志、官方标志、特殊标志等日常管理与专项行动，对群众反映强烈、社会舆论关注、侵权假冒多发的重点领域和区域，"
            + "对重点时间节点、对驰名商标和老字号企业商标品牌、涉农商标、“津农精品”品牌商标等，坚持线上线下同步治理、同步保护，做到重拳出击、整治到底、震慑到位。",
            M("加强与市级部门的协同配合，组织落实商标、地理标志、官方标志、特殊标志等日常管理与专项行动。", Section, Head, AllYear, YearCode, 3),
            M("对群众反映强烈、社会舆论关注、侵权假冒多发的重点领域和区域，对重点时间节点、对驰名商标和老字号企业商标品牌、涉农商标、“津农精品”品牌商标等，"
                + "坚持线上线下同步治理、同步保护，做到重拳出击、整治到底、震慑到位。", Brigade, BrigadeOfficer, AllYear, YearCode, 3,
                Count("penalty.cases"), Count("penalty.fines"))),
        new(PlanSection.KeyTask, Group3, 7, "突出民生等重点领域，切实保障人民幸福",
            "紧盯食品药品、种业、水泥和公共卫生等重点领域商品的知识产权投诉举报，切实加强行政保护。聚焦农产品、加工食品、道地药材、传统手工艺品等，组织开展地理标志专项整治工作。",
            M("紧盯食品药品、种业、水泥和公共卫生等重点领域商品的知识产权投诉举报，切实加强行政保护。", Tianmu, TianmuHead, AllYear, YearCode, 3,
                AtLeast("complaints.key-sector-closure-rate", 95)),
            M("聚焦农产品、加工食品、道地药材、传统手工艺品等，组织开展地理标志专项整治工作。", Brigade, BrigadeOfficer, AllYear, YearCode, 3,
                Count("penalty.gi-cases"))),
        new(PlanSection.KeyTask, Group3, 8, "聚焦流通环节，推进知识产权诚信建设",
            "开展区域保护规范化市场培育，指导商业场所完善知识产权准入承诺、先行赔偿、假冒离场等管理制度，营造“尊重创新、保护产权、诚信经营、拒售假货”的良好商业环境。"
            + "加强线上线下侵权假冒治理，推进线下线上一体化保护。推进落实知识产权领域联合惩戒、诚信宣传和信用分级分类监管工作。",
            M("开展区域保护规范化市场培育，指导商业场所完善知识产权准入承诺、先行赔偿、假冒离场等管理制度，营造“尊重创新、保护产权、诚信经营、拒售假货”的良好商业环境。",
                Beicang, BeicangHead, AllYear, YearCode, 3, AtLeast("markets.standardised", 2)),
            M("加强线上线下侵权假冒治理，推进线下线上一体化保护。", Brigade, BrigadeOfficer, AllYear, YearCode, 3),
            M("推进落实知识产权领域联合惩戒、诚信宣传和信用分级分类监管工作。", Section, Head, AllYear, YearCode, 3,
                Count("publicity.integrity-events"))),
        new(PlanSection.KeyTask, Group4, 9, "扎实推进知识产权保护试点示范工作",
            "积极利用市知识产权保护中心和滨海新区知识产权保护中心资源，通过委托执法、联合办案等形式，切实提高专利行政保护水平，提高办案数量和质量，总结试点经验，高标准完成试点任务。",
            M("积极利用市知识产权保护中心和滨海新区知识产权保护中心资源，通过委托执法、联合办案等形式，切实提高专利行政保护水平，提高办案数量和质量。",
                Section, Head, AllYear, YearCode, 3, Count("adjudication.closed")),
            M("总结试点经验，高标准完成试点任务。", Section, Head, "年底前", "by:12-31", 3)),
        new(PlanSection.KeyTask, Group4, 10, "优化快速协同保护机制",
            "依托市知识产权保护中心和滨海新区知识产权保护中心“一站式”保护服务平台作用，在行政执法、企业维权、共享资源、提供技术咨询、协助整理案卷等领域加强协作。"
            + "推进行政调解、人民调解、行业调解和司法调解等知识产权纠纷多元化解工作，提高知识产权纠纷解决效率和社会满意度。",
            M("依托市知识产权保护中心和滨海新区知识产权保护中心“一站式”保护服务平台作用，在行政执法、企业维权、共享资源、提供技术咨询、协助整理案卷等领域加强协作。",
                Centre, null, AllYear, YearCode, 3),
            M("推进行政调解、人民调解、行业调解和司法调解等知识产权纠纷多元化解工作。", Section, Head, AllYear, YearCode, 3, Count("mediation.cases")),
            M("提高知识产权纠纷解决效率和社会满意度。", Section, Head, AllYear, YearCode, 3, AtLeast("satisfaction.rate", 90))),
        new(PlanSection.Requirement, null, 1, "加强组织领导",
            "各有关单位要高度重视，将加强知识产权行政保护作为贯彻落实市、区知识产权保护大会精神和强市建设的重要举措精心组织落实，细化落实措施，明确责任部门、责任人，切实保障各项任务落实到位。",
            M("各有关单位要高度重视，将加强知识产权行政保护作为贯彻落实市、区知识产权保护大会精神和强市建设的重要举措精心组织落实，细化落实措施，明确责任部门、责任人，切实保障各项任务落实到位。",
                Section, Head, AllYear, YearCode, 1)),
        new(PlanSection.Requirement, null, 2, "加强交流指导",
            "结合绩效考核等工作，加强与市知识产权局工作沟通，推进落实执法办案规范，对疑难案件，及时报请市局指导。树立办理精品案件意识，做好典型案例和指导案例推荐工作。",
            M("结合绩效考核等工作，加强与市知识产权局工作沟通，推进落实执法办案规范。", Section, Head, AllYear, YearCode, 1),
            M("对疑难案件，及时报请市局指导。", Legal, Reviewer, AllYear, YearCode, 1, Count("cases.difficult-escalated")),
            M("树立办理精品案件意识，做好典型案例和指导案例推荐工作。", Legal, Reviewer, AllYear, YearCode, 1,
                Count("publicity.recommended-cases"))),
        new(PlanSection.Requirement, null, 3, "加强宣传培训",
            "强化知识产权保护宣传引导，加大宣传普及专利、商标、地理标志保护工作力度，通过经常性深入企业、商户解疑答惑，加强正面引导。"
            + "利用报刊、电视及网络新媒体等开展集中宣传，通过发布知识产权执法典型案件，充分展示我区严格知识产权保护良好营商环境。",
            M("强化知识产权保护宣传引导，加大宣传普及专利、商标、地理标志保护工作力度。", Section, Head, AllYear, YearCode, 1),
            M("通过经常性深入企业、商户解疑答惑，加强正面引导。", Tianmu, TianmuHead, AllYear, YearCode, 1, Count("publicity.enterprise-visits")),
            M("利用报刊、电视及网络新媒体等开展集中宣传，通过发布知识产权执法典型案件，充分展示我区严格知识产权保护良好营商环境。", Section, Head, AllYear, YearCode, 1,
                AtLeast("publicity.media-releases", 4), AtLeast("publicity.typical-cases", 2))),
    ];

    /// <summary>Builds the plan for <paramref name="bureauId"/>; unit codes and user names are resolved through the maps given.</summary>
    public static Plan Build(int bureauId, IReadOnlyDictionary<string, int> units, IReadOnlyDictionary<string, int> users, DateTime now) => new()
    {
        Year = Year, Title = Title, OrgUnitId = bureauId, Status = PlanStatus.Published, Preamble = Preamble, GuidingPrinciples = GuidingPrinciples,
        Cadence = ProgressCadence.Monthly, CreatedAt = now, CreatedByName = "系统（初始数据）", PublishedAt = now, PublishedByName = "系统（初始数据）",
        Scheme = NewScheme(AppraisalRates.Default),
        Tasks = Tasks.Select(t => new PlanTask
        {
            Section = t.Section, Group = t.Group, Number = t.Number, Title = t.Title, Text = t.Text,
            Measures = t.Measures.Select((m, i) => new PlanMeasure
            {
                SortOrder = i + 1, Text = m.Text, ResponsibleUnitId = units[m.Unit], ResponsiblePersonId = m.Person is null ? null : users[m.Person],
                TimeFrame = m.TimeFrame, Schedule = m.Schedule, Status = MeasureStatus.InProgress, Weight = m.Weight,
                Indicators = m.Indicators.Select((x, j) => new PlanIndicator
                {
                    FormulaCode = x.Formula, Target = x.Target, Comparison = x.Comparison, SortOrder = j + 1,
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    public static AppraisalScheme NewScheme(AppraisalRates rates)
    {
        var scheme = new AppraisalScheme();
        scheme.Apply(rates);
        return scheme;
    }
}
