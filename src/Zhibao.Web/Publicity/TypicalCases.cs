using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Documents;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Satisfaction;

namespace Zhibao.Web.Publicity;

/// <summary>A generated .docx.</summary>
public sealed record TypicalCaseFile(string FileName, byte[] Content);

/// <summary>
/// 典型案例 (seed task 3 “曝光知识产权执法保护典型案例”, 三(二) 精品案件 and recommendations, 三(三) 发布典型案件): drafted from a
/// closed case with the personal data removed, reviewed by the 知识产权科 head or a 局领导, published and recommended to the
/// city bureau. Before approval and publication the whole text is scanned again against the case's current parties:
/// anything left (an ID number typed back in, a person's name …) refuses the step with 409 and the list of problems.
/// </summary>
public sealed class TypicalCases(
    IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, SettingsReader settings, MediaReports media, TimeProvider clock)
{
    public FieldErrors Validate(TypicalCaseQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Status) && ParseStatus(q.Status) is null)
        {
            errors.Add("status", $"状态“{q.Status}”无效，可选：{string.Join("、", Enum.GetValues<TypicalCaseStatus>().Select(s => $"{Camel(s.ToString())}（{TypicalCaseWorkflow.Name(s)}）"))}");
        }
        PublicityScope.ValidateYearAndUnit(q.Year, q.UnitId, user, errors);
        return errors;
    }

    public static TypicalCaseStatus? ParseStatus(string? text) => Enum.GetValues<TypicalCaseStatus>().Cast<TypicalCaseStatus?>()
        .FirstOrDefault(s => string.Equals(s.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase) || TypicalCaseWorkflow.Name(s!.Value) == text?.Trim());

    private static string Camel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    public async Task<Page<TypicalCaseRow>> ListAsync(TypicalCaseQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(query.OrderByDescending(t => t.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<TypicalCaseRow>(rows, total, page, size);
    }

    public async Task<List<TypicalCaseRow>> AllAsync(TypicalCaseQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(Filter(db, q).OrderByDescending(t => t.Id).Take(ExcelExport.MaxRows), ct);
    }

    private IQueryable<TypicalCase> Filter(ZhibaoDb db, TypicalCaseQuery q)
    {
        var query = db.TypicalCases.AsNoTracking();
        if (ParseStatus(q.Status) is { } status)
        {
            query = query.Where(t => t.Status == status);
        }
        if (q.Year is { } year)
        {
            var (from, to) = YearUtc(year);
            query = query.Where(t => t.CreatedAt >= from && t.CreatedAt < to);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(t => units.Contains(t.OrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(t => t.Title.Contains(k) || (t.Case!.CaseNumber != null && t.Case.CaseNumber.Contains(k)));
        }
        return query;
    }

    private static async Task<List<TypicalCaseRow>> RowsAsync(IQueryable<TypicalCase> query, CancellationToken ct)
    {
        var rows = await query.Select(t => new
        {
            t.Id, t.CaseId, t.Case!.CaseNumber, t.Title, t.Status, t.OrgUnitId, Unit = t.OrgUnit!.Name, t.IsFineCase, t.PublishChannel, t.PublishedOn,
            t.RecommendationKind, t.RecommendedOn, t.RecommendationResult, t.CreatedAt, t.CreatedByName, t.Version,
        }).ToListAsync(ct);
        return rows.Select(t => new TypicalCaseRow(t.Id, t.CaseId, t.CaseNumber, t.Title, t.Status, TypicalCaseWorkflow.Name(t.Status), t.OrgUnitId,
            t.Unit, t.IsFineCase, t.PublishChannel, t.PublishedOn, t.RecommendationKind is { } k ? TypicalCaseWorkflow.Name(k) : null, t.RecommendedOn,
            t.RecommendationKind is null ? null : TypicalCaseWorkflow.Name(t.RecommendationResult ?? RecommendationResult.Pending),
            t.CreatedAt, t.CreatedByName, t.Version)).ToList();
    }

    /// <summary>The case's parties, the enterprise-naming decision on <paramref name="on"/>, and the bureau that publishes.</summary>
    private async Task<(List<DraftParty> Parties, NamingDecision Naming)> SubjectsAsync(ZhibaoDb db, Case c, DateOnly on, CancellationToken ct)
    {
        var parties = await db.CaseParties.AsNoTracking().Where(p => p.CaseId == c.Id).OrderBy(p => p.Id).Include(p => p.Party)
            .Select(p => new DraftParty(p.Party!, p.Role)).ToListAsync(ct);
        var lower = SettingsReader.Number(await settings.AllAsync(ct), "Cases.PublicityLowerFineAmount", 10000);
        var naming = c switch
        {
            PenaltyCase p => PublicationNaming.ForPenalty(p.Outcome, p.WarningOnly, p.FineAmount ?? 0, p.ConfiscatedAmount > 0, p.PublishedOn, lower, on),
            AdjudicationCase a => PublicationNaming.ForAdjudication(a.Closure),
            _ => PublicationNaming.ForMediation(),
        };
        return (parties, naming);
    }

    /// <summary>Drafts the typical case of a closed case (404-like 400 outside the scope, 409 while open or when one exists).</summary>
    public async Task<PublicityResult<TypicalCaseDetail>> CreateAsync(TypicalCaseCreateInput? input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input?.CaseId is not { } caseId)
        {
            return PublicityResult.Invalid<TypicalCaseDetail>(errors.Add("caseId", "请选择已结案的案件"));
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Include(x => x.Rights).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return PublicityResult.Invalid<TypicalCaseDetail>(errors.Add("caseId", "案件不存在或不在您的数据权限范围内"));
        }
        if (!SatisfactionRules.IsClosed(c.Kind, c.Status))
        {
            return PublicityResult.Refused<TypicalCaseDetail>(
                $"案件尚未结案（当前状态：{CaseKinds.StatusName(c.Kind, c.Status)}），结案后才能生成典型案例");
        }
        if (await db.TypicalCases.IgnoreQueryFilters().Where(t => t.CaseId == caseId).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            return PublicityResult.Refused<TypicalCaseDetail>($"本案已生成典型案例（编号{existing}），请直接编辑该典型案例",
                new Dictionary<string, object?> { ["existingId"] = existing });
        }
        var today = Clock.Today(clock);
        var (parties, naming) = await SubjectsAsync(db, c, today, ct);
        var sessions = c.Kind == CaseKind.Mediation ? await db.MediationSessions.CountAsync(s => s.CaseId == c.Id, ct) : 0;
        var bureau = tree.BureauName(c.OrgUnitId) ?? "";
        var raw = TypicalCaseDrafts.Write(c, parties, c.Rights, bureau, sessions);
        var blocks = TypicalCaseDrafts.Deidentify(raw, TypicalCaseDrafts.Subjects(parties, naming));
        var now = clock.GetUtcNow().UtcDateTime;
        var typical = new TypicalCase
        {
            CaseId = c.Id, OrgUnitId = c.OrgUnitId, Status = TypicalCaseStatus.Draft, Title = Cut(blocks.Title, 200), Facts = Cut(blocks.Facts, 8000),
            Handling = Cut(blocks.Handling, 8000), Result = Cut(blocks.Result, 8000), Significance = blocks.Significance,
            NamingNote = parties.Any(p => p.Party.Kind == PartyKind.Enterprise) ? naming.Reason : null,
            CreatedAt = now, CreatedByName = Actor, UpdatedAt = now,
        };
        db.TypicalCases.Add(typical);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two drafts of the same case at once: the unique index keeps one.
            return PublicityResult.Refused<TypicalCaseDetail>("本案已生成典型案例，请刷新后直接编辑该典型案例");
        }
        return PublicityResult.Ok<TypicalCaseDetail>((await GetAsync(typical.Id, ct))!);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    public async Task<TypicalCaseDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.TypicalCases.AsNoTracking().Include(x => x.OrgUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            return null;
        }
        // The case itself may lie outside the reader's scope (a leader's unit moved …): read it without the filter.
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.Id == t.CaseId, ct);
        var problems = await ProblemsAsync(db, t, c, ct);
        var reports = await MediaReports.RowsAsync(db, db.MediaReports.Where(m => m.TypicalCaseId == id), ct);
        var allowed = TypicalCaseWorkflow.Allowed(t.Status).Where(CanDo).Select(TypicalCaseWorkflow.ApiName).ToList();
        var recommendation = t.RecommendationKind is { } kind
            ? new TypicalCaseRecommendation(kind, TypicalCaseWorkflow.Name(kind), t.RecommendedOn, t.RecommendationResult ?? RecommendationResult.Pending,
                TypicalCaseWorkflow.Name(t.RecommendationResult ?? RecommendationResult.Pending), t.RecommendationResultOn, t.RecommendationNote)
            : null;
        return new TypicalCaseDetail(t.Id, t.CaseId, c.CaseNumber, c.Title, c.Kind, CaseKinds.Name(c.Kind), t.OrgUnitId, t.OrgUnit!.Name,
            t.Status, TypicalCaseWorkflow.Name(t.Status), TypicalCaseWorkflow.IsEditable(t.Status) && user.HasPermission(Permissions.PublicityEdit), allowed,
            t.Title, t.Facts, t.Handling, t.Result, t.Significance, t.IsFineCase, t.NamingNote, problems,
            t.CreatedAt, t.CreatedByName, t.UpdatedAt, t.SubmittedAt, t.SubmittedByName, t.ReviewedAt, t.ReviewedByName, t.ReviewComment,
            t.PublishChannel, t.PublishOutlet, t.PublishedOn, t.PublishLink, recommendation, reports, t.Version);
    }

    private async Task<IReadOnlyList<TypicalCaseProblem>> ProblemsAsync(ZhibaoDb db, TypicalCase t, Case c, CancellationToken ct)
    {
        var (parties, naming) = await SubjectsAsync(db, c, Clock.Today(clock), ct);
        return TypicalCaseDrafts.Scan(Blocks(t), TypicalCaseDrafts.Subjects(parties, naming));
    }

    private static TypicalCaseBlocks Blocks(TypicalCase t) => new(t.Title, t.Facts, t.Handling, t.Result, t.Significance);

    private bool CanDo(TypicalCaseAction action) => user.HasPermission(PermissionFor(action));

    /// <summary>审核 (approve, return) is for the 知识产权科 head and 局领导; the other steps for whoever edits publicity.</summary>
    public static string PermissionFor(TypicalCaseAction action) =>
        action is TypicalCaseAction.Approve or TypicalCaseAction.Return ? Permissions.PublicityApprove : Permissions.PublicityEdit;

    /// <summary>Saves the blocks; only in 草稿 or 已退回 (409 otherwise), a stale version throws (409).</summary>
    public async Task<PublicityResult<TypicalCaseDetail>> UpdateAsync(int id, TypicalCaseInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.TypicalCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null)
        {
            return PublicityResult.Missing<TypicalCaseDetail>();
        }
        if (errors.Any)
        {
            return PublicityResult.Invalid<TypicalCaseDetail>(errors);
        }
        if (!TypicalCaseWorkflow.IsEditable(t.Status))
        {
            return PublicityResult.Refused<TypicalCaseDetail>($"典型案例当前状态为“{TypicalCaseWorkflow.Name(t.Status)}”，只有草稿或已退回的典型案例可以修改");
        }
        db.Entry(t).Property(x => x.Version).OriginalValue = input!.Version;
        t.Title = input.Title!.Trim();
        t.Facts = input.Facts?.Trim() ?? "";
        t.Handling = input.Handling?.Trim() ?? "";
        t.Result = input.Result?.Trim() ?? "";
        t.Significance = input.Significance?.Trim() ?? "";
        t.IsFineCase = input.IsFineCase;
        t.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<TypicalCaseDetail>((await GetAsync(id, ct))!);
    }

    public async Task<PublicityResult<TypicalCaseDetail>> ActAsync(int id, string action, TypicalCaseActionInput? input, CancellationToken ct)
    {
        input ??= new TypicalCaseActionInput();
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.TypicalCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (t is null || TypicalCaseWorkflow.ParseAction(action) is not { } act)
        {
            return PublicityResult.Missing<TypicalCaseDetail>();
        }
        if (!CanDo(act))
        {
            return new(null, new FieldErrors(), Forbidden: act is TypicalCaseAction.Approve or TypicalCaseAction.Return
                ? "审核典型案例须由知识产权科负责人或局领导进行" : "无权办理典型案例");
        }
        if (TypicalCaseWorkflow.Apply(t.Status, act) is not { } next)
        {
            return PublicityResult.Refused<TypicalCaseDetail>(TypicalCaseWorkflow.Refusal(t.Status, act));
        }
        if (input.Version is { } version)
        {
            db.Entry(t).Property(x => x.Version).OriginalValue = version;
        }
        var errors = Validation.Validate(input);
        var today = Clock.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        if (act is TypicalCaseAction.Approve or TypicalCaseAction.Publish)
        {
            // The text was fixed by approval, but the parties or the publication period may have changed since: scan again.
            var c = await db.Cases.IgnoreQueryFilters().AsNoTracking().FirstAsync(x => x.Id == t.CaseId, ct);
            var problems = await ProblemsAsync(db, t, c, ct);
            if (problems.Count > 0)
            {
                return new(null, errors, Problems: problems);
            }
        }
        switch (act)
        {
            case TypicalCaseAction.Submit:
                t.SubmittedAt = now;
                t.SubmittedByName = Actor;
                break;
            case TypicalCaseAction.Approve:
            case TypicalCaseAction.Return:
                if (act == TypicalCaseAction.Return && string.IsNullOrWhiteSpace(input.Comment))
                {
                    errors.Add("comment", "退回须填写修改意见");
                }
                t.ReviewedAt = now;
                t.ReviewedByName = Actor;
                t.ReviewComment = PublicityEvents.Blank(input.Comment);
                break;
            case TypicalCaseAction.Publish:
            {
                var channel = await MediaReports.CheckChannelAsync(db, input.Channel, "channel", errors, ct);
                MediaReports.CheckPublication(input.PublishedOn, input.Link, input.Views, errors, today);
                if (input.PublishedOn is { } on && t.ReviewedAt is { } reviewed && on < DateOnly.FromDateTime(Clock.ToChina(reviewed)))
                {
                    errors.Add("publishedOn", "发布日期不能早于审核通过的日期");
                }
                if (errors.Any)
                {
                    break;
                }
                if (t.PublishedOn is null)
                {
                    t.PublishChannel = channel;
                    t.PublishOutlet = PublicityEvents.Blank(input.Outlet);
                    t.PublishedOn = input.PublishedOn;
                    t.PublishLink = PublicityEvents.Blank(input.Link);
                }
                var report = media.New(channel!, input.Outlet, t.Title, input.Link, input.PublishedOn!.Value, input.Views, t.OrgUnitId);
                report.TypicalCase = t;
                db.MediaReports.Add(report);
                break;
            }
            case TypicalCaseAction.Recommend:
                Recommend(t, input, errors, today);
                break;
        }
        if (errors.Any)
        {
            return PublicityResult.Invalid<TypicalCaseDetail>(errors);
        }
        t.Status = next;
        t.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<TypicalCaseDetail>((await GetAsync(id, ct))!);
    }

    /// <summary>推荐典型案例/指导案例 to the city bureau, then (same action again) its result 采纳/未采纳.</summary>
    private static void Recommend(TypicalCase t, TypicalCaseActionInput input, FieldErrors errors, DateOnly today)
    {
        RecommendationKind? kind = input.RecommendationKind?.Trim() switch
        {
            null or "" => t.RecommendationKind,
            var k when string.Equals(k, "typicalCase", StringComparison.OrdinalIgnoreCase) || k == "典型案例" => RecommendationKind.TypicalCase,
            var k when string.Equals(k, "guidingCase", StringComparison.OrdinalIgnoreCase) || k == "指导案例" => RecommendationKind.GuidingCase,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add("recommendationKind", "请选择推荐类型：典型案例（typicalCase）或指导案例（guidingCase）");
        }
        var recommendedOn = input.RecommendedOn ?? t.RecommendedOn;
        if (recommendedOn is null)
        {
            errors.Add("recommendedOn", "请选择推荐日期");
        }
        else if (recommendedOn > today)
        {
            errors.Add("recommendedOn", "推荐日期不能晚于今天");
        }
        RecommendationResult? result = input.Result?.Trim() switch
        {
            null or "" => t.RecommendationResult ?? RecommendationResult.Pending,
            var r when string.Equals(r, "pending", StringComparison.OrdinalIgnoreCase) || r == "待反馈" => RecommendationResult.Pending,
            var r when string.Equals(r, "adopted", StringComparison.OrdinalIgnoreCase) || r == "采纳" => RecommendationResult.Adopted,
            var r when string.Equals(r, "notAdopted", StringComparison.OrdinalIgnoreCase) || r == "未采纳" => RecommendationResult.NotAdopted,
            _ => null,
        };
        var resultOn = input.ResultOn ?? (result == t.RecommendationResult ? t.RecommendationResultOn : null);
        if (result is null)
        {
            errors.Add("result", "推荐结果须为待反馈（pending）、采纳（adopted）或未采纳（notAdopted）");
        }
        else if (result != RecommendationResult.Pending && resultOn is null)
        {
            errors.Add("resultOn", "请填写市局反馈结果的日期");
        }
        else if (resultOn is { } r && (r > today || (recommendedOn is { } from && r < from)))
        {
            errors.Add("resultOn", "反馈日期应在推荐日期之后且不晚于今天");
        }
        if (errors.Any)
        {
            return;
        }
        t.RecommendationKind = kind;
        t.RecommendedOn = recommendedOn;
        t.RecommendationResult = result;
        t.RecommendationResultOn = result == RecommendationResult.Pending ? null : resultOn;
        t.RecommendationNote = PublicityEvents.Blank(input.Comment) ?? t.RecommendationNote;
        if (input.IsFineCase is { } fine)
        {
            t.IsFineCase = fine;
        }
    }

    /// <summary>The year's counts (drafted, approved and fine cases by creation year; published and recommended by their dates).</summary>
    public async Task<TypicalCaseCounts> CountsAsync(int? year, int? unitId, CancellationToken ct)
    {
        var y = year ?? Clock.Today(clock).Year;
        var (from, to) = YearUtc(y);
        var (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.TypicalCases.AsNoTracking();
        var units = unitId is { } unit ? tree.UnitAndBelow(unit).ToList() : null;
        if (units is not null)
        {
            query = query.Where(t => units.Contains(t.OrgUnitId));
        }
        var rows = await query.Where(t => (t.CreatedAt >= from && t.CreatedAt < to) || (t.ReviewedAt >= from && t.ReviewedAt < to))
            .Select(t => new { t.CreatedAt, t.Status, t.ReviewedAt, t.IsFineCase })
            .ToListAsync(ct);
        bool InYear(DateTime? at) => at >= from && at < to;
        var recommended = await Recommended(db, first, last, units)
            .Select(t => new { t.RecommendationKind, t.RecommendationResult }).ToListAsync(ct);
        return new TypicalCaseCounts(y, unitId,
            rows.Count(r => InYear(r.CreatedAt)),
            rows.Count(r => r.Status is TypicalCaseStatus.Approved or TypicalCaseStatus.Published && InYear(r.ReviewedAt)),
            await Published(db, first, last, units).CountAsync(ct),
            rows.Count(r => r.IsFineCase && InYear(r.CreatedAt)),
            recommended.Count,
            recommended.Count(r => r.RecommendationKind == RecommendationKind.TypicalCase),
            recommended.Count(r => r.RecommendationKind == RecommendationKind.GuidingCase),
            recommended.Count(r => r.RecommendationResult == RecommendationResult.Adopted),
            recommended.Count(r => r.RecommendationResult == RecommendationResult.NotAdopted),
            recommended.Count(r => r.RecommendationResult is null or RecommendationResult.Pending));
    }

    /// <summary>
    /// Typical cases published between <paramref name="from"/> and <paramref name="to"/> by <paramref name="units"/> (or every
    /// unit the context sees): 典型案例发布数 of the yearly counts, of the plan's indicator and of the year-end summary.
    /// </summary>
    public static IQueryable<TypicalCase> Published(ZhibaoDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? units = null)
    {
        var cases = db.TypicalCases.AsNoTracking().Where(t => t.PublishedOn >= from && t.PublishedOn <= to);
        return units is null ? cases : cases.Where(t => units.Contains(t.OrgUnitId));
    }

    /// <summary>
    /// Typical cases recommended to the city bureau (典型案例 or 指导案例) between <paramref name="from"/> and <paramref name="to"/>
    /// by <paramref name="units"/> (or every unit the context sees): 推荐数 of the yearly counts and of the plan's indicator.
    /// </summary>
    public static IQueryable<TypicalCase> Recommended(ZhibaoDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? units = null)
    {
        var cases = db.TypicalCases.AsNoTracking().Where(t => t.RecommendedOn >= from && t.RecommendedOn <= to);
        return units is null ? cases : cases.Where(t => units.Contains(t.OrgUnitId));
    }

    /// <summary>The approved or published text as .docx (409 before approval: the text may still hold personal data).</summary>
    public async Task<PublicityResult<TypicalCaseFile>> DocumentAsync(int id, CancellationToken ct)
    {
        var t = await GetAsync(id, ct);
        if (t is null)
        {
            return PublicityResult.Missing<TypicalCaseFile>();
        }
        if (t.Status is not (TypicalCaseStatus.Approved or TypicalCaseStatus.Published))
        {
            return PublicityResult.Refused<TypicalCaseFile>($"典型案例当前状态为“{t.StatusName}”，审核通过后才能导出");
        }
        if (t.Problems.Count > 0)
        {
            return new(null, new FieldErrors(), Problems: t.Problems);
        }
        var byline = (tree.BureauName(t.OrgUnitId) ?? t.OrgUnitName) + (t.PublishedOn is { } on ? "　" + TypicalCaseDrafts.Day(on) : "");
        var blocks = new TypicalCaseBlocks(t.Title, t.Facts, t.Handling, t.Result, t.Significance);
        var content = TypicalCaseDocument.Build(t.Title, byline, blocks.All.Skip(1).Select(b => (b.Name, b.Text)));
        return PublicityResult.Ok<TypicalCaseFile>(new TypicalCaseFile($"典型案例_{t.Id}.docx", content));
    }

    /// <summary>Closed cases in scope without a typical case yet, newest first (the “生成典型案例” choice).</summary>
    public async Task<List<LookupOption>> ClosedCasesAsync(string? keyword, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        string[] closed = [nameof(PenaltyCaseStatus.Closed), nameof(PenaltyCaseStatus.Archived)];
        var query = db.Cases.AsNoTracking().Where(c => closed.Contains(c.Status) && !db.TypicalCases.IgnoreQueryFilters().Any(t => t.CaseId == c.Id));
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var k = keyword.Trim();
            query = query.Where(c => c.Title.Contains(k) || (c.CaseNumber != null && c.CaseNumber.Contains(k)));
        }
        var rows = await query.OrderByDescending(c => c.Id).Take(100).Select(c => new { c.Id, c.CaseNumber, c.Title, c.Kind }).ToListAsync(ct);
        return rows.Select(c => new LookupOption(c.Id, $"{c.CaseNumber ?? "（无案号）"} {c.Title}（{CaseKinds.Name(c.Kind)}）")).ToList();
    }

    /// <summary>Published typical cases in scope, for linking a media report.</summary>
    public async Task<List<LookupOption>> PublishedAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.TypicalCases.AsNoTracking().Where(t => t.Status == TypicalCaseStatus.Published).OrderByDescending(t => t.Id).Take(200)
            .Select(t => new LookupOption(t.Id, t.Title)).ToListAsync(ct);
    }

    public static readonly ExcelColumn<TypicalCaseRow>[] Columns =
    [
        new("编号", r => r.Id), new("标题", r => r.Title), new("案号", r => r.CaseNumber), new("办案单位", r => r.OrgUnitName), new("状态", r => r.StatusName),
        new("精品案件", r => r.IsFineCase ? "是" : "否"), new("发布渠道", r => r.PublishChannel),
        new("发布日期", r => r.PublishedOn is { } d ? PublicityEvents.Date(d) : null), new("推荐类型", r => r.RecommendationKindName),
        new("推荐日期", r => r.RecommendedOn is { } d ? PublicityEvents.Date(d) : null), new("推荐结果", r => r.RecommendationResultName),
        new("起草人", r => r.CreatedByName), new("起草时间", r => Clock.Format(r.CreatedAt)),
    ];

    private static (DateTime From, DateTime To) YearUtc(int year)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - Clock.ChinaOffset;
        return (from, from.AddYears(1));
    }

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";
}
