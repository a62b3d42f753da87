namespace Zhibao.Web.Plans.Indicators;

/// <summary>行政处罚案件立案数 (seed task 6: 重拳出击): penalty cases filed (立案) in the period, of every subject.</summary>
public sealed class PenaltyCasesFormula() : SubjectCasesFormula("penalty.cases", "行政处罚案件立案数", null);
