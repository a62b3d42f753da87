using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>交办线索办结率 (seed task 4: 及时处置交办的恶意商标注册等违法行为线索). Its data source is not on the platform yet: "数据源未接入：投诉举报模块（线索）".</summary>
public sealed class AssignedLeadsFormula() : NotConnectedFormula("leads.assigned-closure-rate", "交办线索办结率", "%", IndicatorNature.Rate, "投诉举报模块（线索）");
