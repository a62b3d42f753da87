using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.Data.Statistics;

/// <summary>A unit's month: the unit of recomputation of the statistics tables.</summary>
public readonly record struct StatMonth(int OrgUnitId, DateOnly Month)
{
    public static DateOnly Start(DateOnly day) => new(day.Year, day.Month, 1);
}

/// <summary>
/// Keeps <see cref="CaseMonthStat"/> and <see cref="CaseDayStat"/> (ADR 0008): a unit's month is recomputed from the
/// cases, so the tables never drift from them, whatever changed (a date corrected, a case moved to another unit, a
/// closure undone). <see cref="CaseStatisticsInterceptor"/> calls it inside the transaction of the change.
/// </summary>
public static class CaseStatistics
{
    /// <summary>Beijing time: a referral's hand-over instant counts on its China date.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly string[] Columns =
    [
        "OrgUnitId", "{period}", "Kind", "Filed", "Closed", "HandlingDaysSum", "HandlingDays", "FiledBySector", "CaseValue", "Fines",
        "Confiscations", "Referrals", "MediationsAgreed", "MediationsConfirmed",
    ];

    /// <summary>
    /// Recomputes the month and day rows of each unit's month from the cases, ignoring the data scope. Runs in the
    /// caller's transaction; on PostgreSQL each month is locked first (in key order), so two transactions changing cases
    /// of the same month recompute one after the other and the second sees the first's cases.
    /// </summary>
    public static async Task RecomputeAsync(ZhibaoDb db, IEnumerable<StatMonth> months, CancellationToken ct = default)
    {
        var ordered = months.Distinct().OrderBy(k => k.OrgUnitId).ThenBy(k => k.Month).ToList();
        if (db.Database.IsNpgsql())
        {
            foreach (var key in ordered)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(key)})", ct);
            }
        }
        foreach (var key in ordered)
        {
            await RecomputeOneAsync(db, key, ct);
        }
    }

    /// <summary>
    /// Recomputes every unit's every month from the cases: after a bulk load that bypassed EF (the data generator), or
    /// on the first start after the tables were added. Returns the number of unit-months computed.
    /// </summary>
    public static async Task<int> RebuildAsync(ZhibaoDb db, CancellationToken ct = default)
    {
        var cases = db.Cases.IgnoreQueryFilters().AsNoTracking();
        var units = await cases.Select(c => c.OrgUnitId).Distinct().OrderBy(u => u).ToListAsync(ct);
        // Rows of units that no longer hold any case.
        await db.CaseDayStats.IgnoreQueryFilters().Where(s => !units.Contains(s.OrgUnitId)).ExecuteDeleteAsync(ct);
        await db.CaseMonthStats.IgnoreQueryFilters().Where(s => !units.Contains(s.OrgUnitId)).ExecuteDeleteAsync(ct);
        var first = await cases.Where(c => c.FiledOn != null).OrderBy(c => c.FiledOn).Select(c => c.FiledOn).FirstOrDefaultAsync(ct);
        // The last counted date: closures, agreements, rulings and referrals come after filing.
        var lastDates = new[]
        {
            await cases.Where(c => c.FiledOn != null).OrderByDescending(c => c.FiledOn).Select(c => c.FiledOn).FirstOrDefaultAsync(ct),
            await cases.Where(c => c.ClosedOn != null).OrderByDescending(c => c.ClosedOn).Select(c => c.ClosedOn).FirstOrDefaultAsync(ct),
            await db.MediationCases.IgnoreQueryFilters().Where(c => c.AgreementSignedOn != null).OrderByDescending(c => c.AgreementSignedOn)
                .Select(c => c.AgreementSignedOn).FirstOrDefaultAsync(ct),
            await db.MediationCases.IgnoreQueryFilters().Where(c => c.CourtRuledOn != null).OrderByDescending(c => c.CourtRuledOn)
                .Select(c => c.CourtRuledOn).FirstOrDefaultAsync(ct),
            await db.CriminalReferrals.Where(r => r.TransferredAt != null).OrderByDescending(r => r.TransferredAt)
                .Select(r => r.TransferredAt).FirstOrDefaultAsync(ct) is { } at ? ChinaDate(at) : null,
        };
        var last = lastDates.Max();
        var count = 0;
        // One transaction per unit: its rows are replaced at once, and the other units' figures stay readable meanwhile.
        foreach (var unit in units)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.CaseDayStats.IgnoreQueryFilters().Where(s => s.OrgUnitId == unit).ExecuteDeleteAsync(ct);
            await db.CaseMonthStats.IgnoreQueryFilters().Where(s => s.OrgUnitId == unit).ExecuteDeleteAsync(ct);
            for (var month = first is { } f ? StatMonth.Start(f) : DateOnly.MaxValue; month <= last; month = month.AddMonths(1))
            {
                await RecomputeOneAsync(db, new StatMonth(unit, month), ct);
                count++;
            }
            await transaction.CommitAsync(ct);
        }
        return count;
    }

    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset));

    /// <summary>The first instant (UTC) of a Beijing date.</summary>
    public static DateTime ChinaStart(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);

    private static long LockKey(StatMonth key) =>
        (0x5354L << 48) | ((long)key.OrgUnitId << 20) | (long)(key.Month.Year * 12 + key.Month.Month - 1);

    private static async Task RecomputeOneAsync(ZhibaoDb db, StatMonth key, CancellationToken ct)
    {
        var (unit, start) = key;
        var end = start.AddMonths(1);
        var cases = db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.OrgUnitId == unit);
        var mediations = db.MediationCases.IgnoreQueryFilters().AsNoTracking().Where(c => c.OrgUnitId == unit);
        var days = new Dictionary<(DateOnly Day, CaseKind Kind), Tally>();
        Tally At(DateOnly day, CaseKind kind) =>
            days.TryGetValue((day, kind), out var tally) ? tally : days[(day, kind)] = new Tally();

        foreach (var c in await cases.Where(c => c.FiledOn >= start && c.FiledOn < end)
                     .Select(c => new { c.Kind, c.FiledOn, c.KeySector }).ToListAsync(ct))
        {
            At(c.FiledOn!.Value, c.Kind).AddFiled(c.KeySector);
        }
        foreach (var c in await cases.Where(c => c.ClosedOn >= start && c.ClosedOn < end && c.FiledOn != null)
                     .Select(c => new
                     {
                         c.Kind, c.FiledOn, c.ClosedOn,
                         Value = c is PenaltyCase ? ((PenaltyCase)c).IllegalBusinessVolume : null,
                         Fine = c is PenaltyCase ? ((PenaltyCase)c).FineAmount : null,
                         Confiscated = c is PenaltyCase ? ((PenaltyCase)c).ConfiscatedAmount : null,
                     }).ToListAsync(ct))
        {
            At(c.ClosedOn!.Value, c.Kind).AddClosed(c.ClosedOn.Value.DayNumber - c.FiledOn!.Value.DayNumber, c.Value, c.Fine, c.Confiscated);
        }
        foreach (var day in await mediations.Where(c => c.AgreementSignedOn >= start && c.AgreementSignedOn < end)
                     .Select(c => c.AgreementSignedOn!.Value).ToListAsync(ct))
        {
            At(day, CaseKind.Mediation).MediationsAgreed++;
        }
        foreach (var day in await mediations
                     .Where(c => c.CourtRuledOn >= start && c.CourtRuledOn < end && c.Confirmation == ConfirmationStatus.Confirmed)
                     .Select(c => c.CourtRuledOn!.Value).ToListAsync(ct))
        {
            At(day, CaseKind.Mediation).MediationsConfirmed++;
        }
        var (startAt, endAt) = (ChinaStart(start), ChinaStart(end));
        foreach (var r in await (from r in db.CriminalReferrals.AsNoTracking()
                                 join c in cases on r.CaseId equals c.Id
                                 where r.TransferredAt >= startAt && r.TransferredAt < endAt
                                 select new { c.Kind, r.TransferredAt }).ToListAsync(ct))
        {
            At(ChinaDate(r.TransferredAt!.Value), r.Kind).Referrals++;
        }

        await db.CaseDayStats.IgnoreQueryFilters().Where(s => s.OrgUnitId == unit && s.Day >= start && s.Day < end).ExecuteDeleteAsync(ct);
        await db.CaseMonthStats.IgnoreQueryFilters().Where(s => s.OrgUnitId == unit && s.Month == start).ExecuteDeleteAsync(ct);
        if (days.Count == 0)
        {
            return;
        }
        var monthly = days.GroupBy(d => d.Key.Kind).Select(g => (start, g.Key, Tally.Sum(g.Select(d => d.Value)))).ToList();
        await InsertAsync(db, "CaseMonthStats", "Month", unit, monthly, ct);
        await InsertAsync(db, "CaseDayStats", "Day", unit, days.Select(d => (d.Key.Day, d.Key.Kind, d.Value)).ToList(), ct);
    }

    /// <summary>One multi-row INSERT (a unit's month: a few hundred rows at most), parameterised.</summary>
    private static async Task InsertAsync(ZhibaoDb db, string table, string periodColumn, int unit,
        List<(DateOnly Period, CaseKind Kind, Tally Tally)> rows, CancellationToken ct)
    {
        var sql = new StringBuilder($"INSERT INTO \"{table}\" (")
            .AppendJoin(", ", Columns.Select(c => $"\"{(c == "{period}" ? periodColumn : c)}\"")).Append(") VALUES ");
        var parameters = new List<object>(rows.Count * Columns.Length);
        foreach (var (period, kind, t) in rows)
        {
            sql.Append(parameters.Count == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(parameters.Count, Columns.Length).Select(n => "{" + n.ToString(CultureInfo.InvariantCulture) + "}"))
                .Append(')');
            parameters.AddRange(
            [
                unit, period, kind.ToString(), t.Filed, t.Closed, t.HandlingDaysSum, StatJson.Write(t.HandlingDays), StatJson.Write(t.Sectors),
                t.CaseValue, t.Fines, t.Confiscations, t.Referrals, t.MediationsAgreed, t.MediationsConfirmed,
            ]);
        }
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
    }
}

/// <summary>The figures of one bucket while it is counted.</summary>
internal sealed class Tally
{
    public int Filed;
    public int Closed;
    public long HandlingDaysSum;
    public readonly SortedDictionary<int, int> HandlingDays = [];
    public readonly SortedDictionary<string, int> Sectors = new(StringComparer.Ordinal);
    public decimal CaseValue;
    public decimal Fines;
    public decimal Confiscations;
    public int Referrals;
    public int MediationsAgreed;
    public int MediationsConfirmed;

    public void AddFiled(string? sector)
    {
        Filed++;
        if (!string.IsNullOrWhiteSpace(sector))
        {
            Sectors[sector] = Sectors.GetValueOrDefault(sector) + 1;
        }
    }

    public void AddClosed(int days, decimal? value, decimal? fine, decimal? confiscated)
    {
        Closed++;
        HandlingDaysSum += days;
        HandlingDays[days] = HandlingDays.GetValueOrDefault(days) + 1;
        CaseValue += value ?? 0;
        Fines += fine ?? 0;
        Confiscations += confiscated ?? 0;
    }

    public static Tally Sum(IEnumerable<Tally> tallies)
    {
        var sum = new Tally();
        foreach (var t in tallies)
        {
            sum.Filed += t.Filed;
            sum.Closed += t.Closed;
            sum.HandlingDaysSum += t.HandlingDaysSum;
            StatJson.Merge(sum.HandlingDays, t.HandlingDays);
            StatJson.Merge(sum.Sectors, t.Sectors);
            sum.CaseValue += t.CaseValue;
            sum.Fines += t.Fines;
            sum.Confiscations += t.Confiscations;
            sum.Referrals += t.Referrals;
            sum.MediationsAgreed += t.MediationsAgreed;
            sum.MediationsConfirmed += t.MediationsConfirmed;
        }
        return sum;
    }
}

/// <summary>The JSON maps of a statistics row: handling days → cases, 重点领域 → cases.</summary>
public static class StatJson
{
    public static string Write<TKey>(IDictionary<TKey, int> map) where TKey : notnull => JsonSerializer.Serialize(map, Options);

    public static Dictionary<TKey, int> Read<TKey>(string? json) where TKey : notnull =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<TKey, int>>(json, Options) ?? [];

    public static void Merge<TKey>(IDictionary<TKey, int> into, IEnumerable<KeyValuePair<TKey, int>> from) where TKey : notnull
    {
        foreach (var (key, count) in from)
        {
            into[key] = into.TryGetValue(key, out var before) ? before + count : count;
        }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
