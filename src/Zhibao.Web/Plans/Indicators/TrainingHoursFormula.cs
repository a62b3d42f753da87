using Zhibao.Web.Registries;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>业务培训学时: hours credited to the bureau's officers for the sessions they attended in the period (CLARIFICATIONS: credited to each officer).</summary>
public sealed class TrainingHoursFormula() : TrainingFormula("training.hours", "业务培训学时", "学时")
{
    protected override IndicatorValue Compute(IndicatorContext ctx, List<TrainingTally> sessions) =>
        IndicatorValue.Of(sessions.Sum(s => s.HoursCredited), $"{ctx.Scope}执法人员参加业务培训{sessions.Count}场，出勤{sessions.Sum(s => s.Attended)}人次，记入学时合计",
            sessions.Select(Line));
}
