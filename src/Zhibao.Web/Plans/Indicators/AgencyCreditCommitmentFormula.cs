using Zhibao.Domain.Plans;
using Zhibao.Web.Registries;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 代理机构信用承诺覆盖率 (seed task 4: 督促代理机构及时提交信用承诺并汇集市局相关处室): active agencies supervised by the plan's
/// bureau holding a signed, unbreached 信用承诺书 on the day, over all its active agencies — the agency registry's coverage
/// (<see cref="AgencyCredit.CoverageOnAsync"/>, <c>GET /api/agencies/commitment-coverage</c>), as a percentage.
/// </summary>
public sealed class AgencyCreditCommitmentFormula()
    : LiveFormula("agencies.credit-commitment-coverage", "代理机构信用承诺覆盖率", "%", IndicatorNature.Rate, "代理机构名录（信用承诺）")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var (coverage, uncovered) = await AgencyCredit.CoverageOnAsync(ctx.Db, ctx.BureauId, ctx.AsOf, ct);
        if (coverage.Rate is not { } rate)
        {
            return IndicatorValue.Empty($"截至{ctx.AsOf:yyyy-MM-dd}，{ctx.BureauName}尚无登记在业的代理机构");
        }
        return IndicatorValue.Of(Math.Round(rate * 100, 1, MidpointRounding.AwayFromZero),
            $"截至{ctx.AsOf:yyyy-MM-dd}，{ctx.BureauName}在业代理机构{coverage.Total}家，已签署且未违反信用承诺{coverage.Covered}家",
            uncovered);
    }
}
