using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>业务培训场次 (seed task 2: 组织开展行政执法业务培训; CLARIFICATIONS: the plan counts training sessions). Its data source is not on the platform yet: "数据源未接入：培训模块".</summary>
public sealed class TrainingSessionsFormula() : NotConnectedFormula("training.sessions", "业务培训场次", "场", IndicatorNature.Cumulative, "培训模块");
