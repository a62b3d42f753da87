using Zhibao.Domain.Publicity;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>公益讲座、以案释法场次 (seed task 3: 通过开展公益讲座、以案释法等方式加强知识产权保护宣传): those events held in the period.</summary>
public sealed class LecturesFormula()
    : PublicityEventsFormula("publicity.lectures", "公益讲座、以案释法场次", "场", PublicityEventType.PublicLecture, PublicityEventType.CaseLawTalk);
