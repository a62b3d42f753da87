using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Rules;

namespace Zhibao.Web.Cases;

/// <summary>
/// The clocks of a patent-dispute adjudication (legal-rules.md §0 rows 15–22, 25–26; 令第81号 arts.5, 16, 19, 20, 22,
/// 26, 37, 83; 专利法第六十五条). Every rule is taken in the version in force on the day the request was received
/// (CLARIFICATIONS "Rules in force"): a request before 2025-02-01 gets the 2015 办法's filing and closing clocks only.
/// </summary>
public static class AdjudicationClocks
{
    public const string FilingDecision = "filingDecision";
    public const string Correction = "correction";
    public const string ServeRequest = "serveRequest";
    public const string Recusal = "recusal";
    public const string Answer = "answer";
    public const string ServeAnswer = "serveAnswer";
    public const string HearingNotice = "hearingNotice";
    public const string Closing = "closing";
    public const string Lawsuit = "lawsuit";
    public const string Publication = "publication";
    public const string Limitation = "limitation";

    /// <summary>The excluded intervals of the closing period (art.37), which the 中止/暂停 action offers.</summary>
    public static IReadOnlyList<string> PauseKinds(DateOnly receivedOn) =>
        StatutoryPeriods.InForce("patent-dispute.closing", receivedOn)?.ExcludedIntervals ?? [];

    public static IReadOnlyList<CaseDeadline> Compute(AdjudicationCase c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options)
    {
        var clocks = new ClockSet(c, calendar, today, options, (rule, _) => StatutoryPeriods.InForce(rule, c.ReceivedOn));
        if (c.KnewOn is { } knew)
        {
            // A warning only: continuing infringement is an exception the officer judges (专利法第七十四条).
            clocks.Add(Limitation, "请求时效（三年）", "patent-dispute.limitation", knew, c.ReceivedOn, warningOnly: true);
        }
        if (c.Status == nameof(AdjudicationStatus.Correcting) && c.CorrectionDueOn is { } correctionDue)
        {
            clocks.AddFixed(Correction, "补正期限", correctionDue,
                $"补正期限：补正通知书指定的期限，逾期未补正的不予立案（《专利纠纷行政裁决和调解办法》第十六条）。到期日：{CaseClocks.Text(correctionDue)}",
                c.CorrectedOn, forParty: true);
        }
        else
        {
            // A corrected request counts as received on the day the correction arrives.
            clocks.Add(FilingDecision, "立案审查", "patent-dispute.filing", c.CorrectedOn ?? c.ReceivedOn, c.FiledOn ?? c.NotFiledOn, c.FilingExtensions);
        }
        if (c.FiledOn is { } filed)
        {
            clocks.Add(ServeRequest, "送达请求书副本", "patent-dispute.request-service", filed, c.RequestServedOn);
            clocks.Add(Closing, "结案", "patent-dispute.closing", filed, c.ClosedOn, c.ClosingExtensions);
        }
        if (c.RequestServedOn is { } served)
        {
            clocks.Add(Recusal, "申请回避", "patent-dispute.recusal", served, null, forParty: true);
            clocks.Add(Answer, "答辩", c.RespondentWithoutDomicile ? "patent-dispute.answer-no-domicile" : "patent-dispute.answer", served,
                c.AnswerReceivedOn, forParty: true);
        }
        if (c.AnswerReceivedOn is { } answered)
        {
            clocks.Add(ServeAnswer, "送达答辩书副本", "patent-dispute.answer-service", answered, c.AnswerServedOn);
        }
        if (c.HearingOn is { } hearing)
        {
            clocks.Add(HearingNotice, "口头审理通知", "patent-dispute.hearing-notice", hearing, c.HearingNotifiedOn);
        }
        if (c.DecisionServedOn is { } decisionServed)
        {
            clocks.Add(Lawsuit, "当事人起诉", "patent-dispute.lawsuit", decisionServed, c.LawsuitFiledOn, forParty: true);
        }
        if (c.Closure == AdjudicationClosure.Adjudication && c.ClosedOn is { } closed)
        {
            clocks.Add(Publication, "行政裁决公开", "patent-dispute.publication", closed, c.PublishedOn);
        }
        return clocks.List;
    }
}
