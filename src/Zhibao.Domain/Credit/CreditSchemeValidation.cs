namespace Zhibao.Domain.Credit;

/// <summary>A scheme field that cannot be accepted: <see cref="Field"/> is its JSON path ("grades[1].minPoints").</summary>
public sealed record SchemeError(string Field, string Message);

/// <summary>Checks an edited scheme before it is saved; every problem is named by its field, in Chinese.</summary>
public static class CreditSchemeValidation
{
    public const int MaxPoints = 1000;
    public const int MaxWindowYears = 10;

    public static IReadOnlyList<SchemeError> Validate(CreditScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var errors = new List<SchemeError>();
        ValidateGrades(scheme.Grades, errors);
        ValidateTiers(scheme.PenaltyTiers, errors);
        Range(errors, "penaltyWindowYears", "行政处罚计分年限", scheme.PenaltyWindowYears, 1, MaxWindowYears, "年");
        Weight(errors, "repeatInfringement", "5年内重复违法", scheme.RepeatInfringement);
        Weight(errors, "criminalReferral", "涉嫌犯罪移送", scheme.CriminalReferral);
        Range(errors, "seriousViolationListingPoints", "列入严重违法失信名单记分", scheme.SeriousViolationListingPoints, 0, MaxPoints, "分");
        Weight(errors, "breachedCommitment", "违反信用承诺", scheme.BreachedCommitment);
        Weight(errors, "refusalToComply", "拒不履行行政裁决或处罚", scheme.RefusalToComply);
        Weight(errors, "adjudicationInfringement", "行政裁决认定侵权", scheme.AdjudicationInfringement);
        ValidatePeriods(scheme.Periods, errors);
        return errors;
    }

    private static void ValidateGrades(IReadOnlyList<CreditGradeLevel>? grades, List<SchemeError> errors)
    {
        if (grades is null || grades.Count is < 2 or > 6)
        {
            errors.Add(new("grades", "信用等级须设置2至6级（默认A、B、C、D四级）"));
            return;
        }
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < grades.Count; i++)
        {
            var g = grades[i];
            var at = $"grades[{i}]";
            if (g is null)
            {
                errors.Add(new(at, $"第{i + 1}个等级未填写"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(g.Code) || g.Code.Trim().Length > 4 || !g.Code.Trim().All(char.IsAsciiLetterOrDigit))
            {
                errors.Add(new($"{at}.code", $"第{i + 1}个等级的代码须为1至4位字母或数字（如A）"));
            }
            else if (!codes.Add(g.Code.Trim()))
            {
                errors.Add(new($"{at}.code", $"等级代码“{g.Code.Trim()}”重复"));
            }
            if (string.IsNullOrWhiteSpace(g.Name) || g.Name.Trim().Length > 20)
            {
                errors.Add(new($"{at}.name", $"第{i + 1}个等级的名称须为1至20个字符"));
            }
            if (i == 0 && g.MinPoints != 0)
            {
                errors.Add(new($"{at}.minPoints", "第一个等级（最好的等级）的起始记分须为0分"));
            }
            else if (i > 0 && grades[i - 1] is { } previous && g.MinPoints <= previous.MinPoints)
            {
                errors.Add(new($"{at}.minPoints", $"等级须按记分从低到高排列：第{i + 1}个等级的起始记分须大于上一等级的{previous.MinPoints}分"));
            }
            else
            {
                Range(errors, $"{at}.minPoints", "起始记分", g.MinPoints, 0, MaxPoints * 10, "分");
            }
            if (!Enum.IsDefined(g.Inspection))
            {
                errors.Add(new($"{at}.inspection", "检查频次须为 low、normal、elevated 或 high"));
            }
            Range(errors, $"{at}.inspectionsPerYear", "每年建议检查次数", g.InspectionsPerYear, 0, 52, "次");
        }
    }

    private static void ValidateTiers(IReadOnlyList<PenaltyTier>? tiers, List<SchemeError> errors)
    {
        if (tiers is null || tiers.Count is < 1 or > 10)
        {
            errors.Add(new("penaltyTiers", "行政处罚记分档次须设置1至10档"));
            return;
        }
        for (var i = 0; i < tiers.Count; i++)
        {
            var t = tiers[i];
            var at = $"penaltyTiers[{i}]";
            if (t is null)
            {
                errors.Add(new(at, $"第{i + 1}档未填写"));
                continue;
            }
            if (t.MinAmount < 0)
            {
                errors.Add(new($"{at}.minAmount", "罚没金额起点不能为负数"));
            }
            else if (i > 0 && tiers[i - 1] is { } previous && t.MinAmount <= previous.MinAmount)
            {
                errors.Add(new($"{at}.minAmount", $"档次须按罚没金额从低到高排列：第{i + 1}档的起点须大于上一档的{previous.MinAmount:0.##}元"));
            }
            Range(errors, $"{at}.points", "记分", t.Points, 0, MaxPoints, "分");
        }
    }

    private static void ValidatePeriods(CreditPeriods? periods, List<SchemeError> errors)
    {
        if (periods is null)
        {
            errors.Add(new("periods", "请设置名单与信用修复期限"));
            return;
        }
        Range(errors, "periods.listingYears", "列入严重违法失信名单的期限", periods.ListingYears, 1, MaxWindowYears, "年");
        Range(errors, "periods.earlyRemovalMonths", "申请提前移出的等待期", periods.EarlyRemovalMonths, 1, Math.Max(1, periods.ListingYears * 12 - 1), "个月");
        Range(errors, "periods.penaltyRepairMonths", "行政处罚信息申请信用修复的等待期", periods.PenaltyRepairMonths, 1, 60, "个月");
        Range(errors, "periods.repairIntervalMonths", "两次信用修复的最短间隔", periods.RepairIntervalMonths, 0, 60, "个月");
    }

    private static void Weight(List<SchemeError> errors, string field, string name, RecordWeight? weight)
    {
        if (weight is null)
        {
            errors.Add(new(field, $"请设置“{name}”的记分和计分年限"));
            return;
        }
        Range(errors, $"{field}.points", $"“{name}”的记分", weight.Points, 0, MaxPoints, "分");
        Range(errors, $"{field}.windowYears", $"“{name}”的计分年限", weight.WindowYears, 1, MaxWindowYears, "年");
    }

    private static void Range(List<SchemeError> errors, string field, string name, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add(new(field, $"{name}须在{min}至{max}{unit}之间"));
        }
    }
}
