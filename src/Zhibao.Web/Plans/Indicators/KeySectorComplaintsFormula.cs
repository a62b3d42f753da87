using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>重点领域投诉举报办结率 (seed task 7; CLARIFICATIONS: complaint figures come from intake, not from cases). Its data source is not on the platform yet: "数据源未接入：投诉举报模块".</summary>
public sealed class KeySectorComplaintsFormula() : NotConnectedFormula("complaints.key-sector-closure-rate", "重点领域投诉举报办结率", "%", IndicatorNature.Rate, "投诉举报模块");
