using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Plans;

/// <summary>
/// 工作进展: the responsible person (or anyone of the responsible unit, or a plan editor) reports what was done on a
/// measure per period, with figures and files; the section head (知识产权科) approves or returns it with a comment. One
/// report per measure and period: a returned report is corrected and submitted again, an approved one is final.
/// </summary>
public sealed class PlanProgress(
    IDbContextFactory<ZhibaoDb> factory, PlanEvaluator evaluator, PlanAccess access, UploadedFiles files, TimeProvider clock)
{
    public const int MaxFigures = 20;

    public async Task<MeasureProgress?> ForMeasureAsync(int planId, int measureId, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        var plan = await access.Plans(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        var measure = plan is null ? null : await db.PlanMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measureId && m.Task!.PlanId == planId, ct);
        if (plan is null || measure is null)
        {
            return null;
        }
        var dueDay = await evaluator.DueDayAsync(ct);
        var periods = plan.Status == PlanStatus.Published
            ? ProgressPeriod.Open(plan.Year, plan.Cadence, Clock.Today(clock)).Reverse().Select(p => new PeriodOption(p.Key, p.Name, p.DueOn(dueDay))).ToList()
            : [];
        var reports = await Views(db.ProgressReports.Where(r => r.MeasureId == measureId).OrderByDescending(r => r.PeriodStart), ct);
        return new MeasureProgress(planId, measureId, measure.Text,
            plan.Status == PlanStatus.Published && access.CanReport(measure.ResponsibleUnitId, measure.ResponsiblePersonId), periods, reports);
    }

    /// <summary>The plan's reports, optionally of one status (待审核 for the review queue), newest period first.</summary>
    public async Task<List<ProgressView>?> ListAsync(int planId, ProgressStatus? status, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        if (!await access.Plans(db).AnyAsync(p => p.Id == planId, ct))
        {
            return null;
        }
        var query = db.ProgressReports.Where(r => r.PlanId == planId);
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        return await Views(query.OrderByDescending(r => r.PeriodStart).ThenBy(r => r.MeasureId), ct);
    }

    public async Task<PlanResult<ProgressView>> SubmitAsync(int planId, int measureId, ProgressInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await access.Plans(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        var measure = plan is null ? null : await db.PlanMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measureId && m.Task!.PlanId == planId, ct);
        if (plan is null || measure is null)
        {
            return PlanResult.Missing<ProgressView>();
        }
        if (!access.CanReport(measure.ResponsibleUnitId, measure.ResponsiblePersonId))
        {
            return PlanResult.Forbidden<ProgressView>("只有该措施的责任人、责任部门人员或方案管理人员可以报送工作进展");
        }
        if (plan.Status != PlanStatus.Published)
        {
            return PlanResult.Refused<ProgressView>("方案尚未发布，不能报送工作进展");
        }
        var errors = Validation.Validate(input);
        var period = ProgressPeriod.Parse(input.Period, plan.Year, plan.Cadence);
        var today = Clock.Today(clock);
        if (period is null)
        {
            errors.Add(nameof(input.Period), plan.Cadence == ProgressCadence.Monthly
                ? $"报送期间应为{plan.Year}年的月份，例如{plan.Year}-09"
                : $"报送期间应为{plan.Year}年的季度，例如{plan.Year}-Q3");
        }
        else if (period.Start > today)
        {
            errors.Add(nameof(input.Period), $"{period.Name}尚未开始，不能报送");
        }
        var figures = ValidateFigures(input.Figures, errors);
        if (errors.Any)
        {
            return PlanResult.Invalid<ProgressView>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var report = await db.ProgressReports.Include(r => r.Figures).FirstOrDefaultAsync(r => r.MeasureId == measureId && r.PeriodKey == period!.Key, ct);
        if (report is null)
        {
            report = new ProgressReport
            {
                PlanId = planId, MeasureId = measureId, PeriodKey = period!.Key, PeriodStart = period.Start, PeriodEnd = period.End, Text = "",
                SubmittedByName = "",
            };
            db.ProgressReports.Add(report);
        }
        else if (report.Status == ProgressStatus.Approved)
        {
            return PlanResult.Refused<ProgressView>($"{period!.Name}的工作进展已审核通过，不能修改");
        }
        else if (input.Version is not { } version)
        {
            return PlanResult.Refused<ProgressView>($"{period!.Name}的工作进展已报送；修改时请提供其版本（version）");
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = version;
            db.ProgressFigures.RemoveRange(report.Figures);
            report.Figures.Clear();
        }
        report.Text = input.Text!.Trim();
        report.Figures.AddRange(figures);
        report.Status = ProgressStatus.Submitted;
        report.SubmittedById = access.UserId ?? 0;
        report.SubmittedByName = access.Actor;
        report.SubmittedAt = now;
        report.ReviewedById = null;
        report.ReviewedByName = null;
        report.ReviewedAt = null;
        report.ReviewComment = null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Someone of the same unit reported the same period at the same moment: the unique index kept one.
            return PlanResult.Refused<ProgressView>($"{period!.Name}的工作进展已由他人报送，请刷新后查看");
        }
        return PlanResult.Ok<ProgressView>((await ViewAsync(report.Id, ct))!);
    }

    public async Task<PlanResult<ProgressView>> ReviewAsync(int planId, int progressId, ReviewInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var report = await ReportAsync(db, planId, progressId, ct);
        if (report is null)
        {
            return PlanResult.Missing<ProgressView>();
        }
        if (!access.CanReview)
        {
            return PlanResult.Forbidden<ProgressView>("只有科室负责人（审核工作进展权限）可以审核");
        }
        var errors = new FieldErrors();
        var approve = input.Decision?.Trim().ToLowerInvariant() switch
        {
            "approve" or "通过" => true,
            "return" or "退回" => false,
            _ => (bool?)null,
        };
        if (approve is null)
        {
            errors.Add(nameof(input.Decision), "请选择审核结果：approve（通过）或 return（退回）");
        }
        if (approve == false && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors.Add(nameof(input.Comment), "退回时请填写审核意见");
        }
        if (input.Comment?.Length > 1000)
        {
            errors.Add(nameof(input.Comment), "审核意见不超过1000个字符");
        }
        if (errors.Any)
        {
            return PlanResult.Invalid<ProgressView>(errors);
        }
        if (report.Status != ProgressStatus.Submitted)
        {
            return PlanResult.Refused<ProgressView>($"该工作进展{PlanText.Name(report.Status)}，只有待审核的可以审核");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(report).Property(r => r.Version).OriginalValue = input.Version;
        report.Status = approve!.Value ? ProgressStatus.Approved : ProgressStatus.Returned;
        report.ReviewedById = access.UserId;
        report.ReviewedByName = access.Actor;
        report.ReviewedAt = now;
        report.ReviewComment = PlanService.Blank(input.Comment);
        if (!approve.Value && report.SubmittedById > 0)
        {
            db.Notifications.Add(new Notification
            {
                UserId = report.SubmittedById, CreatedAt = now, Link = $"/plans/{planId}?measure={report.MeasureId}",
                DedupKey = $"plan-progress-returned:{report.Id}:{now.Ticks}",
                Title = $"工作进展被退回：{PlanText.Clip(report.Measure!.Text, 20)}",
                Body = $"{report.PeriodKey}的工作进展被退回修改：{report.ReviewComment}",
            });
        }
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<ProgressView>((await ViewAsync(report.Id, ct))!);
    }

    public async Task<PlanResult<ProgressView>> UploadAsync(
        int planId, int progressId, string? fileName, string? contentType, Stream content, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var report = await ReportAsync(db, planId, progressId, ct);
        if (report is null)
        {
            return PlanResult.Missing<ProgressView>();
        }
        if (!access.CanReport(report.Measure!.ResponsibleUnitId, report.Measure.ResponsiblePersonId))
        {
            return PlanResult.Forbidden<ProgressView>("只有该措施的责任人、责任部门人员或方案管理人员可以上传附件");
        }
        if (report.Status == ProgressStatus.Approved)
        {
            return PlanResult.Refused<ProgressView>("已审核通过的工作进展不能再添加附件");
        }
        var errors = new FieldErrors();
        var file = await files.ReadAsync(fileName, content, errors, null, ct);
        if (file is null)
        {
            return PlanResult.Invalid<ProgressView>(errors);
        }
        report.Attachments.Add(new ProgressAttachment
        {
            FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length, Sha256 = file.Sha256,
            StoredFile = new StoredFile { Content = file.Content }, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedByName = access.Actor,
        });
        await db.SaveChangesAsync(ct);
        return PlanResult.Ok<ProgressView>((await ViewAsync(report.Id, ct))!);
    }

    public async Task<StoredAttachment?> AttachmentAsync(int planId, int progressId, int attachmentId, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        if (!await access.Plans(db).AnyAsync(p => p.Id == planId, ct))
        {
            return null;
        }
        return await db.ProgressAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ProgressReportId == progressId && db.ProgressReports.Any(r => r.Id == progressId && r.PlanId == planId))
            .Select(a => new StoredAttachment(a.FileName, a.ContentType, a.StoredFile!.Content))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>A report of a plan the caller may read, with its measure, tracked for the change.</summary>
    private async Task<ProgressReport?> ReportAsync(ZhibaoDb db, int planId, int progressId, CancellationToken ct) =>
        await access.Plans(db).AnyAsync(p => p.Id == planId, ct)
            ? await db.ProgressReports.Include(r => r.Measure).FirstOrDefaultAsync(r => r.Id == progressId && r.PlanId == planId, ct)
            : null;

    private static List<ProgressFigure> ValidateFigures(List<FigureInput>? figures, FieldErrors errors)
    {
        var list = figures ?? [];
        if (list.Count > MaxFigures)
        {
            errors.Add("figures", $"数据项不超过{MaxFigures}项");
            return [];
        }
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            if (string.IsNullOrWhiteSpace(f.Name) || f.Name.Trim().Length > 100)
            {
                errors.Add($"figures[{i}].name", "请填写数据项名称（不超过100个字符）");
            }
            if (f.Value is null)
            {
                errors.Add($"figures[{i}].value", "请填写数据项的数值");
            }
            if (f.Unit?.Trim().Length > 20)
            {
                errors.Add($"figures[{i}].unit", "单位不超过20个字符");
            }
        }
        return list.Select(f => new ProgressFigure { Name = f.Name?.Trim() ?? "", Value = f.Value ?? 0, Unit = PlanService.Blank(f.Unit) }).ToList();
    }

    private async Task<ProgressView?> ViewAsync(int id, CancellationToken ct)
    {
        await using var db = evaluator.SystemDb();
        return (await Views(db.ProgressReports.Where(r => r.Id == id), ct)).FirstOrDefault();
    }

    private static async Task<List<ProgressView>> Views(IQueryable<ProgressReport> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().AsSplitQuery()
            .Include(r => r.Measure!).ThenInclude(m => m.ResponsibleUnit)
            .Include(r => r.Figures)
            .Include(r => r.Attachments)
            .ToListAsync(ct);
        return rows.Select(r => new ProgressView(r.Id, r.PlanId, r.MeasureId, r.Measure!.Text, r.Measure.ResponsibleUnit?.Name ?? "", r.PeriodKey,
            PlanText.PeriodName(r.PeriodKey, r.PeriodStart), r.Text, r.Status, PlanText.Name(r.Status), r.SubmittedByName, r.SubmittedAt, r.ReviewedByName,
            r.ReviewedAt, r.ReviewComment, r.Figures.OrderBy(f => f.Id).Select(f => new FigureView(f.Name, f.Value, f.Unit)).ToList(),
            r.Attachments.OrderBy(a => a.Id).Select(a => new ProgressAttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedByName)).ToList(),
            r.Version)).ToList();
    }
}
