using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>业务培训学时 (seed task 2; CLARIFICATIONS: hours credited to each officer, counted by the plan). Its data source is not on the platform yet: "数据源未接入：培训模块".</summary>
public sealed class TrainingHoursFormula() : NotConnectedFormula("training.hours", "业务培训学时", "学时", IndicatorNature.Cumulative, "培训模块");
