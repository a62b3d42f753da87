using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Reporting;

/// <summary>A defect of a monthly report (错报、漏报): what is wrong, in Chinese, and the case to fix it in.</summary>
public sealed record ReportProblem(string Code, string Message, int? CaseId = null);

/// <summary>Problem codes, stable for API clients.</summary>
public static class ReportProblemCodes
{
    /// <summary>漏报: a case that belongs in the month is not in the prepared report.</summary>
    public const string Missing = "missing-case";
    /// <summary>错报: a case in the prepared report has changed since.</summary>
    public const string Changed = "changed-case";
    /// <summary>多报: a case in the prepared report no longer belongs in the month.</summary>
    public const string Extra = "extra-case";
    public const string ClosedBeforeFiled = "closed-before-filed";
    public const string PatentNumberInvalid = "patent-number-invalid";
    public const string PatentKindMismatch = "patent-kind-mismatch";
    public const string RequiredFieldEmpty = "required-field-empty";
    /// <summary>The totals do not match the rows (立案数, 结案数).</summary>
    public const string TotalsList = "totals-list";
    /// <summary>期初在办 + 立案 − 结案 ≠ 期末在办 (with last month's carry-over).</summary>
    public const string TotalsBalance = "totals-balance";
    /// <summary>The layout setting cannot be read; the default layout was used.</summary>
    public const string Layout = "layout-invalid";
    /// <summary>A stored snapshot no longer matches its SHA-256.</summary>
    public const string Snapshot = "snapshot-altered";
}

/// <summary>
/// The checks a monthly report must pass before it is checked and approved (杜绝错报漏报, seed task 2): pure functions of
/// the report's cases, layout and totals, and of the cases as they are now.
/// </summary>
public static class ReportValidation
{
    /// <summary>Everything that can be checked on the report alone, in row order, then the totals.</summary>
    public static IReadOnlyList<ReportProblem> Validate(ReportPeriod period, ReportLayout layout, IReadOnlyList<ReportCase> rows, ReportTotals totals)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<ReportProblem>();
        foreach (var c in rows)
        {
            problems.AddRange(ClosureBeforeFiling(c));
            problems.AddRange(PatentNumbers(c));
            problems.AddRange(PatentKindMatchesNumber(c));
            problems.AddRange(RequiredFields(layout, c));
        }
        problems.AddRange(TotalsMatchRows(period, rows, totals));
        problems.AddRange(TotalsBalance(totals));
        return problems;
    }

    public static IEnumerable<ReportProblem> ClosureBeforeFiling(ReportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.ClosedOn is { } closed && c.FiledOn is { } filed && closed < filed)
        {
            yield return new ReportProblem(ReportProblemCodes.ClosedBeforeFiled,
                $"案件{c.Label}的结案日期{closed:yyyy-MM-dd}早于立案日期{filed:yyyy-MM-dd}，请在案件中核对更正", c.CaseId);
        }
    }

    /// <summary>Every patent number must pass its check digit (<see cref="PatentNumber"/>).</summary>
    public static IEnumerable<ReportProblem> PatentNumbers(ReportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        foreach (var number in c.PatentNumberList)
        {
            var check = PatentNumber.Check(number);
            if (!check.IsValid)
            {
                yield return new ReportProblem(ReportProblemCodes.PatentNumberInvalid, $"案件{c.Label}的专利号“{number}”有误：{check.Error}", c.CaseId);
            }
        }
    }

    /// <summary>The recorded kind must be the one the number's kind digit gives (1 发明, 2 实用新型, 3 外观设计; 8/9 PCT).</summary>
    public static IEnumerable<ReportProblem> PatentKindMatchesNumber(ReportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.RecordedPatentKind is not { } recorded)
        {
            yield break;
        }
        foreach (var number in c.PatentNumberList)
        {
            if (PatentNumber.KindOf(number) is { } encoded && encoded != recorded)
            {
                yield return new ReportProblem(ReportProblemCodes.PatentKindMismatch,
                    $"案件{c.Label}登记的专利类型为“{PatentNumber.KindName(recorded)}”，但专利号{number}表示“{PatentNumber.KindName(encoded)}”", c.CaseId);
            }
        }
    }

    public static IEnumerable<ReportProblem> RequiredFields(ReportLayout layout, ReportCase c)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(c);
        var empty = layout.Fields.Where(f => f.IsRequiredFor(c.Kind) && string.IsNullOrWhiteSpace(f.ValueOf(c))).Select(f => $"“{f.Header}”").ToList();
        if (empty.Count > 0)
        {
            yield return new ReportProblem(ReportProblemCodes.RequiredFieldEmpty, $"案件{c.Label}的必填项{string.Join("、", empty)}为空，请在案件中补充", c.CaseId);
        }
    }

    /// <summary>立案数 and 结案数 of each kind are the rows filed and closed in the month.</summary>
    public static IEnumerable<ReportProblem> TotalsMatchRows(ReportPeriod period, IReadOnlyCollection<ReportCase> rows, ReportTotals totals)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(totals);
        foreach (var kind in totals.ByKind)
        {
            var filed = rows.Count(c => c.Kind == kind.Kind && c.FiledOn is { } f && period.Contains(f));
            var closed = rows.Count(c => c.Kind == kind.Kind && c.ClosedOn is { } d && period.Contains(d));
            if (filed != kind.Filed || closed != kind.Closed)
            {
                yield return new ReportProblem(ReportProblemCodes.TotalsList,
                    $"{kind.Name}：汇总立案{kind.Filed}件、结案{kind.Closed}件，与明细中的立案{filed}件、结案{closed}件不符");
            }
        }
        if (totals.Filed != totals.ByKind.Sum(k => k.Filed) || totals.Closed != totals.ByKind.Sum(k => k.Closed)
            || totals.PendingAtStart != totals.ByKind.Sum(k => k.PendingAtStart) || totals.PendingAtEnd != totals.ByKind.Sum(k => k.PendingAtEnd))
        {
            yield return new ReportProblem(ReportProblemCodes.TotalsList, "合计与各类别之和不符");
        }
    }

    /// <summary>期初在办 + 本月立案 − 本月结案 = 期末在办, for each kind (期初 carried over from last month's report).</summary>
    public static IEnumerable<ReportProblem> TotalsBalance(ReportTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var start = totals.CarriedOver ? "上月已报送的期末在办" : "期初在办";
        foreach (var k in totals.ByKind.Where(k => k.PendingAtStart + k.Filed - k.Closed != k.PendingAtEnd))
        {
            yield return new ReportProblem(ReportProblemCodes.TotalsBalance,
                $"{k.Name}：{start}{k.PendingAtStart}件 + 本月立案{k.Filed}件 − 本月结案{k.Closed}件 = {k.PendingAtStart + k.Filed - k.Closed}件，"
                + $"与期末在办{k.PendingAtEnd}件不符；上月报送后若有案件补录、更正立案或结案日期，请先更正上月月报");
        }
    }

    /// <summary>
    /// The prepared report against the cases as they are now: a case that now belongs in the month but is not in the report
    /// (漏报: its subject corrected to 假冒专利, a closure recorded later with a date in the month, a case moved into the
    /// bureau), a case whose reported values have changed (错报), and a case that no longer belongs (多报).
    /// </summary>
    public static IReadOnlyList<ReportProblem> Compare(ReportPeriod period, IReadOnlyList<ReportCase> prepared, IReadOnlyList<ReportCase> now)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(now);
        var before = prepared.ToDictionary(c => c.CaseId);
        var after = now.ToDictionary(c => c.CaseId);
        var problems = new List<ReportProblem>();
        foreach (var c in now.Where(c => !before.ContainsKey(c.CaseId)))
        {
            problems.Add(new ReportProblem(ReportProblemCodes.Missing,
                $"漏报：案件{c.Label}（{ReportCase.KindName(c.Kind)}，{Why(period, c)}）应列入{period.Name}月报，但不在已生成的月报中；请重新生成月报", c.CaseId));
        }
        foreach (var c in prepared)
        {
            if (!after.TryGetValue(c.CaseId, out var current))
            {
                problems.Add(new ReportProblem(ReportProblemCodes.Extra,
                    $"多报：案件{c.Label}已不属于{period.Name}应报的专利案件（违法类型、办案单位或日期已更正）；请重新生成月报", c.CaseId));
            }
            else if (current != c)
            {
                var changes = ReportSources.All.Where(s => s.Read(c) != s.Read(current))
                    .Select(s => $"{s.Name}“{s.Read(c) ?? "空"}”→“{s.Read(current) ?? "空"}”").ToList();
                problems.Add(new ReportProblem(ReportProblemCodes.Changed,
                    $"错报：案件{current.Label}在月报生成后已变更（{string.Join("；", changes)}）；请重新生成月报", c.CaseId));
            }
        }
        return problems;
    }

    private static string Why(ReportPeriod period, ReportCase c) =>
        c.FiledOn is { } f && period.Contains(f) ? $"{f:yyyy-MM-dd}立案"
        : c.ClosedOn is { } d && period.Contains(d) ? $"{d:yyyy-MM-dd}结案"
        : "本月有办理记录";
}
