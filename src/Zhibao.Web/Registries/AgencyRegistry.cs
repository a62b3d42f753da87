using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

using Zhibao.Web.Cases;

namespace Zhibao.Web.Registries;

/// <summary>
/// 代理机构名录: patent and trademark agencies (one record per firm, by 统一社会信用代码; a firm may hold both qualifications),
/// their attorneys, and their standing on 信用承诺. New agencies are supervised by the creator's bureau.
/// </summary>
public sealed class AgencyRegistry(IDbContextFactory<ZhibaoDb> factory, CurrentUser current, OrgTree tree, TimeProvider clock)
{
    public DateOnly Today => Clock.Today(clock);

    public static string ResultName(AgencyInspectionResult result) => result switch
    {
        AgencyInspectionResult.NoIssue => "未发现问题",
        AgencyInspectionResult.Rectification => "责令整改",
        AgencyInspectionResult.Interview => "约谈提醒",
        AgencyInspectionResult.Referred => "移交处理",
        _ => result.ToString(),
    };

    public static AgencyInspectionResult? ParseResult(string? text)
    {
        var t = text?.Trim();
        return Enum.GetValues<AgencyInspectionResult>().Cast<AgencyInspectionResult?>()
            .FirstOrDefault(r => string.Equals(r.ToString(), t, StringComparison.OrdinalIgnoreCase) || ResultName(r!.Value) == t);
    }

    /// <summary>patent / trademark or 专利 / 商标.</summary>
    public static AgencyKinds? ParseKind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PATENT" or "专利" or "专利代理机构" => AgencyKinds.Patent,
        "TRADEMARK" or "商标" or "商标代理机构" => AgencyKinds.Trademark,
        _ => null,
    };

    /// <summary>The bureau the caller works in (the root bureau for a user without a unit): new agencies, coverage and lists default to it.</summary>
    internal Task<OrgUnit?> CallerBureauAsync(ZhibaoDb db, CancellationToken ct) => BureauOfAsync(db, tree, current.OrgUnitId, ct);

    /// <summary>The bureau a unit belongs to; the root bureau for a user without a unit.</summary>
    internal static async Task<OrgUnit?> BureauOfAsync(ZhibaoDb db, OrgTree tree, int? unitId, CancellationToken ct)
    {
        if (unitId is { } unit)
        {
            var id = tree.BureauId(unit);
            return await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        }
        return await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null && u.Kind == OrgUnitKind.Bureau)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<Page<AgencyRow>> ListAsync(AgencyFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter, Today);
        var total = await query.CountAsync(ct);
        var rows = await ProjectAsync(query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Page<AgencyRow>(rows, total, page, pageSize);
    }

    public async Task<List<AgencyRow>> AllAsync(AgencyFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ProjectAsync(Filter(db, filter, Today).OrderBy(a => a.Name).ThenBy(a => a.Id).Take(ExcelExport.MaxRows), ct);
    }

    internal static IQueryable<Agency> Filter(ZhibaoDb db, AgencyFilter f, DateOnly today)
    {
        var query = db.Agencies.AsNoTracking();
        query = f.Kind switch
        {
            AgencyKinds.Patent => query.Where(a => a.PatentLicenceNumber != null),
            AgencyKinds.Trademark => query.Where(a => a.TrademarkFilingNumber != null),
            _ => query,
        };
        if (f.Active is { } active)
        {
            query = query.Where(a => a.IsActive == active);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            var code = k.ToUpperInvariant();
            query = query.Where(a => a.Name.Contains(k) || a.UnifiedSocialCreditCode.Contains(code)
                || (a.PatentLicenceNumber != null && a.PatentLicenceNumber.Contains(k))
                || (a.TrademarkFilingNumber != null && a.TrademarkFilingNumber.Contains(k))
                || a.Attorneys.Any(t => t.Name.Contains(k)));
        }
        // The SQL form of CreditCommitmentRules.Standing.
        query = f.Commitment switch
        {
            CommitmentState.Signed => query.Where(a => a.Commitments.Any(c => c.Status == CommitmentStatus.Signed)),
            CommitmentState.Breached => query.Where(a => !a.Commitments.Any(c => c.Status == CommitmentStatus.Signed)
                && a.Commitments.Any(c => c.Status == CommitmentStatus.Breached)),
            CommitmentState.Missing => query.Where(a => !a.Commitments.Any(c => c.Status != CommitmentStatus.Unsigned)),
            CommitmentState.Overdue => query.Where(a => !a.Commitments.Any(c => c.Status != CommitmentStatus.Unsigned)
                && a.Commitments.Any(c => c.DueOn < today)),
            _ => query,
        };
        return query;
    }

    private async Task<List<AgencyRow>> ProjectAsync(IQueryable<Agency> query, CancellationToken ct)
    {
        var today = Today;
        var list = await query.Select(a => new
        {
            Agency = a, Unit = a.OrgUnit!.Name, Attorneys = a.Attorneys.OrderBy(t => t.Id).Select(t => new { t.Name, t.CertificateNumber }).ToList(),
            Commitments = a.Commitments.Select(c => new { c.Status, c.SignedOn, c.DueOn, Breaches = c.Breaches.Count }).ToList(),
            LastInspected = a.Inspections.Max(i => (DateOnly?)i.InspectedOn),
        }).AsSplitQuery().ToListAsync(ct);
        return list.Select(x => Row(x.Agency, x.Unit, x.Attorneys.Select(t => (t.Name, t.CertificateNumber)).ToList(), x.Commitments.Select(c => (c.Status, c.SignedOn, c.DueOn)).ToList(),
            x.Commitments.Sum(c => c.Breaches), x.LastInspected, today)).ToList();
    }

    private static AgencyRow Row(Agency a, string unit, List<(string Name, string? CertificateNumber)> attorneys, List<(CommitmentStatus, DateOnly?, DateOnly?)> commitments, int breaches,
        DateOnly? lastInspected, DateOnly today)
    {
        var standing = CreditCommitmentRules.Standing(commitments, today);
        var kinds = a.Kinds;
        return new AgencyRow(a.Id, a.Name, a.UnifiedSocialCreditCode,
            Enum.GetValues<AgencyKinds>().Where(k => k != AgencyKinds.None && kinds.HasFlag(k)).Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())).ToList(),
            CreditCommitmentRules.KindName(kinds), a.PatentLicenceNumber, a.TrademarkFilingNumber, a.Address, a.ContactPerson, a.ContactPhone,
            a.OrgUnitId, unit, a.IsActive, attorneys.Count, attorneys.Count == 0 ? null : AttorneyText(attorneys), standing.State, CreditCommitmentRules.StateName(standing.State), standing.SignedOn,
            standing.DueOn, breaches, lastInspected, a.UpdatedAt, a.Version);
    }

    public async Task<AgencyDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var a = await db.Agencies.AsNoTracking().Include(x => x.OrgUnit).Include(x => x.Attorneys).Include(x => x.Inspections)
            .Include(x => x.Commitments).ThenInclude(c => c.Breaches).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }
        var today = Today;
        var commitments = a.Commitments.OrderByDescending(c => c.Id).Select(c => new CommitmentView(c.Id, c.Status,
            CreditCommitmentRules.StatusName(c.Status), c.SignedOn, c.DueOn, c.Status == CommitmentStatus.Unsigned && CreditCommitmentRules.IsOverdue(c.DueOn, today),
            c.Scope, c.Remark, c.CreatedAt, c.CreatedByName, c.Version,
            c.Breaches.OrderBy(b => b.OccurredOn).ThenBy(b => b.Id).Select(b => new BreachView(b.Id, c.Id, b.OccurredOn, b.Description, b.RecordedAt, b.RecordedByName)).ToList()))
            .ToList();
        var row = Row(a, a.OrgUnit!.Name, a.Attorneys.OrderBy(t => t.Id).Select(t => (t.Name, t.CertificateNumber)).ToList(), a.Commitments.Select(c => (c.Status, c.SignedOn, c.DueOn)).ToList(),
            a.Commitments.Sum(c => c.Breaches.Count), a.Inspections.Count == 0 ? null : a.Inspections.Max(i => i.InspectedOn), today);
        return new AgencyDetail(row)
        {
            Remark = a.Remark, CreatedAt = a.CreatedAt,
            Attorneys = a.Attorneys.OrderBy(t => t.Id).Select(t => new AttorneyView(t.Id, t.Name, t.CertificateNumber)).ToList(),
            Commitments = commitments,
            Inspections = a.Inspections.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id).Select(i => new InspectionView(i.Id,
                i.InspectedOn, i.Officers, i.Findings, i.Result, ResultName(i.Result), i.FollowUp, i.RecordedAt, i.RecordedByName)).ToList(),
            CreditRecord = commitments.SelectMany(c => c.Breaches).OrderBy(b => b.OccurredOn)
                .Select(b => $"{b.OccurredOn:yyyy-MM-dd} 违反信用承诺：{b.Description}（失信行为，{CreditCommitmentRules.CreditRule}）").ToList(),
            Cases = await LinkedCasesAsync(db, a.UnifiedSocialCreditCode, ct),
        };
    }

    private static async Task<List<LinkedCase>> LinkedCasesAsync(ZhibaoDb db, string code, CancellationToken ct)
    {
        var links = await db.CaseParties.AsNoTracking().Where(cp => cp.Party!.UnifiedSocialCreditCode == code)
            .Join(db.Cases, cp => cp.CaseId, c => c.Id, (cp, c) => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status, cp.Role, Unit = c.OrgUnit!.Name })
            .OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        return links.GroupBy(l => l.Id).Select(g =>
        {
            var c = g.First();
            return new LinkedCase(c.Id, c.CaseNumber, c.Title, c.Status, RegistryText.CaseStatusName(c.Kind, c.Status),
                string.Join("、", g.Select(l => l.Role).Distinct().Order().Select(r => CaseService.RoleName(r, c.Kind))), c.Unit, CaseKinds.Name(c.Kind));
        }).ToList();
    }

    public async Task<AgencySaveResult> CreateAsync(AgencyInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, values) = Validate(input, null);
        if (input.CommitmentDueOn is { } due && due < Today)
        {
            errors.Add(nameof(input.CommitmentDueOn), "信用承诺书应签署日期不能早于今天");
        }
        var bureau = await CallerBureauAsync(db, ct);
        if (bureau is null)
        {
            errors.Add("orgUnitId", "无法确定监管单位（本人所属区局）");
        }
        if (errors.Any)
        {
            return new AgencySaveResult(null, errors);
        }
        ArgumentNullException.ThrowIfNull(values);
        if (await DuplicateAsync(db, values, null, ct) is { } duplicate)
        {
            return new AgencySaveResult(null, errors, duplicate);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var agency = new Agency { Name = values.Name, UnifiedSocialCreditCode = values.Code, OrgUnitId = bureau!.Id, CreatedAt = now };
        Apply(agency, input, values, now);
        if (input.CommitmentDueOn is { } dueOn)
        {
            agency.Commitments.Add(new CreditCommitment
            {
                Status = CommitmentStatus.Unsigned, DueOn = dueOn, CreatedAt = now, CreatedByName = Actor, Scope = null,
            });
        }
        db.Agencies.Add(agency);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, values, null, ct), ct) is { } raced)
        {
            return new AgencySaveResult(null, errors, raced);
        }
        return new AgencySaveResult(await GetAsync(agency.Id, ct), errors);
    }

    public async Task<AgencySaveResult> UpdateAsync(int id, AgencyInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var agency = await db.Agencies.Include(a => a.Attorneys).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return new AgencySaveResult(null, new FieldErrors(), NotFound: true);
        }
        var (errors, values) = Validate(input, agency);
        if (input.CommitmentDueOn is not null)
        {
            errors.Add(nameof(input.CommitmentDueOn), "已登记的代理机构请在“信用承诺”中新增承诺要求");
        }
        if (errors.Any)
        {
            return new AgencySaveResult(null, errors);
        }
        ArgumentNullException.ThrowIfNull(values);
        if (await DuplicateAsync(db, values, id, ct) is { } duplicate)
        {
            return new AgencySaveResult(null, errors, duplicate);
        }
        db.Entry(agency).Property(a => a.Version).OriginalValue = input.Version;
        Apply(agency, input, values, clock.GetUtcNow().UtcDateTime);
        if (await RegistryText.SaveAsync(db, factory, fresh => DuplicateAsync(fresh, values, id, ct), ct) is { } raced)   // DbUpdateConcurrencyException → 409 (stale Version)
        {
            return new AgencySaveResult(null, errors, raced);
        }
        return new AgencySaveResult(await GetAsync(id, ct), errors);
    }

    /// <summary>The attorneys as the export lists them and the import reads them: 张三（执业证号）、李四.</summary>
    public static string AttorneyText(IEnumerable<(string Name, string? CertificateNumber)> attorneys) =>
        string.Join("、", attorneys.Select(t => t.CertificateNumber is null ? t.Name : $"{t.Name}（{t.CertificateNumber}）"));

    internal string Actor => current.DisplayName ?? current.UserName ?? "系统";

    private sealed record Values(string Name, string Code, string? Licence, string? Filing, List<AgencyAttorney> Attorneys);

    private static (FieldErrors Errors, Values? Values) Validate(AgencyInput input, Agency? existing)
    {
        var errors = Validation.Validate(input);
        var uscc = UnifiedSocialCreditCode.Check(input.UnifiedSocialCreditCode);
        if (!uscc.IsValid)
        {
            errors.Add(nameof(input.UnifiedSocialCreditCode), uscc.Error!);
        }
        var licence = Number(input.PatentLicenceNumber);
        var filing = Number(input.TrademarkFilingNumber);
        if (licence is null && filing is null)
        {
            errors.Add(nameof(input.PatentLicenceNumber), "专利代理机构执业许可证号与商标代理机构备案号至少填写一项");
        }
        var attorneys = new List<AgencyAttorney>();
        foreach (var (t, i) in (input.Attorneys ?? []).Select((t, i) => (t, i)))
        {
            foreach (var message in Validation.Validate(t).ToDictionary().Values.SelectMany(m => m))
            {
                errors.Add($"attorneys[{i}]", $"第{i + 1}名代理师：{message}");
            }
            if (t.Id is { } rowId && existing?.Attorneys.All(x => x.Id != rowId) != false)
            {
                errors.Add($"attorneys[{i}]", $"第{i + 1}名代理师：编号{rowId}不是本机构的代理师");
            }
            if (!string.IsNullOrWhiteSpace(t.Name))
            {
                attorneys.Add(new AgencyAttorney { Id = t.Id ?? 0, Name = t.Name.Trim(), CertificateNumber = Number(t.CertificateNumber) });
            }
        }
        return errors.Any ? (errors, null) : (errors, new Values(input.Name!.Trim(), uscc.Normalized!, licence, filing, attorneys));
    }

    /// <summary>Licence and filing numbers as typed, without spaces, letters in upper case.</summary>
    private static string? Number(string? text) => RegistryText.Blank(text) is { } t ? string.Concat(t.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant() : null;

    private static void Apply(Agency agency, AgencyInput input, Values v, DateTime now)
    {
        agency.Name = v.Name;
        agency.UnifiedSocialCreditCode = v.Code;
        agency.PatentLicenceNumber = v.Licence;
        agency.TrademarkFilingNumber = v.Filing;
        agency.Address = RegistryText.Blank(input.Address);
        agency.ContactPerson = RegistryText.Blank(input.ContactPerson);
        agency.ContactPhone = RegistryText.Blank(input.ContactPhone);
        agency.Remark = RegistryText.Blank(input.Remark);
        agency.IsActive = input.IsActive;
        agency.UpdatedAt = now;
        RegistryText.Sync(agency.Attorneys, v.Attorneys, t => t.Id, (row, value) =>
        {
            row.Name = value.Name;
            row.CertificateNumber = value.CertificateNumber;
        });
    }

    private static async Task<RegistryDuplicate?> DuplicateAsync(ZhibaoDb db, Values v, int? id, CancellationToken ct)
    {
        var existing = await db.Agencies.AsNoTracking().Where(a => a.Id != id && (a.UnifiedSocialCreditCode == v.Code
                || (v.Licence != null && a.PatentLicenceNumber == v.Licence) || (v.Filing != null && a.TrademarkFilingNumber == v.Filing)))
            .Select(a => new { a.Id, a.Name, a.UnifiedSocialCreditCode, a.PatentLicenceNumber }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return null;
        }
        var what = existing.UnifiedSocialCreditCode == v.Code ? $"统一社会信用代码“{v.Code}”"
            : existing.PatentLicenceNumber == v.Licence ? $"执业许可证号“{v.Licence}”" : $"备案号“{v.Filing}”";
        return new RegistryDuplicate(existing.Id, existing.Name, $"{what}已登记为代理机构“{existing.Name}”（编号{existing.Id}），请直接编辑该机构");
    }

    private static readonly Dictionary<string, string> HistoryLabels = new()
    {
        [nameof(Agency.Name)] = "名称", [nameof(Agency.UnifiedSocialCreditCode)] = "统一社会信用代码",
        [nameof(Agency.PatentLicenceNumber)] = "执业许可证号", [nameof(Agency.TrademarkFilingNumber)] = "备案号", [nameof(Agency.Address)] = "地址",
        [nameof(Agency.ContactPerson)] = "联系人", [nameof(Agency.ContactPhone)] = "联系电话", [nameof(Agency.IsActive)] = "在业",
        [nameof(Agency.Remark)] = "备注", [nameof(AgencyAttorney.CertificateNumber)] = "执业证号",
        [nameof(CreditCommitment.Status)] = "承诺状态", [nameof(CreditCommitment.SignedOn)] = "签署日期", [nameof(CreditCommitment.DueOn)] = "应签署日期",
        [nameof(CreditCommitment.Scope)] = "承诺事项", [nameof(CommitmentBreach.OccurredOn)] = "违诺日期", [nameof(CommitmentBreach.Description)] = "违诺情况",
        [nameof(AgencyInspection.InspectedOn)] = "检查日期", [nameof(AgencyInspection.Officers)] = "检查人员", [nameof(AgencyInspection.Findings)] = "检查情况",
        [nameof(AgencyInspection.Result)] = "处理结果", [nameof(AgencyInspection.FollowUp)] = "后续处理",
    };

    private static readonly Dictionary<string, string> HistorySubjects = new()
    {
        [nameof(Agency)] = "代理机构", [nameof(AgencyAttorney)] = "代理师", [nameof(CreditCommitment)] = "信用承诺",
        [nameof(CommitmentBreach)] = "违诺记录", [nameof(AgencyInspection)] = "日常监管",
    };

    /// <summary>Changes of the agency, its attorneys, commitments, breaches and inspections, newest first.</summary>
    public async Task<List<HistoryEntry>?> HistoryAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Agencies.AnyAsync(a => a.Id == id, ct))
        {
            return null;
        }
        var attorneys = await db.AgencyAttorneys.Where(t => t.AgencyId == id).Select(t => t.Id).ToListAsync(ct);
        var commitments = await db.CreditCommitments.Where(c => c.AgencyId == id).Select(c => c.Id).ToListAsync(ct);
        var breaches = await db.CommitmentBreaches.Where(b => commitments.Contains(b.CreditCommitmentId)).Select(b => b.Id).ToListAsync(ct);
        var inspections = await db.AgencyInspections.Where(i => i.AgencyId == id).Select(i => i.Id).ToListAsync(ct);
        return await RegistryHistory.ReadAsync(db, nameof(Agency), id,
        [
            (nameof(AgencyAttorney), nameof(AgencyAttorney.AgencyId), attorneys),
            (nameof(CreditCommitment), nameof(CreditCommitment.AgencyId), commitments),
            (nameof(CommitmentBreach), null, breaches),   // breaches are never deleted: their ids suffice
            (nameof(AgencyInspection), nameof(AgencyInspection.AgencyId), inspections),
        ], HistoryLabels, HistorySubjects, FormatHistory, ct);
    }

    private static string? FormatHistory(string property, string value) => property switch
    {
        nameof(CreditCommitment.Status) when int.TryParse(value, out var s) => CreditCommitmentRules.StatusName((CommitmentStatus)s),
        nameof(AgencyInspection.Result) when int.TryParse(value, out var r) => ResultName((AgencyInspectionResult)r),
        _ => null,
    };

    public static readonly ExcelColumn<AgencyRow>[] Columns =
    [
        new("名称", r => r.Name), new("统一社会信用代码", r => r.UnifiedSocialCreditCode), new("类型", r => r.KindName),
        new("专利代理机构执业许可证号", r => r.PatentLicenceNumber), new("商标代理机构备案号", r => r.TrademarkFilingNumber),
        new("地址", r => r.Address), new("联系人", r => r.ContactPerson), new("联系电话", r => r.ContactPhone), new("代理师人数", r => r.AttorneyCount),
        new("代理师", r => r.AttorneyNames),
        new("信用承诺", r => r.CommitmentStateName), new("签署日期", r => RegistryText.Date(r.CommitmentSignedOn)),
        new("应签署日期", r => RegistryText.Date(r.CommitmentDueOn)), new("违诺次数", r => r.BreachCount),
        new("最近检查日期", r => RegistryText.Date(r.LastInspectedOn)), new("监管单位", r => r.OrgUnitName), new("在业", r => r.IsActive ? "是" : "否"),
    ];
}
