using System.Globalization;
using Zhibao.Domain.Identifiers;

namespace Zhibao.DataGen;

/// <summary>Word pools for plausible Chinese names, addresses, marks and titles, and valid identifiers.</summary>
internal static class Names
{
    public static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "田", "石", "崔", "孟", "白", "康", "姜", "范", "杜", "侯",
    ];

    public static readonly string[] Given =
    [
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞",
        "平", "刚", "桂英", "建华", "文", "华", "红", "建国", "志强", "海燕", "玉兰", "俊", "鹏", "宇", "浩", "婷", "欣", "凯", "晨",
        "立新", "春梅", "淑珍", "国庆", "振华", "丽华", "子涵", "梓萱", "浩然", "雨桐", "一鸣", "德明", "宏伟", "长江", "卫东",
    ];

    private static readonly string[] Zihao1 =
    [
        "鑫", "恒", "瑞", "华", "盛", "泰", "源", "丰", "达", "宏", "嘉", "润", "德", "安", "康", "兴", "隆", "信", "和", "通",
        "宝", "金", "锦", "鸿", "昌", "旺", "福", "祥", "顺", "诚", "辰", "津", "海", "北", "益", "永", "天", "正", "中", "新",
    ];

    private static readonly string[] Zihao2 =
    [
        "达", "源", "泰", "盛", "诚", "发", "利", "丰", "通", "祥", "辉", "宇", "航", "凯", "博", "远", "成", "运", "美", "佳",
        "晟", "鼎", "广", "耀", "峰", "琪", "铭", "泽", "晖", "信", "合", "聚", "汇", "昊", "邦", "创", "恒", "禾", "兴", "茂",
    ];

    /// <summary>Industry word of the name, and the 行业 recorded on the party.</summary>
    public static readonly (string Word, string Industry)[] Industries =
    [
        ("商贸", "批发业"), ("贸易", "批发业"), ("食品", "食品销售"), ("日用品", "零售业"), ("电子科技", "计算机、通信和其他电子设备制造业"),
        ("服装", "纺织服装、服饰业"), ("五金", "金属制品业"), ("建材", "建筑材料销售"), ("酒业", "酒、饮料和精制茶制造业"),
        ("农资", "农业生产资料销售"), ("医药", "医药零售"), ("化妆品", "化妆品零售"), ("汽车配件", "汽车零配件零售"), ("百货", "零售业"),
        ("包装制品", "印刷和记录媒介复制业"), ("塑料制品", "橡胶和塑料制品业"), ("家居", "家具制造业"), ("母婴用品", "零售业"),
        ("文具", "文教、工美、体育和娱乐用品制造业"), ("电器", "电气机械和器材制造业"), ("水泥制品", "非金属矿物制品业"),
        ("种业", "种子批发"), ("茶叶", "茶叶零售"), ("粮油", "粮油批发"), ("烟酒", "烟草制品零售"), ("自行车", "自行车制造"),
    ];

    private static readonly string[] Prefixes = ["天津", "天津市", "天津市北辰区"];
    private static readonly string[] Suffixes = ["有限公司", "有限公司", "有限责任公司", "商贸中心", "经营部"];
    private static readonly string[] ShopKinds = ["副食店", "超市", "便利店", "日用品商店", "烟酒店", "五金店", "服装店", "汽车配件经营部", "农资门市部"];

    public static readonly string[] Roads =
    [
        "京津公路", "北辰道", "龙洲道", "辰昌路", "引河里北道", "宜白路", "津围公路", "永平道", "双辰中路", "北仓道", "顺义道", "延吉道",
        "铁东路", "果园南道", "佳园路", "普济河东道", "辰达路", "华辰道", "景欣路", "新宜白大道",
    ];

    public static readonly string[] Areas =
    [
        "果园新村街", "集贤里街", "佳荣里街", "普东街", "瑞景街", "青源街", "广源街", "天穆镇", "北仓镇", "宜兴埠镇", "小淀镇", "双街镇",
        "双口镇", "青光镇", "西堤头镇", "大张庄镇",
    ];

    /// <summary>Registered marks of rights holders, with the goods they are infringed on.</summary>
    public static readonly string[] Marks =
    [
        "津宝", "海辰", "龙凤祥", "金禾", "北运河", "辰星", "桂发", "华康", "天瑞", "泰丰", "鑫源", "宝坻", "盛京", "永丰", "嘉禾", "长芦",
        "红旗", "飞鸽", "海鸥", "利民", "冠生", "大红门", "金钟", "津酒", "玉川", "芦台春", "山海关", "蓝天", "白鹤", "东方红", "星光",
        "凤凰", "金鹰", "银河", "洁美", "美华", "康乐", "安吉", "福临", "好滋味", "老城", "绿野", "华北", "南开", "新港", "渤海", "瑞丰",
    ];

    public static readonly (string Goods, int NiceClass)[] Goods =
    [
        ("白酒", 33), ("运动鞋", 25), ("服装", 25), ("洗发水", 3), ("化妆品", 3), ("手机配件", 9), ("充电器", 9), ("食用油", 29), ("大米", 30),
        ("月饼", 30), ("饮料", 32), ("自行车", 12), ("汽车配件", 12), ("电动工具", 7), ("五金件", 6), ("箱包", 18), ("眼镜", 9), ("茶叶", 30),
        ("调味品", 30), ("水泥", 19), ("农药", 5), ("种子", 31), ("化肥", 1), ("口罩", 10), ("酱油", 30), ("香皂", 3), ("文具", 16),
    ];

    public static readonly string[] GeographicalIndications =
        ["小站稻", "沙窝萝卜", "茶淀玫瑰香葡萄", "崔庄冬枣", "宝坻大葱", "宝坻大蒜", "黄庄大米", "七里海河蟹", "杨柳青木版年画", "独流老醋"];

    public static readonly string[] OfficialMarks =
        ["中国国际进口博览会官方标志", "中国国际服务贸易交易会官方标志", "世界智能大会官方标志", "中国航天官方标志", "夏季达沃斯论坛官方标志"];

    public static readonly string[] SpecialMarks =
        ["第十四届全国运动会特殊标志", "天津马拉松特殊标志", "中国旅游日特殊标志", "全国第十一届残疾人运动会特殊标志", "第七届世界军人运动会特殊标志"];

    public static readonly string[] PatentTitles =
    [
        "一种节能型照明灯具", "一种便携式充电装置", "一种自行车变速机构", "包装盒（外观设计）", "一种防伪瓶盖", "一种电动工具用散热结构",
        "一种汽车座椅调节装置", "一种复合肥料及其制备方法", "一种水泥添加剂", "一种儿童安全座椅", "饮料瓶（外观设计）", "一种智能门锁",
    ];

    public static string PersonName(ref Rng r) => r.Pick(Surnames) + r.Pick(Given);

    /// <summary>An enterprise name from index <paramref name="k"/>: distinct for the first ~200,000 indexes.</summary>
    public static (string Name, string Industry, bool Individual) EnterpriseName(long k, ref Rng r)
    {
        var zihao = Zihao1[(int)(k % Zihao1.Length)] + Zihao2[(int)(k / Zihao1.Length % Zihao2.Length)];
        var rest = k / (Zihao1.Length * Zihao2.Length);
        var (word, industry) = Industries[(int)(rest % Industries.Length)];
        rest /= Industries.Length;
        if (r.Chance(0.18))
        {
            // 个体工商户: 北辰区鑫达副食店.
            return ($"北辰区{zihao}{ShopKinds[(int)(rest % ShopKinds.Length)]}", industry, true);
        }
        var prefix = Prefixes[(int)(rest % Prefixes.Length)];
        var suffix = Suffixes[(int)(rest / Prefixes.Length % Suffixes.Length)];
        return ($"{prefix}{zihao}{word}{suffix}", industry, false);
    }

    public static string Address(ref Rng r) => $"天津市北辰区{r.Pick(Areas)}{r.Pick(Roads)}{r.Int(1, 399)}号";

    public static string Phone(ref Rng r) => r.Chance(0.5)
        ? $"022-{r.Int(2600, 8699)}{r.Int(0, 9999):D4}"
        : $"1{r.Pick(MobilePrefixes)}{r.Int(0, 9999):D4}{r.Int(0, 9999):D4}";

    private static readonly string[] MobilePrefixes = ["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "52", "58", "59", "86", "87", "88", "89"];

    private static readonly string[] Districts = ["120113", "120113", "120113", "120113", "120102", "120104", "120105", "120111", "120112", "120114", "120116"];

    /// <summary>统一社会信用代码 (GB 32100): 9 + 1/2 + district + 9-character organisation code (GB 11714 check) + check character.</summary>
    public static string CreditCode(long k, bool individual)
    {
        // An affine map over 10^8 numbers with a multiplier coprime to it: distinct for distinct k.
        var body = ((k * 7919 + 13_579_246) % 90_000_000 + 10_000_000).ToString(CultureInfo.InvariantCulture);
        var orgCode = body + OrgCodeCheck(body);
        var first17 = (individual ? "92" : "91") + Districts[(int)(k % Districts.Length)] + orgCode;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>GB 11714 组织机构代码 check character over 8 digits.</summary>
    private static char OrgCodeCheck(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * OrgWeights[i];
        }
        var c = 11 - sum % 11;
        return c switch { 10 => 'X', 11 => '0', _ => (char)('0' + c) };
    }

    /// <summary>居民身份证号码 (GB 11643) distinct for distinct k: birth date from k / 900, sequence from k % 900.</summary>
    public static string ResidentId(long k)
    {
        var birth = new DateOnly(1956, 1, 1).AddDays((int)(k / 900 % 16000));
        var first17 = Districts[(int)(k / 7 % Districts.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (100 + k % 900).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>ZL + year + kind digit + 7-digit serial + "." + check digit.</summary>
    public static string Patent(ref Rng r, bool design)
    {
        var digits = $"{r.Int(2012, 2023)}{(design ? '3' : r.Chance(0.4) ? '1' : '2')}{r.Int(0, 9_999_999):D7}";
        return $"ZL{digits}.{PatentNumber.ComputeCheckDigit(digits)}";
    }

    public static string TrademarkNumber(ref Rng r) => r.Int(1_000_000, 69_999_999).ToString(CultureInfo.InvariantCulture);
}
