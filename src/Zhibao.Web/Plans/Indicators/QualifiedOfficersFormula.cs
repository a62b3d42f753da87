using Microsoft.EntityFrameworkCore;
using Zhibao.Domain.Plans;
using Zhibao.Web.Registries;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 具备知识产权执法资格人数 (seed task 2: 确保取得知识产权执法资格人数不少于5人): officers of the bureau and every unit under
/// it who hold the IP enforcement qualification and a valid 执法证 on the day (CLARIFICATIONS: the bureau as a whole) —
/// the rule of the officer registry (<see cref="OfficerRegistry.QualifiedOn"/>).
/// </summary>
public sealed class QualifiedOfficersFormula() : LiveFormula("officers.ip-qualified", "具备知识产权执法资格人数", "人", IndicatorNature.Snapshot, "执法人员名录")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var officers = await ctx.Db.Officers.AsNoTracking()
            .Where(o => ctx.UnitIds.Contains(o.OrgUnitId))
            .Where(OfficerRegistry.QualifiedOn(ctx.AsOf))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Name, Unit = o.OrgUnit!.Name, o.CertificateValidTo })
            .ToListAsync(ct);
        return IndicatorValue.Of(officers.Count, $"截至{ctx.AsOf:yyyy-MM-dd}，{ctx.BureauName}全局（含各科室、所、队），取得资格且执法证有效",
            officers.Select(o => $"{o.Name}（{o.Unit}，执法证有效期至{o.CertificateValidTo:yyyy-MM-dd}）"));
    }
}
