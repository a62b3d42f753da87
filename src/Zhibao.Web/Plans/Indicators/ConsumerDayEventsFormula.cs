using Zhibao.Domain.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>3·15宣传活动场次 (seed task 3: 充分利用“3.15”国际消费者权益日; CLARIFICATIONS: 3·15 is a day): 3·15 events held in the period.</summary>
public sealed class ConsumerDayEventsFormula() : PublicityEventsFormula("publicity.events-315", "3·15宣传活动场次", "场", PublicityEventType.ConsumerRightsDay);
