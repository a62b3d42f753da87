using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Rules;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Cases;

/// <summary>PUT /api/cases/{id}/criminal-amounts: the 法释〔2025〕5号 amounts as the investigation finds them.</summary>
public sealed record CriminalAmountsInput(
    decimal? IllegalBusinessVolume, decimal? IllegalIncome, decimal? SalesAmount, decimal? UnsoldGoodsValue, decimal? DirectLoss,
    int? LabelCount, int? MarkCount, bool RepeatWithinTwoYears, bool RepeatWithinFiveYears, bool IsServiceMark, int? Version);

public sealed record OffenceView(string Offence, string Article, ThresholdStatus Status, string StatusName, decimal Ratio, string Explanation);

/// <summary>The amounts and what they mean: each offence's status against the thresholds in force on the lead date.</summary>
public sealed record CriminalView(
    CriminalAmounts Amounts, bool RepeatWithinFiveYears, string? RuleSet, ThresholdStatus? Status, string? StatusName,
    IReadOnlyList<OffenceView> Offences, IReadOnlyList<string> Notes, string? FineRange);

/// <summary>POST /api/cases/{id}/referrals and its actions: 报请移送 and each later step of 国务院令第310号.</summary>
public sealed record ReferralInput(DateOnly? ReportedOn, string? SuspectedOffence, int? PoliceUnitId, string? Remark);

public sealed record ReferralActionInput(DateOnly? Date, DateTime? At, string? Reason, decimal? FineCredited);

public sealed record ReferralView(
    int Id, string Status, string StatusName, DateOnly ReportedOn, string? SuspectedOffence, int? PoliceUnitId, DateOnly? ApprovedOn,
    DateOnly? RefusedOn, string? RefusalReason, DateTime? TransferredAt, DateOnly? ReceivedOn, DateOnly? PoliceDecisionOn,
    DateOnly? ReconsiderationRequestedOn, DateOnly? ReconsiderationDecidedOn, DateOnly? SupervisionRequestedOn, DateOnly? GoodsHandedOverOn,
    DateOnly? ReturnedOn, decimal? FineCredited, string? Remark, bool BarsPenalty, IReadOnlyList<string> AllowedActions, string? ClockBasis,
    DateOnly? DueDate);

/// <summary>
/// 行刑衔接: the threshold assessment (法释〔2025〕5号 / 〔2004〕19号, with the "可能涉嫌犯罪" fraction of 国务院令第310号第三条
/// as a setting) and the referral steps, each checked by <see cref="ReferralWorkflow"/> and recorded in the history.
/// </summary>
public sealed class CaseReferrals(
    IDbContextFactory<ZhibaoDb> factory, CaseService cases, SettingsReader settings, CalendarService calendars, CurrentUser user, TimeProvider clock)
{
    private const string PenaltyOnly = "涉案数额研判和涉嫌犯罪移送仅适用于行政处罚案件";

    public static CaseSubjectGroup? GroupOf(string subject) => subject switch
    {
        "商标侵权" or "商标一般违法" => CaseSubjectGroup.Trademark,
        "假冒专利" => CaseSubjectGroup.Patent,
        _ => null,
    };

    public static CriminalView Assess(PenaltyCase c, decimal fraction)
    {
        var amounts = new CriminalAmounts(c.IllegalBusinessVolume, c.IllegalIncome, c.SalesAmount, c.UnsoldGoodsValue, c.DirectLoss,
            c.LabelCount, c.MarkCount, c.RepeatWithinTwoYears, c.IsServiceMark);
        var fine = c.Subject == "商标侵权"
            ? TrademarkFineRange.Compute(new TrademarkFineFacts(c.IllegalBusinessVolume, c.RepeatWithinFiveYears), c.FiledOn ?? c.ReceivedOn).Explanation
            : null;
        if (GroupOf(c.Subject) is not { } group)
        {
            return new CriminalView(amounts, c.RepeatWithinFiveYears, null, null, null, [], ["该违法类型不适用侵犯知识产权犯罪的追诉标准"], fine);
        }
        // The rule in force on the date that matters (CLARIFICATIONS): the act date is not recorded, the lead date stands in.
        var result = CriminalThresholds.Assess(group, amounts, c.ReceivedOn, fraction);
        return new CriminalView(amounts, c.RepeatWithinFiveYears, result.RuleSet, result.Status, Name(result.Status),
            result.Offences.Select(o => new OffenceView(o.Offence, o.Article, o.Status, Name(o.Status), o.Ratio, o.Explanation)).ToList(),
            result.Notes, fine);
    }

    public static string Name(ThresholdStatus status) => status switch
    {
        ThresholdStatus.BelowThreshold => "未达追诉标准",
        ThresholdStatus.PossiblySuspected => "可能涉嫌犯罪",
        ThresholdStatus.MeetsProsecution => "达到追诉标准",
        ThresholdStatus.Aggravated => "情节特别严重",
        _ => status.ToString(),
    };

    public async Task<(CaseDetail? Case, FieldErrors Errors, bool NotFound)> SaveAmountsAsync(int id, CriminalAmountsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        foreach (var (field, value) in new (string, decimal?)[]
                 {
                     (nameof(input.IllegalBusinessVolume), input.IllegalBusinessVolume), (nameof(input.IllegalIncome), input.IllegalIncome),
                     (nameof(input.SalesAmount), input.SalesAmount), (nameof(input.UnsoldGoodsValue), input.UnsoldGoodsValue),
                     (nameof(input.DirectLoss), input.DirectLoss), (nameof(input.LabelCount), input.LabelCount), (nameof(input.MarkCount), input.MarkCount),
                 })
        {
            if (value < 0)
            {
                errors.Add(field, "数额不能为负数");
            }
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var loaded = await CaseService.LoadAsync(db, id, tracking: true, ct);
        if (loaded is null)
        {
            return (null, errors, true);
        }
        if (loaded is not PenaltyCase c)
        {
            return (null, errors.Add("id", PenaltyOnly), false);
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        if (input.Version is { } v)
        {
            db.Entry(c).Property(x => x.Version).OriginalValue = v;
        }
        var before = Assess(c, await FractionAsync(ct)).Status;
        var changes = new CaseChanges();
        changes.Set("非法经营数额", c.IllegalBusinessVolume, input.IllegalBusinessVolume, x => c.IllegalBusinessVolume = x);
        changes.Set("违法所得数额", c.IllegalIncome, input.IllegalIncome, x => c.IllegalIncome = x);
        changes.Set("销售金额", c.SalesAmount, input.SalesAmount, x => c.SalesAmount = x);
        changes.Set("货值金额", c.UnsoldGoodsValue, input.UnsoldGoodsValue, x => c.UnsoldGoodsValue = x);
        changes.Set("直接经济损失", c.DirectLoss, input.DirectLoss, x => c.DirectLoss = x);
        changes.Set("标识件数", c.LabelCount, input.LabelCount, x => c.LabelCount = x);
        changes.Set("商标/专利件数", c.MarkCount, input.MarkCount, x => c.MarkCount = x);
        changes.Set("二年内受过刑事或行政处罚", c.RepeatWithinTwoYears, input.RepeatWithinTwoYears, x => c.RepeatWithinTwoYears = x);
        changes.Set("五年内实施两次以上商标侵权", c.RepeatWithinFiveYears, input.RepeatWithinFiveYears, x => c.RepeatWithinFiveYears = x);
        changes.Set("服务商标", c.IsServiceMark, input.IsServiceMark, x => c.IsServiceMark = x);
        if (changes.Any)
        {
            var after = Assess(c, await FractionAsync(ct));
            var flag = after.Status is { } s && s != before && s >= ThresholdStatus.PossiblySuspected
                ? $"涉刑研判：{after.StatusName}，请研究是否移送公安机关（国务院令第310号）" : null;
            c.Events.Add(cases.Event("criminal-amounts", "登记涉案数额", flag, changes.ToJson()));
            CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
        return (await cases.ToDetailAsync(c, ct), errors, false);
    }

    public async Task<ActionResult> ReportAsync(int id, ReferralInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await using var db = await factory.CreateDbContextAsync(ct);
        var loaded = await CaseService.LoadAsync(db, id, tracking: true, ct);
        if (loaded is null)
        {
            return new ActionResult(null, errors, NotFound: true);
        }
        if (loaded is not PenaltyCase c)
        {
            return new ActionResult(null, errors, PenaltyOnly);
        }
        if (c.FiledOn is null || c.Status is nameof(PenaltyCaseStatus.Closed) or nameof(PenaltyCaseStatus.Archived) or nameof(PenaltyCaseStatus.NotFiled))
        {
            return new ActionResult(null, errors, $"案件当前状态为“{PenaltyWorkflow.Name(Enum.Parse<PenaltyCaseStatus>(c.Status))}”，不能报请移送；须立案后、结案前报请");
        }
        if (CaseService.HasPendingReferral(c))
        {
            return new ActionResult(null, errors, "本案已有未办结的涉嫌犯罪移送");
        }
        var today = Clock.Today(clock);
        var reportedOn = input.ReportedOn ?? today;
        if (reportedOn > today || reportedOn < c.FiledOn)
        {
            errors.Add("reportedOn", $"报请日期须在立案日期（{c.FiledOn:yyyy-MM-dd}）与今天之间");
        }
        if (string.IsNullOrWhiteSpace(input.SuspectedOffence))
        {
            errors.Add("suspectedOffence", "请填写涉嫌罪名");
        }
        if (input.PoliceUnitId is { } police && !await db.OrgUnits.AnyAsync(u => u.Id == police && u.Kind == OrgUnitKind.External, ct))
        {
            errors.Add("policeUnitId", "请从外部单位中选择接受移送的公安机关");
        }
        if (errors.Any)
        {
            return new ActionResult(null, errors);
        }
        c.Referrals.Add(new CriminalReferral
        {
            Status = nameof(ReferralStatus.Drafted), ReportedOn = reportedOn, SuspectedOffence = input.SuspectedOffence!.Trim(),
            PoliceUnitId = input.PoliceUnitId, Remark = CaseService.Blank(input.Remark),
        });
        c.Events.Add(cases.Event("referral-report", $"报请移送涉嫌犯罪案件（{input.SuspectedOffence!.Trim()}）", input.Remark));
        CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new ActionResult(await cases.ToDetailAsync(c, ct), errors);
    }

    public async Task<ActionResult> ActAsync(int id, int referralId, string actionName, ReferralActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var action = Enum.GetValues<ReferralAction>().Cast<ReferralAction?>()
            .FirstOrDefault(a => ApiNames.Kebab(a!.Value.ToString()) == actionName);
        if (action is null)
        {
            return new ActionResult(null, errors, $"不支持的移送操作“{actionName}”", NotFound: true);
        }
        if (action is ReferralAction.Approve or ReferralAction.Refuse && !user.HasPermission(Permissions.ReferralApprove))
        {
            return new ActionResult(null, errors, "批准或不批准移送须由机关正职负责人决定（国务院令第310号第五条）", Forbidden: true);
        }
        if (action is not (ReferralAction.Approve or ReferralAction.Refuse) && !user.HasPermission(Permissions.CaseHandle))
        {
            return new ActionResult(null, errors, "您没有办理案件的权限", Forbidden: true);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await CaseService.LoadAsync(db, id, tracking: true, ct) as PenaltyCase;
        var referral = c?.Referrals.FirstOrDefault(r => r.Id == referralId);
        if (c is null || referral is null)
        {
            return new ActionResult(null, errors, NotFound: true);
        }
        var status = Enum.Parse<ReferralStatus>(referral.Status);
        var transition = ReferralWorkflow.Apply(status, action.Value);
        if (!transition.Allowed)
        {
            return new ActionResult(null, errors, transition.Error);
        }
        var today = Clock.Today(clock);
        var date = input.Date ?? today;
        var previous = LastDate(referral) ?? referral.ReportedOn;
        if (date > today || date < previous)
        {
            errors.Add("date", $"日期须在上一步日期（{previous:yyyy-MM-dd}）与今天之间");
        }
        if (action is ReferralAction.Refuse or ReferralAction.Conclude && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "请填写理由");
        }
        if (input.FineCredited is < 0)
        {
            errors.Add("fineCredited", "折抵罚金不能为负数");
        }
        if (errors.Any)
        {
            return new ActionResult(null, errors);
        }
        string? note = input.Reason;
        switch (action.Value)
        {
            case ReferralAction.Approve: referral.ApprovedOn = date; break;
            case ReferralAction.Refuse: referral.RefusedOn = date; referral.RefusalReason = input.Reason!.Trim(); break;
            case ReferralAction.Transfer:
                var at = input.At?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime;
                referral.TransferredAt = at;
                var approvedAt = c.Events.Where(e => e.Action == "referral-approve").Select(e => (DateTime?)e.At).LastOrDefault()
                    ?? await db.CaseEvents.Where(e => e.CaseId == id && e.Action == "referral-approve").OrderByDescending(e => e.Id).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(ct);
                if (approvedAt is { } approved && at - approved > TimeSpan.FromHours(24))
                {
                    note = $"超过批准后24小时的移送时限（国务院令第310号第五条）{(note is null ? "" : "；" + note)}";
                }
                break;
            case ReferralAction.Receive: referral.ReceivedOn = date; break;
            case ReferralAction.PoliceFile or ReferralAction.PoliceDecline: referral.PoliceDecisionOn = date; break;
            case ReferralAction.RequestReconsideration: referral.ReconsiderationRequestedOn = date; break;
            case ReferralAction.ReconsiderationFile or ReferralAction.ReconsiderationDecline: referral.ReconsiderationDecidedOn = date; break;
            case ReferralAction.RequestSupervision: referral.SupervisionRequestedOn = date; break;
            case ReferralAction.SupervisionFile: referral.PoliceDecisionOn = date; break;
            case ReferralAction.HandOverGoods: referral.GoodsHandedOverOn = date; break;
            case ReferralAction.Return: referral.ReturnedOn = date; break;
            case ReferralAction.Conclude: referral.Remark = input.Reason!.Trim(); break;
        }
        if (input.FineCredited is { } credited)
        {
            referral.FineCredited = credited;
        }
        referral.Status = transition.Status.ToString();
        c.Events.Add(cases.Event($"referral-{ApiNames.Kebab(action.Value.ToString())}",
            $"涉嫌犯罪移送：{ReferralText.Name(action.Value)}（{ReferralText.Name(transition.Status)}）", note));
        CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
        await cases.RefreshNextDueAsync(c, ct);
        await db.SaveChangesAsync(ct);
        return new ActionResult(await cases.ToDetailAsync(c, ct), errors);
    }

    public async Task<decimal> FractionAsync(CancellationToken ct)
    {
        var fraction = SettingsReader.Number(await settings.AllAsync(ct), "Cases.CriminalSuspicionFraction", 0.5m);
        return fraction is > 0 and <= 1 ? fraction : 0.5m;
    }

    public async Task<IReadOnlyList<ReferralView>> ViewsAsync(PenaltyCase c, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        return c.Referrals.OrderBy(r => r.Id).Select(r =>
        {
            var status = Enum.Parse<ReferralStatus>(r.Status);
            string? basis = null;
            DateOnly? due = null;
            if (ReferralWorkflow.ClockStarted(status) is { } code && StartOf(r, status) is { } start)
            {
                var computed = StatutoryClock.Compute(calendar, code, start);
                basis = computed.Describe();
                due = computed.Deadline.DueDate;
            }
            return new ReferralView(r.Id, r.Status, ReferralText.Name(status), r.ReportedOn, r.SuspectedOffence, r.PoliceUnitId, r.ApprovedOn,
                r.RefusedOn, r.RefusalReason, r.TransferredAt, r.ReceivedOn, r.PoliceDecisionOn, r.ReconsiderationRequestedOn,
                r.ReconsiderationDecidedOn, r.SupervisionRequestedOn, r.GoodsHandedOverOn, r.ReturnedOn, r.FineCredited, r.Remark,
                ReferralWorkflow.BarsPenalty(status),
                ReferralWorkflow.AllowedActions(status).Select(a => ApiNames.Kebab(a.ToString())).ToList(), basis, due);
        }).ToList();
    }

    /// <summary>The day the clock of the current step starts (the 24-hour hand-over runs from the approval).</summary>
    private static DateOnly? StartOf(CriminalReferral r, ReferralStatus status) => status switch
    {
        ReferralStatus.Drafted => r.ReportedOn,
        ReferralStatus.Approved => r.ApprovedOn,
        ReferralStatus.Transferred => r.TransferredAt is { } at ? DateOnly.FromDateTime(Clock.ToChina(at)) : null,
        ReferralStatus.Received => r.ReceivedOn,
        ReferralStatus.PoliceDeclined => r.PoliceDecisionOn,
        ReferralStatus.ReconsiderationRequested => r.ReconsiderationRequestedOn,
        ReferralStatus.ReconsiderationDeclined => r.ReconsiderationDecidedOn,
        ReferralStatus.PoliceFiled => new[] { r.PoliceDecisionOn, r.ReconsiderationDecidedOn }.Max(),
        _ => null,
    };

    private static DateOnly? LastDate(CriminalReferral r) => new[]
    {
        r.ReportedOn, r.ApprovedOn, r.RefusedOn, r.TransferredAt is { } at ? DateOnly.FromDateTime(Clock.ToChina(at)) : null, r.ReceivedOn,
        r.PoliceDecisionOn, r.ReconsiderationRequestedOn, r.ReconsiderationDecidedOn, r.SupervisionRequestedOn, r.GoodsHandedOverOn, r.ReturnedOn,
    }.Max();
}
