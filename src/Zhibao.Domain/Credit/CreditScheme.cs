namespace Zhibao.Domain.Credit;

/// <summary>信用分级分类监管下建议的检查频次.</summary>
public enum InspectionLevel
{
    /// <summary>低频：随机抽查比例和频次低于常规，无事不扰.</summary>
    Low,
    /// <summary>常规：按常规比例和频次抽查.</summary>
    Normal,
    /// <summary>较高：适当提高抽查比例和频次.</summary>
    Elevated,
    /// <summary>高频：重点监管，大幅提高抽查比例和频次.</summary>
    High,
}

/// <summary>One grade of the scheme: reached from <see cref="MinPoints"/> 记分 upwards, with its suggested inspections.</summary>
/// <param name="Code">A, B, C, D …</param>
/// <param name="Name">良好, 一般, 较差, 差 …</param>
/// <param name="InspectionsPerYear">Suggested routine inspections a year (0: only when drawn at random).</param>
public sealed record CreditGradeLevel(string Code, string Name, int MinPoints, InspectionLevel Inspection, int InspectionsPerYear);

/// <summary>A penalty decision whose 罚没金额 (fine plus confiscation) reaches <see cref="MinAmount"/> yuan scores <see cref="Points"/>.</summary>
public sealed record PenaltyTier(decimal MinAmount, int Points);

/// <summary>Points of a record kind, and how many years after its date it still counts.</summary>
public sealed record RecordWeight(int Points, int WindowYears);

/// <summary>
/// The periods of the serious-violation list and of credit repair. legal-rules.md §9.1–9.2 tags the numbers UNVERIFIED
/// (they come from local guides citing 总局令第44号 and 国市监信规〔2021〕3号), so they are settings with those defaults.
/// </summary>
/// <param name="ListingYears">列入满N年移出 (总局令第44号, default 3).</param>
/// <param name="EarlyRemovalMonths">列入满N个月可申请提前移出 (总局令第44号; 信用修复管理办法第七条, default 12).</param>
/// <param name="PenaltyRepairMonths">行政处罚信息公示满N个月可申请信用修复 (信用修复管理办法第六条, default 6).</param>
/// <param name="RepairIntervalMonths">距上次信用修复不足N个月的不予修复 (广州指引, default 12; 0 turns the rule off).</param>
public sealed record CreditPeriods(int ListingYears, int EarlyRemovalMonths, int PenaltyRepairMonths, int RepairIntervalMonths);

/// <summary>
/// 信用分级分类 scheme: each record of a party scores points (记分) while it is inside its window, and the sum picks the
/// grade. legal-rules.md §9.4: grading levels and indicators vary by locality, so the whole scheme is a setting; the
/// default has four grades A/B/C/D. Properties have "empty" initial values so a body that leaves one out fails
/// <see cref="CreditSchemeValidation.Validate"/> with the field named, instead of silently taking a default.
/// </summary>
public record CreditScheme
{
    public IReadOnlyList<CreditGradeLevel> Grades { get; init; } = [];

    /// <summary>行政处罚决定, by 罚没金额 (the highest tier reached applies).</summary>
    public IReadOnlyList<PenaltyTier> PenaltyTiers { get; init; } = [];

    /// <summary>Years a penalty decision counts (default 3, the 公示 period of 总局令第45号第十三条).</summary>
    public int PenaltyWindowYears { get; init; }

    /// <summary>5年内再次违法 (商标法第六十条第二款: 五年内实施两次以上商标侵权行为从重处罚).</summary>
    public RecordWeight RepeatInfringement { get; init; } = new(0, 0);

    /// <summary>涉嫌犯罪移送公安 (国务院令第310号).</summary>
    public RecordWeight CriminalReferral { get; init; } = new(0, 0);

    /// <summary>列入严重违法失信名单: counts while listed (总局令第44号).</summary>
    public int SeriousViolationListingPoints { get; init; }

    /// <summary>违反或虚假作出信用承诺 (国家知识产权局知识产权信用管理规定: 失信行为).</summary>
    public RecordWeight BreachedCommitment { get; init; } = new(0, 0);

    /// <summary>有履行能力而拒不履行行政裁决、行政处罚 (same rule; 专利纠纷行政裁决和调解办法第三十四条), e.g. 申请强制执行.</summary>
    public RecordWeight RefusalToComply { get; init; } = new(0, 0);

    /// <summary>专利侵权纠纷行政裁决认定侵权.</summary>
    public RecordWeight AdjudicationInfringement { get; init; } = new(0, 0);

    public CreditPeriods Periods { get; init; } = new(0, 0, 0, 0);

    /// <summary>
    /// The shipped scheme: A 0 points, B from 1, C from 30, D from 60; a listing (100 points) is always D. A warning or a
    /// fine under 10,000 yuan scores 5, from 10,000 yuan 15, from 100,000 yuan (较大数额, 听证办法) 30.
    /// </summary>
    public static CreditScheme Default { get; } = new()
    {
        Grades =
        [
            new("A", "信用良好", 0, InspectionLevel.Low, 0),
            new("B", "信用一般", 1, InspectionLevel.Normal, 1),
            new("C", "信用较差", 30, InspectionLevel.Elevated, 2),
            new("D", "严重失信", 60, InspectionLevel.High, 4),
        ],
        PenaltyTiers = [new(0m, 5), new(10_000m, 15), new(100_000m, 30)],
        PenaltyWindowYears = 3,
        RepeatInfringement = new(20, 5),
        CriminalReferral = new(40, 5),
        SeriousViolationListingPoints = 100,
        BreachedCommitment = new(20, 3),
        RefusalToComply = new(30, 3),
        AdjudicationInfringement = new(10, 3),
        Periods = new(3, 12, 6, 12),
    };

    /// <summary>The grade reached by <paramref name="points"/>: the highest whose minimum is reached.</summary>
    public CreditGradeLevel GradeFor(int points) => Grades.Where(g => g.MinPoints <= points).MaxBy(g => g.MinPoints) ?? Grades[0];

    /// <summary>The points of a penalty with this 罚没金额: the highest tier reached, or 0 below every tier.</summary>
    public int PenaltyPoints(decimal amount) => PenaltyTiers.Where(t => t.MinAmount <= amount).MaxBy(t => t.MinAmount)?.Points ?? 0;

    public static string InspectionName(InspectionLevel level) => level switch
    {
        InspectionLevel.Low => "低频（无事不扰，随机抽查）",
        InspectionLevel.Normal => "常规",
        InspectionLevel.Elevated => "较高（提高抽查比例和频次）",
        InspectionLevel.High => "高频（重点监管）",
        _ => level.ToString(),
    };

    /// <summary>"每年1次", or "仅随机抽查" for 0.</summary>
    public static string InspectionText(CreditGradeLevel grade) =>
        $"{InspectionName(grade.Inspection)}：{(grade.InspectionsPerYear == 0 ? "不主动安排检查，仅纳入“双随机”抽查" : $"建议每年检查{grade.InspectionsPerYear}次")}";
}
