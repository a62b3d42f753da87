using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>An action checked and ready: <see cref="Apply"/> changes the case; the title and note go to the history.</summary>
public sealed record PreparedAction(FieldErrors Errors, string Title, Action Apply, string? Note = null, string? Changes = null)
{
    public static PreparedAction Invalid(FieldErrors errors) => new(errors, "", () => { });
}

/// <summary>
/// The fields each penalty action needs, their checks (dates in order and not in the future, officers qualified on the
/// day, periods not yet run out) and their effect on the case. Dates omitted mean today.
/// </summary>
public sealed class PenaltyActionRules(CalendarService calendars, SettingsReader settings, OrgTree tree)
{
    /// <summary>送达方式 (行政处罚法第六十一条 and the SAMR flow chart, legal-rules.md §1.2).</summary>
    public static readonly string[] ServiceMethods = ["直接送达", "留置送达", "电子送达", "邮寄送达", "委托送达", "转交送达", "公告送达"];

    public async Task<PreparedAction> PrepareAsync(ZhibaoDb db, PenaltyCase c, PenaltyAction action, CaseActionInput input, DateOnly today, CancellationToken ct)
    {
        var errors = new FieldErrors();
        DateOnly Day(DateOnly? value, string field, DateOnly? notBefore, string notBeforeName)
        {
            var day = value ?? today;
            if (day > today)
            {
                errors.Add(field, "日期不能晚于今天");
            }
            else if (notBefore is { } min && day < min)
            {
                errors.Add(field, $"日期不能早于{notBeforeName}（{Text(min)}）");
            }
            return day;
        }
        void Require(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(field, message);
            }
        }
        PreparedAction Ready(string title, Action apply, string? note = null) =>
            errors.Any ? PreparedAction.Invalid(errors) : new PreparedAction(errors, title, apply, note);

        var calendar = await calendars.GetAsync(ct);
        var values = await settings.AllAsync(ct);
        switch (action)
        {
            case PenaltyAction.File:
            {
                var filedOn = Day(input.FiledOn, "filedOn", c.ReceivedOn, "发现线索日期");
                List<Officer> officers;
                if (input.OfficerIds is { Count: > 0 } ids)
                {
                    officers = await CaseService.CheckOfficersAsync(db, ids, filedOn, errors, "officerIds", ct);
                }
                else
                {
                    officers = c.Officers.Select(o => o.Officer!).Where(o => o.HasValidCertificateOn(filedOn)).ToList();
                }
                if (officers.Count < 2 && errors.For("officerIds") is null)
                {
                    errors.Add("officerIds", $"立案须指定两名以上持有有效执法证的办案人员（《市场监督管理行政处罚程序规定》第十九条），当前{officers.Count}名");
                }
                if (errors.Any)
                {
                    return PreparedAction.Invalid(errors);
                }
                var number = await CaseNumbering.NextAsync(db, tree.BureauId(c.OrgUnitId), CaseKind.Penalty, filedOn.Year,
                    SettingsReader.Text(values, "Cases.PenaltyNumberPattern", CaseNumbering.DefaultPenaltyPattern), ct);
                return Ready($"立案（{number}）", () =>
                {
                    c.FiledOn = filedOn;
                    c.CaseNumber = number;
                    if (input.OfficerIds is { Count: > 0 })
                    {
                        c.Officers.Clear();
                        c.Officers.AddRange(officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }));
                    }
                }, $"立案日期{Text(filedOn)}；办案人员：{string.Join("、", officers.Select(o => o.Name))}");
            }
            case PenaltyAction.Decline:
            {
                var on = Day(input.NotFiledOn, "notFiledOn", c.ReceivedOn, "发现线索日期");
                Require(input.Reason, "reason", "请填写不予立案的理由（《市场监督管理行政处罚程序规定》第二十条）");
                return Ready("不予立案", () => c.NotFiledOn = on, input.Reason);
            }
            case PenaltyAction.Pause:
            {
                var clock = c.FiledOn is null ? "penalty.filing-review" : "penalty.decision";
                var start = c.FiledOn ?? c.ReceivedOn;
                var excluded = StatutoryPeriods.Get(clock, start).ExcludedIntervals;
                if (string.IsNullOrWhiteSpace(input.Kind) || !excluded.Contains(input.Kind.Trim()) || input.Kind.Trim() == CaseClocks.HearingPauseKind)
                {
                    errors.Add("kind", $"请选择暂停事由：{string.Join("、", excluded.Where(k => k != CaseClocks.HearingPauseKind))}");
                }
                Require(input.Reason, "reason", "请填写暂停计时的具体原因");
                var lastResumed = c.Pauses.Where(p => p.ResumedOn is not null).Max(p => p.ResumedOn);
                var notBefore = lastResumed is { } r && r > start ? r : start;
                var pausedOn = Day(input.PausedOn, "pausedOn", notBefore, lastResumed > start ? "上次恢复计时日期" : "期限起算日期");
                var kind = input.Kind?.Trim() ?? "";
                return Ready($"暂停计时（{kind}）", () =>
                {
                    c.Pauses.Add(new CasePause { Kind = kind, Reason = input.Reason!.Trim(), PausedOn = pausedOn });
                    c.IsPaused = true;
                }, $"自{Text(pausedOn)}起暂停：{input.Reason}");
            }
            case PenaltyAction.Resume:
            {
                var open = c.Pauses.Single(p => p.ResumedOn is null && p.Kind != CaseClocks.HearingPauseKind);
                var resumedOn = Day(input.ResumedOn, "resumedOn", open.PausedOn, "暂停日期");
                return Ready($"恢复计时（{open.Kind}）", () =>
                {
                    open.ResumedOn = resumedOn;
                    c.IsPaused = false;
                }, $"{Text(open.PausedOn)}至{Text(resumedOn)}（不含）不计入期限");
            }
            case PenaltyAction.Extend:
                return PrepareExtension(c, input, calendar, today, errors);
            case PenaltyAction.Review:
            {
                var reviewedOn = Day(input.ReviewedOn, "reviewedOn", c.ReviewSubmittedOn ?? c.FiledOn, "送审日期");
                return Ready("案件审核通过", () =>
                {
                    c.ReviewSubmittedOn ??= reviewedOn;
                    c.ReviewedOn = reviewedOn;
                });
            }
            case PenaltyAction.Notify:
            {
                var notifiedOn = Day(input.NotifiedOn, "notifiedOn", c.ReviewedOn, "审核日期");
                if (input.ProposedFine is < 0)
                {
                    errors.Add("proposedFine", "拟罚款金额不能为负数");
                }
                var person = c.Parties.Any(p => p.Role == CasePartyRole.Respondent && p.Party?.Kind == PartyKind.Person)
                    && !c.Parties.Any(p => p.Role == CasePartyRole.Respondent && p.Party?.Kind == PartyKind.Enterprise);
                var thresholds = new HearingThresholds(
                    SettingsReader.Number(values, "Cases.HearingThresholdPerson", 10000),
                    SettingsReader.Number(values, "Cases.HearingThresholdOrganisation", 100000));
                var assessed = HearingRight.Assess(new ProposedPenalty(person ? PenaltyPartyKind.Person : PenaltyPartyKind.Organisation,
                    Math.Max(input.ProposedFine ?? 0, 0)), thresholds);
                var hearingRight = input.HearingRight ?? assessed.MustNotify;
                var statementDue = StatutoryClock.Compute(calendar, "penalty.statement", notifiedOn).Deadline.DueDate;
                var note = $"陈述、申辩期限至{Text(statementDue)}；{assessed.Reason}"
                    + (input.HearingRight is { } chosen && chosen != assessed.MustNotify ? (chosen ? "；办案人员决定告知听证权利" : "；办案人员决定不告知听证权利") : "");
                return Ready("送达行政处罚告知书", () =>
                {
                    c.NotifiedOn = notifiedOn;
                    c.HearingRightNotified = hearingRight;
                }, note);
            }
            case PenaltyAction.RequestHearing:
            {
                if (!c.HearingRightNotified)
                {
                    errors.Add("requestedOn", "本案未告知听证权利，不能申请听证");
                    return PreparedAction.Invalid(errors);
                }
                var requestedOn = Day(input.RequestedOn, "requestedOn", c.NotifiedOn, "告知日期");
                var due = StatutoryClock.Compute(calendar, "hearing.request", c.NotifiedOn!.Value).Deadline.DueDate;
                if (requestedOn > due)
                {
                    errors.Add("requestedOn", $"听证申请已超过期限（告知之日起5个工作日，至{Text(due)}），视为放弃听证（行政处罚法第六十四条）");
                }
                if (input.HearingOn is { } hearingOn && hearingOn < requestedOn)
                {
                    errors.Add("hearingOn", "听证日期不能早于申请日期");
                }
                return Ready("当事人申请听证", () =>
                {
                    c.HearingRequestedOn = requestedOn;
                    c.HearingOn = input.HearingOn;
                    // 计算规则5: the hearing is excluded from the decision period until it ends.
                    c.Pauses.Add(new CasePause { Kind = CaseClocks.HearingPauseKind, Reason = "当事人申请听证", PausedOn = requestedOn });
                }, input.HearingOn is { } h ? $"听证日期{Text(h)}，须于{Text(StatutoryClock.Compute(calendar, "hearing.notice", h).Deadline.DueDate)}前通知当事人" : null);
            }
            case PenaltyAction.EndHearing:
            {
                var endedOn = Day(input.EndedOn, "endedOn", c.HearingOn ?? c.HearingRequestedOn, "听证日期");
                var pause = c.Pauses.Single(p => p.Kind == CaseClocks.HearingPauseKind && p.ResumedOn is null);
                return Ready("听证结束", () =>
                {
                    c.HearingOn ??= endedOn;
                    // The hearing day itself is hearing time: the clock runs again from the next day.
                    pause.ResumedOn = endedOn.AddDays(1);
                }, input.Comment);
            }
            case PenaltyAction.Decide:
                return PrepareDecision(c, input, calendar, Day(input.DecidedOn, "decidedOn", c.NotifiedOn, "告知日期"), errors);
            case PenaltyAction.Serve:
            {
                var servedOn = Day(input.ServedOn, "servedOn", c.DecidedOn, "决定日期");
                if (string.IsNullOrWhiteSpace(input.Method) || !ServiceMethods.Contains(input.Method.Trim()))
                {
                    errors.Add("method", $"请选择送达方式：{string.Join("、", ServiceMethods)}");
                }
                return Ready($"送达行政处罚决定书（{input.Method?.Trim()}）", () =>
                {
                    c.ServedOn = servedOn;
                    c.ServiceMethod = input.Method!.Trim();
                });
            }
            case PenaltyAction.RecordPayment:
            {
                if (c.FineAmount is not > 0)
                {
                    errors.Add("amount", "本案没有罚款，无需登记缴款");
                    return PreparedAction.Invalid(errors);
                }
                if (c.ServedOn is null)
                {
                    errors.Add("paidOn", "行政处罚决定书尚未送达，请先登记送达");
                    return PreparedAction.Invalid(errors);
                }
                var paidOn = Day(input.PaidOn, "paidOn", c.DecidedOn, "决定日期");
                if (input.Amount is not > 0)
                {
                    errors.Add("amount", "请填写缴款金额");
                }
                var due = StatutoryClock.Compute(calendar, "penalty.fine-payment", c.ServedOn.Value).Deadline.DueDate;
                var surcharge = LateSurcharge.Compute(c.FineAmount.Value, due, paidOn);
                return Ready($"登记缴款{Money(input.Amount)}", () =>
                {
                    c.PaidOn = paidOn;
                    c.PaidAmount = input.Amount;
                }, surcharge.DaysOverdue > 0 ? surcharge.Explanation : $"按期缴纳（期限至{Text(due)}）");
            }
            case PenaltyAction.Publish:
            {
                if (c.Outcome != DecisionOutcome.Penalty || c.WarningOnly)
                {
                    errors.Add("publishedOn", "仅警告或未给予行政处罚的案件不公示（《市场监督管理行政处罚信息公示规定》第二条）");
                    return PreparedAction.Invalid(errors);
                }
                var publishedOn = Day(input.PublishedOn, "publishedOn", c.DecidedOn, "决定日期");
                var lower = SettingsReader.Number(values, "Cases.PublicityLowerFineAmount", 10000);
                var period = DisclosurePeriod.Determine(new DisclosedPenalty(Fine: c.FineAmount ?? 0, OtherPenalty: c.ConfiscatedAmount > 0),
                    lower, publishedOn);
                return Ready("在国家企业信用信息公示系统公示", () =>
                {
                    c.PublishedOn = publishedOn;
                    c.PublicationDuration = period.Term switch
                    {
                        DisclosureTerm.ThreeMonths => "3个月",
                        DisclosureTerm.ThreeYears => "3年",
                        _ => "按限制期限",
                    };
                }, period.Explanation);
            }
            case PenaltyAction.Close:
            {
                var closedOn = Day(input.ClosedOn, "closedOn", c.DecidedOn ?? c.FiledOn, "决定日期");
                if (c.Outcome == DecisionOutcome.Penalty && c.FineAmount > 0 && c.PaidOn is null && string.IsNullOrWhiteSpace(input.ExecutionNote))
                {
                    errors.Add("executionNote", "罚款尚未缴纳：请先登记缴款，或填写执行情况（如已申请法院强制执行）");
                }
                return Ready("结案", () => c.ClosedOn = closedOn, input.ExecutionNote);
            }
            case PenaltyAction.Archive:
            {
                var archivedOn = Day(input.ArchivedOn, "archivedOn", c.ClosedOn, "结案日期");
                return Ready("立卷归档", () => c.ArchivedOn = archivedOn);
            }
            default:
                throw new InvalidOperationException($"Unhandled action {action}");
        }
    }

    private static PreparedAction PrepareExtension(PenaltyCase c, CaseActionInput input, Domain.Calendar.WorkingCalendar calendar, DateOnly today, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "请填写延长期限的理由");
        }
        if (c.FiledOn is null)
        {
            // 程序规定第十八条: one extension of 15 working days, approved by the head.
            if (c.VerificationExtensions >= 1)
            {
                errors.Add("reason", "立案审查期限已延长过一次（15个工作日），不能再延长");
            }
            return errors.Any ? PreparedAction.Invalid(errors)
                : new PreparedAction(errors, "延长立案审查期限15个工作日", () => c.VerificationExtensions++, input.Reason);
        }
        if (c.DecisionExtensions == 0)
        {
            return errors.Any ? PreparedAction.Invalid(errors)
                : new PreparedAction(errors, "延长处罚决定期限30日", () => c.DecisionExtensions++, input.Reason);
        }
        // 程序规定第六十四条: beyond +30 days only 负责人集体讨论, which sets a definite new date.
        var current = c.CollectiveDecisionDueOn
            ?? StatutoryClock.Compute(calendar, "penalty.decision", c.FiledOn.Value, null, c.DecisionExtensions).Deadline.DueDate;
        if (input.NewDueOn is not { } newDue)
        {
            errors.Add("newDueOn", "处罚决定期限已延长30日；再次延长须经负责人集体讨论，请填写集体讨论确定的新期限");
        }
        else if (newDue <= current || newDue <= today)
        {
            errors.Add("newDueOn", $"新期限须晚于当前期限（{Text(current)}）和今天");
        }
        return errors.Any ? PreparedAction.Invalid(errors)
            : new PreparedAction(errors, $"经负责人集体讨论延长处罚决定期限至{Text(input.NewDueOn!.Value)}", () => c.CollectiveDecisionDueOn = input.NewDueOn, input.Reason);
    }

    private static PreparedAction PrepareDecision(PenaltyCase c, CaseActionInput input, Domain.Calendar.WorkingCalendar calendar, DateOnly decidedOn, FieldErrors errors)
    {
        var outcome = input.Outcome!.Value;
        // 行政处罚法第六十二条: no decision before the party could state its case, unless it already did or waived it.
        var statementDue = StatutoryClock.Compute(calendar, "penalty.statement", c.NotifiedOn!.Value).Deadline.DueDate;
        if (decidedOn <= statementDue && input.StatementReceived != true)
        {
            errors.Add("decidedOn", $"陈述、申辩期限（至{Text(statementDue)}）尚未届满；当事人已陈述申辩或明确放弃的，请注明（statementReceived）");
        }
        if (outcome == DecisionOutcome.Penalty)
        {
            if (input.FineAmount is < 0 || input.ConfiscatedAmount is < 0)
            {
                errors.Add("fineAmount", "金额不能为负数");
            }
            else if (input.FineAmount is not > 0 && input.ConfiscatedAmount is not > 0 && input.WarningOnly != true)
            {
                errors.Add("fineAmount", "请填写罚款或没收金额，或注明仅给予警告");
            }
        }
        if (errors.Any)
        {
            return PreparedAction.Invalid(errors);
        }
        var absent = input.PartyAbsent == true;
        var title = $"作出决定：{PenaltyWorkflow.Name(outcome)}" + (outcome == DecisionOutcome.Penalty && input.FineAmount > 0 ? $"，罚款{Money(input.FineAmount)}" : "");
        return new PreparedAction(errors, title, () =>
        {
            c.DecidedOn = decidedOn;
            c.Outcome = outcome;
            c.FineAmount = outcome == DecisionOutcome.Penalty ? input.FineAmount : null;
            c.ConfiscatedAmount = outcome == DecisionOutcome.Penalty ? input.ConfiscatedAmount : null;
            c.WarningOnly = outcome == DecisionOutcome.Penalty && input.WarningOnly == true;
            c.DecisionContent = CaseService.Blank(input.Content);
            c.PartyAbsentAtDecision = absent;
            if (!absent)
            {
                // 行政处罚法第六十一条: handed over on the spot when the party is present.
                c.ServedOn = decidedOn;
                c.ServiceMethod = "直接送达";
            }
        }, absent ? "当事人不在场，须于7个工作日内送达" : "当事人在场，当场交付决定书");
    }

    internal static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Money(decimal? amount) => amount is { } a ? a.ToString("#,0.##", CultureInfo.InvariantCulture) + "元" : "—";
}
