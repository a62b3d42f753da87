namespace Zhibao.Web.Plans.Indicators;

/// <summary>地理标志类案件数 (seed task 7: 地理标志专项整治): penalty cases filed in the period on geographical indications.</summary>
public sealed class GeographicalIndicationCasesFormula() : SubjectCasesFormula("penalty.gi-cases", "地理标志类案件数", ["地理标志"]);
