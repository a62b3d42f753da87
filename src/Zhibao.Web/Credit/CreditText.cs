using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Credit;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Web.Credit;

/// <summary>Names and parsing of the credit module's codes: API names (camelCase) or the Chinese names are accepted.</summary>
public static class CreditText
{
    public static string Yuan(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture) + "元";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ApiName<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The enum value named by its API name (any case) or by its Chinese name; null when unknown.</summary>
    public static T? Parse<T>(string? text, Func<T, string> chinese) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase) || chinese(value) == t)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>"wilfulIpInfringement（故意侵犯知识产权）、…": the choices for an error message.</summary>
    public static string Choices<T>(Func<T, string> chinese) where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{ApiName(v)}（{chinese(v)}）"));

    /// <summary>A party's code as lists show it: the 统一社会信用代码, or the ID number masked unless <paramref name="fullIdNumbers"/>.</summary>
    public static string? PartyCode(Party party, bool fullIdNumbers) =>
        party.UnifiedSocialCreditCode ?? (party.ResidentIdNumber is { } number ? (fullIdNumbers ? number : ResidentIdNumber.Mask(number)) : null);

    public static string TargetName(RepairTarget target) => target switch
    {
        RepairTarget.Penalty => "行政处罚信息",
        RepairTarget.Listing => "严重违法失信名单（提前移出）",
        _ => target.ToString(),
    };

    public static string DecisionName(RepairDecision decision) => decision switch
    {
        RepairDecision.Pending => "待审核",
        RepairDecision.Approved => "准予修复",
        RepairDecision.Rejected => "不予修复",
        _ => decision.ToString(),
    };

    /// <summary>Common 联合惩戒 measures offered in the form (the field takes any text).</summary>
    public static readonly string[] CommonMeasures =
    [
        "限制参加政府采购", "限制申请财政性资金项目", "限制参加评优评先", "不适用信用承诺制", "列为重点监管对象，提高抽查比例和频次",
        "限制担任企业法定代表人或负责人", "限制取得相关生产经营许可", "限制参与工程招投标", "限制申请专利费用减缴和优先审查",
    ];
}
