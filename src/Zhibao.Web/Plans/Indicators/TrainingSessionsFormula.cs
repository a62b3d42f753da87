using Zhibao.Web.Registries;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>业务培训场次: sessions held in the period that officers of the bureau took part in (not recorded absent).</summary>
public sealed class TrainingSessionsFormula() : TrainingFormula("training.sessions", "业务培训场次", "场")
{
    protected override IndicatorValue Compute(IndicatorContext ctx, List<TrainingTally> sessions) =>
        IndicatorValue.Of(sessions.Count, $"{ctx.Scope}执法人员参加的业务培训", sessions.Select(Line));
}
