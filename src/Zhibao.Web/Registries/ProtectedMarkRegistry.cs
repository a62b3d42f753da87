using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>
/// 重点保护商标/标志名录: trademarks, geographical indications, official and special marks, one record per natural key
/// (<see cref="ProtectedMarkRules.NaturalKey"/>, duplicates refused with 409). Not unit-owned: officers on site in every unit
/// need the authentication guide, so every holder of registry.view sees the whole register.
/// </summary>
public sealed class ProtectedMarkRegistry(IDbContextFactory<ZhibaoDb> factory, TimeProvider clock)
{
    public DateOnly Today => Clock.Today(clock);

    /// <summary>The 涉案权利 kind a case records for a mark of this kind.</summary>
    public static RightKind RightKindOf(ProtectedMarkKind kind) => kind switch
    {
        ProtectedMarkKind.Trademark => RightKind.Trademark,
        ProtectedMarkKind.GeographicalIndication => RightKind.GeographicalIndication,
        ProtectedMarkKind.OfficialMark => RightKind.OfficialMark,
        _ => RightKind.SpecialMark,
    };

    /// <summary>"注册号", "批准公告号", "备案号" or "核准登记号": what the number is called for a kind.</summary>
    public static string NumberLabel(ProtectedMarkKind kind) => kind switch
    {
        ProtectedMarkKind.Trademark => "商标注册号",
        ProtectedMarkKind.GeographicalIndication => "批准公告号/注册号",
        ProtectedMarkKind.OfficialMark => "备案号",
        _ => "核准登记号",
    };

    public async Task<Page<ProtectedMarkRow>> ListAsync(ProtectedMarkFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await ProjectAsync(query.OrderByDescending(m => m.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Page<ProtectedMarkRow>(rows, total, page, pageSize);
    }

    public async Task<List<ProtectedMarkRow>> AllAsync(ProtectedMarkFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ProjectAsync(Filter(db, filter).OrderByDescending(m => m.Id).Take(ExcelExport.MaxRows), ct);
    }

    private static IQueryable<ProtectedMark> Filter(ZhibaoDb db, ProtectedMarkFilter f)
    {
        var query = db.ProtectedMarks.AsNoTracking();
        if (f.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }
        if (f.Tag is { } tag)
        {
            // Ordinary (no tag) is a trademark on the list without any category.
            query = tag == MarkTags.None
                ? query.Where(m => m.Kind == ProtectedMarkKind.Trademark && m.Tags == MarkTags.None)
                : query.Where(m => (m.Tags & tag) == tag);
        }
        if (f.Category is { } category)
        {
            query = query.Where(m => m.GiCategory == category);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            var number = TrademarkRegistrationNumber.Check(k) is { IsValid: true, Normalized: { } n } ? n : k.ToUpperInvariant();
            query = query.Where(m => m.Name.Contains(k) || m.OwnerName.Contains(k) || (m.ProtectedArea != null && m.ProtectedArea.Contains(k))
                || (m.RegistrationNumber != null && m.RegistrationNumber.Contains(number)));
        }
        return query;
    }

    private async Task<List<ProtectedMarkRow>> ProjectAsync(IQueryable<ProtectedMark> query, CancellationToken ct)
    {
        var today = Today;
        var list = await query.Select(m => new { Mark = m, Photos = m.Photos.Count }).ToListAsync(ct);
        return list.Select(x => Row(x.Mark, x.Photos, today)).ToList();
    }

    private static ProtectedMarkRow Row(ProtectedMark m, int photos, DateOnly today)
    {
        var validity = ProtectedMarkRules.ValidityOn(m.ValidFrom, m.ValidTo, today);
        return new ProtectedMarkRow(m.Id, m.Kind, ProtectedMarkRules.KindName(m.Kind), m.Name, m.RegistrationNumber, m.NiceClass,
            ProtectedMarkRules.Split(m.Tags).Select(t => JsonNamingPolicy.CamelCase.ConvertName(t.ToString())).ToList(),
            m.Kind == ProtectedMarkKind.Trademark ? ProtectedMarkRules.TagNames(m.Tags) : "",
            m.GiCategory, m.GiCategory is { } c ? ProtectedMarkRules.CategoryName(c) : null, m.ProtectedArea, m.OwnerPartyId, m.OwnerName,
            m.ValidFrom, m.ValidTo, validity, ProtectedMarkRules.ValidityName(validity), m.ContactPerson, m.ContactPhone, photos,
            m.UpdatedAt, m.Version);
    }

    public async Task<ProtectedMarkDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.ProtectedMarks.AsNoTracking().Include(x => x.Photos).Include(x => x.AuthorisedUsers)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return null;
        }
        var today = Today;
        return new ProtectedMarkDetail(Row(m, m.Photos.Count, today))
        {
            GoodsOrServices = m.GoodsOrServices, ContactEmail = m.ContactEmail, ContactAddress = m.ContactAddress,
            AuthenticationGuide = m.AuthenticationGuide, Remark = m.Remark, CreatedAt = m.CreatedAt,
            Photos = m.Photos.OrderBy(p => p.Id).Select(p => new MarkPhotoView(p.Id, p.FileName, p.ContentType, p.Size, p.Caption,
                p.UploadedAt, p.UploadedByName, $"/api/protected-marks/{m.Id}/photos/{p.Id}")).ToList(),
            AuthorisedUsers = m.AuthorisedUsers.OrderBy(u => u.AuthorisedOn).ThenBy(u => u.Id).Select(u => new GiAuthorisedUserView(u.Id, u.PartyId,
                u.Name, u.UnifiedSocialCreditCode, u.AuthorisedOn, u.EndedOn, u.AnnouncementNumber,
                u.AuthorisedOn <= today && (u.EndedOn is null || u.EndedOn >= today))).ToList(),
            Cases = await LinkedCasesAsync(db, m, ct),
        };
    }

    /// <summary>Cases (within the caller's data scope) whose 涉案权利 is the mark: by link, or by number / name when not linked.</summary>
    private static async Task<List<LinkedCase>> LinkedCasesAsync(ZhibaoDb db, ProtectedMark m, CancellationToken ct)
    {
        var rights = db.CaseRights.AsNoTracking().Where(r => r.ProtectedMarkId == m.Id)
            .Concat(db.CaseRights.AsNoTracking().Where(r => r.ProtectedMarkId == null).Where(MatchOf(m.Kind, m.RegistrationNumber, m.Name)))
            .Select(r => r.CaseId);
        var links = await db.Cases.Where(c => rights.Contains(c.Id)).OrderByDescending(c => c.Id).Take(200)
            .Select(c => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status, Unit = c.OrgUnit!.Name }).ToListAsync(ct);
        return links.Select(c => new LinkedCase(c.Id, c.CaseNumber, c.Title, c.Status, RegistryText.CaseStatusName(c.Kind, c.Status), "涉案权利", c.Unit)).ToList();
    }

    /// <summary>
    /// An unlinked case right that is a mark of this kind: the same registration number (trademark, special mark), or a name
    /// containing the mark's (GI, official mark: "沙窝萝卜" in "沙窝萝卜（地理标志产品）").
    /// </summary>
    internal static Expression<Func<CaseRight, bool>> MatchOf(ProtectedMarkKind kind, string? number, string name)
    {
        var right = RightKindOf(kind);
        return kind is ProtectedMarkKind.Trademark or ProtectedMarkKind.SpecialMark
            ? r => r.Kind == right && number != null && r.Number == number
            : r => r.Kind == right && r.Name.Contains(name);
    }

    /// <summary>
    /// Links case rights to the register: a mark named by id must exist and be of the right's kind; a right without one is
    /// linked to the mark with the same registration number (trademark, special mark) or the same name (GI, official mark),
    /// when exactly one matches. Used when a case records its rights.
    /// </summary>
    public static async Task LinkRightsAsync(ZhibaoDb db, IReadOnlyList<CaseRight> rights, FieldErrors errors, CancellationToken ct)
    {
        foreach (var (right, i) in rights.Select((r, i) => (r, i)).Where(x => x.r.Kind != RightKind.Patent))
        {
            var kind = right.Kind switch
            {
                RightKind.Trademark => ProtectedMarkKind.Trademark,
                RightKind.GeographicalIndication => ProtectedMarkKind.GeographicalIndication,
                RightKind.OfficialMark => ProtectedMarkKind.OfficialMark,
                _ => ProtectedMarkKind.SpecialMark,
            };
            if (right.ProtectedMarkId is { } markId)
            {
                var mark = await db.ProtectedMarks.AsNoTracking().Where(m => m.Id == markId).Select(m => new { m.Kind }).FirstOrDefaultAsync(ct);
                if (mark is null || mark.Kind != kind)
                {
                    errors.Add($"rights[{i}]", $"第{i + 1}项涉案权利：重点保护名录中没有编号{markId}的{ProtectedMarkRules.KindName(kind)}");
                }
                continue;
            }
            var candidates = kind is ProtectedMarkKind.Trademark or ProtectedMarkKind.SpecialMark
                ? db.ProtectedMarks.Where(m => m.Kind == kind && right.Number != null && m.RegistrationNumber == right.Number)
                : db.ProtectedMarks.Where(m => m.Kind == kind && m.Name == right.Name);
            var found = await candidates.Select(m => m.Id).Take(2).ToListAsync(ct);
            right.ProtectedMarkId = found.Count == 1 ? found[0] : null;
        }
    }

    public async Task<ProtectedMarkSaveResult> CreateAsync(ProtectedMarkInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, values) = await ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return new ProtectedMarkSaveResult(null, errors);
        }
        if (await DuplicateAsync(db, values!.NaturalKey, null, ct) is { } duplicate)
        {
            return new ProtectedMarkSaveResult(null, errors, duplicate);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var mark = new ProtectedMark { Name = values.Name, NaturalKey = values.NaturalKey, OwnerName = values.OwnerName, CreatedAt = now };
        Apply(mark, input, values, now);
        db.ProtectedMarks.Add(mark);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, values.NaturalKey, null, ct), ct) is { } raced)
        {
            return new ProtectedMarkSaveResult(null, errors, raced);
        }
        return new ProtectedMarkSaveResult(await GetAsync(mark.Id, ct), errors);
    }

    public async Task<ProtectedMarkSaveResult> UpdateAsync(int id, ProtectedMarkInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var mark = await db.ProtectedMarks.Include(m => m.AuthorisedUsers).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mark is null)
        {
            return new ProtectedMarkSaveResult(null, new FieldErrors(), NotFound: true);
        }
        var (errors, values) = await ValidateAsync(db, input, mark, ct);
        if (errors.Any)
        {
            return new ProtectedMarkSaveResult(null, errors);
        }
        if (await DuplicateAsync(db, values!.NaturalKey, id, ct) is { } duplicate)
        {
            return new ProtectedMarkSaveResult(null, errors, duplicate);
        }
        db.Entry(mark).Property(m => m.Version).OriginalValue = input.Version;
        Apply(mark, input, values, clock.GetUtcNow().UtcDateTime);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, values.NaturalKey, id, ct), ct) is { } raced)   // DbUpdateConcurrencyException → 409 (stale Version)
        {
            return new ProtectedMarkSaveResult(null, errors, raced);
        }
        return new ProtectedMarkSaveResult(await GetAsync(id, ct), errors);
    }

    /// <summary>The checked and normalised values of an input.</summary>
    private sealed record Values(ProtectedMarkKind Kind, string Name, string NaturalKey, string? Number, int? NiceClass, MarkTags Tags,
        GiCategory? Category, string OwnerName, DateOnly? ValidTo, List<GiAuthorisedUser> Users);

    private static async Task<(FieldErrors Errors, Values? Values)> ValidateAsync(ZhibaoDb db, ProtectedMarkInput input, ProtectedMark? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var kind = ProtectedMarkRules.ParseKind(input.Kind);
        if (kind is null)
        {
            errors.Add(nameof(input.Kind), string.IsNullOrWhiteSpace(input.Kind)
                ? "请选择类型：注册商标（Trademark）、地理标志（GeographicalIndication）、官方标志（OfficialMark）或特殊标志（SpecialMark）"
                : $"类型“{input.Kind.Trim()}”无效，应为注册商标、地理标志、官方标志或特殊标志");
            return (errors, null);
        }
        var k = kind.Value;
        var number = RegistryText.Blank(input.RegistrationNumber);
        int? niceClass = null;
        var tags = MarkTags.None;
        GiCategory? category = null;
        switch (k)
        {
            case ProtectedMarkKind.Trademark:
                var tm = TrademarkRegistrationNumber.Check(number);
                if (tm.IsValid)
                {
                    number = tm.Normalized;
                }
                else
                {
                    errors.Add(nameof(input.RegistrationNumber), tm.Error!);
                }
                if (input.NiceClass is not { } nice)
                {
                    errors.Add(nameof(input.NiceClass), "请填写核定使用商品/服务类别（尼斯分类第1至45类）");
                }
                else if (NiceClass.Check(nice) is { IsValid: false } bad)
                {
                    errors.Add(nameof(input.NiceClass), bad.Error!);
                }
                else
                {
                    niceClass = nice;
                }
                if (!ProtectedMarkRules.TryParseTags(input.Tags, out tags, out var tagError))
                {
                    errors.Add(nameof(input.Tags), tagError!);
                }
                break;
            case ProtectedMarkKind.GeographicalIndication:
                category = ProtectedMarkRules.ParseCategory(input.GiCategory);
                if (category is null)
                {
                    errors.Add(nameof(input.GiCategory), string.IsNullOrWhiteSpace(input.GiCategory)
                        ? "请选择地理标志产品类别：农产品、加工食品、道地药材、传统手工艺品或其他"
                        : $"地理标志产品类别“{input.GiCategory.Trim()}”无效，应为农产品、加工食品、道地药材、传统手工艺品或其他");
                }
                if (string.IsNullOrWhiteSpace(input.ProtectedArea))
                {
                    errors.Add(nameof(input.ProtectedArea), "请填写地理标志产品的保护地域范围");
                }
                break;
            case ProtectedMarkKind.SpecialMark:
                if (number is null)
                {
                    errors.Add(nameof(input.RegistrationNumber), "请填写特殊标志核准登记号");
                }
                if (input.ValidFrom is null)
                {
                    errors.Add(nameof(input.ValidFrom), "请填写特殊标志有效期起始日（核准登记之日，《特殊标志管理条例》第九条：有效期四年）");
                }
                break;
        }
        if (k != ProtectedMarkKind.Trademark && (input.Tags ?? []).Any(t => ProtectedMarkRules.ParseTag(t) is not (null or MarkTags.None)))
        {
            errors.Add(nameof(input.Tags), "驰名商标、老字号、涉农商标、津农精品等类别只适用于注册商标");
        }
        if (k != ProtectedMarkKind.GeographicalIndication && input.AuthorisedUsers is { Count: > 0 })
        {
            errors.Add(nameof(input.AuthorisedUsers), "只有地理标志登记专用标志合法使用人");
        }
        var validTo = input.ValidTo ?? ProtectedMarkRules.DefaultValidTo(k, input.ValidFrom);
        if (input.ValidFrom is { } from && validTo is { } to && to < from)
        {
            errors.Add(nameof(input.ValidTo), $"有效期至（{to:yyyy-MM-dd}）不能早于有效期自（{from:yyyy-MM-dd}）");
        }

        var ownerName = RegistryText.Blank(input.OwnerName);
        if (input.OwnerPartyId is { } partyId)
        {
            var party = await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (party is null)
            {
                errors.Add(nameof(input.OwnerPartyId), $"当事人（编号{partyId}）不存在，请先在当事人名录中登记，或直接填写权利人名称");
            }
            ownerName = party ?? ownerName;
        }
        if (ownerName is null)
        {
            errors.Add(nameof(input.OwnerName), k == ProtectedMarkKind.Trademark ? "请填写商标注册人（或从当事人名录选择）" : "请填写权利人（或从当事人名录选择）");
        }
        var users = k == ProtectedMarkKind.GeographicalIndication ? await CheckUsersAsync(db, input.AuthorisedUsers ?? [], existing, errors, ct) : [];
        if (errors.Any)
        {
            return (errors, null);
        }
        var name = input.Name!.Trim();
        var key = ProtectedMarkRules.NaturalKey(k, number, name, input.ProtectedArea);
        return (errors, new Values(k, name, key, number, niceClass, tags, category, ownerName!, validTo, users));
    }

    /// <summary>GI users: a party or a name, the authorisation date, an end not before it, a valid code when given.</summary>
    private static async Task<List<GiAuthorisedUser>> CheckUsersAsync(ZhibaoDb db, IReadOnlyList<GiAuthorisedUserInput> input,
        ProtectedMark? existing, FieldErrors errors, CancellationToken ct)
    {
        var partyIds = input.Where(u => u.PartyId is not null).Select(u => u.PartyId!.Value).Distinct().ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => partyIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.UnifiedSocialCreditCode }).ToDictionaryAsync(p => p.Id, ct);
        var users = new List<GiAuthorisedUser>();
        foreach (var (u, i) in input.Select((u, i) => (u, i)))
        {
            var ok = true;
            void Fail(string message)
            {
                errors.Add($"authorisedUsers[{i}]", $"第{i + 1}个使用人：{message}");
                ok = false;
            }
            foreach (var message in Validation.Validate(u).ToDictionary().Values.SelectMany(m => m))
            {
                Fail(message);
            }
            var party = u.PartyId is { } pid ? parties.GetValueOrDefault(pid) : null;
            if (u.PartyId is { } missing && party is null)
            {
                Fail($"当事人（编号{missing}）不存在");
            }
            var name = party?.Name ?? RegistryText.Blank(u.Name);
            if (name is null)
            {
                Fail("请填写使用人名称或从当事人名录选择");
            }
            var code = party?.UnifiedSocialCreditCode;
            if (code is null && RegistryText.Blank(u.UnifiedSocialCreditCode) is { } typed)
            {
                var check = UnifiedSocialCreditCode.Check(typed);
                code = check.Normalized;
                if (!check.IsValid)
                {
                    Fail(check.Error!);
                }
            }
            if (u.AuthorisedOn is not { } authorised)
            {
                Fail("请填写核准使用日期");
            }
            else if (u.EndedOn is { } ended && ended < authorised)
            {
                Fail("终止日期不能早于核准使用日期");
            }
            if (u.Id is { } rowId && existing?.AuthorisedUsers.All(x => x.Id != rowId) != false)
            {
                Fail($"编号{rowId}不是本地理标志的使用人");
            }
            if (ok)
            {
                users.Add(new GiAuthorisedUser
                {
                    Id = u.Id ?? 0, PartyId = party?.Id, Name = name!, UnifiedSocialCreditCode = code, AuthorisedOn = u.AuthorisedOn!.Value,
                    EndedOn = u.EndedOn, AnnouncementNumber = RegistryText.Blank(u.AnnouncementNumber),
                });
            }
        }
        return users;
    }

    private static void Apply(ProtectedMark mark, ProtectedMarkInput input, Values v, DateTime now)
    {
        mark.Kind = v.Kind;
        mark.Name = v.Name;
        mark.NaturalKey = v.NaturalKey;
        mark.RegistrationNumber = v.Number;
        mark.NiceClass = v.NiceClass;
        mark.Tags = v.Tags;
        mark.GiCategory = v.Category;
        mark.ProtectedArea = v.Kind == ProtectedMarkKind.GeographicalIndication ? RegistryText.Blank(input.ProtectedArea) : null;
        mark.OwnerPartyId = input.OwnerPartyId;
        mark.OwnerName = v.OwnerName;
        mark.ValidFrom = input.ValidFrom;
        mark.ValidTo = v.ValidTo;
        mark.GoodsOrServices = RegistryText.Blank(input.GoodsOrServices);
        mark.ContactPerson = RegistryText.Blank(input.ContactPerson);
        mark.ContactPhone = RegistryText.Blank(input.ContactPhone);
        mark.ContactEmail = RegistryText.Blank(input.ContactEmail);
        mark.ContactAddress = RegistryText.Blank(input.ContactAddress);
        mark.AuthenticationGuide = RegistryText.Blank(input.AuthenticationGuide);
        mark.Remark = RegistryText.Blank(input.Remark);
        // Touched on every save, so a change of the GI users alone also moves the version (and a stale editor gets 409).
        mark.UpdatedAt = now;
        RegistryText.Sync(mark.AuthorisedUsers, v.Users, u => u.Id, (row, value) =>
        {
            row.PartyId = value.PartyId;
            row.Name = value.Name;
            row.UnifiedSocialCreditCode = value.UnifiedSocialCreditCode;
            row.AuthorisedOn = value.AuthorisedOn;
            row.EndedOn = value.EndedOn;
            row.AnnouncementNumber = value.AnnouncementNumber;
        });
    }

    private static async Task<RegistryDuplicate?> DuplicateAsync(ZhibaoDb db, string key, int? id, CancellationToken ct)
    {
        var existing = await db.ProtectedMarks.AsNoTracking().Where(m => m.NaturalKey == key && m.Id != id)
            .Select(m => new { m.Id, m.Name, m.Kind, m.RegistrationNumber, m.ProtectedArea }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return null;
        }
        var what = existing.Kind switch
        {
            ProtectedMarkKind.Trademark => $"商标注册号“{existing.RegistrationNumber}”",
            ProtectedMarkKind.SpecialMark => $"特殊标志核准登记号“{existing.RegistrationNumber}”",
            ProtectedMarkKind.GeographicalIndication => $"地理标志“{existing.Name}”（{existing.ProtectedArea}）",
            _ => $"官方标志“{existing.Name}”",
        };
        return new RegistryDuplicate(existing.Id, existing.Name, $"{what}已在重点保护名录中登记为“{existing.Name}”（编号{existing.Id}），请直接编辑该记录");
    }

    private static readonly Dictionary<string, string> HistoryLabels = new()
    {
        [nameof(ProtectedMark.Kind)] = "类型", [nameof(ProtectedMark.Name)] = "名称", [nameof(ProtectedMark.RegistrationNumber)] = "注册号/登记号",
        [nameof(ProtectedMark.NiceClass)] = "类别", [nameof(ProtectedMark.Tags)] = "保护类别", [nameof(ProtectedMark.GiCategory)] = "产品类别",
        [nameof(ProtectedMark.ProtectedArea)] = "保护地域范围", [nameof(ProtectedMark.OwnerName)] = "权利人",
        [nameof(ProtectedMark.ValidFrom)] = "有效期自", [nameof(ProtectedMark.ValidTo)] = "有效期至",
        [nameof(ProtectedMark.GoodsOrServices)] = "核定使用商品/服务", [nameof(ProtectedMark.ContactPerson)] = "联系人",
        [nameof(ProtectedMark.ContactPhone)] = "联系电话", [nameof(ProtectedMark.ContactEmail)] = "电子邮箱",
        [nameof(ProtectedMark.ContactAddress)] = "联系地址", [nameof(ProtectedMark.AuthenticationGuide)] = "真伪辨别指引",
        [nameof(ProtectedMark.Remark)] = "备注", [nameof(ProtectedMarkPhoto.FileName)] = "文件", [nameof(ProtectedMarkPhoto.Caption)] = "说明",
        [nameof(GiAuthorisedUser.AuthorisedOn)] = "核准使用日期", [nameof(GiAuthorisedUser.EndedOn)] = "终止日期",
        [nameof(GiAuthorisedUser.AnnouncementNumber)] = "核准公告号", [nameof(GiAuthorisedUser.UnifiedSocialCreditCode)] = "统一社会信用代码",
    };

    private static readonly Dictionary<string, string> HistorySubjects = new()
    {
        [nameof(ProtectedMark)] = "名录记录", [nameof(ProtectedMarkPhoto)] = "辨别指引照片", [nameof(GiAuthorisedUser)] = "专用标志使用人",
    };

    /// <summary>Changes of the record, its photos and its GI users, newest first.</summary>
    public async Task<List<HistoryEntry>?> HistoryAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.ProtectedMarks.AnyAsync(m => m.Id == id, ct))
        {
            return null;
        }
        var photos = await db.ProtectedMarkPhotos.Where(p => p.ProtectedMarkId == id).Select(p => p.Id).ToListAsync(ct);
        var users = await db.GiAuthorisedUsers.Where(u => u.ProtectedMarkId == id).Select(u => u.Id).ToListAsync(ct);
        return await RegistryHistory.ReadAsync(db, nameof(ProtectedMark), id,
            [(nameof(ProtectedMarkPhoto), nameof(ProtectedMarkPhoto.ProtectedMarkId), photos), (nameof(GiAuthorisedUser), nameof(GiAuthorisedUser.ProtectedMarkId), users)],
            HistoryLabels, HistorySubjects, FormatHistory, ct);
    }

    private static string? FormatHistory(string property, string value) => property switch
    {
        nameof(ProtectedMark.Kind) when int.TryParse(value, out var k) => ProtectedMarkRules.KindName((ProtectedMarkKind)k),
        nameof(ProtectedMark.Tags) when int.TryParse(value, out var t) => ProtectedMarkRules.TagNames((MarkTags)t),
        nameof(ProtectedMark.GiCategory) when int.TryParse(value, out var c) => ProtectedMarkRules.CategoryName((GiCategory)c),
        _ => null,
    };

    public static readonly ExcelColumn<ProtectedMarkRow>[] Columns =
    [
        new("类型", r => r.KindName), new("名称", r => r.Name), new("注册号/登记号", r => r.RegistrationNumber),
        new("商标类别", r => r.NiceClass), new("保护类别", r => r.TagNames), new("地理标志产品类别", r => r.GiCategoryName),
        new("保护地域范围", r => r.ProtectedArea), new("权利人", r => r.OwnerName), new("有效期自", r => RegistryText.Date(r.ValidFrom)),
        new("有效期至", r => RegistryText.Date(r.ValidTo)), new("有效状态", r => r.ValidityName), new("联系人", r => r.ContactPerson),
        new("联系电话", r => r.ContactPhone), new("辨别指引照片数", r => r.PhotoCount),
    ];
}
