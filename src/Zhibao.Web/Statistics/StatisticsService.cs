using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Data.Statistics;
using Zhibao.Domain.Statistics;
using Zhibao.Domain.Intake;
using Zhibao.Web.Cases;
using Zhibao.Web.Intake;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Registries;
using Zhibao.Web.Satisfaction;

namespace Zhibao.Web.Statistics;

/// <summary>
/// 统计分析: the dashboard figures of a period and a unit subtree, with the same period of last year. Read from the
/// pre-aggregated tables (ADR 0008) — whole months from <see cref="CaseMonthStat"/>, the partial months at the edges from
/// <see cref="CaseDayStat"/> — never from the cases; both tables are unit-owned, so the data scope filters them.
/// </summary>
public sealed class StatisticsService(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, TimeProvider clock, SatisfactionStatistics satisfaction,
    OfficerRegistry officers)
{
    public const string Connected = "已接入";
    public const string Missing = "数据源未接入";
    public const string NoSector = "未标注";

    /// <summary>The key sectors of the plan (重点领域): 食品、药品、种业、水泥、公共卫生.</summary>
    public static readonly IReadOnlyList<string> KeySectors = ["食品", "药品", "种业", "水泥", "公共卫生"];

    /// <summary>Ten years: a longer period is not a dashboard question.</summary>
    private const int MaxDays = 3660;

    public async Task<(StatisticsFilter? Filter, FieldErrors Errors)> ValidateAsync(StatisticsQuery q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = Clock.Today(clock);
        var to = Date(q.To, "to", "截止日期", errors) ?? today;
        var from = Date(q.From, "from", "起始日期", errors) ?? new DateOnly(to.Year, 1, 1);
        if (!errors.Any && from > to)
        {
            errors.Add("from", "起始日期不能晚于截止日期");
        }
        if (!errors.Any && to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors.Add("to", "统计期间不能超过10年");
        }
        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(q.UnitId))
        {
            if (!int.TryParse(q.UnitId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                errors.Add("unitId", "单位须为单位编号（正整数）");
            }
            else
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                var kind = await db.OrgUnits.Where(u => u.Id == id).Select(u => (OrgUnitKind?)u.Kind).FirstOrDefaultAsync(ct);
                if (kind is null or OrgUnitKind.External)
                {
                    errors.Add("unitId", $"单位（编号{id}）不存在");
                }
                else if (!user.SeesAllUnits && !user.VisibleUnitIds.Contains(id))
                {
                    errors.Add("unitId", "请选择本人数据权限范围内的单位");
                }
                else
                {
                    unitId = id;
                }
            }
        }
        return (errors.Any ? null : new StatisticsFilter(from, to, unitId), errors);
    }

    private static DateOnly? Date(string? text, string field, string label, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }
        errors.Add(field, $"{label}须为yyyy-MM-dd格式的日期（如2023-10-09）");
        return null;
    }

    public async Task<StatisticsSummary> SummaryAsync(StatisticsFilter f, CancellationToken ct)
    {
        var today = Clock.Today(clock);
        var (lastFrom, lastTo) = Indicators.LastYear(f.From, f.To);
        var units = f.UnitId is { } unit ? tree.UnitAndBelow(unit).ToList() : null;
        Period current, last;
        List<UnitName> names;
        List<string> sectorOrder;
        List<IntakeSectorCount> complaints, complaintsBefore;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            current = await PeriodAsync(db, f.From, f.To, units, ct);
            last = await PeriodAsync(db, lastFrom, lastTo, units, ct);
            // 投诉举报 from intake, under the same data scope and unit subtree.
            var leads = units is null ? db.Leads : db.Leads.Where(l => units.Contains(l.OrgUnitId));
            complaints = await IntakeService.CountBySectorAsync(leads, f.From, f.To, IntakeTerms.ComplaintsAndReports, [], ct);
            complaintsBefore = await IntakeService.CountBySectorAsync(leads, lastFrom, lastTo, IntakeTerms.ComplaintsAndReports, [], ct);
            var ids = current.UnitIds.Union(last.UnitIds).Append(f.UnitId ?? user.OrgUnitId ?? 0).Distinct().ToList();
            names = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new UnitName(u.Id, u.Name, u.Path, u.SortOrder)).ToListAsync(ct);
            sectorOrder = await db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == "key_sector").OrderBy(i => i.SortOrder)
                .Select(i => i.Label).ToListAsync(ct);
        }
        var (now, before) = (current.Total(), last.Total());
        var (rate, rateBefore) = (await satisfaction.GetAsync(f.From, f.To, f.UnitId, ct), await satisfaction.GetAsync(lastFrom, lastTo, f.UnitId, ct));
        var qualified = await officers.QualifiedCountAsync(f.UnitId, Min(f.To, today), ct);
        var qualifiedBefore = await officers.QualifiedCountAsync(f.UnitId, Min(lastTo, today), ct);

        var totals = now.Totals();
        var lastTotals = before.Totals();
        return new StatisticsSummary(
            f.From, f.To, f.UnitId, UnitLabel(f.UnitId, names), lastFrom, lastTo,
            new Dictionary<string, string>
            {
                ["cases"] = Connected, ["satisfaction"] = Connected, ["officers"] = Connected, ["complaints"] = Connected,
            },
            totals, lastTotals,
            YearOnYear(totals, lastTotals, rate.Total, rateBefore.Total, qualified, qualifiedBefore,
                KeyReceived(complaints), KeyReceived(complaintsBefore)),
            Months(f, current, last),
            Enum.GetValues<CaseKind>().Select(k =>
            {
                var (a, b) = (current.Total(k), last.Total(k));
                return new KindRow(k.ToString(), CaseKinds.Name(k), a.Filed, a.Closed, a.PendingAtStart, Indicators.ClosureRate(a.Closed, a.PendingAtStart, a.Filed),
                    Indicators.Average(a.DaysSum, a.Closed), Indicators.Percentile(a.Days, 0.9), b.Filed, b.Closed);
            }).ToList(),
            names.Where(n => current.UnitIds.Contains(n.Id) || last.UnitIds.Contains(n.Id))
                .OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.SortOrder)
                .Select(n =>
                {
                    var (a, b) = (current.Total(unit: n.Id), last.Total(unit: n.Id));
                    return new UnitRow(n.Id, n.Name, a.Filed, a.Closed, a.PendingAtStart, Indicators.ClosureRate(a.Closed, a.PendingAtStart, a.Filed),
                        Indicators.ToWan(a.CaseValue), Indicators.ToWan(a.Fines + a.Confiscations), a.Referrals, b.Filed, b.Closed);
                }).ToList(),
            Sectors(now, before, sectorOrder),
            new ComplaintFigures(Connected, complaints.Where(r => r.KeySector).Select(r => new ComplaintSectorRow(r.Sector, r.Received, r.Accepted,
                r.Closed, r.ClosureRate, complaintsBefore.FirstOrDefault(b => b.Sector == r.Sector)?.Received ?? 0)).ToList()),
            rate.Total, rateBefore.Total, qualified);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private string UnitLabel(int? unitId, List<UnitName> names)
    {
        if (unitId is { } id)
        {
            return names.FirstOrDefault(n => n.Id == id)?.Name ?? "";
        }
        var own = names.FirstOrDefault(n => n.Id == user.OrgUnitId)?.Name;
        return user.SeesAllUnits ? (user.OrgUnitId is { } unit ? tree.BureauName(unit) : null) ?? "全部单位" : $"{own}（本人数据权限范围）";
    }

    /// <summary>Complaints and reports received in the five key sectors.</summary>
    private static int KeyReceived(IEnumerable<IntakeSectorCount> rows) => rows.Where(r => r.KeySector).Sum(r => r.Received);

    private static List<YearOnYearRow> YearOnYear(SummaryTotals a, SummaryTotals b, SatisfactionStatsRow rate, SatisfactionStatsRow rateBefore,
        QualifiedCount? qualified, QualifiedCount? qualifiedBefore, int complaints, int complaintsBefore)
    {
        YearOnYearRow Row(string key, string name, string measure, decimal? current, decimal? previous) =>
            new(key, name, measure, current, previous, Indicators.ChangeRate((double?)current, (double?)previous));
        static decimal? D(double? value) => value is { } v ? (decimal)v : null;
        return
        [
            Row("filed", "立案数", "件", a.Filed, b.Filed),
            Row("closed", "结案数", "件", a.Closed, b.Closed),
            Row("closureRate", "结案率", "%", D(a.ClosureRate), D(b.ClosureRate)),
            Row("averageHandlingDays", "平均办理天数（立案至结案）", "日", D(a.AverageHandlingDays), D(b.AverageHandlingDays)),
            Row("p90HandlingDays", "P90办理天数", "日", a.P90HandlingDays, b.P90HandlingDays),
            Row("caseValue", "案值", "万元", a.CaseValueWan, b.CaseValueWan),
            Row("penaltyAmount", "罚没金额", "万元", a.PenaltyAmountWan, b.PenaltyAmountWan),
            Row("referrals", "移送司法机关", "件", a.Referrals, b.Referrals),
            Row("mediationsAccepted", "调解受理", "件", a.MediationsAccepted, b.MediationsAccepted),
            Row("mediationsAgreed", "调解成功", "件", a.MediationsAgreed, b.MediationsAgreed),
            Row("mediationsConfirmed", "司法确认", "件", a.MediationsConfirmed, b.MediationsConfirmed),
            Row("satisfiedRate", "满意率（4–5分）", "%", D(rate.SatisfiedRate), D(rateBefore.SatisfiedRate)),
            Row("qualifiedOfficers", "具备知识产权执法资格人数（期末）", "人", qualified?.Count, qualifiedBefore?.Count),
            Row("complaints", "重点领域投诉举报（收到）", "件", complaints, complaintsBefore),
        ];
    }

    private static List<MonthRow> Months(StatisticsFilter f, Period current, Period last)
    {
        var rows = new List<MonthRow>();
        for (var month = StatMonth.Start(f.From); month <= f.To; month = month.AddMonths(1))
        {
            var (a, b) = (current.Total(month: month), last.Total(month: month.AddYears(-1)));
            rows.Add(new MonthRow(month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                current.Total(CaseKind.Penalty, month: month).Filed, current.Total(CaseKind.Adjudication, month: month).Filed,
                current.Total(CaseKind.Mediation, month: month).Filed, a.Filed, a.Closed, b.Filed, b.Closed));
        }
        return rows;
    }

    private static List<SectorRow> Sectors(Figures now, Figures before, List<string> order)
    {
        var names = KeySectors.Concat(order).Concat(now.Sectors.Keys.Order(StringComparer.Ordinal))
            .Concat(before.Sectors.Keys.Order(StringComparer.Ordinal)).Distinct().ToList();
        var rows = names.Select(s => new SectorRow(s, KeySectors.Contains(s), now.Sectors.GetValueOrDefault(s), before.Sectors.GetValueOrDefault(s))).ToList();
        rows.Add(new SectorRow(NoSector, false, now.Filed - now.Sectors.Values.Sum(), before.Filed - before.Sectors.Values.Sum()));
        return rows;
    }

    private sealed record UnitName(int Id, string Name, string Path, int SortOrder);

    /// <summary>A bucket read back: its unit, month and kind, with its JSON maps parsed once.</summary>
    private sealed record Bucket(int Unit, DateOnly Month, CaseKind Kind, CaseStatBucket Row, Dictionary<int, int> Days, Dictionary<string, int> Sectors)
    {
        public static Bucket Of(CaseStatBucket row, DateOnly month) =>
            new(row.OrgUnitId, month, row.Kind, row, StatJson.Read<int>(row.HandlingDays), StatJson.Read<string>(row.FiledBySector));
    }

    /// <summary>The buckets of a period and the open cases at its start per unit and kind.</summary>
    private sealed record Period(List<Bucket> Buckets, Dictionary<(int Unit, CaseKind Kind), int> Pending)
    {
        public HashSet<int> UnitIds { get; } = [.. Buckets.Select(b => b.Unit), .. Pending.Where(p => p.Value != 0).Select(p => p.Key.Unit)];

        public Figures Total(CaseKind? kind = null, int? unit = null, DateOnly? month = null)
        {
            var figures = new Figures
            {
                // The open cases at the start belong to the period, not to a month of it.
                PendingAtStart = month is null ? Pending.Where(p => (kind is null || p.Key.Kind == kind) && (unit is null || p.Key.Unit == unit)).Sum(p => p.Value) : 0,
            };
            foreach (var b in Buckets.Where(b => (kind is null || b.Kind == kind) && (unit is null || b.Unit == unit) && (month is null || b.Month == month)))
            {
                figures.Add(b);
            }
            return figures;
        }
    }

    private sealed class Figures
    {
        public int Filed, Closed, Referrals, Agreed, Confirmed, MediationsAccepted, PendingAtStart;
        public long DaysSum;
        public decimal CaseValue, Fines, Confiscations;
        public readonly Dictionary<int, int> Days = [];
        public readonly Dictionary<string, int> Sectors = new(StringComparer.Ordinal);

        public void Add(Bucket b)
        {
            var r = b.Row;
            Filed += r.Filed;
            Closed += r.Closed;
            DaysSum += r.HandlingDaysSum;
            CaseValue += r.CaseValue;
            Fines += r.Fines;
            Confiscations += r.Confiscations;
            Referrals += r.Referrals;
            Agreed += r.MediationsAgreed;
            Confirmed += r.MediationsConfirmed;
            MediationsAccepted += b.Kind == CaseKind.Mediation ? r.Filed : 0;
            StatJson.Merge(Days, b.Days);
            StatJson.Merge(Sectors, b.Sectors);
        }

        public SummaryTotals Totals() => new(
            Filed, Closed, PendingAtStart, PendingAtStart + Filed - Closed, Indicators.ClosureRate(Closed, PendingAtStart, Filed),
            Indicators.Average(DaysSum, Closed), Indicators.Percentile(Days, 0.9), Indicators.ToWan(CaseValue), Indicators.ToWan(Fines),
            Indicators.ToWan(Confiscations), Indicators.ToWan(Fines + Confiscations), Referrals, MediationsAccepted, Agreed, Confirmed);
    }

    private static async Task<Period> PeriodAsync(ZhibaoDb db, DateOnly from, DateOnly to, List<int>? units, CancellationToken ct)
    {
        // Whole months from the month table; the partial months at either edge from the day table.
        var firstWhole = from.Day == 1 ? from : StatMonth.Start(from).AddMonths(1);
        var afterLastWhole = to.AddDays(1).Day == 1 ? to.AddDays(1) : StatMonth.Start(to);
        var buckets = new List<Bucket>();
        if (firstWhole < afterLastWhole)
        {
            var months = Scoped(db.CaseMonthStats.AsNoTracking(), units).Where(s => s.Month >= firstWhole && s.Month < afterLastWhole);
            buckets.AddRange((await months.ToListAsync(ct)).Select(s => Bucket.Of(s, s.Month)));
            await AddDaysAsync(from, firstWhole.AddDays(-1));
            await AddDaysAsync(afterLastWhole, to);
        }
        else
        {
            await AddDaysAsync(from, to);
        }

        // Open at the start = filed − closed before it: whole months before its month, then its month's days before it.
        var startMonth = StatMonth.Start(from);
        var pending = new Dictionary<(int, CaseKind), int>();
        var before = await Scoped(db.CaseMonthStats.AsNoTracking(), units).Where(s => s.Month < startMonth)
            .GroupBy(s => new { s.OrgUnitId, s.Kind }).Select(g => new { g.Key.OrgUnitId, g.Key.Kind, Open = g.Sum(s => s.Filed) - g.Sum(s => s.Closed) })
            .ToListAsync(ct);
        var inMonth = await Scoped(db.CaseDayStats.AsNoTracking(), units).Where(s => s.Day >= startMonth && s.Day < from)
            .GroupBy(s => new { s.OrgUnitId, s.Kind }).Select(g => new { g.Key.OrgUnitId, g.Key.Kind, Open = g.Sum(s => s.Filed) - g.Sum(s => s.Closed) })
            .ToListAsync(ct);
        foreach (var p in before.Concat(inMonth))
        {
            pending[(p.OrgUnitId, p.Kind)] = pending.GetValueOrDefault((p.OrgUnitId, p.Kind)) + p.Open;
        }
        return new Period(buckets, pending);

        async Task AddDaysAsync(DateOnly first, DateOnly last)
        {
            if (first > last)
            {
                return;
            }
            var days = Scoped(db.CaseDayStats.AsNoTracking(), units).Where(s => s.Day >= first && s.Day <= last);
            buckets.AddRange((await days.ToListAsync(ct)).Select(s => Bucket.Of(s, StatMonth.Start(s.Day))));
        }
    }

    private static IQueryable<T> Scoped<T>(IQueryable<T> rows, List<int>? units) where T : CaseStatBucket =>
        units is null ? rows : rows.Where(s => units.Contains(s.OrgUnitId));
}
