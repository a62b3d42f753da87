using Zhibao.Domain.Plans;
using Zhibao.Web.Registries;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// A figure of 业务培训 (seed task 2: 组织开展行政执法业务培训; CLARIFICATIONS "Training": the plan counts sessions and hours)
/// over the sessions the bureau's officers took part in during the period, as the training register records them
/// (<see cref="TrainingRegistry.HeldAsync"/>).
/// </summary>
public abstract class TrainingFormula(string code, string name, string unit)
    : LiveFormula(code, name, unit, IndicatorNature.Cumulative, "业务培训")
{
    public sealed override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct) =>
        Compute(ctx, await TrainingRegistry.HeldAsync(ctx.Db, ctx.UnitIds, ctx.From, ctx.AsOf, ct));

    protected abstract IndicatorValue Compute(IndicatorContext ctx, List<TrainingTally> sessions);

    /// <summary>"2023-06-12 商标侵权判断标准培训（市知识产权局）：出勤3人，记入12学时".</summary>
    protected static string Line(TrainingTally s) =>
        $"{s.HeldOn:yyyy-MM-dd} {s.Title}（{s.Organiser}）：出勤{s.Attended}人，记入{PlanText.Format(s.HoursCredited, "学时")}"
        + (s.Unrecorded > 0 ? $"，{s.Unrecorded}人待登记出勤" : "");
}
