using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Reporting;

/// <summary>
/// 专利行政执法案件信息月报 of the signed-in user's bureau: prepared from the cases, checked for 错报漏报, signed off
/// (生成 → 审核 → 审批 → 报送 with the receipt number), frozen as a hashed snapshot, corrected by a new version, and
/// counted in the year's indicator (月报按时上报率, 迟报/错报/漏报次数).
/// </summary>
public sealed class MonthlyReports(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, SettingsReader settings, CalendarService calendars,
    MonthlyReportSource source, TimeProvider clock)
{
    public const string DueDaySetting = "Reporting.MonthlyDueDay";
    public const string FieldsSetting = "Reporting.MonthlyFields";

    /// <summary>The bureau the signed-in user reports for (the nearest bureau above their unit).</summary>
    public int BureauId => tree.BureauId(user.OrgUnitId ?? 0);

    public static string Link(ReportPeriod period) => $"/reports/monthly/{period}";

    public static async Task<int> DueDayAsync(SettingsReader settings, CancellationToken ct) =>
        (int)Math.Clamp(SettingsReader.Number(await settings.AllAsync(ct), DueDaySetting, 5), 1, 31);

    public async Task<MonthlyReportView> GetAsync(ReportPeriod period, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var state = await LoadAsync(db, BureauId, period, ct);
        return await ViewAsync(state, ct);
    }

    /// <summary>prepare, check, approve, submit (receiptNumber), correct (reason).</summary>
    public async Task<ReportActionResult> ActAsync(ReportPeriod period, string actionName, ReportActionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (NationalReportWorkflow.ParseAction(actionName) is not { } action)
        {
            return new ReportActionResult(null, errors, $"未知的操作“{actionName}”，可选：prepare、check、approve、submit、correct", NotFound: true);
        }
        if (!user.HasPermission(PermissionFor(action)))
        {
            return new ReportActionResult(null, errors, $"您没有{NationalReportWorkflow.Name(action)}月报的权限", Forbidden: true);
        }
        var today = Clock.Today(clock);
        if (today < period.RemindersStart)
        {
            return new ReportActionResult(null, errors, $"{period.Name}尚未结束，{period.RemindersStart:yyyy年M月d日}起方可生成和报送该月月报");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var state = await LoadAsync(db, BureauId, period, ct);
        if (input.Version is { } version && version != (state.Report?.Version ?? 0))
        {
            return new ReportActionResult(null, errors, "月报已被他人更新，请刷新后重试");
        }
        if (NationalReportWorkflow.Refusal(state.Status, action) is { } refusal)
        {
            return new ReportActionResult(null, errors, refusal);
        }
        if (action is NationalReportAction.Check or NationalReportAction.Approve && state.Problems.Count > 0)
        {
            return new ReportActionResult(null, errors,
                $"月报有{state.Problems.Count}个问题，不能{NationalReportWorkflow.Name(action)}：请按提示到案件中更正后重新生成月报。"
                + string.Join(" ", state.Problems.Select((p, i) => $"{i + 1}. {p.Message}")),
                state.Problems.Select(p => ToView(p, period)).ToList());
        }
        var receipt = input.ReceiptNumber?.Trim();
        var reason = input.Reason?.Trim();
        if (action == NationalReportAction.Submit && (string.IsNullOrEmpty(receipt) || receipt.Length > 100))
        {
            errors.Add("receiptNumber", "请填写国家系统上传成功后显示的回执号（不超过100个字符）");
        }
        if (action == NationalReportAction.Correct && (string.IsNullOrEmpty(reason) || reason.Length > 1000))
        {
            errors.Add("reason", "请说明更正原因（不超过1000个字符）");
        }
        if (errors.Any)
        {
            return new ReportActionResult(null, errors);
        }

        Apply(db, state, action, receipt, reason);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Another user created this month's report at the same moment: the unique index refused the second one.
            return new ReportActionResult(null, errors, "月报已被他人生成，请刷新后重试");
        }
        return new ReportActionResult(await GetAsync(period, ct), errors);
    }

    public static string PermissionFor(NationalReportAction action) => action switch
    {
        NationalReportAction.Check => Permissions.ReportCheck,
        NationalReportAction.Approve => Permissions.ReportApprove,
        _ => Permissions.ReportPrepare,
    };

    private void Apply(ZhibaoDb db, ReportState state, NationalReportAction action, string? receipt, string? reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = user.DisplayName ?? user.UserName ?? "系统";
        var report = state.Report;
        if (report is null)
        {
            report = new NationalReport { BureauId = state.BureauId, Year = state.Period.Year, Month = state.Period.Month, CreatedAt = now };
            db.NationalReports.Add(report);
        }
        report.UpdatedAt = now; // moves the report's version on, whatever changed below it
        var current = state.Current;
        if (current is null || action == NationalReportAction.Correct)
        {
            current = new NationalReportVersion { Number = (current?.Number ?? 0) + 1, CreatedAt = now, Status = NationalReportStatus.Draft };
            report.Versions.Add(current);
        }
        switch (action)
        {
            case NationalReportAction.Prepare:
                var json = state.Live.ToJson();
                (current.Snapshot, current.SnapshotSha256) = (json, ReportSnapshot.Sha256(json));
                (current.PreparedAt, current.PreparedById, current.PreparedByName) = (now, user.UserId, name);
                // Regenerating drops an earlier check and approval: they were given to other data.
                (current.CheckedAt, current.CheckedById, current.CheckedByName) = (null, null, null);
                (current.ApprovedAt, current.ApprovedById, current.ApprovedByName) = (null, null, null);
                break;
            case NationalReportAction.Check:
                (current.CheckedAt, current.CheckedById, current.CheckedByName) = (now, user.UserId, name);
                break;
            case NationalReportAction.Approve:
                (current.ApprovedAt, current.ApprovedById, current.ApprovedByName) = (now, user.UserId, name);
                break;
            case NationalReportAction.Submit:
                (current.SubmittedAt, current.SubmittedById, current.SubmittedByName, current.ReceiptNumber) = (now, user.UserId, name, receipt);
                break;
            case NationalReportAction.Correct:
                // 漏报 when a case is now missing from what was submitted; otherwise the submitted data was wrong (错报).
                current.CorrectionKind = state.Problems.Any(p => p.Code == ReportProblemCodes.Missing) ? ReportDefect.Missing : ReportDefect.Wrong;
                (current.CorrectionReason, current.CorrectionByName) = (reason, name);
                break;
        }
        current.Status = NationalReportWorkflow.Next(action);
    }

    /// <summary>A report and its current state, with the cases as they are now and every problem found.</summary>
    private sealed record ReportState(
        int BureauId, ReportPeriod Period, DateOnly DueDate, NationalReport? Report, NationalReportVersion? Current, ReportSnapshot Live,
        ReportSnapshot Shown, IReadOnlyList<ReportProblem> Problems)
    {
        public NationalReportStatus Status => Current?.Status ?? NationalReportStatus.Draft;
    }

    private async Task<ReportState> LoadAsync(ZhibaoDb db, int bureauId, ReportPeriod period, CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        var dueDate = period.DueDate((int)Math.Clamp(SettingsReader.Number(values, DueDaySetting, 5), 1, 31));
        var layout = ReportLayout.Parse(SettingsReader.Text(values, FieldsSetting, ""), out var layoutError) ?? ReportLayout.Default;
        var report = await db.NationalReports.Include(r => r.Versions)
            .FirstOrDefaultAsync(r => r.BureauId == bureauId && r.Year == period.Year && r.Month == period.Month, ct);
        var current = report?.Versions.MaxBy(v => v.Number);
        var live = await LiveAsync(db, bureauId, period, dueDate, layout, ct);

        var problems = new List<ReportProblem>();
        if (layoutError is not null)
        {
            problems.Add(new ReportProblem(ReportProblemCodes.Layout, $"系统设置“专利执法月报字段”有误（{layoutError}），已按默认格式生成；请管理员更正后重新生成"));
        }
        var shown = live;
        if (current?.Snapshot is { } json)
        {
            shown = ReportSnapshot.FromJson(json);
            if (ReportSnapshot.Sha256(json) != current.SnapshotSha256)
            {
                problems.Add(new ReportProblem(ReportProblemCodes.Snapshot, $"第{current.Number}版的冻结数据与其SHA-256不符，数据可能被改动"));
            }
        }
        problems.AddRange(ReportValidation.Validate(period, shown.Layout, shown.Cases, shown.Totals));
        if (!ReferenceEquals(shown, live))
        {
            problems.AddRange(ReportValidation.Compare(period, shown.Cases, live.Cases));
        }
        return new ReportState(bureauId, period, dueDate, report, current, live, shown, problems);
    }

    /// <summary>The report as the cases make it now, with last month's submitted 期末在办 carried over when there is one.</summary>
    private async Task<ReportSnapshot> LiveAsync(ZhibaoDb db, int bureauId, ReportPeriod period, DateOnly dueDate, ReportLayout layout, CancellationToken ct)
    {
        var cases = await source.CasesAsync(db, bureauId, period, ct);
        var previous = period.Previous;
        var carried = await db.NationalReportVersions.AsNoTracking()
            .Where(v => v.Report!.BureauId == bureauId && v.Report.Year == previous.Year && v.Report.Month == previous.Month
                && v.Status == NationalReportStatus.Submitted && v.Snapshot != null)
            .OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstOrDefaultAsync(ct);
        var pendingAtStart = carried is null
            ? await source.PendingAsync(db, bureauId, previous.LastDay, ct)
            : ReportSnapshot.FromJson(carried).Totals.ByKind.ToDictionary(k => k.Kind, k => k.PendingAtEnd);
        var pendingAtEnd = await source.PendingAsync(db, bureauId, period.LastDay, ct);
        var totals = ReportTotals.Compute(period, cases, pendingAtStart, carried is not null, pendingAtEnd);
        return new ReportSnapshot(period.ToString(), bureauId, tree.BureauName(bureauId) ?? "", dueDate, layout.Fields, cases, totals);
    }

    private async Task<MonthlyReportView> ViewAsync(ReportState s, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = Clock.Today(clock);
        var first = s.Report?.Versions.FirstOrDefault(v => v.Number == 1);
        var layout = s.Shown.Layout;
        var permitted = NationalReportWorkflow.Allowed(s.Status).Where(a => user.HasPermission(PermissionFor(a)) && today >= s.Period.RemindersStart);
        return new MonthlyReportView(
            s.Period.ToString(), s.DueDate, NationalReportWorkflow.ApiName(s.Status), NationalReportWorkflow.Name(s.Status),
            s.Current?.Snapshot is null, s.Current?.Number, s.Report?.Version ?? 0, s.Shown.BureauName,
            layout.Fields.Select(f => new ReportFieldView(f.Source, f.Header, f.Required, f.Available)).ToList(),
            s.Shown.Cases.Select(c => new ReportRowView(c.CaseId, $"/cases/{c.CaseId}", c.Kind, ReportCase.KindName(c.Kind), c.CaseNumber, c.Title,
                layout.Fields.ToDictionary(f => f.Source, f => f.ValueOf(c)))).ToList(),
            s.Shown.Totals, s.Problems.Select(p => ToView(p, s.Period)).ToList(),
            s.Current?.SnapshotSha256, s.Current?.ReceiptNumber, s.Current?.SubmittedAt,
            new ReportMonthRecord(s.Period, s.DueDate, first?.SubmittedAt is { } at ? ReportPeriod.ChinaDate(at) : null).OnTime(today),
            !calendar.IsWorkingDay(s.DueDate),
            [.. permitted.Select(NationalReportWorkflow.ApiName)],
            s.Report?.Versions.OrderByDescending(v => v.Number).Select(VersionView).ToList() ?? []);
    }

    private static ReportVersionView VersionView(NationalReportVersion v) => new(
        v.Number, NationalReportWorkflow.ApiName(v.Status), NationalReportWorkflow.Name(v.Status), v.CorrectionReason,
        v.CorrectionKind is { } k ? NationalReportWorkflow.Name(k) : null, v.PreparedByName, v.PreparedAt, v.CheckedByName, v.CheckedAt,
        v.ApprovedByName, v.ApprovedAt, v.SubmittedByName, v.SubmittedAt, v.ReceiptNumber, v.SnapshotSha256,
        v.Snapshot is null ? null : ReportSnapshot.FromJson(v.Snapshot).Cases.Count);

    private static ReportProblemView ToView(ReportProblem p, ReportPeriod period) => new(p.Code, p.Message, p.CaseId,
        p.CaseId is { } id ? $"/cases/{id}" : p.Code == ReportProblemCodes.TotalsBalance ? Link(period.Previous) : null);

    /// <summary>The frozen data of a version (or of the current one; the live report before anything is prepared), for export.</summary>
    public async Task<(ReportSnapshot? Snapshot, int? Number, string? Error)> SnapshotAsync(ReportPeriod period, int? number, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var state = await LoadAsync(db, BureauId, period, ct);
        if (number is null)
        {
            return (state.Shown, state.Current?.Snapshot is null ? null : state.Current.Number, null);
        }
        var version = state.Report?.Versions.FirstOrDefault(v => v.Number == number);
        return version?.Snapshot is { } json ? (ReportSnapshot.FromJson(json), version.Number, null) : (null, null, $"第{number}版不存在或尚未生成");
    }

    /// <summary>The stored JSON of a version exactly as hashed, so anyone can check its SHA-256.</summary>
    public async Task<string?> SnapshotJsonAsync(ReportPeriod period, int number, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bureauId = BureauId;
        return await db.NationalReportVersions.AsNoTracking()
            .Where(v => v.Report!.BureauId == bureauId && v.Report.Year == period.Year && v.Report.Month == period.Month && v.Number == number)
            .Select(v => v.Snapshot).FirstOrDefaultAsync(ct);
    }

    /// <summary>The months of <paramref name="year"/> that have ended, each with its standing, and the year's indicator.</summary>
    public Task<MonthlyReportYear> YearAsync(int year, CancellationToken ct) => YearAsync(BureauId, year, Clock.Today(clock), ct);

    /// <summary>
    /// What the plan module reads (绩效考核): the months of <paramref name="year"/> ended by <paramref name="asOf"/>, each with
    /// its standing on that day, and the indicator 月报按时上报率 and 迟报/错报/漏报次数 of a bureau's reports. 迟报 = a month
    /// whose first version went in after the due date, or is still missing after it; 错报/漏报 = corrections after
    /// submission. A submission or correction made after <paramref name="asOf"/> does not count yet (a mid-year summary
    /// reads the year as it stood on 30 June); for today it is the year of <c>GET /api/reports/monthly</c>.
    /// </summary>
    public async Task<MonthlyReportYear> YearAsync(int bureauId, int year, DateOnly asOf, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var dueDay = await DueDayAsync(settings, ct);
        var today = asOf;
        var until = DateTime.SpecifyKind(asOf.AddDays(1).ToDateTime(TimeOnly.MinValue) - ReportPeriod.ChinaOffset, DateTimeKind.Utc);
        var since = await db.NationalReports.AsNoTracking().Where(r => r.BureauId == bureauId && r.CreatedAt < until)
            .OrderBy(r => r.Year).ThenBy(r => r.Month).Select(r => new { r.Year, r.Month }).FirstOrDefaultAsync(ct) is { } s
            ? new ReportPeriod(s.Year, s.Month) : (ReportPeriod?)null;
        var reports = (await db.NationalReports.AsNoTracking().Where(r => r.BureauId == bureauId && r.Year == year)
            .Select(r => new
            {
                r.Month,
                Versions = r.Versions.Select(v => new { v.Number, v.Status, v.SubmittedAt, v.CorrectionKind, v.CreatedAt }).ToList(),
            })
            .ToListAsync(ct))
            .Select(r => new
            {
                r.Month,
                Versions = r.Versions.Where(v => v.CreatedAt < until)
                    .Select(v => new { v.Number, v.Status, SubmittedAt = v.SubmittedAt < until ? v.SubmittedAt : null, v.CorrectionKind }).ToList(),
            })
            .ToList();
        var months = Enumerable.Range(1, 12).Select(m => new ReportPeriod(year, m)).Where(p => p.RemindersStart <= today).Select(period =>
        {
            var versions = reports.FirstOrDefault(r => r.Month == period.Month)?.Versions ?? [];
            var current = versions.MaxBy(v => v.Number);
            var firstSubmittedAt = versions.FirstOrDefault(v => v.Number == 1)?.SubmittedAt;
            var record = new ReportMonthRecord(period, period.DueDate(dueDay), firstSubmittedAt is { } at ? ReportPeriod.ChinaDate(at) : null,
                versions.Count(v => v.CorrectionKind == ReportDefect.Wrong), versions.Count(v => v.CorrectionKind == ReportDefect.Missing));
            var status = current?.Status ?? NationalReportStatus.Draft;
            var onTime = record.OnTime(today);
            return (record, view: new ReportMonthView(period.ToString(), record.DueDate, NationalReportWorkflow.ApiName(status),
                NationalReportWorkflow.Name(status), versions.Count, firstSubmittedAt, onTime, onTime == false, record.WrongCorrections,
                record.MissingCorrections, ReportIndicator.Counts(period, today, since)));
        }).ToList();
        return new MonthlyReportYear(year, [.. months.Select(m => m.view)], ReportIndicator.Compute(year, months.Select(m => m.record), today, since));
    }
}
