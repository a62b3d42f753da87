using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Satisfaction;

/// <summary>
/// 满意度统计 of one year (surveys made that year, Beijing time) by unit, by kind of case and by path (调解类型 of a
/// mediation, 结案方式 of an adjudication). The surveys are read through <c>db.Cases</c>, so the data scope applies.
/// </summary>
public sealed class SatisfactionStatistics(IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, TimeProvider clock)
{
    public const string ByUnit = "按单位", ByKind = "按案件类型", ByPath = "按途径", Total = "合计";

    public FieldErrors Validate(SatisfactionStatsQuery q)
    {
        var errors = new FieldErrors();
        if (q.Year is < 2000 or > 2100)
        {
            errors.Add("year", "年份须在2000至2100之间");
        }
        if (q.UnitId is { } unit && !user.SeesAllUnits && !user.VisibleUnitIds.Contains(unit))
        {
            errors.Add("unitId", "请选择本人数据权限范围内的单位");
        }
        return errors;
    }

    public Task<SatisfactionStats> GetAsync(SatisfactionStatsQuery q, CancellationToken ct)
    {
        var year = q.Year ?? Clock.Today(clock).Year;
        return GetAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), q.UnitId, ct);
    }

    /// <summary>The surveys made from <paramref name="from"/> to <paramref name="to"/> (Beijing dates, both included).</summary>
    public async Task<SatisfactionStats> GetAsync(DateOnly from, DateOnly to, int? unitId, CancellationToken ct)
    {
        var start = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) - Clock.ChinaOffset;
        var end = DateTime.SpecifyKind(to.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) - Clock.ChinaOffset;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = from s in db.SatisfactionSurveys.AsNoTracking()
                    join c in db.Cases on s.CaseId equals c.Id
                    where s.CreatedAt >= start && s.CreatedAt < end
                    select new
                    {
                        c.OrgUnitId, c.Kind,
                        MediationType = c is MediationCase ? (MediationType?)((MediationCase)c).MediationType : null,
                        Closure = c is AdjudicationCase ? ((AdjudicationCase)c).Closure : null,
                        s.Score,
                    };
        if (unitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(r => units.Contains(r.OrgUnitId));
        }
        var rows = await query.ToListAsync(ct);
        var unitIds = rows.Select(r => r.OrgUnitId).Distinct().ToList();
        var unitNames = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Path, u.SortOrder }).ToListAsync(ct);

        var byUnit = unitNames.OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.SortOrder)
            .Select(u => Row(ByUnit, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Name,
                rows.Where(r => r.OrgUnitId == u.Id).Select(r => r.Score)))
            .ToList();
        var byKind = Enum.GetValues<CaseKind>()
            .Select(k => Row(ByKind, k.ToString(), CaseKinds.Name(k), rows.Where(r => r.Kind == k).Select(r => r.Score)))
            .ToList();
        var paths = rows.Select(r => (Path: SatisfactionRules.PathOf(r.Kind, r.MediationType, r.Closure), r.Score)).ToList();
        var byPath = SatisfactionRules.AllPaths().Concat(paths.Select(p => p.Path)).Distinct()
            .Select(p => Row(ByPath, p.Key, p.Name, paths.Where(x => x.Path.Key == p.Key).Select(x => x.Score)))
            .ToList();
        return new SatisfactionStats(from.Year, unitId, Row(Total, "all", "合计", rows.Select(r => r.Score)), byUnit, byKind, byPath);
    }

    private static SatisfactionStatsRow Row(string dimension, string key, string name, IEnumerable<int?> scores)
    {
        var list = scores.ToList();
        var answered = list.Where(s => s is not null).Select(s => s!.Value).ToList();
        var distribution = Enumerable.Range(1, 5).Select(n => answered.Count(s => s == n)).ToList();
        return new SatisfactionStatsRow(dimension, key, name, list.Count, answered.Count,
            answered.Count == 0 ? null : Math.Round(answered.Average(), 2),
            answered.Count == 0 ? null : Math.Round(100.0 * answered.Count(s => s >= 4) / answered.Count, 1),
            distribution);
    }

    /// <summary>The export: the total, then kinds, paths and units, one line each.</summary>
    public static IEnumerable<SatisfactionStatsRow> Lines(SatisfactionStats stats) =>
        [stats.Total, .. stats.ByKind, .. stats.ByPath, .. stats.ByUnit];

    public static readonly IReadOnlyList<ExcelColumn<SatisfactionStatsRow>> Columns =
    [
        new("统计维度", r => r.Dimension),
        new("名称", r => r.Name),
        new("调查数", r => r.Surveys),
        new("已评价", r => r.Answered),
        new("平均分", r => r.AverageScore),
        new("满意率（%）", r => r.SatisfiedRate),
        .. Enumerable.Range(1, 5).Select(n => new ExcelColumn<SatisfactionStatsRow>($"{n}分（{SatisfactionRules.ScoreName(n)}）", r => r.Distribution[n - 1])),
    ];
}
