using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Cases;
using Zhibao.Web.Credit;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

public sealed record PartyFilter(string? Search, PartyKind? Kind);

/// <summary>
/// A party as lists show it. <see cref="ResidentIdNumber"/> is masked (120113********123X) unless the caller holds
/// party.id-number.view; <see cref="IdNumberMasked"/> says so. <see cref="Code"/> is the kind's identifier as displayed.
/// </summary>
public record PartyRow(int Id, PartyKind Kind, string KindName, string Name, string? UnifiedSocialCreditCode, string? ResidentIdNumber,
    bool IdNumberMasked, string? Code, string? LegalRepresentative, string? Address, string? Phone, string? Industry, DateTime CreatedAt, int Version);

/// <summary>GET /api/parties/{id}: the row, its credit grade with the reasons, and the cases it appears in.</summary>
public sealed record PartyDetail : PartyRow
{
    public PartyDetail(PartyRow row, string? creditGrade, IReadOnlyList<string> creditReasons, IReadOnlyList<LinkedCase> cases) : base(row)
    {
        CreditGrade = creditGrade;
        CreditReasons = creditReasons;
        Cases = cases;
    }

    /// <summary>信用等级 (A/B/C/D by the scheme in force), computed today from the party's records.</summary>
    public string? CreditGrade { get; init; }
    public IReadOnlyList<string> CreditReasons { get; init; }
    public IReadOnlyList<LinkedCase> Cases { get; init; }
}

public sealed record PartyInput(
    /// <summary>Enterprise (企业) or Person (个人).</summary>
    string? Kind,
    [property: Required(ErrorMessage = "请输入当事人名称（企业名称或姓名）"), StringLength(200, ErrorMessage = "名称不超过200个字符")] string? Name,
    /// <summary>Required for an enterprise (GB 32100 check character).</summary>
    string? UnifiedSocialCreditCode,
    /// <summary>Required for a person (GB 11643 check character). On update, the masked form read from the API keeps the stored number.</summary>
    string? ResidentIdNumber,
    [property: StringLength(50, ErrorMessage = "法定代表人不超过50个字符")] string? LegalRepresentative,
    [property: StringLength(300, ErrorMessage = "地址不超过300个字符")] string? Address,
    [property: StringLength(50, ErrorMessage = "联系电话不超过50个字符")] string? Phone,
    [property: StringLength(100, ErrorMessage = "所属行业不超过100个字符")] string? Industry,
    /// <summary>The version the editor read; a stale one answers 409.</summary>
    int Version = 0);

/// <summary>Another party already holds the code: the API answers 409 naming it.</summary>
public sealed record PartyDuplicate(int ExistingId, string ExistingName, string Message);

public sealed record PartySaveResult(PartyDetail? Party, FieldErrors Errors, PartyDuplicate? Duplicate = null, bool NotFound = false);

/// <summary>
/// 当事人名录: enterprises by 统一社会信用代码, persons by 居民身份证号码, one record each (duplicates refused by code).
/// Parties are not unit-owned: every holder of registry.view sees them; full ID numbers only with party.id-number.view.
/// </summary>
public sealed class PartyRegistry(IDbContextFactory<ZhibaoDb> factory, CurrentUser current, TimeProvider clock, PartyCredit credit)
{
    public static string KindName(PartyKind kind) => kind switch
    {
        PartyKind.Enterprise => "企业",
        PartyKind.Person => "个人",
        _ => kind.ToString(),
    };

    /// <summary>Enterprise / Person in any case, or the Chinese names; null when not recognised.</summary>
    public static PartyKind? ParseKind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "ENTERPRISE" or "企业" or "单位" or "企业或其他组织" => PartyKind.Enterprise,
        "PERSON" or "个人" or "自然人" => PartyKind.Person,
        _ => null,
    };

    public bool SeesFullIdNumbers => current.HasPermission(Permissions.IdentityNumberView);

    public async Task<Page<PartyRow>> ListAsync(PartyFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<PartyRow>(rows.Select(Row).ToList(), total, page, pageSize);
    }

    public async Task<List<PartyRow>> AllAsync(PartyFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await Filter(db, filter).OrderByDescending(p => p.Id).Take(ExcelExport.MaxRows).ToListAsync(ct)).Select(Row).ToList();
    }

    public async Task<PartyDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var party = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (party is null)
        {
            return null;
        }
        // db.Cases carries the data-scope filter: only the cases the caller may see are listed.
        var links = await db.CaseParties.AsNoTracking().Where(cp => cp.PartyId == id)
            .Join(db.Cases, cp => cp.CaseId, c => c.Id, (cp, c) => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status, cp.Role, Unit = c.OrgUnit!.Name })
            .ToListAsync(ct);
        var cases = links.GroupBy(l => l.Id).OrderByDescending(g => g.Key).Select(g =>
        {
            var c = g.First();
            return new LinkedCase(c.Id, c.CaseNumber, c.Title, c.Status, CaseKinds.StatusName(c.Kind, c.Status),
                string.Join("、", g.Select(l => l.Role).Distinct().Order().Select(r => CaseService.RoleName(r, c.Kind))), c.Unit, CaseKinds.Name(c.Kind));
        }).ToList();
        // The grade reads every record of the party, whoever asks (a credit grade is public); the case list above is scoped.
        var grade = await credit.EvaluateAsync(id, ct);
        return new PartyDetail(Row(party), grade.Grade.Code, grade.Reasons.Select(r => r.Text).ToList(), cases);
    }

    private IQueryable<Party> Filter(ZhibaoDb db, PartyFilter f)
    {
        var query = db.Parties.AsNoTracking();
        if (f.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            var code = string.Concat(k.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            // Without party.id-number.view an ID number is found only when typed in full: a partial search would let
            // the caller read the hidden digits one query at a time.
            query = SeesFullIdNumbers
                ? query.Where(p => p.Name.Contains(k) || (p.LegalRepresentative != null && p.LegalRepresentative.Contains(k))
                    || (p.UnifiedSocialCreditCode != null && p.UnifiedSocialCreditCode.Contains(code))
                    || (p.ResidentIdNumber != null && p.ResidentIdNumber.Contains(code)))
                : query.Where(p => p.Name.Contains(k) || (p.LegalRepresentative != null && p.LegalRepresentative.Contains(k))
                    || (p.UnifiedSocialCreditCode != null && p.UnifiedSocialCreditCode.Contains(code))
                    || p.ResidentIdNumber == code);
        }
        return query;
    }

    private PartyRow Row(Party p)
    {
        var full = SeesFullIdNumbers;
        var id = p.ResidentIdNumber is { } number ? (full ? number : ResidentIdNumber.Mask(number)) : null;
        return new PartyRow(p.Id, p.Kind, KindName(p.Kind), p.Name, p.UnifiedSocialCreditCode, id, id is not null && !full,
            p.Kind == PartyKind.Enterprise ? p.UnifiedSocialCreditCode : id, p.LegalRepresentative, p.Address, p.Phone, p.Industry,
            p.CreatedAt, p.Version);
    }

    public async Task<PartySaveResult> CreateAsync(PartyInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, kind, code) = Validate(input, null);
        if (errors.Any)
        {
            return new PartySaveResult(null, errors);
        }
        if (await DuplicateAsync(db, kind, code!, null, ct) is { } duplicate)
        {
            return new PartySaveResult(null, errors, duplicate);
        }
        var party = new Party { Name = input.Name!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(party, input, kind, code!);
        db.Parties.Add(party);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, kind, code!, null, ct), ct) is { } raced)
        {
            return new PartySaveResult(null, errors, raced);
        }
        return new PartySaveResult(await GetAsync(party.Id, ct), errors);
    }

    public async Task<PartySaveResult> UpdateAsync(int id, PartyInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var party = await db.Parties.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (party is null)
        {
            return new PartySaveResult(null, new FieldErrors(), NotFound: true);
        }
        var (errors, kind, code) = Validate(input, party);
        if (errors.Any)
        {
            return new PartySaveResult(null, errors);
        }
        if (await DuplicateAsync(db, kind, code!, id, ct) is { } duplicate)
        {
            return new PartySaveResult(null, errors, duplicate);
        }
        db.Entry(party).Property(p => p.Version).OriginalValue = input.Version;
        party.Name = input.Name!.Trim();
        Apply(party, input, kind, code!);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, kind, code!, id, ct), ct) is { } raced)   // DbUpdateConcurrencyException → 409 (stale Version)
        {
            return new PartySaveResult(null, errors, raced);
        }
        return new PartySaveResult(await GetAsync(id, ct), errors);
    }

    private static void Apply(Party party, PartyInput input, PartyKind kind, string code)
    {
        party.Kind = kind;
        party.UnifiedSocialCreditCode = kind == PartyKind.Enterprise ? code : null;
        party.ResidentIdNumber = kind == PartyKind.Person ? code : null;
        party.LegalRepresentative = RegistryText.Blank(input.LegalRepresentative);
        party.Address = RegistryText.Blank(input.Address);
        party.Phone = RegistryText.Blank(input.Phone);
        party.Industry = RegistryText.Blank(input.Industry);
    }

    /// <summary>Field checks; on success the kind and the normalised code (upper case, no spaces, full-width folded).</summary>
    private static (FieldErrors Errors, PartyKind Kind, string? Code) Validate(PartyInput input, Party? existing)
    {
        var errors = Validation.Validate(input);
        var kind = ParseKind(input.Kind);
        string? code = null;
        switch (kind)
        {
            case null:
                errors.Add(nameof(PartyInput.Kind), string.IsNullOrWhiteSpace(input.Kind)
                    ? "请选择当事人类型：企业（Enterprise）或个人（Person）"
                    : $"当事人类型“{input.Kind.Trim()}”无效，应为企业（Enterprise）或个人（Person）");
                break;
            case PartyKind.Enterprise:
                var uscc = UnifiedSocialCreditCode.Check(input.UnifiedSocialCreditCode);
                if (uscc.IsValid)
                {
                    code = uscc.Normalized;
                }
                else
                {
                    errors.Add(nameof(PartyInput.UnifiedSocialCreditCode), uscc.Error!);
                }
                break;
            case PartyKind.Person:
                if (existing?.ResidentIdNumber is { } stored && input.ResidentIdNumber?.Trim().ToUpperInvariant() == ResidentIdNumber.Mask(stored))
                {
                    code = stored;   // the editor sent back the masked number it was shown: unchanged
                    break;
                }
                var rid = ResidentIdNumber.Check(input.ResidentIdNumber);
                if (rid.IsValid)
                {
                    code = rid.Normalized;
                }
                else
                {
                    errors.Add(nameof(PartyInput.ResidentIdNumber), rid.Error!);
                }
                break;
        }
        return (errors, kind ?? PartyKind.Enterprise, code);
    }

    private async Task<PartyDuplicate?> DuplicateAsync(ZhibaoDb db, PartyKind kind, string code, int? id, CancellationToken ct)
    {
        var query = db.Parties.AsNoTracking().Where(p => p.Id != id);
        query = kind == PartyKind.Enterprise ? query.Where(p => p.UnifiedSocialCreditCode == code) : query.Where(p => p.ResidentIdNumber == code);
        var existing = await query.Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return null;
        }
        var message = kind == PartyKind.Enterprise
            ? $"统一社会信用代码“{code}”已登记为当事人“{existing.Name}”（编号{existing.Id}），请直接选用该当事人"
            : $"居民身份证号码“{(SeesFullIdNumbers ? code : ResidentIdNumber.Mask(code))}”已登记为当事人“{existing.Name}”（编号{existing.Id}），请直接选用该当事人";
        return new PartyDuplicate(existing.Id, existing.Name, message);
    }

    public static readonly ExcelColumn<PartyRow>[] Columns =
    [
        new("类型", r => r.KindName), new("名称/姓名", r => r.Name), new("统一社会信用代码", r => r.UnifiedSocialCreditCode),
        new("居民身份证号码", r => r.ResidentIdNumber), new("法定代表人", r => r.LegalRepresentative), new("地址", r => r.Address),
        new("联系电话", r => r.Phone), new("所属行业", r => r.Industry), new("登记时间", r => Clock.Format(r.CreatedAt)),
    ];
}
