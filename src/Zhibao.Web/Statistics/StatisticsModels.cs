using Zhibao.Web.Registries;
using Zhibao.Web.Satisfaction;

namespace Zhibao.Web.Statistics;

/// <summary>
/// GET /api/statistics/summary?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;unitId= : the period (both days included; this
/// year up to today when absent) and the unit with the units below it (every unit in the caller's data scope when
/// absent). Read as text so a wrong value gets a Chinese field error instead of a binding failure.
/// </summary>
public sealed record StatisticsQuery(string? From, string? To, string? UnitId);

/// <summary>A validated query.</summary>
public sealed record StatisticsFilter(DateOnly From, DateOnly To, int? UnitId);

/// <summary>The dashboard figures of a period, with the same period of last year (同比).</summary>
public sealed record StatisticsSummary(
    DateOnly From,
    DateOnly To,
    int? UnitId,
    string UnitName,
    DateOnly LastYearFrom,
    DateOnly LastYearTo,
    /// <summary>Each data source and whether it is connected: "已接入" or "数据源未接入" (its figures are then null, never 0).</summary>
    IReadOnlyDictionary<string, string> Sources,
    SummaryTotals Totals,
    SummaryTotals LastYear,
    IReadOnlyList<YearOnYearRow> YearOnYear,
    IReadOnlyList<MonthRow> ByMonth,
    IReadOnlyList<KindRow> ByKind,
    IReadOnlyList<UnitRow> ByUnit,
    IReadOnlyList<SectorRow> BySector,
    ComplaintFigures Complaints,
    SatisfactionStatsRow Satisfaction,
    SatisfactionStatsRow SatisfactionLastYear,
    QualifiedCount? QualifiedOfficers);

/// <summary>
/// The period's totals. 结案率 in % (<see cref="Zhibao.Domain.Statistics.Indicators.ClosureRate"/>); handling days from
/// filing to closure; amounts of the penalty cases closed in the period, in 万元.
/// </summary>
public sealed record SummaryTotals(
    int Filed, int Closed, int PendingAtStart, int PendingAtEnd, double? ClosureRate, double? AverageHandlingDays, int? P90HandlingDays,
    decimal CaseValueWan, decimal FinesWan, decimal ConfiscationsWan, decimal PenaltyAmountWan, int Referrals,
    int MediationsAccepted, int MediationsAgreed, int MediationsConfirmed);

/// <summary>One indicator this period and in the same period last year; <see cref="ChangeRate"/> in %.</summary>
public sealed record YearOnYearRow(string Key, string Name, string Measure, decimal? Current, decimal? Previous, double? ChangeRate);

/// <summary>A month of the period ("2023-07"): filed by kind, closed, and the same month last year.</summary>
public sealed record MonthRow(
    string Month, int PenaltyFiled, int AdjudicationFiled, int MediationFiled, int Filed, int Closed, int LastYearFiled, int LastYearClosed);

public sealed record KindRow(
    string Kind, string Name, int Filed, int Closed, int PendingAtStart, double? ClosureRate, double? AverageHandlingDays, int? P90HandlingDays,
    int LastYearFiled, int LastYearClosed);

public sealed record UnitRow(
    int UnitId, string Name, int Filed, int Closed, int PendingAtStart, double? ClosureRate, decimal CaseValueWan, decimal PenaltyAmountWan,
    int Referrals, int LastYearFiled, int LastYearClosed);

/// <summary>Cases filed per 重点领域 (the case's KeySector; "未标注" for cases without one).</summary>
public sealed record SectorRow(string Sector, bool IsKeySector, int Filed, int LastYearFiled);

/// <summary>
/// 投诉举报 by key sector, from intake (CLARIFICATIONS: complaint figures come from intake, not from cases): the complaints
/// and reports received in the period, with the last year's same period.
/// </summary>
public sealed record ComplaintFigures(string Source, IReadOnlyList<ComplaintSectorRow> BySector);

/// <param name="ClosureRate">办结 ÷ 受理 in %, null when nothing was accepted.</param>
public sealed record ComplaintSectorRow(string Sector, int? Received, int? Accepted, int? Closed, decimal? ClosureRate, int? LastYearReceived);

/// <summary>One table of the statistics: what a chart shows, its table on the page, its Excel sheet and its .docx table.</summary>
public sealed record StatTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Note = null);
