using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>代理机构信用承诺覆盖率 (seed task 4: 督促代理机构及时提交信用承诺并汇集市局相关处室). Its data source is not on the platform yet: "数据源未接入：名录模块（代理机构）".</summary>
public sealed class AgencyCreditCommitmentFormula() : NotConnectedFormula("agencies.credit-commitment-coverage", "代理机构信用承诺覆盖率", "%", IndicatorNature.Rate, "名录模块（代理机构）");
