using System.Globalization;
using System.Text.Json.Serialization;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Reporting;

/// <summary>The patent-related case kinds the monthly report counts (legal-rules.md §8.2: 专利纠纷案件, 假冒专利案件, mediation).</summary>
public enum ReportCaseKind
{
    /// <summary>专利侵权纠纷 handled by 行政裁决.</summary>
    PatentDispute,
    /// <summary>假冒专利 (a penalty case with that subject).</summary>
    CounterfeitPatent,
    /// <summary>专利纠纷调解 (a mediation of one of the patent dispute types of 令第81号第六十三条).</summary>
    PatentMediation,
}

/// <summary>
/// One case as the monthly report sees it at the end of its month: a date after the month's end (a closure in the next
/// month, a decision not taken yet) is left out, so work done after the month never makes last month's report stale.
/// Plain values only, so two reads of the same case compare equal and the snapshot's JSON is stable.
/// </summary>
/// <param name="PatentNumbers">One or more patent numbers as recorded, separated by "；" (a 假冒专利 case may name several).</param>
/// <param name="RecordedPatentKind">The kind recorded on the case (裁决, 调解); a 假冒专利 case records none and the number tells it.</param>
/// <param name="ECommerce">电子商务领域: null while no case field carries it (shown as missing, never as “否”).</param>
/// <param name="TradeFair">展会: null while no case field carries it.</param>
public sealed record ReportCase(
    int CaseId,
    ReportCaseKind Kind,
    string? CaseNumber,
    string Title,
    string? PatentNumbers,
    PatentKind? RecordedPatentKind,
    string? PatentTitle,
    string? Requesters,
    string? Respondents,
    DateOnly ReceivedOn,
    DateOnly? FiledOn,
    DateOnly? ClosedOn,
    string? Outcome,
    decimal? PenaltyAmount,
    decimal? AgreedAmount,
    bool? ECommerce,
    bool? TradeFair,
    bool Referral)
{
    public const char NumberSeparator = '；';

    [JsonIgnore]
    public IReadOnlyList<string> PatentNumberList =>
        PatentNumbers?.Split(NumberSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The kind recorded, or the one the first valid number encodes.</summary>
    [JsonIgnore]
    public PatentKind? PatentKind => RecordedPatentKind ?? PatentNumberList.Select(PatentNumber.KindOf).FirstOrDefault(k => k is not null);

    /// <summary>How problems name the case: its number, or its title before it has one.</summary>
    [JsonIgnore]
    public string Label => CaseNumber ?? $"《{Title}》";

    public static string KindName(ReportCaseKind kind) => kind switch
    {
        ReportCaseKind.PatentDispute => "专利侵权纠纷",
        ReportCaseKind.CounterfeitPatent => "假冒专利",
        ReportCaseKind.PatentMediation => "专利纠纷调解",
        _ => kind.ToString(),
    };

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? Amount(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);

    internal static string? Flag(bool? flag) => flag switch { true => "是", false => "否", null => null };
}
