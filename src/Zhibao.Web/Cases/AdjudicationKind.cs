using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>
/// 专利侵权纠纷行政裁决 in the case core: <see cref="AdjudicationWorkflow"/>, the fields of each action and
/// <see cref="AdjudicationClocks"/> (国家知识产权局令第81号, legal-rules.md §2.2).
/// </summary>
public sealed class AdjudicationKind(CalendarService calendars, SettingsReader settings, OrgTree tree) : ICaseKind
{
    public CaseKind Kind => CaseKind.Adjudication;

    public string? ActionName(string action) => AdjudicationWorkflow.ParseApiName(action) is { } a ? AdjudicationWorkflow.Name(a) : null;

    public string StatusName(string status) => AdjudicationWorkflow.Name(Enum.Parse<AdjudicationStatus>(status));

    public KindTransition Transition(Case c, string action, CaseActionInput input)
    {
        var a = (AdjudicationCase)c;
        var t = AdjudicationWorkflow.Apply(Enum.Parse<AdjudicationStatus>(c.Status), AdjudicationWorkflow.ParseApiName(action)!.Value,
            Facts(a) with { Closure = action == "close" ? input.Closure : a.Closure });
        return new KindTransition(t.Allowed ? null : t.Error, t.Status.ToString());
    }

    public IReadOnlyList<string> AllowedActions(Case c) =>
        AdjudicationWorkflow.Allowed(Enum.Parse<AdjudicationStatus>(c.Status), Facts((AdjudicationCase)c)).Select(AdjudicationWorkflow.ApiName).ToList();

    public ApprovalKind? ApprovalFor(string action) => AdjudicationWorkflow.ParseApiName(action) is { } a ? AdjudicationWorkflow.ApprovalFor(a) : null;

    public string ApprovalName(ApprovalKind kind) => kind == ApprovalKind.Closing ? "结案审批" : PenaltyWorkflow.Name(kind);

    public IReadOnlyList<CaseDeadline> Deadlines(Case c, WorkingCalendar calendar, DateOnly today, CaseClocks.Options options) =>
        AdjudicationClocks.Compute((AdjudicationCase)c, calendar, today, options);

    private static AdjudicationFacts Facts(AdjudicationCase c) => new(
        c.IsPaused, c.RequestServedOn is not null, c.AnswerReceivedOn is not null, c.RequesterAppeared == false && c.Closure is null,
        c.Closure, c.DecisionServedOn is not null, c.LawsuitFiledOn is not null);

    public Task<PreparedAction> PrepareAsync(ZhibaoDb db, Case c, string action, CaseActionInput input, DateOnly today, CancellationToken ct) =>
        PrepareAsync(db, (AdjudicationCase)c, action, input, today, ct);

    private async Task<PreparedAction> PrepareAsync(ZhibaoDb db, AdjudicationCase c, string action, CaseActionInput input, DateOnly today, CancellationToken ct)
    {
        var f = new ActionFields(today);
        var calendar = await calendars.GetAsync(ct);
        switch (AdjudicationWorkflow.ParseApiName(action)!.Value)
        {
            case AdjudicationAction.RequestCorrection:
            {
                if (c.CorrectionNoticeOn is not null)
                {
                    // art.16: the notice is given once, complete.
                    f.Errors.Add("items", "补正通知只能一次性全面告知（《专利纠纷行政裁决和调解办法》第十六条），本案已发出过补正通知");
                }
                var noticeOn = f.Day(input.NoticeOn, "noticeOn", c.ReceivedOn, "收到请求日期");
                var items = f.Require(input.Items, "items", "请一次性列明需要补正的全部内容");
                if (input.DueOn is not { } due || due <= noticeOn)
                {
                    f.Errors.Add("dueOn", "请指定晚于通知日期的补正期限");
                }
                return f.Ready("发出补正通知", () =>
                {
                    c.CorrectionNoticeOn = noticeOn;
                    c.CorrectionDueOn = input.DueOn;
                    c.CorrectionItems = items;
                }, $"补正内容：{items}；补正期限至{input.DueOn:yyyy-MM-dd}");
            }
            case AdjudicationAction.Correct:
            {
                var correctedOn = f.Day(input.CorrectedOn, "correctedOn", c.CorrectionNoticeOn, "补正通知日期");
                if (c.CorrectionDueOn is { } due && correctedOn > due)
                {
                    f.Errors.Add("correctedOn", $"补正期限已于{due:yyyy-MM-dd}届满，逾期未补正的应不予立案（第十六条）");
                }
                var materials = input.Materials is { } m ? Materials(m, f) : null;
                return f.Ready("请求人补正", () =>
                {
                    c.CorrectedOn = correctedOn;
                    if (materials is not null)
                    {
                        c.Materials = materials;
                    }
                }, "立案审查期限自收到补正材料之日起计算");
            }
            case AdjudicationAction.File:
                return await PrepareFilingAsync(db, c, input, f, ct);
            case AdjudicationAction.Decline:
            {
                var on = f.Day(input.NotFiledOn, "notFiledOn", c.ReceivedOn, "收到请求日期");
                var reason = f.Require(input.Reason, "reason", "请填写不予立案的理由（第十六条、第二十条）");
                if (c.Status == nameof(AdjudicationStatus.Correcting) && c.CorrectionDueOn is { } due && on <= due && c.CorrectedOn is null)
                {
                    f.Errors.Add("notFiledOn", $"补正期限至{due:yyyy-MM-dd}尚未届满，期满未补正方可不予立案");
                }
                return f.Ready("不予立案", () =>
                {
                    c.NotFiledOn = on;
                    c.NotFiledReason = reason;
                    c.ClosingDueOn = null;
                }, reason);
            }
            case AdjudicationAction.Pause:
            {
                var kinds = AdjudicationClocks.PauseKinds(c.ReceivedOn);
                var kind = input.Kind?.Trim() ?? "";
                if (!kinds.Contains(kind))
                {
                    f.Errors.Add("kind", $"请选择不计入审理期限的事由：{string.Join("、", kinds)}");
                }
                var reason = f.Require(input.Reason, "reason", kind == "中止"
                    ? $"请填写中止的事由（第二十八条）：{string.Join("；", AdjudicationRules.SuspensionGrounds)}"
                    : "请填写具体原因");
                var lastResumed = c.Pauses.Where(p => p.ResumedOn is not null).Max(p => p.ResumedOn);
                var start = c.FiledOn!.Value;
                var notBefore = lastResumed is { } r && r > start ? r : start;
                var pausedOn = f.Day(input.PausedOn, "pausedOn", notBefore, lastResumed > start ? "上次恢复日期" : "立案日期");
                var hint = kind == "中止" && c.PatentKind == PatentKind.Invention && reason.Contains("无效")
                    ? "；涉案专利为发明专利，依第二十九条可以不中止" : "";
                return f.Ready(kind == "中止" ? "中止处理" : $"暂停计时（{kind}）", () =>
                {
                    c.Pauses.Add(new CasePause { Kind = kind, Reason = reason, PausedOn = pausedOn });
                    c.IsPaused = true;
                }, $"自{pausedOn:yyyy-MM-dd}起：{reason}{hint}");
            }
            case AdjudicationAction.Resume:
            {
                var open = c.Pauses.Single(p => p.ResumedOn is null);
                var resumedOn = f.Day(input.ResumedOn, "resumedOn", open.PausedOn, "中止/暂停日期");
                return f.Ready(open.Kind == "中止" ? "恢复处理" : $"恢复计时（{open.Kind}）", () =>
                {
                    open.ResumedOn = resumedOn;
                    c.IsPaused = false;
                }, $"{open.PausedOn:yyyy-MM-dd}至{resumedOn:yyyy-MM-dd}（不含）不计入期限");
            }
            case AdjudicationAction.Extend:
                return PrepareExtension(c, input, f, calendar, today);
            case AdjudicationAction.ServeRequest:
            {
                var servedOn = f.Day(input.ServedOn, "servedOn", c.FiledOn, "立案日期");
                return f.Ready("送达请求书副本", () => c.RequestServedOn = servedOn,
                    $"被请求人应自收到之日起{(c.RespondentWithoutDomicile ? 30 : 15)}日内答辩；逾期不答辩不影响处理（第二十二条）");
            }
            case AdjudicationAction.ReceiveAnswer:
            {
                var receivedOn = f.Day(input.ReceivedOn, "receivedOn", c.RequestServedOn, "请求书副本送达日期");
                return f.Ready("收到答辩书", () => c.AnswerReceivedOn = receivedOn);
            }
            case AdjudicationAction.ServeAnswer:
            {
                var servedOn = f.Day(input.ServedOn, "servedOn", c.AnswerReceivedOn, "收到答辩书日期");
                return f.Ready("送达答辩书副本", () => c.AnswerServedOn = servedOn);
            }
            case AdjudicationAction.ScheduleHearing:
            {
                var notifiedOn = f.Day(input.NotifiedOn, "notifiedOn", c.FiledOn, "立案日期");
                if (input.HearingOn is not { } hearingOn)
                {
                    f.Errors.Add("hearingOn", "请填写口头审理日期");
                    return PreparedAction.Invalid(f.Errors);
                }
                if (StatutoryPeriods.InForce("patent-dispute.hearing-notice", c.ReceivedOn) is { } rule)
                {
                    var latest = StatutoryClock.Compute(calendar, rule, hearingOn).Deadline.DueDate;
                    if (notifiedOn > latest)
                    {
                        f.Errors.Add("hearingOn", $"口头审理通知应在审理日3个工作日前送达（第二十六条）：{hearingOn:yyyy-MM-dd}审理，最迟{latest:yyyy-MM-dd}通知，请改期");
                    }
                }
                return f.Ready("发出口头审理通知", () =>
                {
                    c.HearingOn = hearingOn;
                    c.HearingNotifiedOn = notifiedOn;
                }, $"口头审理定于{hearingOn:yyyy-MM-dd}");
            }
            case AdjudicationAction.HoldHearing:
            {
                if (c.HearingOn is null)
                {
                    f.Errors.Add("heldOn", "请先发出口头审理通知");
                    return PreparedAction.Invalid(f.Errors);
                }
                var heldOn = f.Day(input.HeldOn, "heldOn", c.HearingOn, "通知的审理日期");
                var record = f.Require(input.Content, "content", "请填写口头审理笔录要点");
                var requester = input.RequesterAppeared ?? true;
                var respondent = input.RespondentAppeared ?? true;
                var note = (requester ? "" : "请求人无正当理由未到庭，视为撤回请求；") + (respondent ? "" : "被请求人未到庭，缺席审理；") + record;
                return f.Ready("口头审理", () =>
                {
                    c.HearingHeldOn = heldOn;
                    c.HearingRecord = record;
                    c.RequesterAppeared = requester;
                    c.RespondentAppeared = respondent;
                }, note);
            }
            case AdjudicationAction.Close:
                return PrepareClosing(c, input, f);
            case AdjudicationAction.ServeDecision:
            {
                var servedOn = f.Day(input.ServedOn, "servedOn", c.ClosedOn, "结案日期");
                var due = DeadlineCalculatorDue(calendar, "patent-dispute.lawsuit", servedOn);
                return f.Ready("送达处理决定", () => c.DecisionServedOn = servedOn,
                    due is null ? null : $"当事人不服的，可以自收到之日起15日内起诉，至{due:yyyy-MM-dd}（《专利法》第六十五条）");
            }
            case AdjudicationAction.RecordLawsuit:
            {
                var on = f.Day(input.LawsuitOn, "lawsuitOn", c.DecisionServedOn, "处理决定送达日期");
                var court = f.Require(input.Court, "court", "请填写受理起诉的人民法院");
                return f.Ready("当事人起诉", () => c.LawsuitFiledOn = on, court);
            }
            case AdjudicationAction.ApplyEnforcement:
            {
                var on = f.Day(input.AppliedOn, "appliedOn", c.DecisionServedOn, "处理决定送达日期");
                if (DeadlineCalculatorDue(calendar, "patent-dispute.lawsuit", c.DecisionServedOn!.Value) is { } lawsuitDue && on <= lawsuitDue)
                {
                    f.Errors.Add("appliedOn", $"起诉期限至{lawsuitDue:yyyy-MM-dd}尚未届满，期满不起诉又不停止侵权的方可申请强制执行");
                }
                if (c.InfringementFound != true)
                {
                    f.Errors.Add("appliedOn", "只有认定侵权、责令停止侵权的行政裁决可以申请强制执行");
                }
                var court = f.Require(input.Court, "court", "请填写申请执行的人民法院");
                return f.Ready("申请人民法院强制执行", () => c.EnforcementAppliedOn = on, court);
            }
            case AdjudicationAction.Publish:
            {
                var on = f.Day(input.PublishedOn, "publishedOn", c.ClosedOn, "结案日期");
                return f.Ready("行政裁决公开", () => c.PublishedOn = on, "已删除国家秘密、商业秘密和个人隐私（第八十三条）");
            }
            default:
                throw new InvalidOperationException(action);
        }
    }

    private async Task<PreparedAction> PrepareFilingAsync(ZhibaoDb db, AdjudicationCase c, CaseActionInput input, ActionFields f, CancellationToken ct)
    {
        var filedOn = f.Day(input.FiledOn, "filedOn", c.CorrectedOn ?? c.ReceivedOn, c.CorrectedOn is null ? "收到请求日期" : "补正日期");
        var met = input.Conditions ?? [];
        var missing = AdjudicationRules.AcceptanceConditions.Where(k => !met.Contains(k.Code)).Select(k => k.Text).ToList();
        if (missing.Count > 0)
        {
            f.Errors.Add("conditions", $"立案须同时符合第十二条的全部受理条件，尚未确认：{string.Join("；", missing)}");
        }
        if (AdjudicationRules.StandingError(c.RequesterStanding, c.LicenseeAuthorised) is { } standing)
        {
            f.Errors.Add("conditions", standing);
        }
        var materials = Materials(input.Materials ?? c.Materials.Split(',', StringSplitOptions.RemoveEmptyEntries), f);
        var received = materials.Split(',');
        foreach (var m in AdjudicationRules.MaterialsOf(c).Where(m => m.Required && !received.Contains(m.Code)))
        {
            f.Errors.Add("materials", $"缺少{m.Name}（第十四条），请先发出补正通知");
        }
        List<Officer> panel;
        if (input.OfficerIds is { Count: > 0 } ids)
        {
            panel = await CaseService.CheckOfficersAsync(db, ids, filedOn, f.Errors, "officerIds", ct);
        }
        else
        {
            panel = c.Officers.Select(o => o.Officer!).Where(o => o.HasValidCertificateOn(filedOn)).ToList();
        }
        if ((panel.Count < 3 || panel.Count % 2 == 0) && f.Errors.For("officerIds") is null)
        {
            f.Errors.Add("officerIds", $"合议组应由三名以上单数执法人员组成（《专利纠纷行政裁决和调解办法》第二十条），当前{panel.Count}名");
        }
        if (f.Errors.Any)
        {
            return PreparedAction.Invalid(f.Errors);
        }
        var (setting, fallback) = CaseNumbering.PatternOf(CaseKind.Adjudication);
        var number = await CaseNumbering.NextAsync(db, tree.BureauId(c.OrgUnitId), CaseKind.Adjudication, filedOn.Year,
            SettingsReader.Text(await settings.AllAsync(ct), setting, fallback), ct);
        return f.Ready($"立案（{number}）", () =>
        {
            c.FiledOn = filedOn;
            c.CaseNumber = number;
            c.Materials = materials;
            AdjudicationRules.SetConditions(c, met.ToList());
            if (input.OfficerIds is { Count: > 0 })
            {
                c.Officers.Clear();
                c.Officers.AddRange(panel.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }));
            }
        }, $"立案日期{filedOn:yyyy-MM-dd}；合议组：{string.Join("、", panel.Select(o => o.Name))}（组长{panel[0].Name}）");
    }

    private static PreparedAction PrepareExtension(AdjudicationCase c, CaseActionInput input, ActionFields f, WorkingCalendar calendar, DateOnly today)
    {
        var reason = f.Require(input.Reason, "reason", "请填写延长期限的理由");
        if (c.FiledOn is null)
        {
            // art.20: +5 working days for a particularly complex request, once.
            if (c.FilingExtensions >= 1)
            {
                f.Errors.Add("reason", "立案审查期限只能延长一次（5个工作日，第二十条）");
            }
            return f.Ready("延长立案审查期限", () => c.FilingExtensions++, reason);
        }
        if (c.ClosingExtensions >= 2)
        {
            f.Errors.Add("reason", "审理期限已延长两次（负责人批准1个月、上一级部门批准2个月），不能再延长（第三十七条）");
        }
        var second = c.ClosingExtensions == 1;
        var approval = second ? f.Require(input.ApprovalNumber, "approvalNumber", "第二次延长须经上一级管理专利工作的部门批准，请填写批准文号") : null;
        return f.Ready(second ? "延长审理期限（上一级部门批准，2个月）" : "延长审理期限（负责人批准，1个月）", () =>
        {
            c.ClosingExtensions++;
            if (approval is not null)
            {
                c.HigherApprovalNumber = approval;
            }
        }, reason);
    }

    private static PreparedAction PrepareClosing(AdjudicationCase c, CaseActionInput input, ActionFields f)
    {
        var closedOn = f.Day(input.ClosedOn, "closedOn", c.HearingHeldOn ?? c.FiledOn, c.HearingHeldOn is null ? "立案日期" : "口头审理日期");
        if (input.Closure is not { } closure)
        {
            f.Errors.Add("closure", "请选择结案方式：adjudication（作出行政裁决）、mediation（调解结案）或 revocation（撤销案件）");
            return PreparedAction.Invalid(f.Errors);
        }
        var content = f.Require(input.Content, "content", closure switch
        {
            AdjudicationClosure.Adjudication => "请填写行政裁决的主要内容",
            AdjudicationClosure.Mediation => "请填写调解协议的主要内容",
            _ => "请填写撤销案件的事实和理由",
        });
        bool? found = null;
        string? ground = null;
        switch (closure)
        {
            case AdjudicationClosure.Adjudication when input.InfringementFound is null:
                f.Errors.Add("infringementFound", "请选择是否认定侵权");
                break;
            case AdjudicationClosure.Adjudication:
                found = input.InfringementFound;
                break;
            case AdjudicationClosure.Revocation:
                ground = input.Ground?.Trim();
                if (string.IsNullOrEmpty(ground) || !AdjudicationRules.RevocationGrounds.Contains(ground))
                {
                    f.Errors.Add("ground", $"请选择撤销案件的情形（第三十六条）：{string.Join("；", AdjudicationRules.RevocationGrounds)}");
                }
                break;
        }
        var flags = (input.RepeatInfringer ?? false, input.WilfulInfringement ?? false);
        if ((flags.Item1 || flags.Item2) && found != true)
        {
            f.Errors.Add("repeatInfringer", "只有认定侵权的案件才能标记重复侵权或故意侵权");
        }
        var title = closure == AdjudicationClosure.Adjudication
            ? $"结案：作出行政裁决（{(found == true ? "认定侵权，责令停止侵权行为" : "不构成侵权")}）"
            : $"结案：{AdjudicationWorkflow.Name(closure)}";
        return f.Ready(title, () =>
        {
            c.ClosedOn = closedOn;
            c.Closure = closure;
            c.InfringementFound = found;
            c.ClosureContent = content;
            c.RevocationGround = ground;
            (c.RepeatInfringer, c.WilfulInfringement) = flags;
            c.ClosingDueOn = null;
        }, ground is null ? content : $"{ground}；{content}");
    }

    private static string Materials(IEnumerable<string> codes, ActionFields f)
    {
        var list = codes.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct().ToList();
        foreach (var unknown in list.Where(m => AdjudicationRules.Materials.All(k => k.Code != m)))
        {
            f.Errors.Add("materials", $"未知的材料“{unknown}”，可选：{string.Join("、", AdjudicationRules.Materials.Select(k => $"{k.Code}（{k.Name}）"))}");
        }
        return string.Join(',', list);
    }

    private static DateOnly? DeadlineCalculatorDue(WorkingCalendar calendar, string rule, DateOnly start) =>
        StatutoryPeriods.InForce(rule, start) is { } period ? StatutoryClock.Compute(calendar, period, start).Deadline.DueDate : null;
}
