using Zhibao.Domain.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>走访企业次数 (seed 三(三): 通过经常性深入企业、商户解疑答惑; CLARIFICATIONS: enterprise visits are publicity events): visits made in the period.</summary>
public sealed class EnterpriseVisitsFormula()
    : PublicityEventsFormula("publicity.enterprise-visits", "深入企业、商户解疑答惑次数", "次", PublicityEventType.EnterpriseVisit);
