using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Publicity;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Platform.Files;

namespace Zhibao.Web.Publicity;

/// <summary>
/// 宣传活动和培训: the register of events (3·15, 4·26宣传周, 公益讲座, 以案释法, 企业培训, 诚信宣传, 走访企业), their photos and
/// materials, and the yearly counts the plan reads. Events belong to the organising unit: <c>db.PublicityEvents</c> carries
/// the data-scope filter, so a unit sees its own events and those of the units below it.
/// </summary>
public sealed class PublicityEvents(IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, UploadedFiles files, TimeProvider clock)
{
    public const int MaxQuestions = 100;

    public static string FileKindName(PublicityFileKind kind) => kind == PublicityFileKind.Photo ? "照片" : "资料";

    public static PublicityFileKind? ParseFileKind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "PHOTO" or "照片" => PublicityFileKind.Photo,
        "MATERIAL" or "资料" or "宣传资料" => PublicityFileKind.Material,
        _ => null,
    };

    public FieldErrors Validate(PublicityEventQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        if (!string.IsNullOrWhiteSpace(q.Type) && PublicityEventRules.Parse(q.Type) is null)
        {
            errors.Add("type", TypeError(q.Type));
        }
        PublicityScope.ValidateYearAndUnit(q.Year, q.UnitId, user, errors);
        return errors;
    }

    public static string TypeError(string? type) =>
        (string.IsNullOrWhiteSpace(type) ? "请选择活动类型" : $"活动类型“{type.Trim()}”无效")
        + "，可选：" + string.Join("、", Enum.GetValues<PublicityEventType>().Select(t => $"{JsonName(t)}（{PublicityEventRules.ShortName(t)}）"));

    private static string JsonName(PublicityEventType type) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(type.ToString());

    public async Task<Page<PublicityEventRow>> ListAsync(PublicityEventQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await Rows(query.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new Page<PublicityEventRow>(rows.Select(Row).ToList(), total, page, size);
    }

    public async Task<List<PublicityEventRow>> AllAsync(PublicityEventQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Rows(Filter(db, q).OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).Take(ExcelExport.MaxRows)).ToListAsync(ct);
        return rows.Select(Row).ToList();
    }

    private sealed record RawRow(PublicityEvent Event, string UnitName, List<string> Partners, int Photos);

    private static IQueryable<RawRow> Rows(IQueryable<PublicityEvent> query) => query.Select(e => new RawRow(
        e, e.OrgUnit!.Name, e.Partners.Select(p => p.OrgUnit!.Name).ToList(), e.Files.Count(f => f.Kind == PublicityFileKind.Photo)));

    private static PublicityEventRow Row(RawRow r) => new(r.Event.Id, r.Event.Type, PublicityEventRules.ShortName(r.Event.Type), r.Event.Title,
        r.Event.StartDate, r.Event.EndDate, r.Event.Place, r.Event.OrgUnitId, r.UnitName, string.Join("、", r.Partners), r.Event.AudienceCount,
        r.Event.EnterprisesReached, r.Photos, r.Event.Version);

    private IQueryable<PublicityEvent> Filter(ZhibaoDb db, PublicityEventQuery q)
    {
        var query = db.PublicityEvents.AsNoTracking();
        if (PublicityEventRules.Parse(q.Type) is { } type)
        {
            query = query.Where(e => e.Type == type);
        }
        if (q.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(e => e.StartDate >= from && e.StartDate <= to);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(e => units.Contains(e.OrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(e => e.Title.Contains(k) || (e.Place != null && e.Place.Contains(k)) || (e.Summary != null && e.Summary.Contains(k)));
        }
        return query;
    }

    public async Task<PublicityEventDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.PublicityEvents.AsNoTracking().AsSplitQuery().Include(x => x.OrgUnit)
            .Include(x => x.Partners).ThenInclude(p => p.OrgUnit).Include(x => x.Parties).ThenInclude(p => p.Party)
            .Include(x => x.Questions).Include(x => x.Files).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }
        var media = await MediaReports.RowsAsync(db, db.MediaReports.Where(m => m.EventId == id), ct);
        return new PublicityEventDetail(e.Id, e.Type, PublicityEventRules.ShortName(e.Type), e.Title, e.StartDate, e.EndDate, e.DateNote, e.Place,
            e.OrgUnitId, e.OrgUnit!.Name, e.Partners.OrderBy(p => p.Id).Select(p => new NamedRef(p.OrgUnitId, p.OrgUnit!.Name)).ToList(),
            e.AudienceCount, e.EnterprisesReached, e.Parties.OrderBy(p => p.Id).Select(p => new NamedRef(p.PartyId, p.Party!.Name)).ToList(),
            e.Visitors, e.Questions.OrderBy(q => q.SortOrder).Select(q => new VisitQuestionView(q.PartyId, q.EnterpriseName, q.Question, q.Answer)).ToList(),
            e.Summary,
            e.Files.OrderBy(f => f.Id).Select(f => new PublicityFileView(f.Id, f.Kind, FileKindName(f.Kind), f.FileName, f.ContentType, f.Size, f.Sha256,
                f.Description, f.UploadedAt, f.UploadedByName, $"/api/publicity/events/{e.Id}/files/{f.Id}")).ToList(),
            media, e.CreatedAt, e.CreatedByName, e.UpdatedAt, e.Version);
    }

    public async Task<PublicityResult<PublicityEventDetail>> CreateAsync(PublicityEventInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, valid) = await ValidateAsync(db, input, ct);
        if (valid is null)
        {
            return PublicityResult.Invalid<PublicityEventDetail>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var e = new PublicityEvent { Title = "", CreatedAt = now, CreatedByName = Actor };
        Apply(e, valid, now);
        db.PublicityEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<PublicityEventDetail>((await GetAsync(e.Id, ct))!);
    }

    /// <summary>A stale <see cref="PublicityEventInput.Version"/> throws <see cref="DbUpdateConcurrencyException"/> (409).</summary>
    public async Task<PublicityResult<PublicityEventDetail>> UpdateAsync(int id, PublicityEventInput? input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.PublicityEvents.AsSplitQuery().Include(x => x.Partners).Include(x => x.Parties).Include(x => x.Questions)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return PublicityResult.Missing<PublicityEventDetail>();
        }
        var (errors, valid) = await ValidateAsync(db, input, ct);
        if (valid is null)
        {
            return PublicityResult.Invalid<PublicityEventDetail>(errors);
        }
        db.Entry(e).Property(x => x.Version).OriginalValue = input!.Version;
        Apply(e, valid, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<PublicityEventDetail>((await GetAsync(id, ct))!);
    }

    private sealed record ValidEvent(
        PublicityEventType Type, string Title, DateOnly Start, DateOnly End, string? DateNote, string? Place, int UnitId, List<int> Partners,
        int Audience, int Enterprises, List<int> Parties, string? Visitors, List<PublicityVisitQuestion> Questions, string? Summary);

    private async Task<(FieldErrors Errors, ValidEvent? Valid)> ValidateAsync(ZhibaoDb db, PublicityEventInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return (errors, null);
        }
        var type = PublicityEventRules.Parse(input.Type);
        if (type is null)
        {
            errors.Add("type", TypeError(input.Type));
        }
        var start = input.StartDate;
        var end = input.EndDate ?? start;
        if (type is { } t && start is { } s && end is { } en)
        {
            foreach (var problem in PublicityEventRules.CheckDates(t, s, en, input.DateNote))
            {
                errors.Add(problem.Field, problem.Message);
            }
        }
        if (input.AudienceCount is < 0)
        {
            errors.Add("audienceCount", "参加人数不能为负数");
        }
        var parties = (input.PartyIds ?? []).Distinct().ToList();
        if (parties.Count > 0)
        {
            var found = await db.Parties.AsNoTracking().Where(p => parties.Contains(p.Id)).Select(p => new { p.Id, p.Kind, p.Name }).ToListAsync(ct);
            if (found.Count != parties.Count)
            {
                errors.Add("partyIds", "所选企业不在当事人名录中");
            }
            else if (found.FirstOrDefault(p => p.Kind != PartyKind.Enterprise) is { } person)
            {
                errors.Add("partyIds", $"“{person.Name}”是个人，覆盖企业只能关联企业");
            }
        }
        if (input.EnterprisesReached is < 0)
        {
            errors.Add("enterprisesReached", "覆盖企业数不能为负数");
        }
        else if (input.EnterprisesReached is { } reached && reached < parties.Count)
        {
            errors.Add("enterprisesReached", $"覆盖企业数不能少于关联的企业数（{parties.Count}家）");
        }
        var unitId = input.UnitId ?? user.OrgUnitId;
        var unit = unitId is { } u ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(x => x.Id == u, ct) : null;
        if (unit is null || unit.Kind == OrgUnitKind.External)
        {
            errors.Add("unitId", "请选择本局的承办单位");
        }
        else if (!user.SeesAllUnits && !user.VisibleUnitIds.Contains(unit.Id))
        {
            errors.Add("unitId", "只能登记本单位及下级单位承办的活动");
        }
        var partners = (input.PartnerUnitIds ?? []).Distinct().ToList();
        if (partners.Count > 0)
        {
            var known = await db.OrgUnits.AsNoTracking().CountAsync(x => partners.Contains(x.Id), ct);
            if (known != partners.Count)
            {
                errors.Add("partnerUnitIds", "所选合办单位不存在");
            }
            else if (unit is not null && partners.Contains(unit.Id))
            {
                errors.Add("partnerUnitIds", "承办单位不必再列为合办单位");
            }
        }
        var questions = ValidateQuestions(input, type, errors);
        if (type == PublicityEventType.EnterpriseVisit && string.IsNullOrWhiteSpace(input.Visitors))
        {
            errors.Add("visitors", "请填写走访人员");
        }
        if (errors.Any)
        {
            return (errors, null);
        }
        return (errors, new ValidEvent(type!.Value, input.Title!.Trim(), start!.Value, end!.Value, Blank(input.DateNote), Blank(input.Place),
            unit!.Id, partners, input.AudienceCount ?? 0, input.EnterprisesReached ?? parties.Count, parties, Blank(input.Visitors), questions,
            Blank(input.Summary)));
    }

    private static List<PublicityVisitQuestion> ValidateQuestions(PublicityEventInput input, PublicityEventType? type, FieldErrors errors)
    {
        var list = input.Questions ?? [];
        var questions = new List<PublicityVisitQuestion>();
        if (type == PublicityEventType.EnterpriseVisit && !list.Any(q => !string.IsNullOrWhiteSpace(q.Question)))
        {
            errors.Add("questions", "走访企业须记录企业、商户提出的问题及解答（至少一条）");
        }
        if (list.Count > MaxQuestions)
        {
            errors.Add("questions", $"问答不超过{MaxQuestions}条");
            return questions;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var q = list[i];
            if (string.IsNullOrWhiteSpace(q.Question) && string.IsNullOrWhiteSpace(q.Answer))
            {
                continue; // an empty line of the form
            }
            if (string.IsNullOrWhiteSpace(q.Question) || q.Question.Trim().Length > 1000)
            {
                errors.Add($"questions[{i}].question", "请填写企业提出的问题（不超过1000个字符）");
            }
            if (string.IsNullOrWhiteSpace(q.Answer) || q.Answer.Trim().Length > 2000)
            {
                errors.Add($"questions[{i}].answer", "请填写解答（不超过2000个字符）");
            }
            if (q.EnterpriseName?.Trim().Length > 200)
            {
                errors.Add($"questions[{i}].enterpriseName", "企业名称不超过200个字符");
            }
            questions.Add(new PublicityVisitQuestion
            {
                SortOrder = questions.Count + 1, PartyId = q.PartyId, EnterpriseName = Blank(q.EnterpriseName),
                Question = q.Question?.Trim() ?? "", Answer = q.Answer?.Trim() ?? "",
            });
        }
        return questions;
    }

    private static void Apply(PublicityEvent e, ValidEvent v, DateTime now)
    {
        e.Type = v.Type;
        e.Title = v.Title;
        e.StartDate = v.Start;
        e.EndDate = v.End;
        e.DateNote = v.DateNote;
        e.Place = v.Place;
        e.OrgUnitId = v.UnitId;
        e.AudienceCount = v.Audience;
        e.EnterprisesReached = v.Enterprises;
        e.Visitors = v.Visitors;
        e.Summary = v.Summary;
        e.UpdatedAt = now;
        e.Partners.RemoveAll(p => !v.Partners.Contains(p.OrgUnitId));
        e.Partners.AddRange(v.Partners.Where(id => e.Partners.All(p => p.OrgUnitId != id)).Select(id => new PublicityEventPartner { OrgUnitId = id }));
        e.Parties.RemoveAll(p => !v.Parties.Contains(p.PartyId));
        e.Parties.AddRange(v.Parties.Where(id => e.Parties.All(p => p.PartyId != id)).Select(id => new PublicityEventParty { PartyId = id }));
        e.Questions.Clear();
        e.Questions.AddRange(v.Questions);
    }

    public async Task<PublicityResult<PublicityEventDetail>> UploadAsync(int id, string? fileName, Stream content, string? kind, string? description, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var fileKind = ParseFileKind(kind);
        if (fileKind is null)
        {
            errors.Add("kind", "文件类别须为照片（photo）或资料（material）");
        }
        if (description?.Trim().Length > 500)
        {
            errors.Add("description", "说明不超过500个字符");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.PublicityEvents.AnyAsync(x => x.Id == id, ct))
        {
            return PublicityResult.Missing<PublicityEventDetail>();
        }
        // Photos are images; materials take any type the settings allow.
        var file = await files.ReadAsync(fileName, content, errors, fileKind == PublicityFileKind.Photo ? UploadedFiles.ImageExtensions : null, ct);
        if (file is null)
        {
            return PublicityResult.Invalid<PublicityEventDetail>(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.PublicityEventFiles.Add(new PublicityEventFile
        {
            EventId = id, Kind = fileKind!.Value, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length,
            Sha256 = file.Sha256, Description = Blank(description), StoredFile = new StoredFile { Content = file.Content }, UploadedAt = now,
            UploadedByName = Actor,
        });
        // The event itself is not touched: a form open on it keeps its version.
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<PublicityEventDetail>((await GetAsync(id, ct))!);
    }

    public async Task<UploadedFile?> FileAsync(int id, int fileId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // Through the event, so its data scope applies to its files.
        if (!await db.PublicityEvents.AnyAsync(e => e.Id == id, ct))
        {
            return null;
        }
        return await db.PublicityEventFiles.AsNoTracking().Where(f => f.Id == fileId && f.EventId == id)
            .Select(f => new UploadedFile(f.FileName, f.ContentType, f.StoredFile!.Content, f.Sha256)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Publicity photos are no case file: removing one deletes it with its content (the audit log keeps the record).</summary>
    public async Task<PublicityResult<PublicityEventDetail>> DeleteFileAsync(int id, int fileId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var exists = await db.PublicityEvents.AnyAsync(x => x.Id == id, ct);
        var file = !exists ? null : await db.PublicityEventFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.EventId == id, ct);
        if (file is null)
        {
            return PublicityResult.Missing<PublicityEventDetail>();
        }
        db.PublicityEventFiles.Remove(file);
        db.StoredFiles.Remove(new StoredFile { Id = file.StoredFileId, Content = [] });
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<PublicityEventDetail>((await GetAsync(id, ct))!);
    }

    /// <summary>The year's counts for the plan's indicators, within the caller's data scope (and <paramref name="unitId"/> and below).</summary>
    public async Task<PublicityCounts> CountsAsync(int? year, int? unitId, CancellationToken ct)
    {
        var y = year ?? Clock.Today(clock).Year;
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = unitId is { } unit ? tree.UnitAndBelow(unit).ToList() : null;
        var events = Held(db, from, to, units);
        var media = MediaReports.Published(db, from, to, units);
        var rows = await events.Select(e => new { e.Type, e.AudienceCount, e.EnterprisesReached, Questions = e.Questions.Count }).ToListAsync(ct);
        var views = await media.Select(m => m.Views).ToListAsync(ct);
        var byType = Enum.GetValues<PublicityEventType>().Select(t => new TypeCount(t, PublicityEventRules.ShortName(t),
            rows.Count(r => r.Type == t), rows.Where(r => r.Type == t).Sum(r => r.AudienceCount))).ToList();
        int Of(PublicityEventType t) => rows.Count(r => r.Type == t);
        return new PublicityCounts(y, unitId, rows.Count, byType,
            Of(PublicityEventType.ConsumerRightsDay) > 0, Of(PublicityEventType.ConsumerRightsDay),
            Of(PublicityEventType.IpWeek) > 0, Of(PublicityEventType.IpWeek),
            rows.Sum(r => r.AudienceCount), rows.Sum(r => r.EnterprisesReached), Of(PublicityEventType.EnterpriseVisit),
            rows.Sum(r => r.Questions), views.Count, views.Sum(v => (long)(v ?? 0)));
    }

    /// <summary>
    /// Events that started between <paramref name="from"/> and <paramref name="to"/>, organised by <paramref name="units"/> (or
    /// every unit the context sees): what the yearly counts above and the plan's indicators (3·15, 4·26宣传周) count.
    /// </summary>
    public static IQueryable<PublicityEvent> Held(ZhibaoDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? units = null)
    {
        var events = db.PublicityEvents.AsNoTracking().Where(e => e.StartDate >= from && e.StartDate <= to);
        return units is null ? events : events.Where(e => units.Contains(e.OrgUnitId));
    }

    /// <summary>Enterprises of the party registry whose name or code contains <paramref name="keyword"/> (the form's choices).</summary>
    public async Task<List<LookupOption>> EnterprisesAsync(string? keyword, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Enterprise);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var k = keyword.Trim();
            query = query.Where(p => p.Name.Contains(k) || p.UnifiedSocialCreditCode == k);
        }
        return await query.OrderBy(p => p.Name).Take(200).Select(p => new LookupOption(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>Every active unit but the root, outside bodies marked, for the partner choice.</summary>
    public async Task<List<LookupOption>> PartnerUnitsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.IsActive && (u.ParentId != null || u.Kind == OrgUnitKind.External))
            .OrderBy(u => u.Kind == OrgUnitKind.External).ThenBy(u => u.SortOrder).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        return units.Select(u => new LookupOption(u.Id, u.Kind == OrgUnitKind.External ? u.Name + "（外部）" : u.Name)).ToList();
    }

    /// <summary>Recent events in scope, for linking a media report.</summary>
    public async Task<List<LookupOption>> RecentAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.PublicityEvents.AsNoTracking().OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id).Take(200)
            .Select(e => new { e.Id, e.Title, e.StartDate }).ToListAsync(ct);
        return rows.Select(e => new LookupOption(e.Id, $"{Date(e.StartDate)} {e.Title}")).ToList();
    }

    public static readonly ExcelColumn<PublicityEventRow>[] Columns =
    [
        new("活动类型", r => r.TypeName), new("活动名称", r => r.Title), new("开始日期", r => Date(r.StartDate)), new("结束日期", r => Date(r.EndDate)),
        new("地点", r => r.Place), new("承办单位", r => r.OrgUnitName), new("合办单位", r => r.Partners), new("参加人数", r => r.AudienceCount),
        new("覆盖企业数", r => r.EnterprisesReached), new("照片数", r => r.PhotoCount),
    ];

    internal static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";
}

/// <summary>Query checks shared by the publicity lists and counts.</summary>
internal static class PublicityScope
{
    public static void ValidateYearAndUnit(int? year, int? unitId, CurrentUser user, FieldErrors errors)
    {
        if (year is < 2000 or > 2100)
        {
            errors.Add("year", "年份须在2000至2100之间");
        }
        if (unitId is { } unit && !user.SeesAllUnits && !user.VisibleUnitIds.Contains(unit))
        {
            errors.Add("unitId", "请选择本人数据权限范围内的单位");
        }
    }
}
