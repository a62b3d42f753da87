using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.DataGen;

/// <summary>The descriptive side of a case from the seeded dictionaries, units and officers: who handles it, what it
/// is about and what it is called.</summary>
internal sealed class CaseContent
{
    private readonly List<UnitRow> units;
    private readonly double[] unitWeights;
    private readonly List<string> subjects;
    private readonly double[] subjectWeights;
    private readonly List<string> sources;
    private readonly double[] sourceWeights;
    private readonly Dictionary<int, List<OfficerRow>> officersByUnit;
    private readonly List<OfficerRow> centralOfficers;
    private readonly List<OfficerRow> allOfficers;
    private readonly (int? Id, string Name) approver;
    private readonly (int? Id, string Name) leader;
    private readonly (int? Id, string Name) legalReviewer;

    public List<string> Sectors { get; }

    public CaseContent(Reference reference)
    {
        // Cases are handled by the brigade (a quarter) and the six stations; without those, by any bureau unit.
        units = reference.Units.Where(u => u.Kind is OrgUnitKind.Brigade or OrgUnitKind.Station).ToList();
        if (units.Count == 0)
        {
            units = reference.Units.Where(u => u.Kind != OrgUnitKind.External).ToList();
        }
        var stations = Math.Max(1, units.Count(u => u.Kind == OrgUnitKind.Station));
        unitWeights = units.Select(u => u.Kind == OrgUnitKind.Brigade ? stations / 3.0 : 1.0).ToArray();

        subjects = Labels(reference, "case_subject", ["商标侵权", "商标一般违法", "假冒专利", "地理标志", "官方标志", "特殊标志"]);
        subjectWeights = subjects.Select(s => s switch
        {
            "商标侵权" => 55.0, "商标一般违法" => 10, "假冒专利" => 15, "地理标志" => 5, "官方标志" => 2, "特殊标志" => 3,
            _ => 3,
        }).ToArray();
        sources = Labels(reference, "case_source", ["监督检查", "投诉", "举报", "上级交办", "其他部门移送", "网络监测"]);
        sourceWeights = sources.Select(s => s switch
        {
            "监督检查" => 30.0, "投诉" => 20, "举报" => 20, "上级交办" => 8, "部门移送" => 7, "网络监测" => 8, _ => 3,
        }).ToArray();
        Sectors = Labels(reference, "key_sector", ["食品", "药品", "种业", "水泥", "公共卫生"]);

        if (reference.Officers.Count < 2)
        {
            throw new InvalidOperationException("至少需要两名持有执法证的执法人员（Officers）：请使用演示数据（Seed__Demo=true）启动一次应用");
        }
        allOfficers = reference.Officers;
        officersByUnit = reference.Officers.GroupBy(o => o.OrgUnitId).ToDictionary(g => g.Key, g => g.ToList());
        var central = reference.Units.Where(u => u.Kind is OrgUnitKind.Brigade or OrgUnitKind.Section).Select(u => u.Id).ToHashSet();
        centralOfficers = reference.Officers.Where(o => central.Contains(o.OrgUnitId)).ToList();
        if (centralOfficers.Count < 2)
        {
            centralOfficers = reference.Officers;
        }
        (int? Id, string Name) User(string userName, (int? Id, string Name) fallback) =>
            reference.Users.TryGetValue(userName, out var u) ? (u.Id, u.Name) : fallback;
        var admin = reference.Users.Values.Select(u => ((int?)u.Id, u.Name)).FirstOrDefault();
        approver = User("kezhang", admin);
        leader = User("lingdao", approver);
        legalReviewer = User("fazhi", approver);
    }

    private static List<string> Labels(Reference reference, string code, List<string> fallback) =>
        reference.Dictionaries.TryGetValue(code, out var list) && list.Count > 0 ? list : fallback;

    public UnitRow PickUnit(ref Rng r) => units[r.Weighted(unitWeights)];

    public string PickSubject(ref Rng r) => subjects[r.Weighted(subjectWeights)];

    public string PickSource(ref Rng r) => sources[r.Weighted(sourceWeights)];

    /// <summary>Who decides an approval: 法制审核科 the legal review, the head the decision, 知识产权科 the rest.</summary>
    public (int? Id, string Name) Approver(ApprovalKind kind) => kind switch
    {
        ApprovalKind.LegalReview => legalReviewer,
        ApprovalKind.Decision => leader,
        _ => approver,
    };

    /// <summary>Two officers with a certificate valid on <paramref name="on"/>: the unit's own first, then the brigade's and
    /// section's, the lead first (程序规定第十九条).</summary>
    public List<OfficerRow> PickOfficers(UnitRow unit, DateOnly on, ref Rng r)
    {
        var chosen = new List<OfficerRow>(2);
        void Add(List<OfficerRow> pool, ref Rng rr)
        {
            var valid = pool.Where(o => o.ValidOn(on) && !chosen.Contains(o)).ToList();
            if (valid.Count == 0)
            {
                valid = pool.Where(o => !chosen.Contains(o)).ToList();
            }
            if (valid.Count > 0)
            {
                chosen.Add(rr.Pick(valid));
            }
        }
        if (officersByUnit.TryGetValue(unit.Id, out var own))
        {
            Add(own, ref r);
            if (!r.Chance(0.15))
            {
                Add(own, ref r);
            }
        }
        while (chosen.Count < 2)
        {
            var before = chosen.Count;
            Add(centralOfficers, ref r);
            if (chosen.Count == before)
            {
                Add(allOfficers, ref r);
            }
        }
        return chosen;
    }

    /// <summary>The right involved, by subject: a mark (with its holder and the goods), a patent, a GI, an official or special mark.</summary>
    public static CaseRight Right(string subject, ref Rng r, out int markIndex, out string goods)
    {
        markIndex = -1;
        goods = "";
        switch (subject)
        {
            case "假冒专利" or "非正常专利申请":
            {
                var design = r.Chance(0.2);
                var title = design ? "包装盒（外观设计）" : r.Pick(Names.PatentTitles);
                goods = title.Replace("一种", "", StringComparison.Ordinal);
                return new CaseRight { Kind = RightKind.Patent, Number = Names.Patent(ref r, design), Name = title, Holder = null };
            }
            case "地理标志":
            {
                var gi = r.Pick(Names.GeographicalIndications);
                goods = gi;
                return new CaseRight { Kind = RightKind.GeographicalIndication, Name = gi, Holder = "天津市北辰区地理标志产品保护协会" };
            }
            case "官方标志":
                goods = "宣传品";
                return new CaseRight { Kind = RightKind.OfficialMark, Name = r.Pick(Names.OfficialMarks) };
            case "特殊标志":
                goods = "纪念品";
                return new CaseRight { Kind = RightKind.SpecialMark, Name = r.Pick(Names.SpecialMarks) };
            default:
            {
                markIndex = r.Int(0, Names.Marks.Length - 1);
                var (g, niceClass) = Names.Goods[markIndex % Names.Goods.Length];
                goods = g;
                var mark = Names.Marks[markIndex];
                return new CaseRight
                {
                    Kind = RightKind.Trademark, Number = MarkNumber(markIndex), NiceClass = niceClass, Name = mark,
                    Holder = $"{mark}（天津）{(markIndex % 3 == 0 ? "集团" : "")}{Names.Industries[markIndex % Names.Industries.Length].Word}有限公司",
                };
            }
        }
    }

    private static string MarkNumber(int markIndex) => (1_234_567 + markIndex * 1_048_573 % 60_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Title(string subject, string respondent, CaseRight right, string goods, ref Rng r) => subject switch
    {
        "商标侵权" => r.Int(0, 9) switch
        {
            < 5 => $"{respondent}销售侵犯“{right.Name}”注册商标专用权商品案",
            < 7 => $"{respondent}销售侵犯“{right.Name}”注册商标专用权的{goods}案",
            < 9 => $"{respondent}生产侵犯“{right.Name}”注册商标专用权商品案",
            _ => $"{respondent}在同一种商品上使用与“{right.Name}”注册商标近似的商标案",
        },
        "商标一般违法" => r.Chance(0.6) ? $"{respondent}冒充注册商标案" : $"{respondent}违反商标使用管理规定案",
        "假冒专利" => r.Chance(0.5) ? $"{respondent}假冒专利案" : $"{respondent}销售标注失效专利号的{goods}案",
        "地理标志" => r.Chance(0.5) ? $"{respondent}擅自使用“{right.Name}”地理标志案" : $"{respondent}销售假冒“{right.Name}”地理标志产品案",
        "官方标志" => $"{respondent}擅自使用“{right.Name}”案",
        "特殊标志" => $"{respondent}擅自使用“{right.Name}”案",
        "非正常专利申请" => $"{respondent}非正常专利申请案",
        "恶意商标注册" => $"{respondent}恶意申请商标注册案",
        "代理违法" => $"{respondent}违法从事商标代理业务案",
        _ => $"{respondent}涉嫌{subject}案",
    };

    private static string Offence(string subject) => subject switch
    {
        "商标侵权" => "侵犯注册商标专用权",
        "商标一般违法" => "违反商标管理规定",
        "地理标志" => "擅自使用地理标志",
        "官方标志" => "侵犯官方标志",
        "特殊标志" => "侵犯特殊标志专有权",
        _ => subject,
    };

    public static string Summary(PenaltyCase c, string respondent, CaseRight right, string goods, PenaltyCaseStatus status)
    {
        var mark = right.Kind == RightKind.Patent ? $"专利号{right.Number}的{goods}" : $"“{right.Name}”{goods}";
        return status is PenaltyCaseStatus.Lead or PenaltyCaseStatus.NotFiled
            ? $"{c.Source}线索：反映{respondent}涉嫌{Offence(c.Subject)}，涉及{mark}，需核查。"
            : $"经查，当事人{respondent}自{c.ReceivedOn.AddMonths(-3):yyyy年M月}起经营{mark}，涉嫌{Offence(c.Subject)}。";
    }
}
