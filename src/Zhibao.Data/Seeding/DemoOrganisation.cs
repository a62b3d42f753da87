using Zhibao.Data.Entities;

namespace Zhibao.Data.Seeding;

/// <summary>The demo organisation of 天津市北辰区 and the outside bodies it works with (CLARIFICATIONS.md).</summary>
internal static class DemoOrganisation
{
    public static readonly (string Code, string Name, OrgUnitKind Kind)[] BureauUnits =
    [
        ("BC-ZSCQ", "知识产权科", OrgUnitKind.Section),
        ("BC-ZFDD", "执法大队", OrgUnitKind.Brigade),
        ("BC-FZSH", "法制审核科", OrgUnitKind.Section),
        ("BC-TM", "天穆市场监督管理所", OrgUnitKind.Station),
        ("BC-BC", "北仓市场监督管理所", OrgUnitKind.Station),
        ("BC-RJ", "瑞景市场监督管理所", OrgUnitKind.Station),
        ("BC-YXB", "宜兴埠市场监督管理所", OrgUnitKind.Station),
        ("BC-XD", "小淀市场监督管理所", OrgUnitKind.Station),
        ("BC-SJ", "双街市场监督管理所", OrgUnitKind.Station),
    ];

    public static readonly (string Code, string Name)[] ExternalUnits =
    [
        // Leads on abnormal patent applications and malicious trademark registrations come from CNIPA or the city.
        ("EX-CNIPA", "国家知识产权局"),
        ("EX-TJIPA", "天津市知识产权局"),
        ("EX-TJSAMR", "天津市市场监督管理委员会"),
        ("EX-TJIPPC", "天津市知识产权保护中心"),
        ("EX-BHIPPC", "滨海新区知识产权保护中心"),
        ("EX-BCPSB", "天津市公安局北辰分局"),
        ("EX-BCPROC", "天津市北辰区人民检察院"),
        ("EX-BCCOURT", "天津市北辰区人民法院"),
        // Invention and utility-model disputes go to an intermediate court (法释〔2022〕13号): judicial confirmation there.
        ("EX-TJ3COURT", "天津市第三中级人民法院"),
        // Mediation organisations (调解组织) that mediations name as their mediator.
        ("EX-BCIPMED", "北辰区知识产权纠纷人民调解委员会"),
        ("EX-TJIPMED", "天津市知识产权纠纷调解中心"),
        ("EX-BCCULT", "北辰区文化市场综合执法支队"),
        ("EX-BJCP", "北京市昌平区市场监督管理局"),
        ("EX-HBLF", "河北省廊坊市市场监督管理局"),
        ("EX-BCIPLG", "北辰区知识产权战略领导小组"),
        ("EX-BCSD", "北辰区“双打”领导小组"),
    ];

    /// <summary>Demo users: user name, display name, unit code, roles.</summary>
    public static readonly (string UserName, string DisplayName, string UnitCode, string[] Roles)[] Users =
    [
        ("kezhang", "王科长", "BC-ZSCQ", [BuiltInRoles.IpSection]),
        ("zhifa1", "李执法", "BC-ZFDD", [BuiltInRoles.Officer]),
        ("zhifa2", "赵执法", "BC-ZFDD", [BuiltInRoles.Officer]),
        ("fazhi", "陈法制", "BC-FZSH", [BuiltInRoles.LegalReviewer]),
        ("lingdao", "刘局长", "BC", [BuiltInRoles.Leader]),
        ("suo1", "孙所长", "BC-TM", [BuiltInRoles.Officer, BuiltInRoles.UnitAdministrator]),
        ("suo1zf", "周执法", "BC-TM", [BuiltInRoles.Officer]),
        ("suo2", "吴所长", "BC-BC", [BuiltInRoles.Officer, BuiltInRoles.UnitAdministrator]),
        ("suo2zf", "郑执法", "BC-BC", [BuiltInRoles.Officer]),
        ("xiezuo", "保护中心联络员", "EX-TJIPPC", [BuiltInRoles.Partner]),
        ("zhidu", "只读用户", "BC", [BuiltInRoles.ReadOnly]),
    ];

    /// <summary>Demo officers: user, 执法证 number, valid until, 知识产权执法资格 since (null: none). 郑执法's certificate
    /// runs out at the end of 2023 so the expiry warning and the assignment rule show.</summary>
    public static readonly (string UserName, string Certificate, DateOnly ValidTo, DateOnly? IpQualifiedOn)[] Officers =
    [
        ("kezhang", "12011320001", new DateOnly(2027, 12, 31), new DateOnly(2021, 6, 1)),
        ("zhifa1", "12011320002", new DateOnly(2027, 12, 31), new DateOnly(2021, 6, 1)),
        ("zhifa2", "12011320003", new DateOnly(2027, 12, 31), new DateOnly(2022, 6, 1)),
        ("suo1", "12011320004", new DateOnly(2027, 12, 31), new DateOnly(2022, 6, 1)),
        ("suo1zf", "12011320005", new DateOnly(2027, 12, 31), null),
        ("suo2", "12011320006", new DateOnly(2027, 12, 31), new DateOnly(2023, 3, 1)),
        ("suo2zf", "12011320007", new DateOnly(2023, 12, 31), null),
    ];
}
