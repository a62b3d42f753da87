using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Cases;
using Zhibao.Web.Leads;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Intake;

/// <summary>
/// The actions on an intake item (<see cref="IntakeWorkflow"/> decides which are allowed): 受理 / 不予受理, 分派, 调解结果,
/// 发现线索, 延长核查, 转为案件 (a penalty case through the penalty registration's own checks, or a mediation through the
/// mediation registration's; saved with the item's link in one transaction, as leads do), 合并重复件, 告知/反馈, 管辖争议, 办结.
/// Every action writes a history row; the stored nearest clock is recomputed.
/// </summary>
public sealed class IntakeActions(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, CalendarService calendars, TimeProvider clock, IntakeService intake,
    CaseService cases, MediationService mediations, UploadedFiles files)
{
    private const string StaleMessage = "该件已被他人修改，请刷新后重试";
    private const int MaxNotes = 2000;

    private DateOnly Today => Clock.Today(clock);

    public async Task<IntakeResult> RunAsync(int id, string actionName, IntakeActionInput input, CancellationToken ct)
    {
        if (IntakeWorkflow.ParseAction(actionName) is not { } action)
        {
            return new IntakeResult(null, new FieldErrors(),
                $"不支持操作“{actionName}”，可选：{string.Join("、", Enum.GetValues<IntakeAction>().Select(IntakeWorkflow.ApiName))}", NotFound: true);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null || !IntakeTerms.IsIntake(lead.Kind))
        {
            return new IntakeResult(null, new FieldErrors(), NotFound: true);
        }
        if (input.Version is { } seen && seen != lead.Version)
        {
            return new IntakeResult(null, new FieldErrors(), StaleMessage);
        }
        var (filed, notFiled) = await IntakeService.CaseDecisionAsync(db, lead.CaseId, ct);
        if (IntakeWorkflow.Refusal(IntakeService.State(lead, IntakeService.FilingDecidedOn(lead, filed, notFiled)), action) is { } refusal)
        {
            return new IntakeResult(null, new FieldErrors(), refusal);
        }
        var errors = action switch
        {
            IntakeAction.Accept => Accept(db, lead, input),
            IntakeAction.Refuse => Refuse(db, lead, input),
            IntakeAction.Assign => await AssignAsync(db, lead, input, ct),
            IntakeAction.Mediate => Mediate(db, lead, input),
            IntakeAction.FoundLead => FoundLead(db, lead, input),
            IntakeAction.Extend => Extend(db, lead, input),
            IntakeAction.Convert => await ConvertAsync(db, lead, input, ct),
            IntakeAction.Merge => await MergeAsync(db, lead, input, ct),
            IntakeAction.Reply => Reply(db, lead, input),
            IntakeAction.Dispute => Dispute(db, lead, input),
            IntakeAction.Resolve => Resolve(db, lead, input),
            _ => Close(db, lead, input),
        };
        if (errors.Any)
        {
            return new IntakeResult(null, errors);
        }
        lead.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        // A new case has no filing decision yet; otherwise the one read above still holds.
        IntakeService.Refresh(lead, await calendars.GetAsync(ct), Today, IntakeService.FilingDecidedOn(lead, filed, notFiled),
            await intake.WarningDaysAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new IntakeResult(null, new FieldErrors(), StaleMessage);
        }
        return new IntakeResult(await intake.GetAsync(id, ct), errors);
    }

    /// <summary>An action's day: today when omitted; not in the future, not before <paramref name="earliest"/>.</summary>
    private DateOnly Day(IntakeActionInput input, DateOnly earliest, string earliestName, FieldErrors errors)
    {
        var day = input.Date ?? Today;
        if (day > Today)
        {
            errors.Add("date", "日期不能晚于今天");
        }
        else if (day < earliest)
        {
            errors.Add("date", $"日期不能早于{earliestName}（{earliest:yyyy-MM-dd}）");
        }
        return day;
    }

    /// <summary>The action's day and its notes (required with <paramref name="notesRequired"/> as the message), checked.</summary>
    private (FieldErrors Errors, DateOnly On, string? Notes) DayAndNotes(IntakeActionInput input, DateOnly earliest, string earliestName, string? notesRequired)
    {
        var errors = new FieldErrors();
        var on = Day(input, earliest, earliestName, errors);
        return (errors, on, Notes(input, errors, notesRequired));
    }

    private static string? Notes(IntakeActionInput input, FieldErrors errors, string? requiredMessage)
    {
        var notes = LeadService.Blank(input.Notes);
        if (notes is null && requiredMessage is not null)
        {
            errors.Add("notes", requiredMessage);
        }
        else if (notes?.Length > MaxNotes)
        {
            errors.Add("notes", $"说明不超过{MaxNotes}个字符");
        }
        return notes;
    }

    private FieldErrors Accept(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var (errors, on, notes) = DayAndNotes(input, lead.ReceivedOn, "收到日期", null);
        if (errors.Any)
        {
            return errors;
        }
        lead.Status = IntakeWorkflow.Next(lead.Status, IntakeAction.Accept);
        lead.DecidedOn = on;
        lead.DecisionNotes = notes;
        AddEvent(db, lead, "accept", $"受理（{on:yyyy-MM-dd}）" + (lead.Kind == LeadKind.Complaint ? "，进入调解" : "，开始核查"), notes);
        return errors;
    }

    private FieldErrors Refuse(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var afterVerification = lead.Status == LeadStatus.Accepted;
        var (errors, on, notes) = DayAndNotes(input, lead.DecidedOn ?? lead.ReceivedOn, afterVerification ? "受理日期" : "收到日期",
            afterVerification ? "请填写不予立案的理由" : "请填写不予受理的理由");
        if (errors.Any)
        {
            return errors;
        }
        lead.Status = IntakeWorkflow.Next(lead.Status, IntakeAction.Refuse);
        lead.DecidedOn = on;
        lead.DecisionNotes = notes;
        var late = !afterVerification && lead.Kind == LeadKind.Complaint && on > lead.NextDueOn ? $"，超过受理期限（{lead.NextDueOn:yyyy-MM-dd}）" : "";
        AddEvent(db, lead, "refuse", (afterVerification ? "核查后不予立案" : "不予受理") + late, notes);
        return errors;
    }

    private async Task<FieldErrors> AssignAsync(ZhibaoDb db, Lead lead, IntakeActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var on = Day(input, lead.ReceivedOn, "收到日期", errors);
        // The officer registry's unit filter applies: only officers within the caller's scope can be chosen.
        var officer = input.OfficerId is { } officerId
            ? await db.Officers.Include(o => o.OrgUnit).FirstOrDefaultAsync(o => o.Id == officerId && o.IsActive, ct) : null;
        if (officer is null)
        {
            errors.Add("officerId", input.OfficerId is null ? "请选择承办人" : $"执法人员（编号{input.OfficerId}）不存在、已停用或不在本人数据权限范围内");
            return errors;
        }
        var again = lead.AssignedOfficerId is not null;
        lead.AssignedOfficerId = officer.Id;
        lead.AssignedOn = on;
        lead.OrgUnitId = officer.OrgUnitId;   // the officer's unit now handles it (and sees it)
        AddEvent(db, lead, "assign", $"{(again ? "改派" : "分派")}给{officer.Name}（{officer.OrgUnit?.Name}）", LeadService.Blank(input.Notes));
        return errors;
    }

    private FieldErrors Mediate(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var errors = new FieldErrors();
        var on = Day(input, lead.DecidedOn ?? lead.ReceivedOn, "受理日期", errors);
        MediationOutcome outcome = default;
        if (!IntakeTerms.TryParse(input.Outcome, IntakeTerms.Name, out outcome) || outcome == MediationOutcome.Expired)
        {
            errors.Add("outcome", "请选择调解结果：达成调解协议（Agreed）或终止调解（NotAgreed）；调解期满由系统自动终止");
        }
        var notes = Notes(input, errors, outcome == MediationOutcome.Agreed ? "请填写调解协议内容" : "请填写终止调解的原因");
        if (errors.Any)
        {
            return errors;
        }
        lead.MediationOutcome = outcome;
        lead.MediationEndedOn = on;
        lead.MediationNotes = notes;
        lead.Status = IntakeWorkflow.Next(lead.Status, IntakeAction.Mediate, outcome);
        if (outcome == MediationOutcome.Agreed)
        {
            lead.ClosedOn = on;
            lead.CloseNotes = "调解成功，达成调解协议";
        }
        AddEvent(db, lead, "mediate", outcome == MediationOutcome.Agreed
            ? "达成调解协议，办结"
            : "终止调解（第二十一条），7个工作日内告知投诉人和被投诉人", notes);
        return errors;
    }

    private FieldErrors FoundLead(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var (errors, on, notes) = DayAndNotes(input, lead.DecidedOn ?? lead.ReceivedOn, "受理日期", "请填写发现的涉嫌违法线索");
        if (errors.Any)
        {
            return errors;
        }
        lead.LeadFoundOn = on;
        AddEvent(db, lead, "found-lead", "调解中发现涉嫌违法线索，15个工作日内核查（第二十三条）", notes);
        return errors;
    }

    private FieldErrors Extend(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var errors = new FieldErrors();
        var reason = Notes(input, errors, "请填写延长核查期限的理由");
        if (reason?.Length > 500)
        {
            errors.Add("notes", "延长理由不超过500个字符");
        }
        if (errors.Any)
        {
            return errors;
        }
        lead.VerificationExtended = true;
        lead.ExtensionReason = reason;
        AddEvent(db, lead, "extend", lead.Kind == LeadKind.Complaint
            ? "核查期限延长15个工作日（暂行办法第二十三条）"
            : "核查期限经负责人批准延长15个工作日（行政处罚程序规定第十八条）", reason);
        return errors;
    }

    /// <summary>
    /// 转为案件: into a penalty case (违法类型 from the subject unless chosen, 案件来源 from the kind, the respondent as party when
    /// registered, 发现线索日期 = the day the lead was found or the item received) or into a mediation (行政调解, the dispute type
    /// proposed from the subject). The case and the link are saved with the item.
    /// </summary>
    private async Task<FieldErrors> ConvertAsync(ZhibaoDb db, Lead lead, IntakeActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!IntakeTerms.TryParse(input.Target, IntakeTerms.Name, out IntakeConversion target))
        {
            errors.Add("target", "请选择转为行政处罚案件（Penalty）或调解案件（Mediation）");
            return errors;
        }
        var kindName = LeadWorkflow.Name(lead.Kind);
        var summary = Summary(lead, kindName);
        var parties = lead.RespondentPartyId is { } party ? new List<CasePartyInput> { new(party) } : [];
        var officers = input.OfficerIds ?? (lead.AssignedOfficerId is { } officer ? [officer] : []);
        Case? created;
        if (target == IntakeConversion.Penalty)
        {
            var subject = LeadService.Blank(input.Subject) ?? IntakeTerms.CaseSubject(lead.IpSubject);
            var caseInput = new PenaltyCaseInput(
                LeadService.Blank(input.Title) ?? $"{lead.RespondentName}涉嫌{subject ?? "违法"}案", subject, LeadWorkflow.CaseSource(lead.Kind),
                lead.LeadFoundOn ?? lead.ReceivedOn, lead.OrgUnitId, lead.KeySector, summary, parties, [], officers);
            (created, errors) = await cases.PreparePenaltyAsync(db, caseInput, ct);
        }
        else
        {
            var mediationInput = new MediationInput(
                LeadService.Blank(input.Title) ?? $"{lead.RespondentName}{(lead.IpSubject is { } s ? IntakeTerms.Name(s) : "")}纠纷调解",
                MediationType.Administrative, LeadService.Blank(input.DisputeType) ?? DisputeType(lead.IpSubject), lead.DecidedOn ?? lead.ReceivedOn,
                null, null, null, null, lead.OrgUnitId, summary, parties, officers);
            (created, errors) = await mediations.PrepareAsync(db, mediationInput, ct);
        }
        if (created is null)
        {
            return errors;
        }
        created.Events.Add(cases.Event($"from-{lead.Kind.ToString().ToLowerInvariant()}", $"由{kindName}转立（编号{lead.Id}）", lead.SourceReference));
        lead.Case = created;
        lead.ConvertedOn = Today;
        lead.ConvertedTo = target;
        AddEvent(db, lead, "convert", $"转为{IntakeTerms.Name(target)}“{created.Title}”", null);
        return errors;
    }

    private static string Summary(Lead lead, string kindName)
    {
        var text = string.Join("；", new[]
        {
            $"{kindName}（编号{lead.Id}，{lead.ReceivedOn:yyyy-MM-dd}收到）",
            lead.SourceReference is { } r ? $"文号/登记编号：{r}" : null,
            lead.RespondentName is { } n ? $"被投诉（举报）人：{n}" : null,
            lead.RightName is { } m ? $"涉及：{m}" : null,
            lead.Summary,
            lead.MediationNotes is { } notes && lead.LeadFoundOn is not null ? $"调解情况：{notes}" : null,
        }.OfType<string>());
        return text.Length > 4000 ? text[..4000] : text;
    }

    /// <summary>纠纷类型 proposed for a mediation: the damages of a trademark or a patent, or another IP dispute.</summary>
    private static string DisputeType(IntakeSubject? subject) => subject switch
    {
        IntakeSubject.Trademark => "商标侵权赔偿数额",
        IntakeSubject.Patent => "其他专利纠纷",
        _ => "其他知识产权纠纷",
    };

    private async Task<FieldErrors> MergeAsync(ZhibaoDb db, Lead lead, IntakeActionInput input, CancellationToken ct)
    {
        var (errors, on, notes) = DayAndNotes(input, lead.ReceivedOn, "收到日期", null);
        var kinds = IntakeTerms.Kinds.ToList();
        var target = input.TargetId is { } targetId && targetId != lead.Id
            ? await db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Id == targetId && kinds.Contains(l.Kind), ct) : null;
        if (target is null)
        {
            errors.Add("targetId", input.TargetId == lead.Id ? "不能合并到本件" : "请选择要合并到的件（须在本人数据权限范围内）");
        }
        else if (target.Status is LeadStatus.Merged or LeadStatus.Refused)
        {
            errors.Add("targetId", $"编号{target.Id}已{IntakeTerms.StatusName(target.Status)}，不能合并到该件");
        }
        if (errors.Any)
        {
            return errors;
        }
        lead.Status = IntakeWorkflow.Next(lead.Status, IntakeAction.Merge);
        lead.MergedIntoId = target!.Id;
        lead.ClosedOn = on;
        lead.CloseNotes = $"重复件，合并到编号{target.Id}办理";
        AddEvent(db, lead, "merge", $"作为重复件合并到编号{target.Id}", notes);
        AddEvent(db, target.Id, "merged", $"合并重复件：编号{lead.Id}（{LeadWorkflow.Name(lead.Kind)}，{lead.ReceivedOn:yyyy-MM-dd}收到）", notes);
        return errors;
    }

    private FieldErrors Reply(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var errors = new FieldErrors();
        var earliest = lead.Kind == LeadKind.Complaint ? lead.MediationEndedOn ?? lead.ReceivedOn : lead.DecidedOn ?? lead.ReceivedOn;
        var on = Day(input, earliest, lead.Kind == LeadKind.Complaint ? "终止调解日期" : "受理日期", errors);
        var notes = Notes(input, errors, lead.Kind == LeadKind.Complaint ? "请填写告知方式和内容" : null);
        if (input.ReplyNumber?.Length > 100)
        {
            errors.Add("replyNumber", "文号不超过100个字符");
        }
        if (errors.Any)
        {
            return errors;
        }
        lead.ReportedOn = on;
        lead.ReplyNumber = LeadService.Blank(input.ReplyNumber);
        lead.ReportNotes = notes;
        var late = lead.NextDueOn is { } due && on > due ? $"，超过期限（{due:yyyy-MM-dd}）" : "";
        AddEvent(db, lead, "reply", IntakeWorkflow.Name(IntakeAction.Reply, lead.Kind) + (lead.ReplyNumber is { } n ? $"（{n}）" : "") + late, notes);
        return errors;
    }

    private FieldErrors Dispute(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var errors = new FieldErrors();
        var on = Day(input, lead.ReceivedOn, "收到日期", errors);
        var counterpart = LeadService.Blank(input.Counterpart);
        if (counterpart is null)
        {
            errors.Add("counterpart", "请填写发生管辖争议的市场监督管理部门");
        }
        else if (counterpart.Length > 200)
        {
            errors.Add("counterpart", "争议单位不超过200个字符");
        }
        var notes = Notes(input, errors, null);
        if (errors.Any)
        {
            return errors;
        }
        lead.DisputeStartedOn = on;
        lead.DisputeWith = counterpart;
        lead.DisputeNotes = notes;
        AddEvent(db, lead, "dispute", $"与{counterpart}发生管辖争议，7个工作日内协商（第三十条）", notes);
        return errors;
    }

    private FieldErrors Resolve(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var (errors, on, notes) = DayAndNotes(input, lead.DisputeStartedOn ?? lead.ReceivedOn, "争议发生日期", "请填写协商结果或报请指定管辖的情况");
        if (errors.Any)
        {
            return errors;
        }
        lead.DisputeSettledOn = on;
        lead.DisputeEscalated = input.Escalated == true;
        lead.DisputeNotes = string.Join("；", new[] { lead.DisputeNotes, notes }.OfType<string>());
        if (lead.DisputeNotes.Length > MaxNotes)
        {
            lead.DisputeNotes = lead.DisputeNotes[..MaxNotes];
        }
        AddEvent(db, lead, "resolve", lead.DisputeEscalated ? "协商不成，报请共同的上一级市场监督管理部门指定管辖" : "管辖争议协商一致", notes);
        return errors;
    }

    private FieldErrors Close(ZhibaoDb db, Lead lead, IntakeActionInput input)
    {
        var (errors, on, notes) = DayAndNotes(input, lead.DecidedOn ?? lead.ReceivedOn, "受理日期", "请填写办理结果");
        if (errors.Any)
        {
            return errors;
        }
        lead.Status = IntakeWorkflow.Next(lead.Status, IntakeAction.Close);
        lead.ClosedOn = on;
        lead.CloseNotes = notes;
        AddEvent(db, lead, "close", "办结", notes);
        return errors;
    }

    private void AddEvent(ZhibaoDb db, Lead lead, string action, string title, string? comment) => AddEvent(db, lead.Id, action, title, comment);

    private void AddEvent(ZhibaoDb db, int leadId, string action, string title, string? comment)
    {
        var e = intake.NewEvent(action, title.Length > 200 ? title[..200] : title, comment);
        e.LeadId = leadId;
        db.LeadEvents.Add(e);
    }

    /// <summary>POST /api/intake/{id}/files: a material of the item (complaint letter, photos, the sender's document).</summary>
    public async Task<IntakeResult> UploadAsync(int id, string? fileName, Stream content, string? description, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (description?.Trim().Length > 500)
        {
            errors.Add("description", "说明不超过500个字符");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var kinds = IntakeTerms.Kinds.ToList();
        if (!await db.Leads.AnyAsync(l => l.Id == id && kinds.Contains(l.Kind), ct))
        {
            return new IntakeResult(null, errors, NotFound: true);
        }
        var file = await files.ReadAsync(fileName, content, errors, null, ct);
        if (file is null)
        {
            return new IntakeResult(null, errors);
        }
        db.LeadAttachments.Add(new LeadAttachment
        {
            LeadId = id, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length, Sha256 = file.Sha256,
            Description = LeadService.Blank(description), StoredFile = new StoredFile { Content = file.Content },
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedByName = user.DisplayName ?? user.UserName ?? "",
        });
        AddEvent(db, id, "upload", $"上传材料：{file.FileName}", LeadService.Blank(description));
        await db.SaveChangesAsync(ct);
        return new IntakeResult(await intake.GetAsync(id, ct), errors);
    }

    public async Task<UploadedFile?> FileAsync(int id, int fileId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Through the item, so its data scope applies to its files.
        var kinds = IntakeTerms.Kinds.ToList();
        if (!await db.Leads.AnyAsync(l => l.Id == id && kinds.Contains(l.Kind), ct))
        {
            return null;
        }
        return await db.LeadAttachments.AsNoTracking().Where(f => f.Id == fileId && f.LeadId == id)
            .Select(f => new UploadedFile(f.FileName, f.ContentType, f.StoredFile!.Content, f.Sha256)).FirstOrDefaultAsync(ct);
    }
}
