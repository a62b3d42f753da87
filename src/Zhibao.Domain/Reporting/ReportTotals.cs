namespace Zhibao.Domain.Reporting;

/// <summary>The month's figures for one kind: 期初在办 + 立案 − 结案 = 期末在办.</summary>
public sealed record KindTotals(ReportCaseKind Kind, int PendingAtStart, int Filed, int Closed, int PendingAtEnd)
{
    public string Name => ReportCase.KindName(Kind);

    /// <summary>结案率 in percent: closed ÷ (pending at the start + filed), one decimal; null when there was nothing to close.</summary>
    public decimal? ClosureRate => ReportTotals.Rate(Closed, PendingAtStart + Filed);
}

/// <summary>
/// The monthly totals (立案数, 结案数, 结案率, by kind). 立案 and 结案 are counted from the report's own rows; 期初在办 is
/// last month's 期末在办 as submitted (carried over) or, before any report was submitted, counted from the cases; 期末在办
/// is counted from the cases when the report is prepared. The balance is checked by <see cref="ReportValidation"/>.
/// </summary>
public sealed record ReportTotals(int PendingAtStart, int Filed, int Closed, int PendingAtEnd, bool CarriedOver, IReadOnlyList<KindTotals> ByKind)
{
    public decimal? ClosureRate => Rate(Closed, PendingAtStart + Filed);

    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    /// <param name="pendingAtStart">Open cases per kind at the end of the month before (carried over or counted).</param>
    /// <param name="carriedOver">Whether <paramref name="pendingAtStart"/> comes from last month's submitted report.</param>
    /// <param name="pendingAtEnd">Open cases per kind at the end of this month, counted from the cases.</param>
    public static ReportTotals Compute(
        ReportPeriod period, IReadOnlyCollection<ReportCase> rows, IReadOnlyDictionary<ReportCaseKind, int> pendingAtStart, bool carriedOver,
        IReadOnlyDictionary<ReportCaseKind, int> pendingAtEnd)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byKind = Enum.GetValues<ReportCaseKind>().Select(kind => new KindTotals(
            kind,
            pendingAtStart.GetValueOrDefault(kind),
            rows.Count(c => c.Kind == kind && c.FiledOn is { } f && period.Contains(f)),
            rows.Count(c => c.Kind == kind && c.ClosedOn is { } d && period.Contains(d)),
            pendingAtEnd.GetValueOrDefault(kind))).ToList();
        return new ReportTotals(byKind.Sum(k => k.PendingAtStart), byKind.Sum(k => k.Filed), byKind.Sum(k => k.Closed),
            byKind.Sum(k => k.PendingAtEnd), carriedOver, byKind);
    }
}
