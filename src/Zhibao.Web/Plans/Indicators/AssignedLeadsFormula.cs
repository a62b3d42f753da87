using Zhibao.Domain.Leads;
using Zhibao.Domain.Plans;
using Zhibao.Web.Leads;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>
/// 交办线索办结率 (seed task 4: 及时处置交办的恶意商标注册等违法行为线索): of the leads on abnormal patent applications and
/// malicious trademark registrations CNIPA or the city bureau assigned to the bureau in the period, the share reported back to
/// the sender (已反馈) — as the leads module counts them (<see cref="LeadService.AssignedAsync"/>). The leads still open are the
/// evidence, overdue ones marked.
/// </summary>
public sealed class AssignedLeadsFormula()
    : LiveFormula("leads.assigned-closure-rate", "交办线索办结率", "%", IndicatorNature.Rate, "非正常专利申请/恶意商标注册线索")
{
    public override async Task<IndicatorValue> ComputeAsync(IndicatorContext ctx, CancellationToken ct)
    {
        var leads = await LeadService.AssignedAsync(ctx.Db, ctx.UnitIds, ctx.From, ctx.AsOf, ct);
        if (leads.Count == 0)
        {
            return IndicatorValue.Empty($"{ctx.Scope}尚未收到交办的非正常专利申请、恶意商标注册线索");
        }
        var closed = leads.Count(l => l.Closed);
        var rate = Math.Round(closed * 100m / leads.Count, 1, MidpointRounding.AwayFromZero);
        return IndicatorValue.Of(rate, $"{ctx.Scope}收到交办线索{leads.Count}条，已核查并反馈交办单位{closed}条",
            leads.Where(l => !l.Closed).Select(l => $"{LeadWorkflow.Name(l.Kind)}线索{(l.Number is null ? "" : $" {l.Number}")}{(l.Applicant is null ? "" : $"（{l.Applicant}）")}："
                + $"{l.ReceivedOn:yyyy-MM-dd}收到，{(l.ReplyDueOn is { } due ? $"应于{due:yyyy-MM-dd}前反馈，" + (due < ctx.AsOf ? "已逾期未反馈" : "尚未反馈") : "尚未反馈")}"));
    }
}
