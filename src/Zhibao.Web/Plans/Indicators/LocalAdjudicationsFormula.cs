namespace Zhibao.Web.Plans.Indicators;

/// <summary>实用新型和外观设计专利纠纷本地结案数 (seed task 5: 实现实用新型和外观设计专利纠纷案件本地办理).</summary>
public sealed class LocalAdjudicationsFormula() : ClosedAdjudicationsFormula("adjudication.local-closed", "实用新型和外观设计专利纠纷本地结案数", localOnly: true);
