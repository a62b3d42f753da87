using Zhibao.Domain.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>诚信宣传活动场次 (seed task 8: 推进落实知识产权领域联合惩戒、诚信宣传和信用分级分类监管工作): 诚信宣传 events held in the period.</summary>
public sealed class IntegrityEventsFormula()
    : PublicityEventsFormula("publicity.integrity-events", "诚信宣传活动场次", "场", PublicityEventType.IntegrityPromotion);
