using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>典型案例发布数 (seed task 3 and 三(三); CLARIFICATIONS: typical cases live in publicity). Its data source is not on the platform yet: "数据源未接入：宣传模块".</summary>
public sealed class TypicalCasesFormula() : NotConnectedFormula("publicity.typical-cases", "典型案例发布数", "件", IndicatorNature.Cumulative, "宣传模块");
