using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>联合执法行动次数 (seed task 1: 推进联合执法工作). Its data source is not on the platform yet: "数据源未接入：协作模块".</summary>
public sealed class JointOperationsFormula() : NotConnectedFormula("collaboration.joint-operations", "联合执法行动次数", "次", IndicatorNature.Cumulative, "协作模块");
