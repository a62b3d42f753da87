using Zhibao.Domain.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>4·26宣传周活动场次 (seed task 3: “4.26”知识产权宣传周; CLARIFICATIONS: 4·26 opens a week): 宣传周 events held in the period.</summary>
public sealed class IpWeekEventsFormula() : PublicityEventsFormula("publicity.events-426", "4·26宣传周活动场次", "场", PublicityEventType.IpWeek);
