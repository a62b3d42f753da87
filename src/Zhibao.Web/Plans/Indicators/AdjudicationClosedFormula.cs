namespace Zhibao.Web.Plans.Indicators;

/// <summary>专利侵权纠纷行政裁决结案数 (seed task 9: 提高办案数量和质量): adjudications closed in the period, by any closure.</summary>
public sealed class AdjudicationClosedFormula() : ClosedAdjudicationsFormula("adjudication.closed", "专利侵权纠纷行政裁决结案数", localOnly: false);
