using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Publicity;

/// <summary>
/// 媒体报道: every publication (报刊, 电视, 新媒体, 网站 …, dictionary publicity_channel) with its link and reach, on its own or
/// about an event or a typical case. Reports belong to a unit (the linked item's, or the user's) for the data scope.
/// </summary>
public sealed class MediaReports(IDbContextFactory<ZhibaoDb> factory, CurrentUser user, OrgTree tree, TimeProvider clock)
{
    public const string ChannelDictionary = "publicity_channel";

    public FieldErrors Validate(MediaReportQuery q)
    {
        var errors = Paging.Validate(q.Page, q.PageSize);
        PublicityScope.ValidateYearAndUnit(q.Year, q.UnitId, user, errors);
        return errors;
    }

    public async Task<Page<MediaReportRow>> ListAsync(MediaReportQuery q, CancellationToken ct)
    {
        var page = q.Page ?? 1;
        var size = q.PageSize ?? 20;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, q);
        var total = await query.CountAsync(ct);
        var rows = await RowsAsync(db, query.OrderByDescending(m => m.PublishedOn).ThenByDescending(m => m.Id).Skip((page - 1) * size).Take(size), ct);
        return new Page<MediaReportRow>(rows, total, page, size);
    }

    public async Task<IReadOnlyList<MediaReportRow>> AllAsync(MediaReportQuery q, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await RowsAsync(db, Filter(db, q).OrderByDescending(m => m.PublishedOn).ThenByDescending(m => m.Id).Take(ExcelExport.MaxRows), ct);
    }

    private IQueryable<MediaReport> Filter(ZhibaoDb db, MediaReportQuery q)
    {
        var query = db.MediaReports.AsNoTracking();
        if (q.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(m => m.PublishedOn >= from && m.PublishedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(q.Channel))
        {
            var channel = q.Channel.Trim();
            query = query.Where(m => m.Channel == channel);
        }
        if (q.EventId is { } eventId)
        {
            query = query.Where(m => m.EventId == eventId);
        }
        if (q.TypicalCaseId is { } typicalCaseId)
        {
            query = query.Where(m => m.TypicalCaseId == typicalCaseId);
        }
        if (q.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit).ToList();
            query = query.Where(m => units.Contains(m.OrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var k = q.Search.Trim();
            query = query.Where(m => m.Title.Contains(k) || (m.Outlet != null && m.Outlet.Contains(k)));
        }
        return query;
    }

    /// <summary>Rows of <paramref name="query"/>; an event or typical case outside the caller's scope shows without its title.</summary>
    /// <summary>
    /// Reports published between <paramref name="from"/> and <paramref name="to"/> that count for <paramref name="units"/> (or
    /// every unit the context sees): the 媒体报道数 of the yearly counts and of the plan's indicator.
    /// </summary>
    public static IQueryable<MediaReport> Published(ZhibaoDb db, DateOnly from, DateOnly to, IReadOnlyCollection<int>? units = null)
    {
        var media = db.MediaReports.AsNoTracking().Where(m => m.PublishedOn >= from && m.PublishedOn <= to);
        return units is null ? media : media.Where(m => units.Contains(m.OrgUnitId));
    }

    internal static async Task<IReadOnlyList<MediaReportRow>> RowsAsync(ZhibaoDb db, IQueryable<MediaReport> query, CancellationToken ct)
    {
        var rows = await query.Select(m => new
        {
            m.Id, m.Channel, m.Outlet, m.Title, m.Link, m.PublishedOn, m.Views, m.EventId, m.TypicalCaseId, m.OrgUnitId,
            Unit = m.OrgUnit!.Name, m.CreatedAt, m.CreatedByName,
        }).ToListAsync(ct);
        var eventIds = rows.Where(r => r.EventId is not null).Select(r => r.EventId!.Value).Distinct().ToList();
        var caseIds = rows.Where(r => r.TypicalCaseId is not null).Select(r => r.TypicalCaseId!.Value).Distinct().ToList();
        var events = await db.PublicityEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        var cases = await db.TypicalCases.AsNoTracking().Where(t => caseIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
        return rows.Select(r => new MediaReportRow(r.Id, r.Channel, r.Outlet, r.Title, r.Link, r.PublishedOn, r.Views,
            r.EventId, r.EventId is { } e ? events.GetValueOrDefault(e) : null,
            r.TypicalCaseId, r.TypicalCaseId is { } t ? cases.GetValueOrDefault(t) : null,
            r.OrgUnitId, r.Unit, r.CreatedAt, r.CreatedByName)).ToList();
    }

    public async Task<PublicityResult<MediaReportRow>> CreateAsync(MediaReportInput? input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input is null)
        {
            return PublicityResult.Invalid<MediaReportRow>(errors);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var channel = await CheckChannelAsync(db, input.Channel, "channel", errors, ct);
        CheckPublication(input.PublishedOn, input.Link, input.Views, errors, Clock.Today(clock));
        int? unitId = null;
        if (input.EventId is { } eventId)
        {
            unitId = await db.PublicityEvents.Where(e => e.Id == eventId).Select(e => (int?)e.OrgUnitId).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                errors.Add("eventId", "所选宣传活动不存在或不在您的数据权限范围内");
            }
        }
        if (input.TypicalCaseId is { } typicalCaseId)
        {
            var linked = await db.TypicalCases.Where(t => t.Id == typicalCaseId).Select(t => new { t.OrgUnitId, t.Status }).FirstOrDefaultAsync(ct);
            if (linked is null)
            {
                errors.Add("typicalCaseId", "所选典型案例不存在或不在您的数据权限范围内");
            }
            else if (linked.Status != Domain.Publicity.TypicalCaseStatus.Published)
            {
                errors.Add("typicalCaseId", "典型案例须先审核通过并登记发布（发布操作会自动登记第一篇报道）");
            }
            unitId ??= linked?.OrgUnitId;
        }
        unitId ??= input.UnitId ?? user.OrgUnitId;
        if (input.UnitId is { } chosen && !user.SeesAllUnits && !user.VisibleUnitIds.Contains(chosen))
        {
            errors.Add("unitId", "请选择本人数据权限范围内的单位");
        }
        if (unitId is null)
        {
            errors.Add("unitId", "请选择报道所属单位");
        }
        if (errors.Any)
        {
            return PublicityResult.Invalid<MediaReportRow>(errors);
        }
        var report = New(channel!, input.Outlet, input.Title!, input.Link, input.PublishedOn!.Value, input.Views, unitId!.Value);
        report.EventId = input.EventId;
        report.TypicalCaseId = input.TypicalCaseId;
        db.MediaReports.Add(report);
        await db.SaveChangesAsync(ct);
        return PublicityResult.Ok<MediaReportRow>((await RowsAsync(db, db.MediaReports.Where(m => m.Id == report.Id), ct))[0]);
    }

    internal MediaReport New(string channel, string? outlet, string title, string? link, DateOnly publishedOn, int? views, int unitId) => new()
    {
        Channel = channel, Outlet = PublicityEvents.Blank(outlet), Title = title.Trim(), Link = PublicityEvents.Blank(link), PublishedOn = publishedOn,
        Views = views, OrgUnitId = unitId, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = user.DisplayName ?? user.UserName ?? "系统",
    };

    /// <summary>The channel as the dictionary publicity_channel labels it (报刊, 电视, 广播, 新媒体, 门户网站 …), or an error on <paramref name="field"/>.</summary>
    internal static async Task<string?> CheckChannelAsync(ZhibaoDb db, string? channel, string field, FieldErrors errors, CancellationToken ct)
    {
        var labels = await db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == ChannelDictionary && i.IsActive)
            .OrderBy(i => i.SortOrder).Select(i => i.Label).ToListAsync(ct);
        var text = channel?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, $"请选择宣传渠道：{string.Join("、", labels)}");
            return null;
        }
        // "网站" is how the seed names the bureau's portal (门户网站).
        var label = labels.FirstOrDefault(l => l == text) ?? labels.FirstOrDefault(l => text == "网站" && l.EndsWith("网站", StringComparison.Ordinal));
        if (label is null)
        {
            errors.Add(field, $"宣传渠道“{text}”不在数据字典中，可选：{string.Join("、", labels)}");
        }
        return label;
    }

    /// <summary>A publication date not in the future, an http(s) link, a reach not negative.</summary>
    internal static void CheckPublication(DateOnly? publishedOn, string? link, int? views, FieldErrors errors, DateOnly today)
    {
        if (publishedOn is null)
        {
            errors.Add("publishedOn", "请选择发布日期");
        }
        else if (publishedOn > today)
        {
            errors.Add("publishedOn", $"发布日期不能晚于今天（{PublicityEvents.Date(today)}）");
        }
        if (!string.IsNullOrWhiteSpace(link)
            && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add("link", "链接须为以 http:// 或 https:// 开头的网址");
        }
        if (views is < 0)
        {
            errors.Add("views", "阅读量不能为负数");
        }
    }

    public static readonly ExcelColumn<MediaReportRow>[] Columns =
    [
        new("发布日期", r => PublicityEvents.Date(r.PublishedOn)), new("渠道", r => r.Channel), new("媒体", r => r.Outlet), new("标题", r => r.Title),
        new("链接", r => r.Link), new("阅读量", r => r.Views), new("关联活动", r => r.EventTitle), new("关联典型案例", r => r.TypicalCaseTitle),
        new("所属单位", r => r.OrgUnitName), new("登记人", r => r.CreatedByName),
    ];
}
