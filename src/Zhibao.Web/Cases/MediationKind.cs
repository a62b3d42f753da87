using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Zhibao.Web.Cases;

/// <summary>调解 in the case core: <see cref="MediationWorkflow"/>, the fields of each action and its clocks (legal-rules.md §2.4, §6).</summary>
public sealed class MediationKind(SettingsReader settings, OrgTree tree, CalendarService calendars) : ICaseKind
{
    public CaseKind Kind => CaseKind.Mediation;

    public string? ActionName(string action) => MediationWorkflow.ParseApiName(action) is { } a ? MediationWorkflow.Name(a) : null;

    public string StatusName(string status) => MediationWorkflow.Name(Enum.Parse<MediationStatus>(status));

    public KindTransition Transition(Case c, string action, CaseActionInput input)
    {
        var t = MediationWorkflow.Apply(Enum.Parse<MediationStatus>(c.Status), MediationWorkflow.ParseApiName(action)!.Value, Facts((MediationCase)c));
        return new KindTransition(t.Allowed ? null : t.Error, t.Status.ToString());
    }

    public IReadOnlyList<string> AllowedActions(Case c) =>
        MediationWorkflow.Allowed(Enum.Parse<MediationStatus>(c.Status), Facts((MediationCase)c)).Select(MediationWorkflow.ApiName).ToList();

    /// <summary>Mediation needs no internal approval: the parties decide.</summary>
    public ApprovalKind? ApprovalFor(string action) => null;

    public string ApprovalName(ApprovalKind kind) => PenaltyWorkflow.Name(kind);

    private static MediationFacts Facts(MediationCase m) =>
        new(m.NoticeSentOn is not null, m.RespondentAgreed, m.Confirmation, m.CourtExtended, MediationRules.ConfirmsOwnership(m.DisputeType));

    /// <summary>Patent mediation by the bureau follows 令第81号 arts.65–66; then the judicial-confirmation clocks.</summary>
    public IReadOnlyList<CaseDeadline> Deadlines(Case c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options)
    {
        var m = (MediationCase)c;
        var clocks = new ClockSet(c, calendar, today, options, StatutoryPeriods.InForce);
        if (MediationRules.FollowsPatentMediationSteps(m))
        {
            clocks.Add("notice", "发送陈述意见通知书", "patent-mediation.notice", m.ReceivedOn, m.NoticeSentOn ?? m.NotFiledOn);
            if (m.NoticeSentOn is { } sent)
            {
                clocks.Add("reply", "被请求人陈述意见", "patent-mediation.reply", sent, m.RespondentRepliedOn, forParty: true);
            }
            if (m.RespondentRepliedOn is { } replied)
            {
                if (m.RespondentAgreed == true)
                {
                    clocks.Add("filing", "调解立案", "patent-mediation.filing", replied, m.FiledOn);
                }
                else
                {
                    clocks.Add("refusalNotice", "不予立案通知", "patent-mediation.refusal-notice", replied, m.NotFiledOn);
                }
            }
        }
        if (m.AgreementEffectiveOn is { } effective && !MediationRules.ConfirmsOwnership(m.DisputeType))
        {
            // The parties apply; the bureau reminds them while the mediation is open (a countdown on its 待办).
            clocks.Add("confirmationApplication", "申请司法确认", "judicial-confirmation.application", effective, m.ConfirmationAppliedOn,
                forParty: m.Status == nameof(MediationStatus.Closed) || m.NotarisedOn is not null);
        }
        if (m.ConfirmationAppliedOn is { } applied)
        {
            clocks.Add("confirmationAcceptance", "人民法院决定是否受理", "judicial-confirmation.acceptance", applied, m.CourtAcceptedOn, forParty: true);
        }
        if (m.CourtAcceptedOn is { } accepted)
        {
            clocks.Add("confirmationRuling", "人民法院作出确认决定", "judicial-confirmation.decision", accepted, m.CourtRuledOn,
                m.CourtExtended ? 1 : 0, forParty: true);
        }
        return clocks.List;
    }

    public Task<PreparedAction> PrepareAsync(ZhibaoDb db, Case c, string action, CaseActionInput input, DateOnly today, CancellationToken ct) =>
        PrepareAsync(db, (MediationCase)c, action, input, today, ct);

    private async Task<PreparedAction> PrepareAsync(ZhibaoDb db, MediationCase m, string action, CaseActionInput input, DateOnly today, CancellationToken ct)
    {
        var f = new ActionFields(today);
        switch (MediationWorkflow.ParseApiName(action)!.Value)
        {
            case MediationAction.SendNotice:
            {
                var on = f.Day(input.SentOn, "sentOn", m.ReceivedOn, "收到申请日期");
                return f.Ready("发送陈述意见通知书及请求书副本", () => m.NoticeSentOn = on, "被请求人应在收到之日起15日内答复（第六十五条）");
            }
            case MediationAction.RecordReply:
            {
                var on = f.Day(input.RepliedOn, "repliedOn", m.NoticeSentOn, "通知书发送日期");
                if (input.Agreed is not { } agreed)
                {
                    f.Errors.Add("agreed", "请选择被请求人是否同意调解");
                    return PreparedAction.Invalid(f.Errors);
                }
                return f.Ready(agreed ? "被请求人同意调解" : "被请求人不同意调解", () =>
                {
                    m.RespondentRepliedOn = on;
                    m.RespondentAgreed = agreed;
                }, agreed ? "应在5个工作日内立案并通知双方（第六十六条）" : "应在5个工作日内通知请求人不予立案（第六十六条）");
            }
            case MediationAction.File:
            {
                var filedOn = f.Day(input.FiledOn, "filedOn", m.RespondentRepliedOn ?? m.ReceivedOn, m.RespondentRepliedOn is null ? "收到申请日期" : "被请求人答复日期");
                if (MediationRules.FollowsPatentMediationSteps(m) && m.RespondentAgreed is null)
                {
                    f.Errors.Add("filedOn", "请先登记被请求人同意调解的答复（第六十六条）");
                }
                List<Officer>? officers = input.OfficerIds is { Count: > 0 } ids ? await CaseService.CheckOfficersAsync(db, ids, filedOn, f.Errors, "officerIds", ct) : null;
                if (f.Errors.Any)
                {
                    return PreparedAction.Invalid(f.Errors);
                }
                var (setting, fallback) = CaseNumbering.PatternOf(CaseKind.Mediation);
                var number = await CaseNumbering.NextAsync(db, tree.BureauId(m.OrgUnitId), CaseKind.Mediation, filedOn.Year,
                    SettingsReader.Text(await settings.AllAsync(ct), setting, fallback), ct);
                return f.Ready($"调解立案（{number}）", () =>
                {
                    m.FiledOn = filedOn;
                    m.CaseNumber = number;
                    if (officers is not null)
                    {
                        m.Officers.Clear();
                        m.Officers.AddRange(officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }));
                    }
                });
            }
            case MediationAction.Decline:
            {
                var on = f.Day(input.NotFiledOn, "notFiledOn", m.ReceivedOn, "收到申请日期");
                var reason = f.Require(input.Reason, "reason", "请填写不予立案的理由");
                return f.Ready("不予立案", () =>
                {
                    m.NotFiledOn = on;
                    m.NotFiledReason = reason;
                }, reason);
            }
            case MediationAction.RecordSession:
            {
                var on = f.Day(input.HeldOn, "heldOn", m.FiledOn, "立案日期");
                var summary = f.Require(input.Content, "content", "请填写调解经过");
                return f.Ready($"调解（{on:yyyy-MM-dd}）", () => m.Sessions.Add(new MediationSession
                {
                    HeldOn = on, Place = CaseService.Blank(input.Place), Participants = CaseService.Blank(input.Participants), Summary = summary,
                }), summary);
            }
            case MediationAction.Agree:
            {
                var signedOn = f.Day(input.SignedOn, "signedOn", m.FiledOn, "立案日期");
                var effectiveOn = input.EffectiveOn ?? signedOn;
                if (effectiveOn < signedOn)
                {
                    f.Errors.Add("effectiveOn", "生效日期不能早于签署日期");
                }
                var content = f.Require(input.Content, "content", "请填写调解协议的内容");
                if (input.Amount is < 0)
                {
                    f.Errors.Add("amount", "金额不能为负数");
                }
                var note = MediationRules.ConfirmsOwnership(m.DisputeType) ? MediationRules.OwnershipWarning
                    : $"可自协议生效之日起30日内共同申请司法确认（民事诉讼法第二百零五条）";
                return f.Ready("达成调解协议", () =>
                {
                    m.AgreementSignedOn = signedOn;
                    m.AgreementEffectiveOn = effectiveOn;
                    m.AgreementContent = content;
                    m.AgreedAmount = input.Amount;
                    m.HasPaymentTerms = input.HasPaymentTerms ?? input.Amount > 0;
                }, note);
            }
            case MediationAction.Fail:
            {
                var on = f.Day(input.ClosedOn, "closedOn", m.FiledOn, "立案日期");
                var reason = f.Require(input.Ground ?? input.Reason, "ground", "请填写调解不成的原因（如未达成协议、请求人撤回、被请求人拒不参加）");
                return f.Ready("调解不成，终止调解", () =>
                {
                    m.ClosedOn = on;
                    m.FailureReason = reason;
                }, reason);
            }
            case MediationAction.ApplyConfirmation:
            {
                var on = f.Day(input.AppliedOn, "appliedOn", m.AgreementEffectiveOn, "协议生效日期");
                if (m.AgreementEffectiveOn is { } effective && StatutoryPeriods.InForce("judicial-confirmation.application", effective) is { } rule)
                {
                    var due = StatutoryClock.Compute(await calendars.GetAsync(ct), rule, effective).Deadline.DueDate;
                    if (on > due)
                    {
                        f.Errors.Add("appliedOn", $"司法确认应自调解协议生效之日起30日内申请（至{due:yyyy-MM-dd}），已逾期（民事诉讼法第二百零五条）");
                    }
                }
                string? courtName = null;
                if (input.CourtId is { } courtId)
                {
                    courtName = await db.OrgUnits.Where(u => u.Id == courtId && u.Kind == OrgUnitKind.External).Select(u => u.Name).FirstOrDefaultAsync(ct);
                    if (courtName is null)
                    {
                        f.Errors.Add("courtId", "请从外部单位中选择受理的人民法院");
                    }
                }
                else
                {
                    courtName = f.Require(input.Court, "court", "请选择或填写受理的人民法院");
                }
                return f.Ready("双方共同申请司法确认", () =>
                {
                    m.ConfirmationAppliedOn = on;
                    m.CourtOrgUnitId = input.CourtId;
                    m.CourtName = courtName;
                    m.Confirmation = ConfirmationStatus.Applied;
                    m.CourtAcceptedOn = null;
                    m.CourtRuledOn = null;
                    m.CourtExtended = false;
                }, courtName);
            }
            case MediationAction.CourtAccept:
            {
                var on = f.Day(input.AcceptedOn, "acceptedOn", m.ConfirmationAppliedOn, "申请日期");
                return f.Ready("人民法院受理司法确认申请", () =>
                {
                    m.CourtAcceptedOn = on;
                    m.Confirmation = ConfirmationStatus.Accepted;
                });
            }
            case MediationAction.CourtExtend:
                return f.Ready("人民法院延长审查期限（院长批准，10日）", () => m.CourtExtended = true);
            case MediationAction.CourtRule:
            {
                var on = f.Day(input.RuledOn, "ruledOn", m.CourtAcceptedOn, "受理日期");
                if (input.Confirmed is not { } confirmed)
                {
                    f.Errors.Add("confirmed", "请选择裁定结果：确认有效或驳回申请");
                    return PreparedAction.Invalid(f.Errors);
                }
                return f.Ready(confirmed ? "人民法院裁定调解协议有效" : "人民法院裁定驳回申请", () =>
                {
                    m.CourtRuledOn = on;
                    m.Confirmation = confirmed ? ConfirmationStatus.Confirmed : ConfirmationStatus.Rejected;
                    m.CourtRulingNumber = CaseService.Blank(input.RulingNumber);
                    m.CourtRulingNote = CaseService.Blank(input.Content);
                }, confirmed ? "一方拒绝履行的，对方可以向人民法院申请执行" : "当事人可以变更原协议、达成新协议或者向人民法院起诉");
            }
            case MediationAction.Notarise:
            {
                if (!m.HasPaymentTerms)
                {
                    f.Errors.Add("notarisedOn", "只有含给付内容并载明强制执行承诺的调解协议可以办理债权文书公证（第三十五条）");
                }
                var on = f.Day(input.NotarisedOn, "notarisedOn", m.AgreementSignedOn, "协议签署日期");
                return f.Ready("办理债权文书公证", () => m.NotarisedOn = on);
            }
            case MediationAction.Close:
            {
                var on = f.Day(input.ClosedOn, "closedOn", m.CourtRuledOn ?? m.AgreementSignedOn, m.CourtRuledOn is null ? "协议签署日期" : "法院裁定日期");
                return f.Ready("调解结束", () => m.ClosedOn = on, input.Content);
            }
            default:
                throw new InvalidOperationException(action);
        }
    }
}
