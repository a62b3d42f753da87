using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Reporting;

/// <summary>Report cases that pass every check, for the tests to spoil one thing at a time.</summary>
internal static class ReportSamples
{
    public static readonly ReportPeriod October = new(2023, 10);

    /// <summary>A valid ZL number from 12 digits (the check digit computed).</summary>
    public static string Zl(string digits) => $"ZL{digits}.{PatentNumber.ComputeCheckDigit(digits)}";

    /// <summary>The same number with another check digit.</summary>
    public static string Spoil(string number) => number[..^1] + (number[^1] == '1' ? '2' : '1');

    public static ReportCase Dispute(int id = 1, string filed = "2023-10-10", string? closed = null) => new(
        id, ReportCaseKind.PatentDispute, $"津辰市监知裁〔2023〕{id}号", $"专利侵权纠纷案{id}", Zl("202320123456"), PatentKind.UtilityModel,
        "一种折叠自行车", "天津某科技有限公司", "北辰区某车行", D("2023-09-28"), D(filed), closed is null ? null : D(closed),
        closed is null ? null : "作出行政裁决", null, null, null, null, false);

    public static ReportCase Counterfeit(int id = 2, string filed = "2023-10-12", string? closed = null) => new(
        id, ReportCaseKind.CounterfeitPatent, $"津辰市监知罚〔2023〕{id}号", $"假冒专利案{id}", Zl("202310123456"), null,
        null, null, "北辰区某商行", D("2023-10-09"), D(filed), closed is null ? null : D(closed),
        closed is null ? null : "给予行政处罚", closed is null ? null : 5000m, null, null, null, false);

    public static ReportCase Mediation(int id = 3, string filed = "2023-10-16", string? closed = null) => new(
        id, ReportCaseKind.PatentMediation, $"津辰市监知调〔2023〕{id}号", $"专利纠纷调解{id}", null, null,
        null, "天津某设计有限公司", "天津某家具厂", D("2023-10-11"), D(filed), closed is null ? null : D(closed),
        closed is null ? null : "达成调解协议", null, closed is null ? null : 20000m, null, null, false);

    public static ReportTotals TotalsOf(IReadOnlyList<ReportCase> rows, int pendingAtStart = 0) =>
        ReportTotals.Compute(October, rows,
            new Dictionary<ReportCaseKind, int> { [ReportCaseKind.PatentDispute] = pendingAtStart }, false,
            rows.Where(c => c.ClosedOn is null).GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count() + (g.Key == ReportCaseKind.PatentDispute ? pendingAtStart : 0)));
}
